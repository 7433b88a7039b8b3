/**
 * The state of a run in one typed structure: what persists from quarter to quarter (stocks, expectations,
 * running totals) and the quarter's flows, which every phase reads and writes and the recorder copies out.
 * Money is `T` (Decimal in the ledger, number on the fast path); physical quantities are numbers.
 */
import type { Num } from "../_lib/num.js";
import type { EventKind, ShockKind, SimEvent } from "../events.js";
import type { Scenario } from "../scenario.js";
import type { Cohort, CohortBook } from "./cohort-book.js";
import type { ScheduledShocks } from "./shocks.js";

export type MinskyClass = "hedge" | "speculative" | "ponzi";

/** Stochastic inputs that are not part of a scenario (Monte Carlo): one value per quarter. */
export interface Noise {
  /** Added to log AI-demand growth in each quarter. */
  demand?: ArrayLike<number>;
  /** Added to the base rate in each quarter. */
  rate?: ArrayLike<number>;
}

/** An SPV: a vehicle that owns shells (and GPUs), leases them to the sponsor, and owes private credit. */
export interface Vehicle<T> {
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

/** A bond the sponsor issued during the run. */
export interface Tranche<T> {
  principal: T;
  couponQ: T;
  amortEquiv: T;
  maturity: number;
  /** Raised during the run (for the AI build-out), as opposed to the opening ladder. */
  ai: boolean;
}

/** Constants of a run, derived once from the scenario. */
export interface Constants<T> {
  H: number;
  start: string;
  labels: readonly string[];
  gpuCostPerGw: number;
  shellCostPerGw: number;
  /** Quarterly factor of compute per GW of new GPUs, and the per-quarter tables of `prepare`. */
  perfQ: number;
  perfAt: Float64Array;
  coreTrendAt: Float64Array;
  priceFactorAt: Float64Array;
  discountAt: Float64Array;
  discountEnd: number;
  minAmount: T;
  minCash: T;
  otherAssets: T;
  otherLiabilities: T;
  ladderSlice: T;
  ladderRateQ: number;
  /** Price of a compute unit in the first quarter, so that revenue starts at `ai.revenueAnnual`. */
  price0: number;
}

/** The quarter's flows and readings, reset at the start of every quarter. */
export interface QuarterFlows<T> {
  t: number;
  label: string;
  // shocks, market
  levelShock: number;
  rate: number;
  coreRevenue: T;
  coreCosts: T;
  price: number;
  // leases returned
  rvgPaid: T;
  spvSaleLoss: T;
  spvRvgIncome: T;
  spvWrittenOff: T;
  spvDistributions: T;
  spvNi: T;
  strandImpair: T;
  liveChanged: boolean;
  // fleet in service
  shellGw: number;
  window: number;
  liveGw: number;
  capacity: number;
  retiringSoon: number;
  occupancy: number;
  util: number;
  aiRevenue: T;
  aiOpex: T;
  // consolidation
  consolidationLoss: T;
  consolidationNet: T;
  spvTransferred: T;
  // depreciation, vehicles' service
  gpuDep: T;
  shellDep: T;
  leaseExpense: T;
  spvInterest: T;
  spvDep: T;
  spvSupport: T;
  spvPrincipal: T;
  spvShellDep: T;
  consInterest: T;
  consPrincipal: T;
  spvServiceTotal: T;
  impairment: T;
  // bonds
  maturities: T;
  bondInterest: T;
  amortEquiv: T;
  aiBondInterest: T;
  aiAmortEquiv: T;
  // income statement
  interest: T;
  ebitda: T;
  depreciation: T;
  pretax: T;
  tax: T;
  netIncome: T;
  // cash waterfall
  coreOperating: T;
  aiOperating: T;
  avail: T;
  wantGpuGw: number;
  wantShellGw: number;
  perfNow: number;
  spvShare: number;
  gpuPlan: T;
  shellPlan: T;
  capex: T;
  gpuCapex: T;
  shellCapex: T;
  bondsIssued: T;
  payouts: T;
  issueRate: number;
  spvCapex: T;
  spvDebtDrawn: T;
  spvEquityIn: T;
  // measures
  spvCash: T;
  guarantees: T;
  dealsActive: number;
  reportedDebt: T;
  hiddenDebt: T;
  totalDebt: T;
  totalCapex: T;
  newBorrowing: T;
  cfoBeforeInterest: T;
  principalDue: T;
  minskySponsor: MinskyClass;
  minskyAi: MinskyClass;
  interestCover: number;
  dscr: number;
  spvDscr: number;
  gpuEconomic: T;
  bookMinusEconomic: T;
  obsoleteGpuDebt: T;
  aiCashFlow: T;
  returnOnCapital: number;
}

/** Everything a run carries from one quarter to the next. */
export interface RunState<T> {
  readonly N: Num<T>;
  readonly s: Scenario;
  readonly c: Constants<T>;
  readonly shocks: ScheduledShocks;
  readonly noise: Noise;
  /** Whether events carry their bilingual message and the detail-only measures are computed. */
  readonly detail: boolean;
  readonly q: QuarterFlows<T>;

  // market and expectations
  demand: number;
  growthQ: number;
  expectedQ: number;
  coreLevel: number;
  baseRate: number;
  frozen: boolean;
  wasRationed: boolean;
  econLife: number;
  prevOccupancy: number;
  prevEbitdaAnnual: number;
  overcapacity: boolean;
  freezeReported: boolean;
  sponsorPonzi: boolean;

