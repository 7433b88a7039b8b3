import { describe, expect, it } from "vitest";
import { checkInput, checkShownInput, clampSnap, decimalsOf, displayOf, formatValue, niceCeil, niceStep, quarterLabels, shownText, sliderRange, stepOf } from "./form";
import type { ParamField } from "./schema";
import { buildSchemaModel, schemaModel } from "./schema-build";
import { getPreset, getPath, numericParameterPaths } from "@aidebt/model";

const field = (over: Partial<ParamField>): ParamField => ({
  path: "x",
  kind: "number",
  min: 0,
  max: 1,
  unit: "share",
  label: "x",
  help: "",
  ...over,
});

describe("schema model", () => {
  const model = schemaModel();

  it("has a field for every numeric parameter of the model, with the schema's range", () => {
    const numeric = model.fields.filter((f) => f.kind === "number" || f.kind === "integer").map((f) => f.path);
    expect(numeric).toEqual(numericParameterPaths());
    for (const f of model.fields) {
      if (f.kind === "number" || f.kind === "integer") expect(f.min).toBeLessThan(f.max);
      expect(f.unit).not.toBe("");
    }
  });

  it("puts every field in exactly one group and lists the six shock kinds", () => {
    const grouped = model.groups.flatMap((g) => g.fields.map((f) => f.path));
    expect(grouped.sort()).toEqual(model.fields.map((f) => f.path).sort());
    expect(model.shockKinds.map((k) => k.list).sort()).toEqual(["ai.shocks", "core.shocks", "credit.shocks", "demand.shocks", "gpu.shocks", "rates.shocks"]);
    const rate = model.shockKinds.find((k) => k.list === "rates.shocks");
    expect(rate?.required).toEqual(["baseAnnual"]);
  });

  it("reads the range, unit and label of any parameter table it is given, in the page's language", () => {
    const a = { path: "a", kind: "integer" as const, unit: "quarters" as const, min: 2, max: 9, integer: true, shock: false, required: true, label: { ja: "エー", en: "A" }, help: { ja: "説明", en: "help" } };
    expect(buildSchemaModel("en", [a]).fields).toEqual([{ path: "a", kind: "integer", min: 2, max: 9, unit: "quarters", label: "A", help: "help" }]);
    expect(buildSchemaModel("ja", [a]).fields[0]?.label).toBe("エー");
  });

  it("contains every preset value within the slider range", () => {
    const preset = getPreset("base")!;
    for (const f of model.fields) {
      if (f.kind !== "number" && f.kind !== "integer") continue;
      const value = getPath(preset.scenario, f.path) as number;
      const r = sliderRange(f, value);
      expect(value).toBeGreaterThanOrEqual(r.min);
      expect(value).toBeLessThanOrEqual(r.max);
      expect(r.min).toBeGreaterThanOrEqual(f.min);
      expect(r.max).toBeLessThanOrEqual(f.max);
    }
  });
});

