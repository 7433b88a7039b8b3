import { getPath, presets } from "@aidebt/model";
import { describe, expect, it } from "vitest";
import { sliderRange, sliderStops, stopIndex } from "./form";
import { schemaModel } from "./schema-build";

describe("slider stops", () => {
  const numeric = schemaModel().fields.filter((f) => f.kind === "number" || f.kind === "integer");

  it.each(presets.map((p) => [p.id, p] as const))("let every slider show the %s preset's value exactly, whichever preset the page opened with", (_, preset) => {
    const off: string[] = [];
    for (const field of numeric) {
      const value = getPath(preset.scenario, field.path) as number;
      // The reader may switch presets: the slider drawn for the base preset must hold this preset's value too.
      const base = getPath(presets[0]!.scenario, field.path) as number;
      for (const stops of [sliderStops(field, value), sliderStops(field, base, value)]) {
        if (stops[stopIndex(stops, value)] !== value) off.push(`${field.path}=${value}`);
      }
    }
    expect(off).toEqual([]);
  });

  it("keep the round grid between the presets' values, so a key press moves by a round step", () => {
    const rate = numeric.find((f) => f.path === "rates.baseAnnual")!;
    const preset = getPath(presets[0]!.scenario, rate.path) as number;
    const stops = sliderStops(rate, preset);
    const { step } = sliderRange(rate, preset);
    expect(stops).toContain(0.04);
    expect(stops).toContain(0.0425);
    expect(stops).toContain(preset);
    // Every gap is at most one grid step: no preset's value leaves a hole, and no stop is skipped.
    for (let i = 1; i < stops.length; i++) expect(stops[i]! - stops[i - 1]!).toBeLessThanOrEqual(step + 1e-12);
    expect(stops).toEqual([...stops].sort((a, b) => a - b));
  });

  it("show a typed value between stops at the nearest one", () => {
    expect(stopIndex([0, 0.01, 0.02], 0.014)).toBe(1);
    expect(stopIndex([0, 0.01, 0.02], 0.016)).toBe(2);
    expect(stopIndex([0, 0.01, 0.02], -5)).toBe(0);
    expect(stopIndex([0, 0.01, 0.02], 5)).toBe(2);
  });
});
