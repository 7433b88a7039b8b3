import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ENGINE_FILE, FLOAT_ENGINE_FILE, floatEngineSource } from "../scripts/float-engine.js";
import { scenarioArb } from "../test/arbitraries.js";
import { floatNum } from "./_lib/num.js";
import { runEngine as runGenericEngine, type RunOptions } from "./engine.js";
import { runEngine as runFloatEngine } from "./engine-float.generated.js";
import { presets } from "./presets.js";
import type { Scenario } from "./scenario.js";

// Every figure to the last bit, NaN and -0 included (JSON.stringify would write NaN and -0 as null and 0).
const bits = (run: unknown): string =>
  JSON.stringify(run, (_key, v: unknown) => (typeof v === "number" ? (Object.is(v, -0) ? "-0" : Number.isNaN(v) ? "NaN" : v) : v instanceof Map ? [...v] : v));

function same(s: Scenario, opts: RunOptions): void {
  expect(bits(runFloatEngine(floatNum, s, opts))).toBe(bits(runGenericEngine(floatNum, s, opts)));
}

describe("the generated float engine", () => {
  it("is what scripts/float-engine.ts makes of the current engine.ts (run `pnpm --filter @aidebt/model generate`)", () => {
    expect(readFileSync(FLOAT_ENGINE_FILE, "utf8")).toBe(floatEngineSource(readFileSync(ENGINE_FILE, "utf8")));
  });

  it("computes bit for bit what the generic engine computes with floatNum, on every preset", () => {
    for (const p of presets) {
      same(p.scenario, { detail: true });
      same(p.scenario, { detail: false });
    }
  });

  it("does so on generated scenarios, with Monte Carlo's demand and rate noise", () => {
    fc.assert(
      fc.property(scenarioArb, fc.array(fc.double({ min: -0.5, max: 0.5, noNaN: true }), { minLength: 120, maxLength: 120 }), (s, noise) => {
        same(s, { detail: true });
        same(s, { detail: false, demandNoise: noise, rateNoise: noise.map((x) => x / 10) });
      }),
      { numRuns: 30 },
    );
  });
});
