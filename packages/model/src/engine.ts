/**
 * The quarterly step, written once and generic over the money type `T` (Decimal for the ledger, float64 for
 * the fast path). Physical quantities (GW, compute units, demand, rates, utilisation) are plain numbers in
 * both paths; money is `T`. Every equation here is written down in MODEL.md.
 */
import type { Num } from "./_lib/num.js";
import { floatNum } from "./_lib/num.js";
import { quarterIndex, quarterLabel } from "./_lib/quarter.js";
import { BURST_KINDS, makeEvent } from "./events.js";
import type { EventKind, ShockKind, SimEvent } from "./events.js";
import type { Scenario } from "./scenario.js";

export type MinskyClass = "hedge" | "speculative" | "ponzi";

/** Extra inputs that are not part of a scenario: stochastic paths for Monte Carlo. */
export interface RunOptions {
  /** Full per-quarter frames (true) or only the series Monte Carlo needs (false). */
  detail: boolean;
  /** Added to log AI-demand growth in each quarter (Monte Carlo). */
  demandNoise?: ArrayLike<number>;
  /** Added to the base rate in each quarter (Monte Carlo). */
  rateNoise?: ArrayLike<number>;
}

interface Cohort<T> {
  /** Quarter index of purchase (negative for the opening stock); depreciation runs from created + 1. */
  created: number;
  /** Quarter index the GPUs' generation dates from (economic age = t − vintage). */
  vintage: number;
  gw: number;
  /** Compute units per GW. */
  perf: number;
  cost: T;
  costNum: number;
  charge: T;
  chargeNum: number;
  life: number;
  /** Last depreciation charge (cost − charge × (life − 1)), so that book value ends at exactly zero. */
  last: T;
  /** Retired from service: economically obsolete or stranded (no shell to house it). */
  retired: boolean;
  impaired: boolean;
  /** Owned by the sponsor (false: owned by an SPV). */
  own: boolean;
}

/** Straight-line depreciation of many cohorts from one schedule: running charge sum and book value. */
class CohortBook<T> {
  readonly cohorts: Cohort<T>[] = [];
  chargeSum: T;
  nbv: T;
  /** Cohorts by the quarter of their last charge (an array: quarters are small whole numbers, never negative here). */
  private readonly finals: Array<Cohort<T>[] | undefined> = [];
  constructor(
    private readonly N: Num<T>,
    private readonly own: boolean,
  ) {
    this.chargeSum = N.zero;
    this.nbv = N.zero;
  }
  add(created: number, vintage: number, gw: number, perf: number, cost: T, life: number, now: number): Cohort<T> {
    const N = this.N;
    const charge = N.divInt(cost, life);
    const last = N.sub(cost, N.scale(charge, life - 1));
    const c: Cohort<T> = {
      created,
      vintage,
      gw,
      perf,
      cost,
      costNum: N.toNumber(cost),
      charge,
      chargeNum: N.toNumber(charge),
      life,
      last,
      retired: false,
      impaired: false,
      own: this.own,
    };
    this.cohorts.push(c);
    const end = created + life;
    if (end > now) {
      this.chargeSum = N.add(this.chargeSum, charge);
      const list = this.finals[end];
      if (list) list.push(c);
      else this.finals[end] = [c];
      this.nbv = N.add(this.nbv, this.bookValue(c, now));
    }
    return c;
  }
  /** Book value of a cohort after the depreciation of quarter `t`. */
  bookValue(c: Cohort<T>, t: number): T {
    const N = this.N;
    if (c.impaired) return N.zero;
    const age = t - c.created;
    if (age >= c.life) return N.zero;
    if (age <= 0) return c.cost;
    return N.sub(c.cost, N.scale(c.charge, age));
  }
  bookValueNum(c: Cohort<T>, t: number): number {
    if (c.impaired) return 0;
    const age = t - c.created;
    if (age >= c.life) return 0;
    if (age <= 0) return c.costNum;
    return c.costNum - c.chargeNum * age;
  }
  /** Depreciation of quarter t; book value falls by the same amount. */
  depreciate(t: number): T {
    const N = this.N;
    let dep = this.chargeSum;
    const ending = t >= 0 ? this.finals[t] : undefined;
    if (ending) {
      for (const c of ending) {
        if (c.impaired) continue;
        dep = N.add(N.sub(dep, c.charge), c.last);
        this.chargeSum = N.sub(this.chargeSum, c.charge);
      }
      this.finals[t] = undefined;
    }
    this.nbv = N.sub(this.nbv, dep);
    return dep;
  }
  /** Write a cohort's remaining book value off (after quarter t's depreciation); returns the amount. */
  impair(c: Cohort<T>, t: number): T {
    const N = this.N;
    const value = this.bookValue(c, t);
    if (t - c.created < c.life) this.chargeSum = N.sub(this.chargeSum, c.charge);
    c.impaired = true;
    this.nbv = N.sub(this.nbv, value);
    return value;
  }
}

interface Deal<T> {
  id: number;
  /** Funding programme: new SPV draws within the same `spv.programQuarters` window go to one vehicle. */
  program: number;
  start: number;
  gw: number;
  /** GPUs the SPV owns (each draw a cohort), leased to the sponsor with the shell; they age like the sponsor's. */
  gpus: CohortBook<T>;
  /** Book value of the shell. */
  nbv: T;
  /** Straight-line depreciation per quarter of the shell (sum over draws of cost ÷ shell life). */
  charge: T;
  bookLeft: number;
  debt: T;
  originalDebt: T;
  principalPerQ: T;
  coupon: number;
  rentFixed: T;
  rentVar: T;
  rentFull: T;
  /** Residual value guarantee cap: rvgCapShare × original debt. */
  rvgCap: T;
  cash: T;
  leaseEnd: number;
  status: "active" | "consolidated" | "closed";
  breachStreak: number;
}

interface Tranche<T> {
  principal: T;
  couponQ: T;
  amortEquiv: T;
  maturity: number;
  ai: boolean;
}

/** Everything recorded for one quarter (money as T). */
export interface Frame<T> {
  index: number;
  label: string;
  sponsor: {
    assets: { cash: T; gpu: T; shell: T; other: T; total: T };
    liabilities: { bonds: T; consolidatedSpvDebt: T; other: T; total: T };
    equity: T;
    income: {
      coreRevenue: T;
      aiRevenue: T;
      coreCosts: T;
      aiOpex: T;
      leaseExpense: T;
      ebitda: T;
      depreciation: T;
      impairment: T;
      interest: T;
      spvSupport: T;
      guaranteeLoss: T;
      consolidationLoss: T;
      pretaxIncome: T;
      tax: T;
      netIncome: T;
    };
    cashFlow: {
      coreOperating: T;
      aiOperating: T;
      leasePaid: T;
      interestPaid: T;
      taxPaid: T;
      spvSupportPaid: T;
      guaranteePaid: T;
      consolidationNet: T;
      capex: T;
      bondsIssued: T;
      bondsRepaid: T;
      consolidatedDebtRepaid: T;
      payouts: T;
      total: T;
    };
  };
  spv: {
    assets: { cash: T; shell: T; gpu: T; total: T };
    liabilities: { debt: T; total: T };
    equity: T;
    income: { rent: T; interest: T; depreciation: T; saleLoss: T; guaranteeIncome: T; supportIncome: T; debtWrittenOff: T; netIncome: T };
    flows: { equityContributed: T; distributions: T; transferredOnConsolidation: T };
    dealsActive: number;
  };
  lenders: {
    assets: { bonds: T; privateCredit: T; cash: T; total: T };
    equity: T;
    bondsOutstanding: T;
    privateCreditOutstanding: T;
    lentCumulative: T;
    repaidCumulative: T;
    interestReceivedCumulative: T;
    lossCumulative: T;
  };
  measures: {
    reportedDebt: T;
    hiddenDebt: T;
    totalDebt: T;
    hiddenShare: number;
    spvDebt: T;
    guarantees: T;
    capex: T;
    spvCapex: T;
    newBorrowing: T;
    depreciation: T;
    debtFundedCapexShare: number;
    interestCover: number;
    dscr: number;
    spvDscr: number;
    minskyAi: MinskyClass;
    minskySponsor: MinskyClass;
    gpuBookValue: T;
    spvGpuBookValue: T;
    gpuEconomicValue: T;
    bookMinusEconomic: T;
    obsoleteGpuDebt: T;
    aiRevenue: T;
    coreRevenue: T;
    demand: number;
    capacity: number;
    utilisation: number;
    /** GPU GW in service ÷ shell GW available (own and leased). */
    occupancy: number;
    gpuGw: number;
    shellGw: number;
    lenderCashReceived: T;
    sponsorAiCashFlow: T;
    sponsorAiReturnOnCapital: number;
    baseRate: number;
    newDebtRate: number;
    expectedGrowthAnnual: number;
    creditFrozen: boolean;
  };
  cohorts: Array<{ vintage: string; gw: number; gpuBookValue: number; economicallyObsolete: boolean; impaired: boolean }>;
}

