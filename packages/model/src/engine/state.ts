/**
 * The state of a run in one typed structure: what persists from quarter to quarter (stocks, expectations,
 * running totals) and the quarter's flows, which every phase reads and writes and the recorder copies out.
 * Money is `T` (Decimal in the ledger, number on the fast path); physical quantities are numbers.
 */
import type { Num } from "../_lib/num.js";
import type { ShockKind, SimEvent } from "../events.js";
import type { Scenario } from "../scenario.js";
import type { CohortBook, LiveFleet } from "./cohort-book.js";
import type { QuarterFlows } from "./quarter-flows.js";
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
  readonly live: LiveFleet<T>;

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
