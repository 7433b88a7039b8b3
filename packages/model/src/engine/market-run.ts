/**
 * Several sponsors in one market for compute (MODEL.md, "Market"): their quarters run in lockstep, each with its
 * own books, vehicles and financing, and between capacity and sales the market sets one glut factor on the
 * price of compute from their summed demand and capacity against the market's reference utilisation. Sponsors
 * may open at different quarters (fiscal years end in different months): one that opens before the market does
 * runs on its own market, as a single sponsor would, until the last of them has opened.
 */
import type { Num } from "../_lib/num.js";
import { glutFactor, marketLoad, ownMarketFactor, setMarketPrice } from "./market.js";
import { openingState } from "./opening.js";
import type { Prepared } from "./prepare.js";
import type { Recorder } from "./recorder.js";
import { beginQuarter, endQuarter, type RunOutcome } from "./run.js";
import type { RunState } from "./state.js";
import { summarise } from "./summary.js";

/** Market-wide figures of a quarter: demand, capacity and the glut factor on the price. */
export interface MarketQuarter {
  demand: number;
  capacity: number;
  glutFactor: number;
}

/**
 * Run prepared scenarios as one market, each recorded by its recorder. `offsets[i]` is how many quarters sponsor
 * i opens before the market (0 for the last to open); every sponsor's horizon must end with the market's.
 * `elasticity` is the market's (the sponsors' own `ai.priceElasticity` serves only before the market opens).
 */
export function runMarket<T>(N: Num<T>, prepared: readonly Prepared[], recorders: readonly Recorder<T>[], elasticity: number, offsets: readonly number[] = prepared.map(() => 0)): { runs: RunOutcome<T>[]; market: MarketQuarter[] } {
  const states = prepared.map((p, i) => openingState(N, p, {}, recorders[i]!.detail));
  const step = (st: RunState<T>, i: number, t: number, factor: number | null): void => {
    if (factor === null) {
      beginQuarter(st, t);
      setMarketPrice(st, ownMarketFactor(st));
    } else setMarketPrice(st, factor);
    endQuarter(st);
    recorders[i]!.record(st);
  };
  // before the market opens, the early sponsors run on their own
  const lead = Math.max(0, ...offsets);
  for (let k = 0; k < lead; k++) {
    states.forEach((st, i) => {
      const t = k - (lead - offsets[i]!);
      if (t >= 0) step(st, i, t, null);
    });
  }
  const H = states[0]!.c.H - offsets[0]!;
  // the market's reference utilisation: each sponsor's opening utilisation, weighted by its demand as the market opens
  let demand0 = 0;
  let capacity0 = 0;
  for (const st of states) {
    demand0 += st.demand;
    capacity0 += st.demand / Math.max(st.s.ai.openingUtilisation, 1e-9);
  }
  const reference = capacity0 > 0 ? demand0 / capacity0 : 1;
  const market: MarketQuarter[] = [];
  for (let m = 0; m < H; m++) {
    let demand = 0;
    let capacity = 0;
    states.forEach((st, i) => {
      beginQuarter(st, m + offsets[i]!);
      const load = marketLoad(st);
      demand += load.demand;
      capacity += load.capacity;
    });
    const factor = glutFactor(demand, capacity, reference, elasticity);
    market.push({ demand, capacity, glutFactor: factor });
    states.forEach((st, i) => step(st, i, m + offsets[i]!, factor));
  }
  return { runs: states.map((st) => ({ events: st.events, summary: summarise(st) })), market };
}
