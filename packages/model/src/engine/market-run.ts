/**
 * Several sponsors in one market for compute (MODEL.md, "Market"): their quarters run in lockstep, each with its
 * own books, vehicles and financing, and between capacity and sales the market sets one glut factor on the
 * price of compute from their summed demand and capacity against the market's opening utilisation.
 */
import type { Num } from "../_lib/num.js";
import { glutFactor, marketLoad, setMarketPrice } from "./market.js";
import { openingState } from "./opening.js";
import type { Prepared } from "./prepare.js";
import type { Recorder } from "./recorder.js";
import { beginQuarter, endQuarter, type RunOutcome } from "./run.js";
import { summarise } from "./summary.js";

/** Market-wide figures of a quarter: demand, capacity and the glut factor on the price. */
export interface MarketQuarter {
  demand: number;
  capacity: number;
  glutFactor: number;
}

/**
 * Run prepared scenarios with a common first quarter and horizon as one market, each recorded by its recorder.
 * `elasticity` is the market's (the sponsors' own `ai.priceElasticity` is not used here).
 */
export function runMarket<T>(N: Num<T>, prepared: readonly Prepared[], recorders: readonly Recorder<T>[], elasticity: number): { runs: RunOutcome<T>[]; market: MarketQuarter[] } {
  const states = prepared.map((p, i) => openingState(N, p, {}, recorders[i]!.detail));
  const H = states[0]!.c.H;
  // the market's opening utilisation: each sponsor's opening demand over its opening capacity, summed
  let demand0 = 0;
  let capacity0 = 0;
  for (const st of states) {
    demand0 += st.demand;
    capacity0 += st.demand / Math.max(st.s.ai.openingUtilisation, 1e-9);
  }
  const opening = capacity0 > 0 ? demand0 / capacity0 : 1;
  const market: MarketQuarter[] = [];
  for (let t = 0; t < H; t++) {
    let demand = 0;
    let capacity = 0;
    for (const st of states) {
      beginQuarter(st, t);
      const load = marketLoad(st);
      demand += load.demand;
      capacity += load.capacity;
    }
    const factor = glutFactor(demand, capacity, opening, elasticity);
    market.push({ demand, capacity, glutFactor: factor });
    states.forEach((st, i) => {
      setMarketPrice(st, factor);
      endQuarter(st);
      recorders[i]!.record(st);
    });
  }
  return { runs: states.map((st) => ({ events: st.events, summary: summarise(st) })), market };
}
