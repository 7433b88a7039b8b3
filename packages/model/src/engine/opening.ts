/**
 * The opening state (MODEL.md, "Opening balance sheet"): the sponsor's fleet rebuilt from its 10-K's property and
 * equipment note, its leases, bonds and cash, the vehicle in place at the start, and the market the first
 * quarter starts from. Equity is set once here, as opening assets less liabilities, and only accumulated after.
 */
import type { Num } from "../_lib/num.js";
import { quarterIndex } from "../_lib/quarter.js";
import { CohortBook, LiveFleet } from "./cohort-book.js";
import { LeaseBook } from "./lease-book.js";
import { MIN_AMOUNT } from "./limits.js";
import type { Prepared } from "./prepare.js";
import type { QuarterFlows } from "./quarter-flows.js";
import { newQuarterFlows, resetQuarter } from "./quarter-flows.js";
import { RATIO_CAP } from "./ratios.js";
import type { Constants, Noise, RunState } from "./state.js";
import { isFinanceLease } from "./leases.js";
import { drawOnVehicle, openVehicle } from "./vehicles.js";

/**
 * Containers a run may take over from an earlier run that has finished (a block of Monte Carlo paths), instead
 * of allocating them: the quarter's flows, the sponsor's books and the fleet in service. A run fills in what is
 * missing, so the next run finds them.
 */
export interface RunBuffers<T> {
  q?: QuarterFlows<T>;
  gpuBook?: CohortBook<T>;
  shellBook?: CohortBook<T>;
  live?: LiveFleet<T>;
  leases?: LeaseBook<T>;
}

