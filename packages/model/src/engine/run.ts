/**
 * The run loop. Each quarter calls the phases of MODEL.md in order; every phase reads and writes the run's
 * state (`state.ts`), and the recorder keeps what the caller asked for. Generic over the money type `T`: the
 * Decimal ledger runs this code, and the fast path runs a float copy of it generated at build
 * (`scripts/float-engine.ts`).
 */
import type { Num } from "../_lib/num.js";
import type { SimEvent } from "../events.js";
import { demandAndPrice } from "./demand.js";
import { buildOwnCohorts, depreciateFleet, impairOvercapacity, retireObsolete, serveDemand, shellSpaceAndStranding } from "./fleet.js";
import { serviceBonds } from "./financing.js";
import { lendBonds, measureQuarter } from "./measures.js";
import { openingState } from "./opening.js";
import type { Prepared } from "./prepare.js";
import type { Recorder } from "./recorder.js";
import type { SummaryRaw } from "./records.js";
import { applyShocks } from "./shocks.js";
import type { Noise } from "./state.js";
import { resetQuarter } from "./quarter-flows.js";
import { summarise } from "./summary.js";
import { consolidateBreached, drawNewCapacity, returnExpiredLeases, serviceVehicles } from "./vehicles.js";
import { cashWaterfall, incomeStatement } from "./waterfall.js";

/** What every run returns besides what its recorder kept. */
export interface RunOutcome<T> {
  events: SimEvent[];
  summary: SummaryRaw<T>;
}

/**
 * Run a prepared scenario (`prepare`) with the arithmetic `N`, recording each quarter into `recorder`. Pure:
 * reads the scenario, its tables and the noise, allocates its own state.
 */
export function runEngine<T>(N: Num<T>, prepared: Prepared, recorder: Recorder<T>, noise: Noise = {}): RunOutcome<T> {
  const st = openingState(N, prepared, noise, recorder.detail);
  for (let t = 0; t < st.c.H; t++) {
    resetQuarter(st.q, N.zero, t, st.c.labels[t] ?? "");
    applyShocks(st); //            scheduled shocks, the base rate of the quarter
    demandAndPrice(st); //         AI demand and expectations, core revenue, price of compute
    retireObsolete(st); //         GPUs past their economic life leave service
    returnExpiredLeases(st); //    lease ends: renew, or hand back with the guarantee
    shellSpaceAndStranding(st); // shell space, GPUs in service, capacity
    serveDemand(st); //            utilisation, AI revenue and opex
    consolidateBreached(st); //    vehicles past their cure period come onto the books
    depreciateFleet(st); //        the sponsor's depreciation
    serviceVehicles(st); //        rent and debt service of the vehicles
    impairOvercapacity(st); //     obsolete GPUs written off under overcapacity
    serviceBonds(st); //           coupons and maturities of the sponsor's bonds
    incomeStatement(st); //        EBITDA to net income
    cashWaterfall(st); //          capacity plan, funding, payouts, bonds issued
    buildOwnCohorts(st); //        the sponsor's new cohorts
    drawNewCapacity(st); //        the vehicles' share of the build
    lendBonds(st); //              lenders fund the bonds issued
    measureQuarter(st); //         debt measures, covers, Minsky classes, running totals
    recorder.record(st);
  }
  return { events: st.events, summary: summarise(st) };
}
