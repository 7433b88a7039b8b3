import { describe, expect, it } from "vitest";
import {
  bandPath,
  defaultFrame,
  linePath,
  quarterScale,
  quarterTickLabel,
  quarterTicks,
  stackLayers,
  stackMax,
  valueScale,
} from "./geometry";

describe("chart geometry", () => {
  it("spreads quarters across the plot width", () => {
    const x = quarterScale(5, defaultFrame);
    expect(x(0)).toBe(defaultFrame.margin.left);
    expect(x(4)).toBe(defaultFrame.width - defaultFrame.margin.right);
  });

  it("always includes zero in a value scale and rounds it to nice numbers", () => {
    const y = valueScale([12, 47], defaultFrame);
    expect(y.domain()).toEqual([0, 50]);
    expect(y(0)).toBe(defaultFrame.height - defaultFrame.margin.bottom);
  });

  it("copes with an empty or flat series", () => {
    expect(valueScale([], defaultFrame).domain()).toEqual([0, 1]);
    expect(valueScale([0, 0], defaultFrame).domain()).toEqual([0, 1]);
  });

  it("ticks the first quarter of each year, thinned to fit", () => {
    const labels = Array.from({ length: 40 }, (_, i) => `${2025 + Math.floor(i / 4)}Q${(i % 4) + 1}`);
    expect(quarterTicks(labels, 10)).toEqual([0, 4, 8, 12, 16, 20, 24, 28, 32, 36]);
    expect(quarterTicks(labels, 5)).toEqual([0, 8, 16, 24, 32]);
    expect(quarterTickLabel("2027Q1")).toBe("2027");
    expect(quarterTickLabel("2027Q3")).toBe("2027Q3");
  });

  it("stacks layers so that each band starts where the one below ends", () => {
    const layers = stackLayers([
      { key: "a", values: [1, 2] },
      { key: "b", values: [3, 4] },
    ]);
    expect(layers.map((l) => l.bands)).toEqual([
      [
        [0, 1],
        [0, 2],
      ],
      [
        [1, 4],
        [2, 6],
      ],
    ]);
    expect(stackMax(layers)).toBe(6);
  });

  it("treats negative or missing values as empty bands", () => {
    const [layer] = stackLayers([{ key: "a", values: [-1, Number.NaN] }]);
    expect(layer?.bands).toEqual([
      [0, 0],
      [0, 0],
    ]);
  });

  it("draws paths and leaves gaps at non-finite points", () => {
    expect(linePath([[0, 0], [10, 10]])).toBe("M0,0L10,10");
    expect(linePath([[0, 0], [5, Number.NaN], [10, 10]])).toBe("M0,0ZM10,10Z");
    expect(bandPath([[0, 1], [0, 2]], (i) => i * 10, (v) => v)).toBe("M0,1L10,2L10,0L0,0Z");
  });
});
