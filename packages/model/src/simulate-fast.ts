import { floatNum } from "./_lib/num.js";
import { runEngine } from "./engine.js";
import type { ResultJson } from "./result.js";
import { toResultJson } from "./result.js";
import type { Scenario } from "./scenario.js";

/**
 * The float64 twin of {@link simulate}: the same equations (one generic engine) with plain numbers.
 * Agrees with the Decimal ledger to a relative 1e-9 (see the agreement test); used by sweeps and Monte Carlo.
 * This entry never imports decimal.js.
 *
 * @example
 * simulateFast(getPreset("base")!.scenario).summary.verdict; // same as simulate(...).toJSON().summary.verdict
 */
export function simulateFast(scenario: Scenario): ResultJson {
  return toResultJson(scenario, runEngine(floatNum, scenario, { detail: true }));
}
