import { describe, expect, it } from "vitest";
import { explainEn } from "./explain-en";
import { explainJa } from "./explain-ja";
import { noticeSentence, seriesDiffer } from "./notice";
import { activeTry, onGrid, present, tryOf } from "./try-this";

/** Every key path of a message object, to compare the two editions' shapes. */
function paths(value: unknown, prefix = ""): string[] {
  if (value === null || typeof value !== "object") return [prefix];
  return Object.entries(value).flatMap(([k, v]) => paths(v, prefix ? `${prefix}.${k}` : k));
}

/** Placeholders of a template, sorted. */
const slots = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("the explaining layer's words", () => {
  it("has the same messages, with the same placeholders, in Japanese and English", () => {
    expect(paths(explainEn)).toEqual(paths(explainJa));
    const get = (o: unknown, p: string) => p.split(".").reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], o);
    for (const p of paths(explainJa)) expect(slots(String(get(explainEn, p))), p).toEqual(slots(String(get(explainJa, p))));
  });
});

describe("the sentence a try-this state earns", () => {
  it("says the number moved only when the two runs show different numbers", () => {
    expect(noticeSentence(explainEn, "Hidden debt surfaces", "2032Q2", "2031Q2")).toBe("Hidden debt surfaces: 2032Q2 at the default, 2031Q2 here.");
    expect(noticeSentence(explainEn, "Peak hidden debt", "$12bn", "$12bn")).toBe("Peak hidden debt: $12bn, the same as at the default.");
    expect(noticeSentence(explainJa, "隠れ債務の表面化", "2032Q2", explainJa.never)).toBe("隠れ債務の表面化:既定値では2032Q2、この設定では期間中なし。");
  });
});

describe("whether the default's faint line is worth drawing", () => {
  it("compares series value by value, with gaps (NaN) equal to gaps", () => {
    expect(seriesDiffer([[1, 2, Number.NaN]], [[1, 2, Number.NaN]])).toBe(false);
    expect(seriesDiffer([[1, 2, 3]], [[1, 2, 3.5]])).toBe(true);
    expect(seriesDiffer([[1, 2]], [[1, 2, 3]])).toBe(true);
  });
});

describe("try-this states", () => {
  const spec = {
    share: { kind: "number", default: 0.5, min: 0, max: 0.85, step: 0.05 },
    view: { kind: "enum", default: "all", values: ["all", "investors"] },
  } as const;

  it("are whole states on the control's grid, and a try that changes nothing is dropped", () => {
    expect(onGrid(spec.share, 0.87)).toBe(0.85);
    expect(onGrid(spec.share, 0.33)).toBe(0.35);
    const tries = present([tryOf(spec, "max", "Max", { share: 0.85 }), tryOf(spec, "same", "Same", { share: 0.5 })]);
    expect(tries.map((t) => t.state)).toEqual([{ share: 0.85, view: "all" }]);
    expect(activeTry(tries, { share: 0.85, view: "all" })?.id).toBe("max");
    // Another field moved too: the sentence of the try no longer describes what is on show.
    expect(activeTry(tries, { share: 0.85, view: "investors" })).toBeUndefined();
  });
});