describe("range logic", () => {
  it("rounds steps and ceilings", () => {
    expect(niceStep(0.37)).toBe(0.5);
    expect(niceStep(12)).toBe(10);
    expect(niceStep(0)).toBe(1);
    expect(niceCeil(270)).toBe(300);
    expect(niceCeil(1001)).toBe(1500);
    expect(decimalsOf(0.0025)).toBe(4);
    expect(decimalsOf(5)).toBe(0);
  });

  it("chooses steps by unit", () => {
    expect(stepOf(field({ kind: "integer", unit: "quarters", min: 4, max: 40 }))).toBe(1);
    expect(stepOf(field({ unit: "annual-rate", min: -0.5, max: 3 }))).toBe(0.0025);
    expect(stepOf(field({}))).toBe(0.01);
    expect(stepOf(field({ unit: "ratio", min: 0.5, max: 5 }))).toBe(0.02);
  });

  it("keeps the schema range for narrow fields and windows very wide ones", () => {
    expect(sliderRange(field({ unit: "ratio", min: 0.5, max: 5 }), 1.2)).toEqual({ min: 0.5, max: 5, step: 0.02 });
    const money = field({ unit: "usd-bn", min: 0, max: 1_000_000 });
    expect(sliderRange(money, 90).max).toBe(300);
    expect(sliderRange(money, 90, 900).max).toBe(3000);
    expect(sliderRange(money, 0).max).toBe(3);
  });

  it("steps a money window by 1 or 5 × 10^k, so that the keyboard can step from a round preset value", () => {
    const money = field({ unit: "usd-bn", min: 0, max: 1_000_000 });
    expect(sliderRange(money, 20)).toEqual({ min: 0, max: 60, step: 0.5 });
    expect(sliderRange(money, 90).step).toBe(5);
  });

  it("clamps and snaps without float dust", () => {
    expect(clampSnap(0.1 + 0.2, 0, 1, 0.01)).toBe(0.3);
    expect(clampSnap(7, 0, 5, 1)).toBe(5);
    expect(clampSnap(-3, 0.5, 5, 0.02)).toBe(0.5);
    expect(clampSnap(0.0337, -0.01, 0.25, 0.0025)).toBe(0.0325);
  });

  it("checks typed input against the schema range", () => {
    const quarters = field({ kind: "integer", unit: "quarters", min: 4, max: 40 });
    expect(checkInput("12", quarters)).toEqual({ ok: true, value: 12 });
    expect(checkInput(" ", quarters)).toEqual({ ok: false, reason: "empty" });
    expect(checkInput("abc", quarters)).toEqual({ ok: false, reason: "not-a-number" });
    expect(checkInput("1e400", quarters)).toEqual({ ok: false, reason: "not-a-number" });
    expect(checkInput("4.5", quarters)).toEqual({ ok: false, reason: "not-integer" });
    expect(checkInput("3", quarters)).toEqual({ ok: false, reason: "too-small" });
    expect(checkInput("41", quarters)).toEqual({ ok: false, reason: "too-large" });
    expect(checkInput("1,000", field({ unit: "usd-bn", max: 5000 }))).toEqual({ ok: true, value: 1000 });
  });

  it("formats shares and rates as percentages", () => {
    expect(displayOf(field({}))).toBe("percent");
    expect(formatValue(0.25, field({}), "ja")).toBe("25%");
    expect(formatValue(22, field({ kind: "integer", unit: "quarters", max: 40 }), "en")).toBe("22");
    expect(formatValue(Number.NaN, field({}), "en")).toBe("–");
  });

  it("shows money in the page's units, lives in years, and reads typed percentages back as fractions", () => {
    const money = field({ unit: "usd-bn", min: 0, max: 1000 });
    expect(formatValue(300, money, "ja")).toBe("3,000");
    expect(formatValue(300, money, "en")).toBe("300");
    const life = field({ path: "gpu.bookLifeQuarters", kind: "integer", unit: "quarters", min: 4, max: 40 });
    expect(formatValue(22, life, "en")).toBe("5.5");
    expect(shownText(0.4, field({}), "ja")).toBe("40");
    expect(checkShownInput("40", field({}), "en")).toEqual({ ok: true, value: 0.4 });
    expect(checkShownInput("40%", field({}), "en")).toEqual({ ok: true, value: 0.4 });
    expect(checkShownInput("3,000", money, "ja")).toEqual({ ok: true, value: 300 });
    expect(checkShownInput("5.5", life, "ja")).toEqual({ ok: true, value: 22 });
    expect(checkShownInput("5.6", life, "ja")).toEqual({ ok: false, reason: "not-step" });
  });

  it("lists quarter labels across year ends", () => {
    expect(quarterLabels("2025Q3", 4)).toEqual(["2025Q3", "2025Q4", "2026Q1", "2026Q2"]);
    expect(quarterLabels("bad", 4)).toEqual([]);
  });
});
