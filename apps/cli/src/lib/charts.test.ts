import { describe, expect, it } from "vitest";
import { heatmap, sparkline, tornado } from "./charts.js";

describe("terminal charts", () => {
  it("draws a sparkline from lowest to highest tick", () => {
    expect(sparkline([0, 1, 2, 3, 4, 5, 6, 7])).toBe("▁▂▃▄▅▆▇█");
    expect(sparkline([2, 2, 2])).toBe("▄▄▄");
    expect(sparkline([1, null, 3])).toBe("▁ █");
    expect(sparkline([])).toBe("");
  });

  it("draws tornado bars scaled to the largest swing", () => {
    const lines = tornado(
      [
        { label: "growth", low: -10, high: 5 },
        { label: "rate", low: 2, high: -1 },
      ],
      { half: 4, format: (v) => v.toFixed(0) },
    );
    expect(lines[0]).toBe("growth  ████│██    -10 … 5");
    expect(lines[1]).toBe("rate        │█     -1 … 2");
  });

  it("shades a heat map from min to max with axis labels", () => {
    const lines = heatmap(
      [
        [0, 1],
        [2, 3],
      ],
      { rowLabels: ["a", "b"], columnLabels: ["x0", "x1"], format: (v) => String(v), cellWidth: 1 },
    );
    expect(lines[0]).toBe("a │░▒");
    expect(lines[1]).toBe("b │▓█");
    expect(lines.at(-1)).toContain("0 → 3");
  });
});