export interface SummaryRaw<T> {
  burstQuarter: string | null;
  burstIndex: number | null;
  burstChain: Array<{ quarter: string; kind: EventKind; message: { ja: string; en: string } }>;
  survives: boolean;
  peakHiddenDebt: T;
  peakHiddenDebtQuarter: string;
  peakReportedDebt: T;
  peakTotalDebt: T;
  finalTotalDebt: T;
  cumulativeCapex: T;
  cumulativeBorrowing: T;
  cumulativeAiCashFlow: T;
  debtFundedCapexShare: number;
  /**
   * Cumulative operating cash flow (after lease, interest and tax, before capex) ÷ cumulative capex including the
   * capacity SPVs build for the sponsor. The verdict is "cash-flow" when it is at least 1.
   */
  internalFundingShare: number;
  lenderRepaid: T;
  lenderInterest: T;
  lenderLoss: T;
  sponsorAiNpv: T;
  minInterestCover: number;
  ponziQuartersAi: number;
  ponziQuartersSponsor: number;
  peakBookMinusEconomic: T;
  impairments: T;
  guaranteesPaid: T;
  verdict: "cash-flow" | "debt";
  repaidYetNoProfit: boolean;
}

/** Series Monte Carlo needs, as plain numbers (filled in both detail modes). */
export interface Series {
  hiddenDebt: Float64Array;
  totalDebt: Float64Array;
  lenderLoss: Float64Array;
}

export interface RawRun<T> {
  frames: Frame<T>[];
  events: SimEvent[];
  summary: SummaryRaw<T>;
  series: Series;
}

/**
 * Ratios are capped so that a quarter without interest reports a large finite cover, never Infinity.
 *
 * @example
 * dscr(1, 0, 0) === RATIO_CAP; // true
 */
export const RATIO_CAP = 999;
const capRatio = (x: number): number => (x > RATIO_CAP ? RATIO_CAP : x < -RATIO_CAP ? -RATIO_CAP : x);

/**
 * Minsky's classes by cash flow against payment commitments (Minsky 1992): hedge when cash flow meets interest
 * and principal, speculative when it meets interest only, Ponzi when it meets neither.
 *
 * @param cashFlow - operating cash flow available for debt service (USD bn per quarter)
 * @param interest - interest due (USD bn per quarter)
 * @param principal - principal due or its straight-line equivalent (USD bn per quarter)
 * @example
 * minskyClass(10, 2, 5); // "hedge"
 * minskyClass(5, 2, 5); // "speculative"
 * minskyClass(1, 2, 5); // "ponzi"
 */
export function minskyClass(cashFlow: number, interest: number, principal: number): MinskyClass {
  return minsky(floatNum, cashFlow, interest, principal);
}

/**
 * Debt service coverage ratio: cash flow available for debt service ÷ (interest + principal), capped at
 * {@link RATIO_CAP} when nothing is due.
 *
 * @example
 * dscr(1.3, 0.5, 0.5); // 1.3
 */
export function dscr(cashFlow: number, interest: number, principal: number): number {
  const service = interest + principal;
  return service > 0 ? capRatio(cashFlow / service) : RATIO_CAP;
}

function minsky<T>(N: Num<T>, cash: T, interest: T, principal: T): MinskyClass {
  if (!N.lt(cash, N.add(interest, principal))) return "hedge";
  if (!N.lt(cash, interest)) return "speculative";
  return "ponzi";
}

/** Opening GPU stock: one quarterly vintage for each quarter of economic life, growing with past capex (≈35%/yr). */
const LEGACY_GROWTH_Q = 0.08;
/** Average age of the opening shells, in quarters. */
const LEGACY_SHELL_AGE = 12;
/** A scheduled shock is named as the cause of events up to three years after it. */
const CAUSE_WINDOW = 12;
/** A surfacing event must be at least this share of total debt to count as the burst. */
const BURST_MATERIALITY = 0.02;
/** Burst kinds whose value is an amount of money (compared with the materiality threshold). */
const AMOUNT_KINDS: ReadonlySet<EventKind> = new Set<EventKind>([
  "consolidation",
  "guarantee-called",
  "lender-loss",
  "refinancing-failure",
  "liquidity-shortfall",
]);
const NO_MESSAGE = { ja: "", en: "" };
/** Smallest purchase, USD bn ($1). */
const MIN_AMOUNT = 1e-9;
/** Smallest SPV draw, USD bn ($1,000). */
const MIN_DRAW = 1e-6;

const labelCache = new Map<string, readonly string[]>();
/** Quarter labels of a horizon, cached (Monte Carlo runs the same horizon thousands of times). */
function labelsFor(start: string, H: number): readonly string[] {
  const key = `${start}/${H}`;
  let labels = labelCache.get(key);
  if (!labels) {
    labels = Array.from({ length: H }, (_, t) => quarterLabel(start, t));
    if (labelCache.size > 64) labelCache.clear();
    labelCache.set(key, labels);
  }
  return labels;
}

/**
 * Run a scenario with the arithmetic `N`. Pure: reads the scenario, allocates its own state.
 */
/** The sponsor's GPU cohorts still on the books after quarter t, for the frame (a function, not a closure in the loop). */
function cohortRows<T>(book: CohortBook<T>, t: number, start: string): Frame<T>["cohorts"] {
  const rows: Frame<T>["cohorts"] = [];
  for (const c of book.cohorts) {
    if (c.impaired || t - c.created >= c.life) continue;
    rows.push({
      vintage: quarterLabel(start, c.vintage),
      gw: c.gw,
      gpuBookValue: book.bookValueNum(c, t),
      economicallyObsolete: c.retired,
      impaired: c.impaired,
    });
  }
  return rows;
}

interface LiveSums {
  gw: number;
  capacity: number;
  retiringSoon: number;
}

/**
 * One pass over the GPUs in service: GW, compute, and the compute that goes obsolete within the planning window
 * (vintage ≤ `retiringBy`). A top-level function rather than a closure in the quarterly loop, so that the loop's
 * variables stay in registers instead of a context V8 allocates every quarter.
 */
function sumLive<T>(live: readonly Cohort<T>[], retiringBy: number, out: LiveSums): void {
  let gw = 0;
  let capacity = 0;
  let retiringSoon = 0;
  for (const c of live) {
    const units = c.gw * c.perf;
    gw += c.gw;
    capacity += units;
    if (c.vintage <= retiringBy) retiringSoon += units;
  }
  out.gw = gw;
  out.capacity = capacity;
  out.retiringSoon = retiringSoon;
}

