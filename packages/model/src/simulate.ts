import { Dec, decimalNum, floatNum } from "./_lib/num.js";
import type { Frame, RawRun, SummaryRaw } from "./engine.js";
import { runEngine } from "./engine.js";
import type { SimEvent } from "./events.js";
import type { ResultJson } from "./result.js";
import { toResultJson } from "./result.js";
import type { Scenario } from "./scenario.js";

/**
 * The Decimal ledger of a run. `toJSON()` gives the contract's JSON shape (numbers in USD bn).
 *
 * @example
 * const r = simulate(getPreset("base")!.scenario);
 * r.frames[0].sponsor.assets.cash.toFixed(2); // Decimal, exact
 * JSON.stringify(r).length > 0;               // JSON.stringify calls toJSON()
 */
export class SimulationResult {
  readonly scenario: Scenario;
  /** Per-quarter frames with money as `Decimal`. */
  readonly frames: readonly Frame<Dec>[];
  readonly events: readonly SimEvent[];
  /** Summary with money as `Decimal`. */
  readonly summary: SummaryRaw<Dec>;
  private readonly raw: RawRun<Dec>;
  private json: ResultJson | undefined;

  constructor(scenario: Scenario, raw: RawRun<Dec>) {
    this.scenario = scenario;
    this.raw = raw;
    this.frames = raw.frames;
    this.events = raw.events;
    this.summary = raw.summary;
  }

  /** The JSON form (computed once, then cached). */
  toJSON(): ResultJson {
    this.json ??= toResultJson(this.scenario, this.raw);
    return this.json;
  }
}

/**
 * Simulate a validated scenario with the Decimal ledger. Deterministic and pure.
 *
 * @param scenario - a scenario from `parseScenario`/`assertScenario`/`getPreset(id).scenario`
 * @returns the ledger; `.toJSON()` for the JSON result
 * @example
 * const r = simulate(getPreset("base")!.scenario);
 * r.toJSON().quarters[0].label; // "2025Q1"
 */
export function simulate(scenario: Scenario): SimulationResult {
  return new SimulationResult(scenario, runEngine(decimalNum, scenario, { detail: true }));
}

/**
 * The float64 twin of {@link simulate}: the same equations (one generic engine) with plain numbers.
 * Agrees with the Decimal ledger to a relative 1e-9 (see the agreement test); used by sweeps and Monte Carlo.
 *
 * @example
 * simulateFast(getPreset("base")!.scenario).summary.verdict; // same as simulate(...).toJSON().summary.verdict
 */
export function simulateFast(scenario: Scenario): ResultJson {
  return toResultJson(scenario, runEngine(floatNum, scenario, { detail: true }));
}

export { Dec };
