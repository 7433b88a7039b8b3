import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { selectRanks } from "./select.js";

describe("selectRanks", () => {
  it("puts at every asked rank the value a sort puts there", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), { minLength: 1, maxLength: 300 }), fc.array(fc.nat(), { maxLength: 12 }), (values, picks) => {
        const a = Float64Array.from(values);
        const sorted = Float64Array.from(values).sort();
        const ranks = picks.map((p) => p % values.length);
        selectRanks(a, ranks);
        for (const r of ranks) expect(a[r]).toBe(sorted[r] === 0 ? a[r] : sorted[r]); // ±0 compare equal
        expect([...a].sort((x, y) => x - y)).toEqual([...sorted].sort((x, y) => x - y));
      }),
      { numRuns: 300 },
    );
  });

  it("handles many equal values and sorted input", () => {
    const a = new Float64Array(1000).fill(3);
    a[500] = 1;
    selectRanks(a, [0, 1, 999]);
    expect([a[0], a[1], a[999]]).toEqual([1, 3, 3]);
    const b = Float64Array.from({ length: 1000 }, (_, i) => i);
    selectRanks(b, [10, 500, 990]);
    expect([b[10], b[500], b[990]]).toEqual([10, 500, 990]);
  });
});
