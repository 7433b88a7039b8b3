import { floatNum } from "./_lib/num.js";
import { prepare } from "./generated/engine/prepare.js";
import { FrameRecorder } from "./generated/engine/recorder.js";
import { runEngine as runFloatEngine } from "./generated/engine/run.js";
import { attributeCauses } from "./attribution.js";
import type { ResultJson } from "./result.js";
import { toResultJson } from "./result.js";
import type { Scenario } from "./scenario.js";

/**
 * The float64 twin of {@link simulate}: the same equations with plain numbers (the engine's source with its
 * arithmetic written inline, generated from engine.ts; see scripts/float-engine.ts).
 * Agrees with the Decimal ledger to a relative 1e-9 (see the agreement test); used by sweeps and Monte Carlo.
 * This entry never imports decimal.js.
 *
 * @example
 * simulateFast(getPreset("base")!.scenario).summary.verdict; // same as simulate(...).toJSON().summary.verdict
 */
export function simulateFast(scenario: Scenario): ResultJson {
  const recorder = new FrameRecorder<number>();
  const run = runFloatEngine(floatNum, prepare(scenario), recorder);
  const { events, burstChain } = attributeCauses(scenario, run.events, run.summary.burstIndex);
  return toResultJson(scenario, { frames: recorder.frames, events, summary: { ...run.summary, burstChain } });
}

/**
 * The fast path without naming causes: every figure as {@link simulateFast}, events with `cause` null. For analyses
 * that read outputs, not causes (sweeps, sensitivity, the claims' bisections): attribution reruns the scenario
 * once per scheduled shock, which a grid of runs must not pay for every cell.
 */
export function simulateFastUncaused(scenario: Scenario): ResultJson {
  const recorder = new FrameRecorder<number>();
  const { events, summary } = runFloatEngine(floatNum, prepare(scenario), recorder);
  return toResultJson(scenario, { frames: recorder.frames, events, summary });
}