  // the sponsor's fleet
  readonly gpuBook: CohortBook<T>;
  readonly shellBook: CohortBook<T>;
  /** GPU cohorts in service (the sponsor's and those of SPVs with an active lease), oldest first. */
  live: Cohort<T>[];

  // the sponsor's balance sheet and bonds
  cash: T;
  equity: T;
  ladder: T;
  readonly tranches: Tranche<T>[];
  readonly maturing: Map<number, Tranche<T>[]>;
  bondsOut: T;
  bondCouponSum: T;
  bondAmortSum: T;
  aiBondCouponSum: T;
  aiBondAmortSum: T;
  consolidatedOut: T;

  // vehicles
  readonly vehicles: Vehicle<T>[];
  spvDebtOut: T;
  spvShellOut: T;
  spvGpuOut: T;
  spvEquity: T;

  // lenders
  lentCum: T;
  repaidCum: T;
  interestCum: T;
  lossCum: T;
  lenderCash: T;
  lenderEquity: T;

  // event log
  readonly events: SimEvent[];
  burst: SimEvent | null;
  lastShock: ShockKind | null;
  lastShockAt: number;

  // running totals for the summary
  cumCapex: T;
  cumCfo: T;
  cumBorrow: T;
  cumAiCash: T;
  npv: T;
  peakHidden: T;
  peakHiddenQ: string;
  peakReported: T;
  peakTotal: T;
  peakGap: T;
  impairCum: T;
  rvgCum: T;
  minCover: number;
  ponziAi: number;
  ponziSponsor: number;
  lastTotal: T;
  lastReported: T;
  gpuEconNum: number;
  consolidatedDebtEnd: T;
}

/** Quarter flows at their zero values (reset in place at the start of every quarter: nothing allocated). */
export function resetQuarter<T>(q: QuarterFlows<T>, zero: T, t: number, label: string): void {
  q.t = t;
  q.label = label;
  q.levelShock = 0;
  q.rate = 0;
  q.coreRevenue = zero;
  q.coreCosts = zero;
  q.price = 0;
  q.rvgPaid = zero;
  q.spvSaleLoss = zero;
  q.spvRvgIncome = zero;
  q.spvWrittenOff = zero;
  q.spvDistributions = zero;
  q.spvNi = zero;
  q.strandImpair = zero;
  q.liveChanged = false;
  q.shellGw = 0;
  q.window = 1;
  q.liveGw = 0;
  q.capacity = 0;
  q.retiringSoon = 0;
  q.occupancy = 0;
  q.util = 0;
  q.aiRevenue = zero;
  q.aiOpex = zero;
  q.consolidationLoss = zero;
  q.consolidationNet = zero;
  q.spvTransferred = zero;
  q.gpuDep = zero;
  q.shellDep = zero;
  q.leaseExpense = zero;
  q.spvInterest = zero;
  q.spvDep = zero;
  q.spvSupport = zero;
  q.spvPrincipal = zero;
  q.spvShellDep = zero;
  q.consInterest = zero;
  q.consPrincipal = zero;
  q.spvServiceTotal = zero;
  q.impairment = zero;
  q.maturities = zero;
  q.bondInterest = zero;
  q.amortEquiv = zero;
  q.aiBondInterest = zero;
  q.aiAmortEquiv = zero;
  q.interest = zero;
  q.ebitda = zero;
  q.depreciation = zero;
  q.pretax = zero;
  q.tax = zero;
  q.netIncome = zero;
  q.coreOperating = zero;
  q.aiOperating = zero;
  q.avail = zero;
  q.wantGpuGw = 0;
  q.wantShellGw = 0;
  q.perfNow = 1;
  q.spvShare = 0;
  q.gpuPlan = zero;
  q.shellPlan = zero;
  q.capex = zero;
  q.gpuCapex = zero;
  q.shellCapex = zero;
  q.bondsIssued = zero;
  q.payouts = zero;
  q.issueRate = 0;
  q.spvCapex = zero;
  q.spvDebtDrawn = zero;
  q.spvEquityIn = zero;
  q.spvCash = zero;
  q.guarantees = zero;
  q.dealsActive = 0;
  q.reportedDebt = zero;
  q.hiddenDebt = zero;
  q.totalDebt = zero;
  q.totalCapex = zero;
  q.newBorrowing = zero;
  q.cfoBeforeInterest = zero;
  q.principalDue = zero;
  q.minskySponsor = "hedge";
  q.minskyAi = "hedge";
  q.interestCover = 0;
  q.dscr = 0;
  q.spvDscr = 0;
  q.gpuEconomic = zero;
  q.bookMinusEconomic = zero;
  q.obsoleteGpuDebt = zero;
  q.aiCashFlow = zero;
  q.returnOnCapital = 0;
}

/** A quarter-flows record with every field present (one hidden class for the whole run). */
export function newQuarterFlows<T>(zero: T): QuarterFlows<T> {
  const q = {} as QuarterFlows<T>;
  resetQuarter(q, zero, 0, "");
  return q;
}

/** The kinds of event that name a scheduled shock as their cause. */
export type { EventKind, ShockKind };
