import { describe, expect, it } from "vitest";
import { blockText, factSchema, findFact, getEdition, getFacts } from "./index.js";

describe("getFacts", () => {
  it("gives every fact a unique id and validates against the schema", () => {
    const facts = getFacts();
    for (const f of facts) expect(factSchema.safeParse(f).success, f.id).toBe(true);
    expect(new Set(facts.map((f) => f.id)).size).toBe(facts.length);
  });

  it("takes each fact's raw text from its own paragraph or heading", () => {
    for (const f of getFacts()) expect(blockText(f.paragraphId, "ja"), f.id).toContain(f.rawText);
  });

  it("covers every number the article states", () => {
    const raw = new Set(getFacts().map((f) => f.rawText));
    for (const r of [
      "290億ドル", "4.5兆円", "1.8兆ドル", "270兆円", "29兆円", "2030年", "数千億円", "10万ドル", "1500万円",
      "60%", "40%", "60/40", "2028年", "3回", "2008年", "90年代", "2000年代", "半分以上",
    ]) {
      expect(raw.has(r), r).toBe(true);
    }
  });

  it("has a fact for every run of digits in every heading and paragraph of the Japanese edition", () => {
    const ignored = /H-1B|III|[①②]/gu; // names and list markers, not quantities
    const blocks = getEdition("ja").sections.flatMap((s) => [
      ...(s.heading ? [{ id: s.heading.id, text: s.heading.text }] : []),
      ...s.paragraphs,
    ]);
    for (const block of blocks) {
      const raws = getFacts()
        .filter((f) => f.paragraphId === block.id)
        .map((f) => f.rawText);
      for (const digits of block.text.replace(ignored, "").match(/\d+(?:\.\d+)?/gu) ?? []) {
        expect(raws.some((r) => r.includes(digits)), `${digits} in ${block.id}`).toBe(true);
      }
    }
  });

  it("records value, currency, scale and absolute amount of money as written", () => {
    expect(findFact("meta-private-credit-usd")).toMatchObject({
      value: 290, unit: "money", currency: "USD", scale: "億", absolute: 29_000_000_000, precision: "exact",
    });
    expect(findFact("carlyle-jpy")).toMatchObject({
      value: 270, currency: "JPY", scale: "兆", absolute: 270e12, precision: "approximate",
    });
    expect(findFact("h1b-fee-jpy")).toMatchObject({ value: 1500, scale: "万", absolute: 15_000_000 });
    expect(findFact("data-center-cost-jpy")).toMatchObject({ scale: "千億", absolute: null, precision: "vague" });
    expect(findFact("chip-cost-share")).toMatchObject({ value: 0.5, unit: "fraction", precision: "at-least" });
    expect(findFact("it-bubble-decade")).toMatchObject({ value: 1990, unit: "decade" });
  });

  it("derives the yen-per-dollar rate each two-currency amount implies", () => {
    const rates = getFacts()
      .filter((f) => f.impliedJpyPerUsd !== undefined)
      .map((f) => [f.id, f.impliedJpyPerUsd]);
    expect(rates).toEqual([
      ["meta-private-credit-usd", 155.17],
      ["meta-private-credit-jpy", 155.17],
      ["carlyle-usd", 150],
      ["carlyle-jpy", 150],
      ["h1b-fee-usd", 150],
      ["h1b-fee-jpy", 150],
    ]);
  });

  it("pairs two-currency amounts both ways within one paragraph", () => {
    for (const f of getFacts().filter((x) => x.pairedWith)) {
      const partner = findFact(f.pairedWith ?? "");
      expect(partner?.pairedWith, f.id).toBe(f.id);
      expect(partner?.paragraphId).toBe(f.paragraphId);
      expect(partner?.currency).not.toBe(f.currency);
    }
  });

  it("describes what each fact measures in both languages", () => {
    for (const f of getFacts()) {
      expect(f.measures.ja, f.id).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/u);
      expect(f.measures.en, f.id).toMatch(/^[\x20-\x7e“”—–¥$…]+$/u);
    }
  });

  it("returns undefined for an unknown fact", () => {
    expect(findFact("nope")).toBeUndefined();
  });
});
