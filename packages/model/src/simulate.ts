import { Dec, decimalNum } from "./_lib/num-decimal.js";
import { attributeCauses } from "./attribution.js";
import type { QuarterRecord, RawRun, SummaryRaw } from "./engine/records.js";
import { FrameRecorder } from "./engine/recorder.js";
import { prepare } from "./engine/prepare.js";
import { runEngine } from "./engine/run.js";
import type { SimEvent } from "./events.js";
import type { QuarterJson, ResultJson } from "./result.js";
import { toResultJson } from "./result.js";
import type { Engine } from "./analysis/control.js";
import type { Scenario } from "./scenario.js";

/** Money as `Decimal` anywhere in a frame or summary → JSON numbers. */
function decToNumber(value: unknown): unknown {
  if (value instanceof Dec) return value.toNumber();
  if (Array.isArray(value)) return value.map(decToNumber);
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = decToNumber(v);
    return out;
  }
  return value;
}

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
  readonly frames: readonly QuarterRecord<Dec>[];
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
    this.json ??= toResultJson(this.scenario, {
      frames: decToNumber(this.raw.frames) as QuarterJson[],
      events: this.raw.events,
      summary: decToNumber(this.raw.summary) as SummaryRaw<number>,
    });
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
  const recorder = new FrameRecorder<Dec>();
  const run = runEngine(decimalNum, prepare(scenario), recorder);
  const { events, burstChain } = attributeCauses(scenario, run.events, run.summary.burstIndex);
  return new SimulationResult(scenario, { frames: recorder.frames, events, summary: { ...run.summary, burstChain } });
}

/**
 * The Decimal ledger as an analysis engine: pass it as `engine` to `compare`, `sensitivity` or `sweep` to run
 * them on the ledger instead of the fast path (slower; the agreement test shows the two agree to 1e-9).
 *
 * @example
 * compare([getPreset("base")!.scenario], { engine: ledgerEngine }).results[0].schemaVersion; // "1.0.0"
 */
export const ledgerEngine: Engine = (scenario) => simulate(scenario).toJSON();

export { Dec };
