/**
 * What a run derives from its scenario alone, before any arithmetic of its own: quarter labels, the shock
 * schedule, the opening servers' vintages, the demand growth constants, and the per-quarter factors of compute per
 * GW, core revenue trend, price of compute and discounting. Monte Carlo prepares a scenario once and runs it
 * thousands of times with different noise, so nothing a path repeats with the same result belongs in a run.
 */
import { quarterLabel } from "../_lib/quarter.js";
import type { Scenario } from "../scenario.js";
import type { ServerVintage } from "./server-vintages.js";
import { serverVintages } from "./server-vintages.js";
import type { ScheduledShocks } from "./shocks.js";
import { scheduleShocks, toQuarterly } from "./shocks.js";

/** A scenario with its derived tables (read-only: runs share it). */
export interface Prepared {
  readonly s: Scenario;
  readonly labels: readonly string[];
  readonly shocks: ScheduledShocks;
  /** The opening servers rebuilt from the property and equipment note (`server-vintages.ts`). */
  readonly serverVintages: readonly ServerVintage[];
  /** perfQ^(−age): compute per GW of each opening server vintage. */
  readonly serverPerf: Float64Array;
  /** Quarterly AI-demand growth at the opening, its long-run rate, and the factor the excess fades by a quarter. */
  readonly demandGrowthQ: number;
  readonly demandLongRunQ: number;
  readonly demandFadeQ: number;
  /** Quarterly factor of compute per GW of new GPUs. */
  readonly perfQ: number;
  /** perfQ^t: compute per GW of GPUs bought in quarter t. */
  readonly perfAt: Float64Array;
  /** Core revenue trend of quarter t (USD bn a quarter). */
  readonly coreTrendAt: Float64Array;
  /** Price of compute in quarter t relative to the first quarter. */
  readonly priceFactorAt: Float64Array;
  /** Discount factor of a cash flow at the end of quarter t. */
  readonly discountAt: Float64Array;
  /** Discount factor of the horizon value. */
  readonly discountEnd: number;
}

/** Prepare a validated scenario for runs. */
export function prepare(s: Scenario): Prepared {
  const H = s.horizonQuarters;
  const perfQ = Math.pow(1 + s.gpu.perfGainAnnual, 0.25);
  const priceQ = Math.pow(1 - s.ai.priceDeclineAnnual, 0.25);
  // the core grows at its own trend, fading toward its long-run rate (half the excess gone every
  // core.fadeQuarters), and at AI's uplift of it, from its share of opening revenue
  const upliftQ = Math.pow(1 + s.core.aiUpliftAnnual, 0.25);
  const longRunQ = Math.pow(1 + s.core.longRunGrowthAnnual, 0.25) - 1;
  const coreFade = Math.pow(0.5, 1 / s.core.fadeQuarters);
  let coreGrowthQ = Math.pow(1 + s.core.growthAnnual, 0.25) - 1;
  let coreLevel = (s.sponsor.revenueAnnual / 4) * (1 - s.ai.revenueShare);
  const discQ = Math.pow(1 + s.discountAnnual, 0.25);
  const perfAt = new Float64Array(H);
  const coreTrendAt = new Float64Array(H);
  const priceFactorAt = new Float64Array(H);
  const discountAt = new Float64Array(H);
  for (let t = 0; t < H; t++) {
    perfAt[t] = Math.pow(perfQ, t);
    coreTrendAt[t] = coreLevel;
    coreLevel *= (1 + coreGrowthQ) * upliftQ;
    coreGrowthQ = longRunQ + (coreGrowthQ - longRunQ) * coreFade;
    priceFactorAt[t] = Math.pow(priceQ, t);
    discountAt[t] = Math.pow(discQ, -(t + 1));
  }
  const vintages = serverVintages(s.fleet.serversGross, s.fleet.serversDepreciation, s.fleet.priorServerLifeQuarters);
  return {
    s,
    labels: Array.from({ length: H }, (_, t) => quarterLabel(s.startQuarter, t)),
    shocks: scheduleShocks(s),
    serverVintages: vintages,
    serverPerf: Float64Array.from(vintages, (v) => Math.pow(perfQ, -v.age)),
    demandGrowthQ: toQuarterly(s.demand.aiGrowthAnnual),
    demandLongRunQ: toQuarterly(s.demand.longRunGrowthAnnual),
    demandFadeQ: Math.pow(0.5, 1 / s.demand.fadeQuarters),
    perfQ,
    perfAt,
    coreTrendAt,
    priceFactorAt,
    discountAt,
    discountEnd: Math.pow(discQ, -H),
  };
}
