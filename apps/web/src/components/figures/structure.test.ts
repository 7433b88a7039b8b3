import { describe, expect, it } from "vitest";
import { explainEn } from "./explain-en";
import { structureAmounts, structureCaption } from "./structure-caption";
import { structureData } from "./structure-data";
import { MAX_WIDTH, flowWidths, lanes } from "./structure-geometry";

const money = (x: number) => `$${x.toFixed(1)}bn`;

describe("the structure diagram's widths", () => {
  it("scales quarterly flows and balances each against their own largest amount", () => {
    const w = flowWidths({ debt: 100, rent: 2, interest: 1, payments: 0, guarantee: 50, consolidated: 0 }, { flow: 4, balance: 200 });
    expect(w).toEqual({ debt: MAX_WIDTH / 2, rent: MAX_WIDTH / 2, interest: MAX_WIDTH / 4, payments: 0, guarantee: MAX_WIDTH / 4, consolidated: 0 });
  });

  it("draws nothing for an amount that is not there (NaN, zero, negative)", () => {
    const w = flowWidths({ debt: Number.NaN, rent: 0, interest: -1, payments: 0, guarantee: 0, consolidated: 0 }, { flow: 0, balance: 0 });
    expect(Object.values(w).every((v) => v === 0)).toBe(true);
  });

  it("runs every lane between two boxes, with an arrowhead", () => {
    for (const lane of Object.values(lanes)) {
      expect(lane.d).toMatch(/^M/);
      expect(lane.head).toMatch(/Z$/);
    }
  });
});

describe("the structure diagram's data and caption", () => {
  const run = structureData({ scenario: "demand-slowdown", campusShare: 0.5 }, false, "en");
  if (!run.ok) throw new Error(run.error);
  const d = run.data;

  it("takes each flow from the model's statements, quarter by quarter", () => {
    expect(d.labels).toHaveLength(d.debt.length);
    const i = d.debt.findIndex((v) => v > 0);
    expect(structureAmounts(d, i).debt).toBe(d.debt[i]);
    expect(structureAmounts(d, i).payments).toBe((d.support[i] ?? 0) + (d.guaranteePaid[i] ?? 0));
  });

  it("says debt was consolidated only in quarters where the model moved it onto the sponsor", () => {
    d.labels.forEach((_, i) => {
      const caption = structureCaption(explainEn.structure, d, i, money);
      expect(caption.includes("consolidated onto the sponsor"), d.labels[i]).toBe((d.consolidated[i] ?? 0) > 0);
      expect(caption.startsWith(d.labels[i] ?? "?")).toBe(true);
    });
  });

  it("says rent flows only when the run has rent or interest, and otherwise that the campus is being built", () => {
    d.labels.forEach((_, i) => {
      const caption = structureCaption(explainEn.structure, d, i, money);
      const paying = (d.rent[i] ?? 0) > 0 || (d.interest[i] ?? 0) > 0;
      expect(caption.includes("of rent"), d.labels[i]).toBe(paying);
      if (caption.includes("still being built")) expect(paying).toBe(false);
    });
  });
});

describe("the structure diagram's view", () => {
  it("is the quarter's amounts as the page writes them, its widths and caption, and one table row per quarter", async () => {
    const { structureView } = await import("./structure-view");
    const run = structureData({ scenario: "base", campusShare: 0.5 }, false, "en");
    if (!run.ok) throw new Error(run.error);
    const d = run.data;
    const i = d.debt.indexOf(Math.max(...d.debt));
    const view = structureView(d, d, i, "en", explainEn.structure);
    expect(view.quarter).toBe(i);
    // The quarter of the largest debt is the widest the debt is drawn.
    expect(view.widths.debt).toBe(MAX_WIDTH);
    expect(view.rows).toHaveLength(d.labels.length);
    expect(view.rows[i]?.debt).toBe(view.values.debt);
    expect(view.caption.startsWith(d.labels[i] ?? "?")).toBe(true);
    // Out of range quarters are clamped to the run, as the URL's are.
    expect(structureView(d, d, 999, "en", explainEn.structure).quarter).toBe(d.labels.length - 1);
  });
});