/** The state before the first quarter; with `buffers`, in containers an earlier run left there. */
export function openingState<T>(N: Num<T>, prepared: Prepared, noise: Noise, detail: boolean, buffers: RunBuffers<T> = {}): RunState<T> {
  const s = prepared.s;
  const H = s.horizonQuarters;
  const start = s.startQuarter;
  const gpuCostPerGw = s.gpu.costPerGw * s.gpu.costShare;
  const shellCostPerGw = s.gpu.costPerGw * (1 - s.gpu.costShare);
  const perfQ = prepared.perfQ;

  // servers and network: vintages rebuilt from the note (gross cost, last year's depreciation, the prior life),
  // each carried at its net book value and depreciated over what remains of the life in use from the opening
  const gpuBook = buffers.gpuBook ? buffers.gpuBook.clear() : (buffers.gpuBook = new CohortBook<T>(N, true));
  const live = buffers.live ? buffers.live.clear() : (buffers.live = new LiveFleet<T>());
  let serversNet = 0;
  let currentCapacity = 0;
  let inferenceCapacity = 0;
  let legacyGw = 0;
  const vintages = prepared.serverVintages;
  for (let k = 0; k < vintages.length; k++) {
    const v = vintages[k]!;
    if (v.net <= 0) continue;
    const gw = v.cost / gpuCostPerGw;
    const perf = prepared.serverPerf[k]!;
    const life = Math.max(1, s.gpu.bookLifeQuarters - (v.age - 1));
    const i = gpuBook.add(-1, -v.age, gw, perf, N.from(v.net), life, -1, v.cost);
    serversNet += v.net;
    if (v.age < s.gpu.economicLifeQuarters + s.gpu.inferenceLifeQuarters) {
      live.push(gpuBook, i);
      if (v.age < s.gpu.economicLifeQuarters) currentCapacity += gw * perf;
      else inferenceCapacity += gw * perf;
      legacyGw += gw;
    } else gpuBook.retired[i] = true;
  }
  // everything else in property and equipment but land: buildings, power, equipment, construction in progress;
  // depreciated at last year's charge over the life that charge implies
  const shellBook = buffers.shellBook ? buffers.shellBook.clear() : (buffers.shellBook = new CohortBook<T>(N, true));
  const otherNet = Math.max(0, s.fleet.netPpe - s.fleet.land - serversNet);
  const otherChargeQ = s.fleet.otherDepreciation / 4;
  const otherLife = otherChargeQ > 0 ? Math.max(1, Math.min(400, Math.round(otherNet / otherChargeQ))) : s.gpu.shellLifeQuarters;
  if (otherNet > 0) shellBook.add(-1, -1, legacyGw, 0, N.from(otherNet), otherLife, -1);
  // construction in progress at the opening (inside the net book value above): the shells of the last
  // `shellBuildQuarters` of capex at the build's shell share, completing evenly over the next as many quarters
  const build = Math.max(1, s.gpu.shellBuildQuarters);
  const shellGwDue = new Float64Array(H + 64);
  const pipelineGw = ((1 - s.gpu.costShare) * s.fleet.lastYearCapex * (build / 4)) / shellCostPerGw;
  for (let k = 1; k <= build && k < shellGwDue.length; k++) shellGwDue[k] = pipelineGw / build;

  const leases = buffers.leases ? buffers.leases.clear() : (buffers.leases = new LeaseBook<T>(N));
  const leaseRateQ = s.leases.discountAnnual / 4;
  if (s.leases.operatingLiability > 0) leases.open(N.from(s.leases.operatingLiability), s.leases.remainingTermQuarters, leaseRateQ, false);
  if (s.leases.financeLiability > 0) leases.open(N.from(s.leases.financeLiability), s.leases.remainingTermQuarters, leaseRateQ, true);
  // leases signed and not commenced at the opening commence evenly over twice the average lag
  const chunks = 2 * s.leases.commencementQuarters;
  if (s.leases.commitments > 0) {
    const undiscounted = s.leases.commitments / chunks;
    const payment = undiscounted / s.leases.termQuarters;
    const gw = (payment * 4) / Math.max(s.leases.rentYieldAnnual, 1e-9) / shellCostPerGw;
    const finance = isFinanceLease(s.leases.termQuarters, s.gpu.shellLifeQuarters);
    for (let k = 1; k <= chunks; k++) leases.sign(k, s.leases.termQuarters, N.from(payment), gw, finance);
  }

  const cash = N.from(s.sponsor.cash);
  const otherAssets = N.from(s.sponsor.otherAssets);
  const otherLiabilities = N.from(s.sponsor.otherLiabilities);
  const land = N.from(s.fleet.land);
  const ladder = N.from(s.sponsor.bonds);
  const bondsOut = N.add(N.zero, ladder);
  const assets = N.add(N.add(N.add(N.add(N.add(N.add(cash, gpuBook.nbv), shellBook.nbv), land), otherAssets), leases.operatingLiability), leases.financeRou);
  const liabilities = N.add(N.add(N.add(bondsOut, otherLiabilities), leases.operatingLiability), leases.financeLiability);

  const demand = (currentCapacity + inferenceCapacity) * s.ai.openingUtilisation;
  const servedCurrent = Math.min(demand, currentCapacity);
  const pricedUnits = servedCurrent + s.gpu.inferencePriceShare * Math.min(demand - servedCurrent, inferenceCapacity);
  const growthQ = prepared.demandGrowthQ;
  const labels = prepared.labels;
  const revenue0 = s.sponsor.revenueAnnual / 4;
  const aiRevenue0 = revenue0 * s.ai.revenueShare;
  const core0 = revenue0 - aiRevenue0;
  // the core's cash costs: what its EBITDA margin leaves, at trend
  const coreCostShare = 1 - s.core.ebitdaMargin;
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
    cashFloor: N.from(s.treasury.cashFloor),
    otherAssets,
    otherLiabilities,
    land,
    ladderSlice: N.divInt(ladder, s.sponsor.bondMaturityQuarters),
    ladderRateQ: s.sponsor.bondCouponAnnual / 4,
    price0: aiRevenue0 / Math.max(pricedUnits, 1e-9),
    core0,
    coreCostShare,
    longRunQ: prepared.demandLongRunQ,
    fadeQ: prepared.demandFadeQ,
  };

  const st: RunState<T> = {
    N,
    s,
    c,
    shocks: prepared.shocks,
    noise,
    detail,
    q: buffers.q ? (resetQuarter(buffers.q, N.zero, 0, ""), buffers.q) : (buffers.q = newQuarterFlows(N.zero)),
    demand,
    growthQ,
    expectedQ: growthQ,
    coreLevel: 1,
    costLevel: 1,
    priceLevel: 1,
    tenantPaid: 1,
    baseRate: s.rates.baseAnnual,
    frozen: false,
    wasRationed: false,
    econLife: s.gpu.economicLifeQuarters,
    prevOccupancy: 1,
    prevEbitdarAnnual: 0,
    overcapacity: false,
    freezeReported: false,
    sponsorPonzi: false,
    campusCooldownUntil: -1,
    gpuCooldownUntil: -1,
    gpuBook,
    shellBook,
    live,
    ownShellGw: legacyGw,
    leasedShellGw: 0,
    ownShellPipeline: pipelineGw,
    shellGwDue,
    cash,
    equity: N.sub(assets, liabilities), // initial condition, never recomputed
    ladder,
    maturing: [],
    bondsOut,
    bondCouponSum: N.zero,
    bondAmortSum: N.zero,
    consolidatedOut: N.zero,
    leases,
    fcfRing: [N.zero, N.zero, N.zero, N.zero],
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
    cumCapex: N.zero,
    cumGroupCfo: N.zero,
    cumBorrow: N.zero,
    cumPayouts: N.zero,
    cumBorrowedPayouts: N.zero,
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
    lastAdjusted: N.zero,
    gpuEconNum: 0,
    consolidatedDebtEnd: N.zero,
    cumOwnCapex: N.zero,
    cumBondsIssued: N.zero,
  };

  // the campus vehicle in place at the start (Hyperion-like): debt raised, campus under construction until its
  // completion quarter, when the sponsor's lease commences
  const o = s.spv.opening;
  if (o.debt + o.equity > 0) {
    const completion = Math.max(0, quarterIndex(start, o.completionQuarter));
    const v = openVehicle(st, "campus", -1, o.couponAnnual, completion);
    drawOnVehicle(st, v, -1, (o.debt + o.equity) / shellCostPerGw, N.from(o.debt + o.equity), 0, N.zero, N.from(o.equity));
  }
  st.lenderEquity = N.add(st.lenderEquity, st.bondsOut);
  st.lentCum = N.add(st.lentCum, st.bondsOut);
  return st;
}
