import { describe, expect, it } from "vitest";
import { heatScale } from "./heat-scale";

const grid = (n: number, f: (k: number) => number) => Array.from({ length: n }, (_, j) => Array.from({ length: n }, (_, i) => f(j * n + i)));
const options = { range: ["#ffffff", "#000000"] as [string, string], money: true, revenueAnnual: 200 };

describe("heatScale", () => {
  it("keeps one extreme cell from washing out the others: the colour domain runs between the 5th and 95th percentiles", () => {
    const values = grid(9, (k) => (k === 80 ? 15_000 : 100 + k));
    const s = heatScale(values, options);
    expect(s.domain[1]).toBeLessThan(200);
    expect(s.clippedHigh).toBe(true);
    // Cells across the ordinary range get different colours (a linear scale to 15,000 would paint them alike).
    expect(s.color(110)).not.toBe(s.color(170));
    expect(s.color(15_000)).toBe(s.color(s.domain[1]));
  });

  it("flags money beyond 100 years of the sponsor's revenue as implausible, and cells the model rejected", () => {
    const values = [
      [1, 2, Number.NaN],
      [3, 2_068_000_000, 4],
    ];
    const s = heatScale(values, options);
    expect(s.flags).toEqual([
      [undefined, undefined, "rejected"],
      [undefined, "implausible", undefined],
    ]);
    expect(s.domain[1]).toBeLessThanOrEqual(4);
  });

  it("never calls a ratio implausible, and leaves cells coloured apart out of the scale", () => {
    const s = heatScale([[0.5, 1e7, 40]], { ...options, money: false, apart: (v) => v === 40 });
    expect(s.flags[0]).toEqual([undefined, undefined, undefined]);
    expect(s.domain[0]).toBeGreaterThanOrEqual(0.5);
    expect(s.domain[1]).toBeLessThanOrEqual(1e7);
  });
});
