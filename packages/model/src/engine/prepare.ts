/**
 * What a run derives from its scenario alone, before any arithmetic of its own: quarter labels, the shock
 * schedule, and the per-quarter factors of compute per GW, core revenue trend, price of compute and
 * discounting. Monte Carlo prepares a scenario once and runs it thousands of times with different noise.
 */
import { quarterLabel } from "../_lib/quarter.js";
import type { Scenario } from "../scenario.js";
import type { ScheduledShocks } from "./shocks.js";
import { scheduleShocks } from "./shocks.js";

/** A scenario with its derived tables (read-only: runs share it). */
export interface Prepared {
  readonly s: Scenario;
  readonly labels: readonly string[];
  readonly shocks: ScheduledShocks;
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
  return {
    s,
    labels: Array.from({ length: H }, (_, t) => quarterLabel(s.startQuarter, t)),
    shocks: scheduleShocks(s),
    perfQ,
    perfAt,
    coreTrendAt,
    priceFactorAt,
    discountAt,
    discountEnd: Math.pow(discQ, -H),
  };
}
