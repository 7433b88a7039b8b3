import { getPreset } from "@aidebt/model";
import { describe, expect, it } from "vitest";
import { runScenario, stableJson } from "./simulation";

describe("running the model for a figure", () => {
  it("shares one run between figures whose patches only restate the preset", () => {
    const base = getPreset("base")?.scenario;
    const plain = runScenario("base");
    const restated = runScenario("base", [
      ["gpu.economicLifeQuarters", base?.gpu.economicLifeQuarters],
      ["financing.campusShare", base?.financing.campusShare],
    ]);
    expect(restated).toBe(plain);
  });

  it("applies real changes and validates them with the model's schema", () => {
    const run = runScenario("base", [["financing.campusShare", 0.7]], false);
    expect(run.ok && run.scenario.financing.campusShare).toBe(0.7);
    const bad = runScenario("base", [["financing.campusShare", 7]], false);
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.issues[0]).toMatch(/^financing\.campusShare: /);
  });

  it("compares values regardless of key order", () => {
    expect(stableJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe(stableJson({ a: [{ c: 3, d: 2 }], b: 1 }));
  });
});
