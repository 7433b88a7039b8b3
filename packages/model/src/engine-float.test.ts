import { readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FLOAT_ENGINE_DIR, floatEngineFiles, floatEngineSource } from "../scripts/float-engine.js";
import { scenarioArb } from "../test/arbitraries.js";
import { floatNum } from "./_lib/num.js";
import { FrameRecorder, SeriesRecorder } from "./engine/recorder.js";
import { prepare } from "./engine/prepare.js";
import { runEngine as runGenericEngine } from "./engine/run.js";
import { prepare as prepareFloat } from "./generated/engine/prepare.js";
import type { Noise } from "./engine/state.js";
import { FrameRecorder as FloatFrameRecorder, SeriesRecorder as FloatSeriesRecorder } from "./generated/engine/recorder.js";
import { runEngine as runFloatEngine } from "./generated/engine/run.js";
import { presets } from "./presets.js";
import type { Scenario } from "./scenario.js";

// Every figure to the last bit, NaN and -0 included (JSON.stringify would write NaN and -0 as null and 0).
const bits = (run: unknown): string =>
  JSON.stringify(run, (_key, v: unknown) => (typeof v === "number" ? (Object.is(v, -0) ? "-0" : Number.isNaN(v) ? "NaN" : v) : v instanceof Map ? [...v] : v));

/** Both engines on the same scenario, recording frames (detail) or only Monte Carlo's series. */
function same(s: Scenario, detail: boolean, noise: Noise = {}): void {
  const generic = detail ? new FrameRecorder<number>() : new SeriesRecorder<number>(s.horizonQuarters);
  const float = detail ? new FloatFrameRecorder<number>() : new FloatSeriesRecorder<number>(s.horizonQuarters);
  const a = runFloatEngine(floatNum, prepareFloat(s), float, noise);
  const b = runGenericEngine(floatNum, prepare(s), generic, noise);
  expect(bits({ ...a, recorded: float })).toBe(bits({ ...b, recorded: generic }));
}

// Every method of Num, called as engine.ts calls them, through the same rewrite as the engine.
const PROBE = `import type { Num } from "./_lib/num.js";
export function probe(N: Num<number>, a: number, b: number): unknown[] {
  return [N.zero, N.from(a), N.add(a, b), N.sub(a, b), N.scale(a, b), N.divInt(a, b), N.ratio(a, b), N.toNumber(a), N.lt(a, b), N.gt(a, b), N.max(a, b), N.min(a, b), N.isPositive(a)];
}
`;
const methods = ["zero", "from", "add", "sub", "scale", "divInt", "ratio", "toNumber", "lt", "gt", "max", "min", "isPositive"] as const;
const awkward = [Number.NaN, 0, -0, 1, -1, 0.1, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.MIN_VALUE, 1e308];

async function rewrittenProbe(): Promise<(N: unknown, a: number, b: number) => unknown[]> {
  const js = ts.transpileModule(floatEngineSource(PROBE), { compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 } }).outputText;
  const mod = (await import(`data:text/javascript,${encodeURIComponent(js)}`)) as { probe: (N: unknown, a: number, b: number) => unknown[] };
  return mod.probe;
}

describe("the rewrite of the arithmetic interface", () => {
  it("gives what floatNum gives for every method, on NaN, ±0, infinities and zero denominators", async () => {
    const probe = await rewrittenProbe();
    // Called without an N: nothing of the rewritten code may still go through the interface.
    for (const a of awkward) {
      for (const b of awkward) {
        const got = probe(undefined, a, b);
        const want = [floatNum.zero, floatNum.from(a), floatNum.add(a, b), floatNum.sub(a, b), floatNum.scale(a, b), floatNum.divInt(a, b), floatNum.ratio(a, b), floatNum.toNumber(a), floatNum.lt(a, b), floatNum.gt(a, b), floatNum.max(a, b), floatNum.min(a, b), floatNum.isPositive(a)];
        methods.forEach((name, i) => expect(Object.is(got[i], want[i]), `N.${name}(${a}, ${b}): ${String(got[i])} vs ${String(want[i])}`).toBe(true));
      }
    }
  });

  it("refuses a method it has no float form for", () => {
    expect(() => floatEngineSource("export const f = (N: any, a: number) => N.sqrt(a);")).toThrow(/N\.sqrt/);
  });
});

describe("the generated float engine", () => {
  it("is what scripts/float-engine.ts makes of the current src/engine/ (run `pnpm --filter @aidebt/model generate`)", () => {
    for (const { name, text } of floatEngineFiles()) expect(readFileSync(join(FLOAT_ENGINE_DIR, name), "utf8"), name).toBe(text);
  });

  it("computes bit for bit what the generic engine computes with floatNum, on every preset", () => {
    for (const p of presets) {
      same(p.scenario, true);
      same(p.scenario, false);
    }
  });

  it("does so on generated scenarios, with Monte Carlo's demand and rate noise", () => {
    fc.assert(
      fc.property(scenarioArb, fc.array(fc.double({ min: -0.5, max: 0.5, noNaN: true }), { minLength: 120, maxLength: 120 }), (s, noise) => {
        same(s, true);
        same(s, false, { demand: noise, rate: noise.map((x) => x / 10) });
      }),
      { numRuns: 30 },
    );
  });
});
