import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scenarioArb } from "../../test/arbitraries.js";
import { floatNum } from "../_lib/num.js";
import { presets } from "../presets.js";
import type { Scenario } from "../scenario.js";
import { ownMarketFactor, setMarketPrice } from "./market.js";
import { openingState } from "./opening.js";
import { prepare } from "./prepare.js";
import type { QuarterFlows } from "./quarter-flows.js";
import { newQuarterFlows, resetQuarter } from "./quarter-flows.js";
import { FrameRecorder, SeriesRecorder } from "./recorder.js";
import type { Recorder } from "./recorder.js";
import { beginQuarter, endQuarter, runEngine } from "./run.js";
import type { Noise } from "./state.js";

// Every figure to the last bit, NaN and -0 included.
const bits = (run: unknown): string => JSON.stringify(run, (_key, v: unknown) => (typeof v === "number" ? (Object.is(v, -0) ? "-0" : Number.isNaN(v) ? "NaN" : v) : v));

type Fields = Record<keyof QuarterFlows<number>, unknown>;

/** The fields resetQuarter leaves as they are: those every quarter's phases assign before reading. */
function untouchedByReset(): Array<keyof QuarterFlows<number>> {
  const marker = {};
  const q = newQuarterFlows(0) as unknown as Fields;
  const keys = Object.keys(q) as Array<keyof QuarterFlows<number>>;
  for (const k of keys) q[k] = marker;
  resetQuarter(q as unknown as QuarterFlows<number>, 0, 3, "x");
  return keys.filter((k) => q[k] === marker);
}

/** runEngine's loop, with those fields poisoned (NaN, or a class no phase knows) at the start of every quarter. */
function runPoisoned<S>(s: Scenario, recorder: Recorder<number, S>, noise: Noise): unknown {
  const poisoned = untouchedByReset();
  const st = openingState(floatNum, prepare(s), noise, recorder.detail);
  for (let t = 0; t < st.c.H; t++) {
    const q = st.q as unknown as Fields;
    for (const k of poisoned) q[k] = typeof q[k] === "string" ? "poison" : Number.NaN;
    beginQuarter(st, t);
    setMarketPrice(st, ownMarketFactor(st));
    endQuarter(st);
    recorder.record(st);
  }
  return { events: st.events, summary: recorder.summarise(st) };
}

function samePoisoned(s: Scenario, noise: Noise = {}): void {
  for (const detail of [true, false]) {
    const make = () => (detail ? new FrameRecorder<number>() : new SeriesRecorder<number>(s.horizonQuarters));
    const plain = make();
    const poisoned = make();
    expect(bits({ ...(runPoisoned(s, poisoned, noise) as object), recorded: poisoned })).toBe(bits({ ...runEngine(floatNum, prepare(s), plain, noise), recorded: plain }));
  }
}

describe("the quarter's flows", () => {
  it("are reset only where a phase accumulates or sets them on some paths: the rest are assigned before any read", () => {
    expect(untouchedByReset().length).toBeGreaterThan(50);
    for (const p of presets) samePoisoned({ ...p.scenario, horizonQuarters: 120 });
  });

  it("also on generated scenarios, with Monte Carlo's noise", () => {
    fc.assert(
      fc.property(scenarioArb, fc.array(fc.double({ min: -0.5, max: 0.5, noNaN: true }), { minLength: 120, maxLength: 120 }), (s, noise) => {
        samePoisoned(s, { demand: noise, rate: noise.map((x) => x / 10) });
      }),
      { numRuns: 30 },
    );
  });
});