export function runEngine<T>(N: Num<T>, s: Scenario, opts: RunOptions): RawRun<T> {
  const H = s.horizonQuarters;
  const start = s.startQuarter;
  const labels = labelsFor(start, H);

  // ---- scheduled shocks by quarter index -------------------------------------------------------------
  const demandShocks = new Map<number, Array<{ growthAnnual?: number | undefined; levelChange?: number | undefined }>>();
  for (const sh of s.demand.shocks) {
    const i = quarterIndex(start, sh.quarter);
    demandShocks.set(i, [...(demandShocks.get(i) ?? []), sh]);
  }
  const coreShocks = new Map<number, number>();
  for (const sh of s.core.shocks) {
    const i = quarterIndex(start, sh.quarter);
    coreShocks.set(i, (1 + (coreShocks.get(i) ?? 0)) * (1 + sh.revenueChange) - 1);
  }
  const rateShocks = new Map<number, number>();
  for (const sh of s.rates.shocks) rateShocks.set(quarterIndex(start, sh.quarter), sh.baseAnnual);
  const creditShocks = new Map<number, boolean>();
  for (const sh of s.credit.shocks) creditShocks.set(quarterIndex(start, sh.quarter), sh.frozen);
  const cadenceShocks = new Map<number, number>();
  for (const sh of s.gpu.shocks) cadenceShocks.set(quarterIndex(start, sh.quarter), sh.economicLifeQuarters);

  // ---- constants -------------------------------------------------------------------------------------
  const gpuCostPerGw = s.gpu.costPerGw * s.gpu.costShare;
  const shellCostPerGw = s.gpu.costPerGw * (1 - s.gpu.costShare);
  const perfQ = Math.pow(1 + s.gpu.perfGainAnnual, 0.25);
  const priceQ = Math.pow(1 - s.ai.priceDeclineAnnual, 0.25);
  const coreGrowthQ = Math.pow(1 + s.core.growthAnnual, 0.25);
  const discQ = Math.pow(1 + s.discountAnnual, 0.25);
  const toQ = (annual: number): number => Math.pow(1 + annual, 0.25) - 1;

  // ---- opening sponsor -------------------------------------------------------------------------------
  const minAmount = N.from(MIN_AMOUNT);
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

  /** GPU cohorts in service (the sponsor's and those of SPVs with an active lease), oldest first. */
  let live: Cohort<T>[] = gpuBook.cohorts.slice();
  const compactLive = (): void => {
    live = live.filter((c) => !c.retired);
  };
  let cash = N.from(s.sponsor.cash);
  const otherAssets = N.from(s.sponsor.otherAssets);
  const otherLiabilities = N.from(s.sponsor.otherLiabilities);
  const tranches: Tranche<T>[] = [];
  const maturing = new Map<number, Tranche<T>[]>();
  let bondsOut = N.zero;
  let bondCouponSum = N.zero;
  let bondAmortSum = N.zero;
  let aiBondCouponSum = N.zero;
  let aiBondAmortSum = N.zero;
  const addTranche = (principal: T, annualRate: number, maturity: number, term: number, ai: boolean): void => {
    const tr: Tranche<T> = { principal, couponQ: N.scale(principal, annualRate / 4), amortEquiv: N.divInt(principal, term), maturity, ai };
    tranches.push(tr);
    const list = maturing.get(maturity);
    if (list) list.push(tr);
    else maturing.set(maturity, [tr]);
    bondsOut = N.add(bondsOut, principal);
    bondCouponSum = N.add(bondCouponSum, tr.couponQ);
    bondAmortSum = N.add(bondAmortSum, tr.amortEquiv);
    if (ai) {
      aiBondCouponSum = N.add(aiBondCouponSum, tr.couponQ);
      aiBondAmortSum = N.add(aiBondAmortSum, tr.amortEquiv);
    }
  };
  // The opening bonds are a ladder: an equal slice matures every quarter over bondMaturityQuarters, the last
  // slice taking the rounding; coupons accrue on what is outstanding.
  let ladder = N.from(s.sponsor.bonds);
  const ladderSlice = N.divInt(ladder, s.sponsor.bondMaturityQuarters);
  const ladderRateQ = s.sponsor.bondCouponAnnual / 4;
  bondsOut = N.add(bondsOut, ladder);
  const openingAssets = N.add(N.add(N.add(cash, gpuBook.nbv), shellBook.nbv), otherAssets);
  let equity = N.sub(openingAssets, N.add(bondsOut, otherLiabilities)); // initial condition, never recomputed

  // ---- opening SPV -----------------------------------------------------------------------------------
  const deals: Deal<T>[] = [];
  let spvDebtOut = N.zero;
  let spvShellOut = N.zero;
  let spvGpuOut = N.zero;
  let consolidatedOut = N.zero;
  let spvEquity = N.zero;
  let lentCum = N.zero;
  let repaidCum = N.zero;
  let interestCum = N.zero;
  let lossCum = N.zero;
  let lenderCash = N.zero;
  let lenderEquity = N.zero;
  const openDeal = (t: number, coupon: number, leaseEnd: number): Deal<T> => {
    const d: Deal<T> = {
      id: deals.length,
      program: Math.floor(t / s.spv.programQuarters),
      start: t,
      gw: 0,
      gpus: new CohortBook<T>(N, false),
      nbv: N.zero,
      charge: N.zero,
      bookLeft: s.gpu.shellLifeQuarters,
      debt: N.zero,
      originalDebt: N.zero,
      principalPerQ: N.zero,
      coupon,
      rentFixed: N.zero,
      rentVar: N.zero,
      rentFull: N.zero,
      rvgCap: N.zero,
      cash: N.zero,
      leaseEnd,
      status: "active",
      breachStreak: 0,
    };
    deals.push(d);
    return d;
  };
  /** Draw on a deal: shell GW built for `cost`, funded by debt and outside equity; the lease is sized on it. */
  const draw = (d: Deal<T>, t: number, gw: number, shellCost: T, gpuGw: number, gpuCost: T, equityPart: T): T => {
    const cost = N.add(shellCost, gpuCost);
    const debt = N.sub(cost, equityPart);
    d.gw += gw;
    d.nbv = N.add(d.nbv, shellCost);
    d.charge = N.add(d.charge, N.divInt(shellCost, s.gpu.shellLifeQuarters));
    if (gpuGw > 0) {
      live.push(d.gpus.add(t, t, gpuGw, Math.pow(perfQ, t), gpuCost, s.gpu.bookLifeQuarters, t));
      spvGpuOut = N.add(spvGpuOut, gpuCost);
    }
    d.debt = N.add(d.debt, debt);
    d.originalDebt = N.add(d.originalDebt, debt);
    d.rvgCap = N.scale(d.originalDebt, s.spv.rvgCapShare);
    spvDebtOut = N.add(spvDebtOut, debt);
    spvShellOut = N.add(spvShellOut, shellCost);
    d.principalPerQ = N.divInt(d.originalDebt, s.spv.debtTermQuarters);
    const serviceFull = N.scale(debt, (d.coupon / 4 + 1 / s.spv.debtTermQuarters) * s.spv.sizingDscr);
    const varPart = N.scale(serviceFull, s.spv.leaseVariableShare);
    d.rentVar = N.add(d.rentVar, varPart);
    d.rentFixed = N.add(d.rentFixed, N.sub(serviceFull, varPart));
    d.rentFull = N.add(d.rentFull, serviceFull);
    spvEquity = N.add(spvEquity, equityPart);
    lentCum = N.add(lentCum, debt);
    lenderEquity = N.add(lenderEquity, debt);
    return debt;
  };
  if (s.spv.opening.debt + s.spv.opening.equity > 0) {
    const d = openDeal(-1, s.spv.opening.couponAnnual, Math.max(0, quarterIndex(start, s.spv.opening.firstRenewalQuarter)));
    const cost = N.from(s.spv.opening.debt + s.spv.opening.equity);
    draw(d, -1, (s.spv.opening.debt + s.spv.opening.equity) / shellCostPerGw, cost, 0, N.zero, N.from(s.spv.opening.equity));
  }
  lenderEquity = N.add(lenderEquity, bondsOut);
  lentCum = N.add(lentCum, bondsOut);

  // ---- dynamic state ---------------------------------------------------------------------------------
  const legacyCapacity = gpuBook.cohorts.reduce((a, c) => a + c.gw * c.perf, 0);
  let demand = legacyCapacity * s.ai.openingUtilisation;
  const price0 = s.ai.revenueAnnual / 4 / Math.max(demand, 1e-9);
  let growthQ = toQ(s.demand.aiGrowthAnnual);
  let expectedQ = growthQ;
  let coreLevel = 1;
  let baseRate = s.rates.baseAnnual;
  let frozen = false;
  let wasRationed = false;
  let econLife = s.gpu.economicLifeQuarters;
  let lastShock: ShockKind | null = null;
  let lastShockAt = 0;
  let prevOccupancy = 1;
  let prevEbitdaAnnual = 0;
  let overcapacity = false;
  let freezeReported = false;
  let sponsorPonzi = false;

  const events: SimEvent[] = [];
  const frames: Frame<T>[] = [];
  const series: Series = { hiddenDebt: new Float64Array(H), totalDebt: new Float64Array(H), lenderLoss: new Float64Array(H) };
  const emit = (t: number, kind: EventKind, value: number, extra = 0, cause: ShockKind | null = lastShock): void => {
    const recent = cause !== null && t - lastShockAt <= CAUSE_WINDOW ? cause : null;
    const label = labels[t] ?? "";
    const why = kind === recent ? null : recent;
    // lean runs (Monte Carlo) skip the bilingual text: only kinds and quarters are read
    const e = opts.detail ? makeEvent(label, t, kind, why, value, extra) : { quarter: label, index: t, kind, cause: why, value, message: NO_MESSAGE };
    events.push(e);
    // the burst is the first material surfacing: amounts under 2% of the debt outstanding are logged only
    if (!firstBurst.event && BURST_KINDS.has(kind) && (!AMOUNT_KINDS.has(kind) || value >= BURST_MATERIALITY * N.toNumber(lastTotal))) {
      firstBurst.event = e;
    }
  };
  const firstBurst: { event: SimEvent | null } = { event: null };

  let cumCapex = N.zero;
  let cumCfo = N.zero;
  let cumBorrow = N.zero;
  let cumAiCash = N.zero;
  let npv = N.zero;
  let peakHidden = N.zero;
  let peakHiddenQ = labels[0] ?? start;
  let peakReported = N.zero;
  let peakTotal = N.zero;
  let peakGap = N.zero;
  let impairCum = N.zero;
  let rvgCum = N.zero;
  let minCover = RATIO_CAP;
  let ponziAi = 0;
  let ponziSponsor = 0;
  let lastTotal = N.zero;
  let lastReported = N.zero;
  let gpuEconNum = 0;
  let consolidatedDebtEnd = N.zero;

  const liveSums: LiveSums = { gw: 0, capacity: 0, retiringSoon: 0 };
  for (let t = 0; t < H; t++) {
    const label = labels[t] ?? "";
    // 1. scheduled shocks --------------------------------------------------------------------------------
    let levelShock = 0;
    const demandToday = demandShocks.size > 0 ? demandShocks.get(t) : undefined;
    if (demandToday) for (const sh of demandToday) {
      lastShock = "demand-shock";
      lastShockAt = t;
      if (sh.growthAnnual !== undefined) growthQ = toQ(sh.growthAnnual);
      if (sh.levelChange !== undefined) levelShock = (1 + levelShock) * (1 + sh.levelChange) - 1;
      emit(t, "demand-shock", sh.growthAnnual ?? Math.pow(1 + growthQ, 4) - 1, 0, null);
    }
    const coreShock = coreShocks.get(t);
    if (coreShock !== undefined) {
      lastShock = "core-shock";
      lastShockAt = t;
      coreLevel *= 1 + coreShock;
      emit(t, "core-shock", coreShock, 0, null);
    }
    if (levelShock !== 0) coreLevel *= 1 + s.core.demandSensitivity * levelShock;
    const rs = rateShocks.get(t);
    if (rs !== undefined) {
      lastShock = "rate-shock";
      lastShockAt = t;
      baseRate = rs;
      emit(t, "rate-shock", rs, 0, null);
    }
    const cs = creditShocks.get(t);
    if (cs !== undefined && cs !== frozen) {
      frozen = cs;
      if (frozen) {
        lastShock = "credit-freeze";
        lastShockAt = t;
        freezeReported = false;
      }
      emit(t, frozen ? "credit-freeze" : "credit-reopen", 0, 0, null);
    }
    const cad = cadenceShocks.get(t);
    if (cad !== undefined) {
      lastShock = "cadence-change";
      lastShockAt = t;
      econLife = cad;
      emit(t, "cadence-change", cad, 0, null);
    }
    const rate = baseRate + (opts.rateNoise ? (opts.rateNoise[t] ?? 0) : 0);

    // 2. demand, core, expectations ---------------------------------------------------------------------
    const prevDemand = demand;
    const noise = opts.demandNoise ? (opts.demandNoise[t] ?? 0) : 0;
    demand = t === 0 ? demand * (1 + levelShock) * Math.exp(noise) : demand * (1 + growthQ) * (1 + levelShock) * Math.exp(noise);
    if (t > 0) expectedQ += s.demand.expectationSpeed * (demand / prevDemand - 1 - expectedQ);
    const coreTrend = (s.core.revenueAnnual / 4) * Math.pow(coreGrowthQ, t);
    const coreRevenue = N.from(coreTrend * coreLevel);
    const coreCosts = N.from(coreTrend * (1 - s.core.cashMargin));
    const price = price0 * Math.pow(priceQ, t);

    // 3. obsolescence --------------------------------------------------------------------------------------
    {
      let k = 0;
      for (const c of live) {
        if (t - c.vintage >= econLife) c.retired = true;
        else live[k++] = c;
      }
      live.length = k;
    }

    // 4. lease renewals (decided on last quarter's shell occupancy) ------------------------------------
    let rvgPaid = N.zero;
    let spvSaleLoss = N.zero;
    let spvRvgIncome = N.zero;
    let spvWrittenOff = N.zero;
    let spvDistributions = N.zero;
    let spvNi = N.zero;
    let strandImpair = N.zero;
    let liveChanged = false;
    for (const d of deals) {
      if (d.status !== "active" || d.leaseEnd !== t) continue;
      if (prevOccupancy >= s.spv.renewalUtilisation) {
        d.leaseEnd = t + s.spv.renewalTermQuarters;
        continue;
      }
      let gpuMarket = 0;
      for (const c of d.gpus.cohorts) if (!c.retired) gpuMarket += c.costNum * Math.max(0, 1 - (t - c.vintage) / econLife);
      const gpuNbv = d.gpus.nbv;
      const residual = N.add(N.scale(d.nbv, s.spv.vacantValueShare), N.min(gpuNbv, N.from(gpuMarket)));
      const available = N.add(d.cash, residual);
      const shortfall = N.max(N.zero, N.sub(d.debt, available));
      const rvg = N.min(d.rvgCap, shortfall);
      const pool = N.add(available, rvg);
      const repay = N.min(d.debt, pool);
      const loss = N.sub(d.debt, repay);
      const leftover = N.sub(pool, repay);
      const saleLoss = N.sub(N.add(d.nbv, gpuNbv), residual);
      spvSaleLoss = N.add(spvSaleLoss, saleLoss);
      spvRvgIncome = N.add(spvRvgIncome, rvg);
      spvWrittenOff = N.add(spvWrittenOff, loss);
      spvNi = N.add(spvNi, N.sub(N.add(rvg, loss), saleLoss));
      spvDistributions = N.add(spvDistributions, leftover);
      rvgPaid = N.add(rvgPaid, rvg);
      repaidCum = N.add(repaidCum, repay);
      lenderCash = N.add(lenderCash, repay);
      lossCum = N.add(lossCum, loss);
      lenderEquity = N.sub(lenderEquity, loss);
      spvDebtOut = N.sub(spvDebtOut, d.debt);
      spvShellOut = N.sub(spvShellOut, d.nbv);
      spvGpuOut = N.sub(spvGpuOut, gpuNbv);
      for (const c of d.gpus.cohorts) c.retired = true;
      liveChanged = true;
      d.nbv = N.zero;
      d.cash = N.zero;
      d.debt = N.zero;
      d.status = "closed";
      emit(t, "lease-non-renewal", d.gw);
      if (N.toNumber(rvg) >= MIN_AMOUNT) emit(t, "guarantee-called", N.toNumber(rvg));
      if (N.toNumber(loss) >= MIN_AMOUNT) emit(t, "lender-loss", N.toNumber(loss));
    }

    // shell space and stranding ---------------------------------------------------------------------------
    let shellGw = 0;
    for (const c of shellBook.cohorts) if (t - c.created < c.life || c.gw > 0) shellGw += c.gw;
    for (const d of deals) if (d.status === "active") shellGw += d.gw;
    if (liveChanged) compactLive();
    // one pass over the GPUs in service: GW, compute, and what goes obsolete within the planning window
    const window = Math.max(1, Math.min(s.investment.leadQuarters, econLife));
    sumLive(live, t + window - econLife, liveSums);
    let liveGw = liveSums.gw;
    let capacity = liveSums.capacity;
    let retiringSoon = liveSums.retiringSoon;
    if (liveGw > shellGw + 1e-12) {
      for (const c of live) {
        if (liveGw <= shellGw + 1e-12) break;
        if (!c.own) continue;
        c.retired = true;
        liveGw -= c.gw;
        strandImpair = N.add(strandImpair, gpuBook.impair(c, t - 1));
      }
      compactLive();
      sumLive(live, t + window - econLife, liveSums);
      liveGw = liveSums.gw;
      capacity = liveSums.capacity;
      retiringSoon = liveSums.retiringSoon;
    }

    // 5. revenue and utilisation (capacity bought before this quarter) ---------------------------------
    const occupancy = shellGw > 0 ? Math.min(1, liveGw / shellGw) : 0;
    const served = Math.min(demand, capacity);
    const util = capacity > 0 ? Math.min(1, demand / capacity) : 0;
    const aiRevenue = N.from(price * served);
    const aiOpex = N.from((s.ai.opexAnnualPerGw / 4) * liveGw);

    // 6. SPVs in breach beyond the cure period are consolidated (before this quarter's depreciation)
    let consolidationLoss = N.zero;
    let consolidationNet = N.zero;
    let spvTransferred = N.zero;
    for (const d of deals) {
      if (d.status === "active" && d.breachStreak >= s.spv.curePeriodQuarters) {
        const dealEquity = N.sub(N.add(N.add(d.nbv, d.gpus.nbv), d.cash), d.debt);
        const buyout = N.max(N.zero, dealEquity);
        consolidationLoss = N.add(consolidationLoss, N.sub(buyout, dealEquity));
        consolidationNet = N.add(consolidationNet, N.sub(d.cash, buyout));
        spvTransferred = N.add(spvTransferred, dealEquity);
        shellBook.add(t - 1, t - 1, d.gw, 0, d.nbv, Math.max(1, d.bookLeft), t - 1);
        for (const c of d.gpus.cohorts) {
          const left = c.created + c.life - (t - 1);
          if (left <= 0 && c.retired) continue;
          const moved = gpuBook.add(t - 1, c.vintage, c.gw, c.perf, d.gpus.bookValue(c, t - 1), Math.max(1, left), t - 1);
          moved.retired = c.retired;
          if (!c.retired) {
            c.retired = true; // the SPV's record leaves service; the sponsor's copy takes its place
            live.push(moved);
          }
        }
        compactLive();
        spvGpuOut = N.sub(spvGpuOut, d.gpus.nbv);
        spvDebtOut = N.sub(spvDebtOut, d.debt);
        spvShellOut = N.sub(spvShellOut, d.nbv);
        consolidatedOut = N.add(consolidatedOut, d.debt);
        d.nbv = N.zero;
        d.cash = N.zero;
        d.status = "consolidated";
        emit(t, "consolidation", N.toNumber(d.debt));
      }
    }

    // 7. depreciation (one schedule per book) --------------------------------------------------------
    const gpuDep = gpuBook.depreciate(t);
    const shellDep = shellBook.depreciate(t);

    // 8. SPVs: rent and debt service; consolidated deals are serviced by the sponsor --------------------------
    let leaseExpense = N.zero;
    let spvInterest = N.zero;
    let spvDep = N.zero;
    let spvSupport = N.zero;
    let spvPrincipal = N.zero;
    let spvShellDep = N.zero;
    let worstNewBreach = Infinity;
    let consInterest = N.zero;
    let consPrincipal = N.zero;
    for (const d of deals) {
      if (d.status === "consolidated") {
        if (!N.isPositive(d.debt)) continue;
        const interest = N.scale(d.debt, d.coupon / 4);
        const principal = N.min(d.principalPerQ, d.debt);
        d.debt = N.sub(d.debt, principal);
        consInterest = N.add(consInterest, interest);
        consPrincipal = N.add(consPrincipal, principal);
        continue;
      }
      if (d.status !== "active") continue;
      const interest = N.scale(d.debt, d.coupon / 4);
      const principal = N.min(d.principalPerQ, d.debt);
      const service = N.add(interest, principal);
      const rent = occupancy >= 1 ? d.rentFull : N.add(d.rentFixed, N.scale(d.rentVar, occupancy));
      const shellDepDeal = N.min(d.charge, d.nbv);
      const gpuDepDeal = d.gpus.depreciate(t);
      const dep = N.add(shellDepDeal, gpuDepDeal);
      d.bookLeft = Math.max(0, d.bookLeft - 1);
      d.nbv = N.sub(d.nbv, shellDepDeal);
      spvShellDep = N.add(spvShellDep, shellDepDeal);
      leaseExpense = N.add(leaseExpense, rent);
      spvInterest = N.add(spvInterest, interest);
      spvPrincipal = N.add(spvPrincipal, principal);
      spvDep = N.add(spvDep, dep);
      d.debt = N.sub(d.debt, principal);
      let available = N.isPositive(d.cash) ? N.add(d.cash, rent) : rent;
      if (!N.lt(N.sub(service, available), minAmount)) {
        const gap = N.sub(service, available);
        spvSupport = N.add(spvSupport, gap);
        available = service;
        d.breachStreak = s.spv.curePeriodQuarters;
        emit(t, "spv-shortfall", N.toNumber(gap));
      }
      const surplus = N.sub(available, service);
      // breach when rent falls short of covenant × service by more than a dollar (a tolerance both paths share)
      if (!N.lt(N.sub(N.scale(service, s.spv.dscrCovenant), rent), minAmount)) {
        const dscr = N.ratio(rent, service);
        if (d.breachStreak === 0 && dscr < worstNewBreach) worstNewBreach = dscr;
        d.breachStreak += 1;
        d.cash = surplus; // locked up
      } else {
        d.breachStreak = 0;
        spvDistributions = N.add(spvDistributions, surplus);
        d.cash = N.zero;
      }
    }
    if (worstNewBreach < Infinity) emit(t, "covenant-breach", worstNewBreach);
    const spvRentTotal = leaseExpense;
    const spvServiceTotal = N.add(spvInterest, spvPrincipal);
    spvDebtOut = N.sub(spvDebtOut, spvPrincipal);
    spvShellOut = N.sub(spvShellOut, spvShellDep);
    spvGpuOut = N.sub(spvGpuOut, N.sub(spvDep, spvShellDep));
    consolidatedOut = N.sub(consolidatedOut, consPrincipal);
    spvNi = N.add(spvNi, N.sub(N.sub(leaseExpense, spvInterest), spvDep));
    repaidCum = N.add(repaidCum, spvPrincipal);
    interestCum = N.add(interestCum, spvInterest);
    lenderCash = N.add(lenderCash, spvServiceTotal);
    lenderEquity = N.add(lenderEquity, spvInterest);
    spvNi = N.add(spvNi, spvSupport);
    repaidCum = N.add(repaidCum, consPrincipal);
    interestCum = N.add(interestCum, consInterest);
    lenderCash = N.add(lenderCash, N.add(consPrincipal, consInterest));
    lenderEquity = N.add(lenderEquity, consInterest);

    // 8. impairment of stranded GPUs under overcapacity ----------------------------------------------
    let impairment = strandImpair;
    if (util < s.gpu.impairmentUtilisation) {
      if (!overcapacity) {
        overcapacity = true;
        emit(t, "overcapacity", util);
      }
      let imp = N.zero;
      for (const c of gpuBook.cohorts) {
        if (c.retired && !c.impaired && t - c.created < c.life) imp = N.add(imp, gpuBook.impair(c, t));
      }
      if (N.toNumber(imp) >= MIN_AMOUNT) emit(t, "impairment", N.toNumber(imp));
      impairment = N.add(impairment, imp);
    } else overcapacity = false;
    impairCum = N.add(impairCum, impairment);

    // 9. bonds: coupons on everything outstanding at the start of the quarter, then maturities -------
    let maturities = N.zero;
    let bondInterest = bondCouponSum;
    let amortEquiv = bondAmortSum;
    if (N.isPositive(ladder)) {
      const slice = t >= s.sponsor.bondMaturityQuarters - 1 ? ladder : N.min(ladderSlice, ladder);
      bondInterest = N.add(bondInterest, N.scale(ladder, ladderRateQ));
      amortEquiv = N.add(amortEquiv, slice);
      maturities = slice;
      ladder = N.sub(ladder, slice);
    }
    const aiBondInterest = aiBondCouponSum;
    const aiAmortEquiv = aiBondAmortSum;
    const due = maturing.get(t);
    if (due) for (const tr of due) {
      maturities = N.add(maturities, tr.principal);
      bondCouponSum = N.sub(bondCouponSum, tr.couponQ);
      bondAmortSum = N.sub(bondAmortSum, tr.amortEquiv);
      if (tr.ai) {
        aiBondCouponSum = N.sub(aiBondCouponSum, tr.couponQ);
        aiBondAmortSum = N.sub(aiBondAmortSum, tr.amortEquiv);
      }
    }
    maturing.delete(t);
    bondsOut = N.sub(bondsOut, maturities);
    repaidCum = N.add(repaidCum, maturities);
    interestCum = N.add(interestCum, bondInterest);
    lenderCash = N.add(lenderCash, N.add(maturities, bondInterest));
    lenderEquity = N.add(lenderEquity, bondInterest);

    // 10. income statement ---------------------------------------------------------------------------
    const interest = N.add(bondInterest, consInterest);
    const ebitda = N.sub(N.sub(N.add(N.sub(coreRevenue, coreCosts), aiRevenue), aiOpex), leaseExpense);
    const depreciation = N.add(gpuDep, shellDep);
    const pretax = N.sub(
      N.sub(N.sub(N.sub(N.sub(N.sub(ebitda, depreciation), impairment), interest), spvSupport), rvgPaid),
      consolidationLoss,
    );
    const tax = N.isPositive(pretax) ? N.scale(pretax, s.sponsor.taxRate) : N.zero;
    const netIncome = N.sub(pretax, tax);

    // 11. cash waterfall -----------------------------------------------------------------------------
    const coreOperating = N.sub(coreRevenue, coreCosts);
    const aiOperating = N.sub(aiRevenue, aiOpex);
    const avail = N.sub(
      N.add(
        N.sub(N.sub(N.sub(N.sub(N.sub(N.add(N.add(cash, coreOperating), aiOperating), leaseExpense), interest), tax), spvSupport), rvgPaid),
        consolidationNet,
      ),
      N.add(maturities, consPrincipal),
    );
    // capacity plan (physical), then its price
    const growthAhead = Math.max(0.1, 1 + expectedQ);
    const target = demand * Math.pow(growthAhead, s.investment.leadQuarters) * (1 + s.investment.headroom);
    const perfNow = Math.pow(perfQ, t);
    // capacity the plan can count on over the lead time: GPUs that go obsolete within it are replaced ahead,
    // spread over the window (a refresh plan rather than a replacement echo of every retirement)
    const gap = Math.max(0, target - capacity);
    const refresh = Math.min(retiringSoon / window, gap);
    const wantGpuGw = (refresh + s.investment.adjustmentSpeed * (gap - refresh)) / perfNow;
    const wantShellGw = Math.max(0, wantGpuGw - Math.max(0, shellGw - liveGw));
    // SPV draws below a thousand dollars are not worth a vehicle: build on balance sheet instead
    const offBalance = s.financing.offBalanceShare * (wantGpuGw * gpuCostPerGw + wantShellGw * shellCostPerGw) >= MIN_DRAW;
    // leverage as the market sees it (reported debt ÷ last quarter's annualised EBITDA); above the limit, or with
    // EBITDA gone, lenders ration the sponsor just as if markets were closed
    const leverage =
      prevEbitdaAnnual > 0 ? N.toNumber(lastReported) / prevEbitdaAnnual : N.isPositive(lastReported) ? Number.POSITIVE_INFINITY : 0;
    const rationed = !frozen && leverage > s.sponsor.maxLeverage;
    if (rationed && !wasRationed) emit(t, "credit-rationed", Math.min(leverage, RATIO_CAP));
    wasRationed = rationed;
    const closed = frozen || rationed;
    const spvShare = closed || !offBalance ? 0 : s.financing.offBalanceShare;
    // amounts under a dollar are not bought (so that the Decimal ledger and the float path agree on cohorts)
    const ownGpuCost = (1 - spvShare) * wantGpuGw * gpuCostPerGw;
    const ownShellCost = (1 - spvShare) * wantShellGw * shellCostPerGw;
    const gpuPlan = ownGpuCost >= MIN_AMOUNT ? N.from(ownGpuCost) : N.zero;
    const shellPlan = ownShellCost >= MIN_AMOUNT ? N.from(ownShellCost) : N.zero;
    const planned = N.add(gpuPlan, shellPlan);
    const minCash = N.from(s.sponsor.minCash);
    let capex = planned;
    let gpuCapex = gpuPlan;
    let shellCapex = shellPlan;
    let bondsIssued = N.zero;
    let payouts: T;
    const positiveNi = N.isPositive(netIncome) ? netIncome : N.zero;
    let issueRate =
      rate + s.sponsor.bondSpreadAnnual + s.sponsor.spreadPerLeverage * Math.max(0, Math.min(leverage, 20) - s.sponsor.leverageThreshold);
    if (!closed) {
      payouts = N.min(N.scale(positiveNi, s.sponsor.payoutRatio), N.max(N.zero, N.sub(N.sub(avail, capex), minCash)));
      const after = N.sub(N.sub(avail, capex), payouts);
      if (N.lt(after, minCash)) bondsIssued = N.sub(minCash, after);
    } else {
      // maturing debt that cash above the floor cannot repay would have been rolled over: refused now
      const due = N.add(maturities, consPrincipal);
      const unrolled = N.min(due, N.sub(minCash, avail));
      if (N.isPositive(due) && N.toNumber(unrolled) >= MIN_AMOUNT && !freezeReported) {
        freezeReported = true;
        emit(t, "refinancing-failure", N.toNumber(unrolled));
      }
      if (N.lt(avail, planned)) {
        // cash only: GPUs first, then shells
        capex = N.max(N.zero, avail);
        gpuCapex = N.min(gpuPlan, capex);
        shellCapex = N.sub(capex, gpuCapex);
      }
      payouts = N.min(N.scale(positiveNi, s.sponsor.payoutRatio), N.max(N.zero, N.sub(N.sub(avail, capex), minCash)));
      const after = N.sub(N.sub(avail, capex), payouts);
      if (N.toNumber(after) <= -MIN_AMOUNT) {
        bondsIssued = N.sub(N.zero, after);
        issueRate += s.credit.freezePremiumAnnual;
        emit(t, "liquidity-shortfall", N.toNumber(bondsIssued));
      }
    }
    cash = N.add(N.sub(N.sub(avail, capex), payouts), bondsIssued);
    if (N.isPositive(bondsIssued)) {
      const term = closed ? 4 : s.sponsor.newBondTermQuarters;
      addTranche(bondsIssued, issueRate, t + term, term, true);
    }
    equity = N.sub(N.add(equity, netIncome), payouts);

    // 12. new cohorts (in service next quarter) and SPV draws -----------------------------------------
    const newGpuGw = wantGpuGw * (1 - spvShare) * (gpuCapex === gpuPlan ? 1 : N.ratio(gpuCapex, gpuPlan));
    const ownShellGw = wantShellGw * (1 - spvShare) * (shellCapex === shellPlan ? 1 : N.ratio(shellCapex, shellPlan));
    if (N.isPositive(gpuCapex)) live.push(gpuBook.add(t, t, newGpuGw, perfNow, gpuCapex, s.gpu.bookLifeQuarters, t));
    if (N.isPositive(shellCapex)) shellBook.add(t, t, ownShellGw, 0, shellCapex, s.gpu.shellLifeQuarters, t);
    let spvCapex = N.zero;
    let spvDebtDrawn = N.zero;
    let spvEquityIn = N.zero;
    const spvGw = wantShellGw * spvShare;
    const spvGpuGw = wantGpuGw * spvShare;
    if (spvGw > 0 || spvGpuGw > 0) {
      const program = Math.floor(t / s.spv.programQuarters);
      let d: Deal<T> | undefined;
      for (const x of deals) {
        if (x.status === "active" && x.program === program && x.start >= 0) {
          d = x;
          break;
        }
      }
      const coupon = issueRate - s.sponsor.bondSpreadAnnual + s.spv.spreadAnnual;
      d ??= openDeal(t, coupon, t + s.spv.leaseTermQuarters);
      const spvShellCost = N.from(spvGw * shellCostPerGw);
      const spvGpuCost = N.from(spvGpuGw * gpuCostPerGw);
      spvCapex = N.add(spvShellCost, spvGpuCost);
      spvEquityIn = N.scale(spvCapex, s.spv.equityShare);
      spvDebtDrawn = draw(d, t, spvGw, spvShellCost, spvGpuGw, spvGpuCost, spvEquityIn);
    }
    spvEquity = N.sub(N.sub(N.add(spvEquity, spvNi), spvDistributions), spvTransferred);
    if (N.isPositive(bondsIssued)) {
      lentCum = N.add(lentCum, bondsIssued);
      lenderEquity = N.add(lenderEquity, bondsIssued);
    }

    // 13. stocks and measures -----------------------------------------------------------------------
    const spvDebt = spvDebtOut;
    const spvShell = spvShellOut;
    const spvGpu = spvGpuOut;
    const consolidatedDebt = consolidatedOut;
    let spvCash = N.zero;
    let guarantees = N.zero;
    let dealsActive = 0;
    for (const d of deals) {
      if (d.status !== "active") continue;
      dealsActive++;
      if (N.isPositive(d.cash)) spvCash = N.add(spvCash, d.cash);
      guarantees = N.add(guarantees, N.min(d.debt, d.rvgCap));
    }
    consolidatedDebtEnd = consolidatedDebt;
    const reportedDebt = N.add(bondsOut, consolidatedDebt);
    const hiddenDebt = spvDebt;
    const totalDebt = N.add(reportedDebt, hiddenDebt);
    const totalCapex = N.add(capex, spvCapex);
    const newBorrowing = N.add(bondsIssued, spvDebtDrawn);
    cumCapex = N.add(cumCapex, totalCapex);
    cumCfo = N.add(cumCfo, N.sub(N.sub(N.sub(N.add(coreOperating, aiOperating), leaseExpense), interest), tax));
    cumBorrow = N.add(cumBorrow, newBorrowing);
    const borrowShareCum = N.isPositive(cumCapex) ? Math.min(1, N.ratio(cumBorrow, cumCapex)) : 0;

    const cfoBeforeInterest = N.sub(ebitda, tax);
    const principalDue = N.add(amortEquiv, consPrincipal);
    const minskySponsor = minsky(N, cfoBeforeInterest, interest, principalDue);
    const aiInterest = N.add(N.add(aiBondInterest, consInterest), leaseExpense);
    const minskyAi = minsky(N, aiOperating, aiInterest, N.add(aiAmortEquiv, consPrincipal));
    if (minskyAi === "ponzi") ponziAi++;
    if (minskySponsor === "ponzi") {
      ponziSponsor++;
      if (!sponsorPonzi) emit(t, "interest-not-covered", 0, N.toNumber(interest));
      sponsorPonzi = true;
    } else sponsorPonzi = false;
    // negative EBITDA covers none of the interest: floor at 0 so that more interest never reads as better cover
    const interestCover = N.isPositive(interest) ? capRatio(Math.max(0, N.ratio(ebitda, interest))) : RATIO_CAP;
    const debtService = N.add(interest, principalDue);
    const dscr = N.isPositive(debtService) ? capRatio(N.ratio(cfoBeforeInterest, debtService)) : RATIO_CAP;
    const spvDscr = N.isPositive(spvServiceTotal) ? capRatio(N.ratio(spvRentTotal, spvServiceTotal)) : RATIO_CAP;
    if (interestCover < minCover) minCover = interestCover;

    // economic value of GPUs: straight line over the economic life, zero once retired
    gpuEconNum = 0;
    for (const c of live) if (c.own) gpuEconNum += c.costNum * Math.max(0, 1 - (t - c.vintage) / econLife);
    const gpuEconomic = N.from(gpuEconNum);
    const bookMinusEconomic = N.sub(gpuBook.nbv, gpuEconomic);
    if (N.gt(bookMinusEconomic, peakGap)) peakGap = bookMinusEconomic;
    // debt on obsolete GPUs: the SPVs' debt up to their obsolete GPUs' book value, plus the sponsor's
    // obsolete book value times the share of its capex funded by borrowing
    // (a per-quarter measure, computed only for full frames)
    let obsoleteGpuDebt = N.zero;
    if (opts.detail) {
      let obsoleteNbvNum = 0;
      for (const c of gpuBook.cohorts) if (c.retired && !c.impaired) obsoleteNbvNum += gpuBook.bookValueNum(c, t);
      let spvObsoleteDebtNum = 0;
      for (const d of deals) {
        if (d.status !== "active") continue;
        let obs = 0;
        for (const c of d.gpus.cohorts) if (c.retired) obs += d.gpus.bookValueNum(c, t);
        if (obs > 0) spvObsoleteDebtNum += Math.min(N.toNumber(d.debt), obs);
      }
      obsoleteGpuDebt = N.from(Math.min(N.toNumber(totalDebt), obsoleteNbvNum * borrowShareCum + spvObsoleteDebtNum));
    }

    const aiCashFlow = N.sub(
      N.sub(N.sub(N.sub(N.sub(N.sub(aiOperating, leaseExpense), capex), rvgPaid), spvSupport), N.add(consInterest, consPrincipal)),
      N.sub(N.zero, consolidationNet),
    );
    cumAiCash = N.add(cumAiCash, aiCashFlow);
    npv = N.add(npv, N.scale(aiCashFlow, Math.pow(discQ, -(t + 1))));
    const aiAssets = N.add(gpuBook.nbv, shellBook.nbv);
    const aiProfit = N.sub(N.sub(N.sub(N.sub(aiOperating, leaseExpense), depreciation), impairment), N.add(consInterest, rvgPaid));
    const roc = N.isPositive(aiAssets) ? capRatio(4 * N.ratio(aiProfit, aiAssets)) : 0;

    if (N.gt(hiddenDebt, peakHidden)) {
      peakHidden = hiddenDebt;
      peakHiddenQ = label;
    }
    if (N.gt(reportedDebt, peakReported)) peakReported = reportedDebt;
    if (N.gt(totalDebt, peakTotal)) peakTotal = totalDebt;
    lastTotal = totalDebt;
    lastReported = reportedDebt;
    rvgCum = N.add(rvgCum, rvgPaid);
    prevOccupancy = occupancy;
    prevEbitdaAnnual = 4 * N.toNumber(ebitda);
    if (!opts.detail) {
      series.hiddenDebt[t] = N.toNumber(hiddenDebt);
      series.totalDebt[t] = N.toNumber(totalDebt);
      series.lenderLoss[t] = N.toNumber(lossCum);
    }

    if (opts.detail) {
      const sponsorAssetsTotal = N.add(N.add(N.add(cash, gpuBook.nbv), shellBook.nbv), otherAssets);
      const sponsorLiabTotal = N.add(N.add(bondsOut, consolidatedDebt), otherLiabilities);
      const cashFlowTotal = N.add(
        N.sub(
          N.sub(
            N.sub(
              N.add(
                N.sub(N.sub(N.sub(N.sub(N.sub(N.add(coreOperating, aiOperating), leaseExpense), interest), tax), spvSupport), rvgPaid),
                consolidationNet,
              ),
              capex,
            ),
            N.add(maturities, consPrincipal),
          ),
          payouts,
        ),
        bondsIssued,
      );
      const spvAssets = N.add(N.add(spvCash, spvShell), spvGpu);
      const lenderBonds = bondsOut;
      const lenderPc = N.add(spvDebt, consolidatedDebt);
      frames.push({
        index: t,
        label,
        sponsor: {
          assets: { cash, gpu: gpuBook.nbv, shell: shellBook.nbv, other: otherAssets, total: sponsorAssetsTotal },
          liabilities: { bonds: bondsOut, consolidatedSpvDebt: consolidatedDebt, other: otherLiabilities, total: sponsorLiabTotal },
          equity,
          income: {
            coreRevenue,
            aiRevenue,
            coreCosts,
            aiOpex,
            leaseExpense,
            ebitda,
            depreciation,
            impairment,
            interest,
            spvSupport,
            guaranteeLoss: rvgPaid,
            consolidationLoss,
            pretaxIncome: pretax,
            tax,
            netIncome,
          },
          cashFlow: {
            coreOperating,
            aiOperating,
            leasePaid: leaseExpense,
            interestPaid: interest,
            taxPaid: tax,
            spvSupportPaid: spvSupport,
            guaranteePaid: rvgPaid,
            consolidationNet,
            capex,
            bondsIssued,
            bondsRepaid: maturities,
            consolidatedDebtRepaid: consPrincipal,
            payouts,
            total: cashFlowTotal,
          },
        },
        spv: {
          assets: { cash: spvCash, shell: spvShell, gpu: spvGpu, total: spvAssets },
          liabilities: { debt: spvDebt, total: spvDebt },
          equity: spvEquity,
          income: {
            rent: spvRentTotal,
            interest: spvInterest,
            depreciation: spvDep,
            saleLoss: spvSaleLoss,
            guaranteeIncome: spvRvgIncome,
            supportIncome: spvSupport,
            debtWrittenOff: spvWrittenOff,
            netIncome: spvNi,
          },
          flows: { equityContributed: spvEquityIn, distributions: spvDistributions, transferredOnConsolidation: spvTransferred },
          dealsActive,
        },
        lenders: {
          assets: { bonds: lenderBonds, privateCredit: lenderPc, cash: lenderCash, total: N.add(N.add(lenderBonds, lenderPc), lenderCash) },
          equity: lenderEquity,
          bondsOutstanding: lenderBonds,
          privateCreditOutstanding: lenderPc,
          lentCumulative: lentCum,
          repaidCumulative: repaidCum,
          interestReceivedCumulative: interestCum,
          lossCumulative: lossCum,
        },
        measures: {
          reportedDebt,
          hiddenDebt,
          totalDebt,
          hiddenShare: N.isPositive(totalDebt) ? N.ratio(hiddenDebt, totalDebt) : 0,
          spvDebt,
          guarantees,
          capex: totalCapex,
          spvCapex,
          newBorrowing,
          depreciation,
          debtFundedCapexShare: N.isPositive(totalCapex) ? Math.min(1, N.ratio(newBorrowing, totalCapex)) : 0,
          interestCover,
          dscr,
          spvDscr,
          minskyAi,
          minskySponsor,
          gpuBookValue: gpuBook.nbv,
          spvGpuBookValue: spvGpu,
          gpuEconomicValue: gpuEconomic,
          bookMinusEconomic,
          obsoleteGpuDebt,
          aiRevenue,
          coreRevenue,
          demand,
          capacity,
          utilisation: util,
          occupancy,
          gpuGw: liveGw,
          shellGw,
          lenderCashReceived: N.add(N.add(maturities, bondInterest), N.add(N.add(consInterest, consPrincipal), spvServiceTotal)),
          sponsorAiCashFlow: aiCashFlow,
          sponsorAiReturnOnCapital: roc,
          baseRate: rate,
          newDebtRate: issueRate,
          expectedGrowthAnnual: Math.pow(1 + expectedQ, 4) - 1,
          creditFrozen: frozen,
        },
        cohorts: cohortRows(gpuBook, t, start),
      });
    }
  }

  // terminal value: economic value of the sponsor's GPUs and shells, less SPV debt it has taken on
  const terminal = N.sub(N.add(N.from(gpuEconNum), shellBook.nbv), consolidatedDebtEnd);
  npv = N.add(npv, N.scale(terminal, Math.pow(discQ, -H)));

  const burst = firstBurst.event;
  const burstIndex = burst ? burst.index : null;
  const chain = burst
    ? events.filter((e) => e.index <= burst.index && e.kind !== "credit-reopen").slice(-10)
    : [];
  const survives = !events.some((e) => e.kind === "liquidity-shortfall");
  const debtShare = N.isPositive(cumCapex) ? Math.min(1, N.ratio(cumBorrow, cumCapex)) : 0;
  const internalShare = N.isPositive(cumCapex) ? capRatio(N.ratio(cumCfo, cumCapex)) : RATIO_CAP;
  const summary: SummaryRaw<T> = {
    burstQuarter: burst ? burst.quarter : null,
    burstIndex,
    burstChain: chain.map((e) => ({ quarter: e.quarter, kind: e.kind, message: e.message })),
    survives,
    peakHiddenDebt: peakHidden,
    peakHiddenDebtQuarter: peakHiddenQ,
    peakReportedDebt: peakReported,
    peakTotalDebt: peakTotal,
    finalTotalDebt: lastTotal,
    cumulativeCapex: cumCapex,
    cumulativeBorrowing: cumBorrow,
    cumulativeAiCashFlow: cumAiCash,
    debtFundedCapexShare: debtShare,
    lenderRepaid: repaidCum,
    lenderInterest: interestCum,
    lenderLoss: lossCum,
    sponsorAiNpv: npv,
    minInterestCover: minCover,
    ponziQuartersAi: ponziAi,
    ponziQuartersSponsor: ponziSponsor,
    peakBookMinusEconomic: peakGap,
    impairments: impairCum,
    guaranteesPaid: rvgCum,
    internalFundingShare: internalShare,
    verdict: internalShare >= 1 ? "cash-flow" : "debt",
    repaidYetNoProfit: !N.isPositive(lossCum) && !N.isPositive(npv),
  };
  return { frames, events, summary, series };
}
