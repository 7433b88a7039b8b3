import { PARAMETERS, getPreset, numericParameterPaths, sensitivity } from "@aidebt/model";
import { describe, expect, it } from "vitest";
import { KEY_LEVERS } from "./levers";

/** How far down the model's tornado a lever may sit and still be called key. */
const TOP = 20;
const PRESETS = ["base", "demand-slowdown", "neocloud", "amazon"];
const OUTPUTS = ["summary.peakTotalDebt", "summary.peakHiddenDebt", "summary.sponsorAiNpv"];

describe("key levers", () => {
  it("are at most ten numeric parameters of the model's table, each once", () => {
    expect(KEY_LEVERS.length).toBeLessThanOrEqual(10);
    expect(new Set(KEY_LEVERS).size).toBe(KEY_LEVERS.length);
    const numeric = new Set(numericParameterPaths());
    for (const path of KEY_LEVERS) {
      expect(numeric.has(path), path).toBe(true);
      expect(PARAMETERS.find((p) => p.path === path)?.shock, path).toBe(false);
    }
  });

  it(`each rank among the model's ${TOP} largest swings for some preset and output`, () => {
    const parameters = numericParameterPaths().filter((p) => p !== "horizonQuarters");
    const best = new Map<string, number>();
    for (const id of PRESETS) {
      const scenario = getPreset(id)!.scenario;
      for (const output of OUTPUTS) {
        const rows = sensitivity(scenario, output, { parameters, relativeStep: 0.2 }).rows;
        for (const path of KEY_LEVERS) {
          const rank = rows.findIndex((r) => r.path === path && r.swing > 0) + 1;
          if (rank > 0) best.set(path, Math.min(best.get(path) ?? Infinity, rank));
        }
      }
    }
    for (const path of KEY_LEVERS) expect(best.get(path) ?? Infinity, path).toBeLessThanOrEqual(TOP);
  }, 60_000);
});
