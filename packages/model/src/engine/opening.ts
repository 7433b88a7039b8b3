/**
 * The opening state (MODEL.md, "Actors and balance sheets" and "Opening stock"): constants, the sponsor's fleet
 * and bond ladder, the vehicle in place at the start, and the market the first quarter starts from. Equity is
 * set once here, as opening assets less liabilities, and only accumulated afterwards.
 */
import type { Num } from "../_lib/num.js";
import { quarterIndex } from "../_lib/quarter.js";
import { CohortBook, LiveFleet } from "./cohort-book.js";
import { MIN_AMOUNT } from "./limits.js";
import { RATIO_CAP } from "./ratios.js";
import type { Prepared } from "./prepare.js";
import { toQuarterly } from "./shocks.js";
import type { Constants, Noise, RunState } from "./state.js";
import { newQuarterFlows } from "./quarter-flows.js";
import { drawOnVehicle, openVehicle } from "./vehicles.js";

/** Opening GPU stock: one quarterly vintage for each quarter of economic life, growing with past capex (≈35%/yr). */
const LEGACY_GROWTH_Q = 0.08;
/** Average age of the opening shells, in quarters. */
const LEGACY_SHELL_AGE = 12;

/** The state before the first quarter. */
export function openingState<T>(N: Num<T>, prepared: Prepared, noise: Noise, detail: boolean): RunState<T> {
  const s = prepared.s;
  const H = s.horizonQuarters;
  const start = s.startQuarter;
  const gpuCostPerGw = s.gpu.costPerGw * s.gpu.costShare;
  const shellCostPerGw = s.gpu.costPerGw * (1 - s.gpu.costShare);
  const perfQ = prepared.perfQ;

  // the sponsor's fleet: legacy GPU vintages and the shells that house them
  const gpuBook = new CohortBook<T>(N, true);
  const shellBook = new CohortBook<T>(N, true);
  let weightSum = 0;
  const legacyVintages = s.gpu.economicLifeQuarters;
  for (let k = 1; k <= legacyVintages; k++) weightSum += Math.pow(1 + LEGACY_GROWTH_Q, -k);
  for (let k = legacyVintages; k >= 1; k--) {
    const gw = (s.ai.openingGpuGw * Math.pow(1 + LEGACY_GROWTH_Q, -k)) / weightSum;
    gpuBook.add(-k, -k, gw, Math.pow(perfQ, -k), N.from(gw * gpuCostPerGw), s.gpu.bookLifeQuarters, -1);
  }
  shellBook.add(-LEGACY_SHELL_AGE, -LEGACY_SHELL_AGE, s.ai.openingGpuGw, 0, N.from(s.ai.openingGpuGw * shellCostPerGw), s.gpu.shellLifeQuarters, -1);

  // the opening bonds are a ladder: an equal slice matures every quarter over bondMaturityQuarters, the last
  // slice taking the rounding; coupons accrue on what is outstanding
  const cash = N.from(s.sponsor.cash);
  const otherAssets = N.from(s.sponsor.otherAssets);
  const otherLiabilities = N.from(s.sponsor.otherLiabilities);
  const ladder = N.from(s.sponsor.bonds);
  const bondsOut = N.add(N.zero, ladder);
  const openingAssets = N.add(N.add(N.add(cash, gpuBook.nbv), shellBook.nbv), otherAssets);

  const live = new LiveFleet<T>();
  let legacyCapacity = 0;
  for (let i = 0; i < gpuBook.count; i++) {
    legacyCapacity += gpuBook.gw[i]! * gpuBook.perf[i]!;
    live.push(gpuBook, i);
  }
  const demand = legacyCapacity * s.ai.openingUtilisation;
  const growthQ = toQuarterly(s.demand.aiGrowthAnnual);
  const labels = prepared.labels;
  const c: Constants<T> = {
    H,
    start,
    labels,
    gpuCostPerGw,
    shellCostPerGw,
    perfQ,
    perfAt: prepared.perfAt,
    coreTrendAt: prepared.coreTrendAt,
    priceFactorAt: prepared.priceFactorAt,
    discountAt: prepared.discountAt,
    discountEnd: prepared.discountEnd,
    minAmount: N.from(MIN_AMOUNT),
    minCash: N.from(s.sponsor.minCash),
    otherAssets,
    otherLiabilities,
    ladderSlice: N.divInt(ladder, s.sponsor.bondMaturityQuarters),
    ladderRateQ: s.sponsor.bondCouponAnnual / 4,
    price0: s.ai.revenueAnnual / 4 / Math.max(demand, 1e-9),
  };

  const st: RunState<T> = {
    N,
    s,
    c,
    shocks: prepared.shocks,
    noise,
    detail,
    q: newQuarterFlows(N.zero),
    demand,
    growthQ,
    expectedQ: growthQ,
    coreLevel: 1,
    baseRate: s.rates.baseAnnual,
    frozen: false,
    wasRationed: false,
    econLife: s.gpu.economicLifeQuarters,
    prevOccupancy: 1,
    prevEbitdaAnnual: 0,
    overcapacity: false,
    freezeReported: false,
    sponsorPonzi: false,
    gpuBook,
    shellBook,
    live,
    cash,
    equity: N.sub(openingAssets, N.add(bondsOut, otherLiabilities)), // initial condition, never recomputed
    ladder,
    tranches: [],
    maturing: new Map(),
    bondsOut,
    bondCouponSum: N.zero,
    bondAmortSum: N.zero,
    aiBondCouponSum: N.zero,
    aiBondAmortSum: N.zero,
    consolidatedOut: N.zero,
    vehicles: [],
    spvDebtOut: N.zero,
    spvShellOut: N.zero,
    spvGpuOut: N.zero,
    spvEquity: N.zero,
    lentCum: N.zero,
    repaidCum: N.zero,
    interestCum: N.zero,
    lossCum: N.zero,
    lenderCash: N.zero,
    lenderEquity: N.zero,
    events: [],
    burst: null,
    lastShock: null,
    lastShockAt: 0,
    cumCapex: N.zero,
    cumCfo: N.zero,
    cumBorrow: N.zero,
    cumAiCash: N.zero,
    npv: N.zero,
    peakHidden: N.zero,
    peakHiddenQ: labels[0] ?? start,
    peakReported: N.zero,
    peakTotal: N.zero,
    peakGap: N.zero,
    impairCum: N.zero,
    rvgCum: N.zero,
    minCover: RATIO_CAP, // the lowest cover of a run can only be lower
    ponziAi: 0,
    ponziSponsor: 0,
    lastTotal: N.zero,
    lastReported: N.zero,
    gpuEconNum: 0,
    consolidatedDebtEnd: N.zero,
  };

  // the vehicle in place at the start (Hyperion-like): shell only, leased from the first quarter
  const o = s.spv.opening;
  if (o.debt + o.equity > 0) {
    const v = openVehicle(st, -1, o.couponAnnual, Math.max(0, quarterIndex(start, o.firstRenewalQuarter)));
    drawOnVehicle(st, v, -1, (o.debt + o.equity) / shellCostPerGw, N.from(o.debt + o.equity), 0, N.zero, N.from(o.equity));
  }
  st.lenderEquity = N.add(st.lenderEquity, st.bondsOut);
  st.lentCum = N.add(st.lentCum, st.bondsOut);
  return st;
}
