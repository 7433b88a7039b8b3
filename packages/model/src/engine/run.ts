/**
 * The run loop. Each quarter calls the phases of MODEL.md in order; every phase reads and writes the run's
 * state (`state.ts`, `quarter-flows.ts`), and the recorder keeps what the caller asked for. Generic over the
 * money type `T`: the Decimal ledger runs this code, and the fast path runs a float copy of it generated at
 * build (`scripts/float-engine.ts`).
 */
import type { Num } from "../_lib/num.js";
import type { SimEvent } from "../events.js";
import { demandAndPrice } from "./demand.js";
import { buildOwnCohorts, depreciateFleet, impairOvercapacity, retireObsolete, serveDemand, shellSpaceAndStranding } from "./fleet.js";
import { serviceBonds } from "./financing.js";
import { serviceLeases } from "./leases.js";
import { lendBonds, measureQuarter } from "./measures.js";
import type { RunBuffers } from "./opening.js";
import { openingState } from "./opening.js";
import type { Prepared } from "./prepare.js";
import { resetQuarter } from "./quarter-flows.js";
import type { Recorder } from "./recorder.js";
import type { SummaryRaw } from "./records.js";
import { ownMarketFactor, setMarketPrice } from "./market.js";
import { applyShocks } from "./shocks.js";
import type { Noise, RunState } from "./state.js";
import { cashWaterfall, incomeStatement } from "./treasury.js";
import { consolidateBreached, refinanceMaturities, testLoanToValue, returnExpiredLeases } from "./vehicle-events.js";
import { completeCampuses, drawNewCapacity, serviceVehicles } from "./vehicles.js";

/** What every run returns besides what its recorder kept: its events and the summary its recorder gives. */
export interface RunOutcome<T, S = SummaryRaw<T>> {
  events: SimEvent[];
  summary: S;
}

/** Phases of a quarter up to the capacity that can serve demand (before the market sets the price). */
export function beginQuarter<T>(st: RunState<T>, t: number): void {
  const N = st.N;
  resetQuarter(st.q, N.zero, t, st.c.labels[t] ?? "");
  applyShocks(st); //            scheduled shocks, the base rate of the quarter
  demandAndPrice(st); //         AI demand and expectations, core revenue and costs, price of compute
  retireObsolete(st); //         GPUs past their training and inference life leave service
  returnExpiredLeases(st); //    vehicle lease ends: renew, or hand back with the guarantee
  completeCampuses(st); //       campuses completing: their leases commence
  serviceLeases(st); //          third-party leases commence, accrue and are paid
  shellSpaceAndStranding(st); // shell space, GPUs in service, capacity
}

/** Phases of a quarter from serving demand at the market's price to the measures. */
export function endQuarter<T>(st: RunState<T>): void {
  serveDemand(st); //            utilisation, AI revenue and opex
  refinanceMaturities(st); //    vehicle debt falling due: rolled at the rate of the day, or not
  consolidateBreached(st); //    vehicles past their cure period: the sponsor steps in, or not
  depreciateFleet(st); //        the sponsor's depreciation
  serviceVehicles(st); //        rent and debt service of the vehicles
  testLoanToValue(st); //        GPU-backed loans above their loan-to-value limit are paid down
  impairOvercapacity(st); //     ASC 360 recoverability test under overcapacity
  serviceBonds(st); //           coupons and maturities of the sponsor's bonds
  incomeStatement(st); //        revenue to net income
  cashWaterfall(st); //          capacity plan, leases signed, funding, payouts, bonds issued
  buildOwnCohorts(st); //        the sponsor's new cohorts
  drawNewCapacity(st); //        the vehicles' share of the build
  lendBonds(st); //              lenders fund the bonds issued
  measureQuarter(st); //         debt as reported, adjusted and hidden; the sponsor's Minsky class (the rest: the recorder)
}

/**
 * Run a prepared scenario (`prepare`) with the arithmetic `N`, recording each quarter into `recorder`, which also
 * gives the summary (and computes what only it reads: see `recorder.ts`). Pure:
 * reads the scenario, its tables and the noise, allocates its own state (or takes over `buffers`, which an
 * earlier run of a block has finished with). The sponsor is its own market.
 */
export function runEngine<T, S>(N: Num<T>, prepared: Prepared, recorder: Recorder<T, S>, noise: Noise = {}, buffers?: RunBuffers<T>): RunOutcome<T, S> {
  const st = openingState(N, prepared, noise, recorder.detail, buffers);
  for (let t = 0; t < st.c.H; t++) {
    beginQuarter(st, t);
    setMarketPrice(st, ownMarketFactor(st)); // the price of compute after its own market's glut
    endQuarter(st);
    recorder.record(st);
  }
  return { events: st.events, summary: recorder.summarise(st) };
}
