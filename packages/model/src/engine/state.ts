/**
 * The state of a run in one typed structure: what persists from quarter to quarter (stocks, expectations,
 * running totals). The quarter's flows, which every phase reads and writes and the recorder copies out, are in
 * `quarter-flows.ts`. Money is `T` (Decimal in the ledger, number on the fast path); physical quantities are
 * numbers.
 */
import type { Num } from "../_lib/num.js";
import type { SimEvent } from "../events.js";
import type { Scenario } from "../scenario.js";
import type { CohortBook, LiveFleet } from "./cohort-book.js";
import type { LeaseBook } from "./lease-book.js";
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

/**
 * A vehicle (SPV): a **campus** vehicle owns shells and power (built over a construction period, funded by long
 * debt, leased to the sponsor from completion); a **GPU** vehicle owns GPUs leased to the sponsor over their life,
 * with debt matched to the lease.
 */
export interface Vehicle<T> {
  id: number;
  kind: "campus" | "gpu";
  /** Funding programme: new draws within the same `spv.programQuarters` window go to one vehicle. */
  program: number;
  start: number;
  /** Quarter the campus completes and the lease commences (GPU vehicles: their start). */
  completion: number;
  gw: number;
  /** GPUs the vehicle owns (each draw a cohort); they age like the sponsor's. */
  gpus: CohortBook<T>;
  /** Book value of the shell (construction in progress until completion). */
  nbv: T;
  /** Straight-line depreciation per quarter of the shell, from completion. */
  charge: T;
  bookLeft: number;
  debt: T;
  originalDebt: T;
  principalPerQ: T;
  /** Quarters over which the debt amortises from completion. */
  term: number;
  /** Coupon set at signing (or at the last refinancing), annual. */
  coupon: number;
  /** Share of the debt that floats unhedged: its coupon moves with the base rate from `baseAtSigning`. */
  floatUnhedged: number;
  /** Share of the floating coupon's move the lessee pays in rent (GPU vehicles; 0 for campuses). */
  passThrough: number;
  /** Extension options left at maturity (campuses). */
  extensionsLeft: number;
  /** Whether the sponsor books the lease as a finance lease (a GPU lease for 75% or more of the GPUs' book life). */
  financeLease: boolean;
  baseAtSigning: number;
  /** Share of principal due at maturity rather than amortised. */
  bulletShare: number;
  /** Quarter the remaining debt falls due (refinanced at the rate of the day if lenders roll it). */
  maturity: number;
  rentFixed: T;
  rentVar: T;
  rentFull: T;
  /** Residual value guarantee cap: rvgCapShare × original debt (campus vehicles). */
  rvgCap: T;
  cash: T;
  /** Outside equity contributed, less distributions. */
  equityIn: T;
  leaseEnd: number;
  /** The sponsor's quarterly borrowing rate when the current lease term commenced (ASC 842 discounts at it). */
  leaseRateQ: number;
  status: "building" | "active" | "consolidated" | "closed";
  breachStreak: number;
  /** Whether the GPU-backed loan was above its loan-to-value limit last quarter. */
  ltvBreached: boolean;
}

/** A bond the sponsor issued during the run. */
export interface Tranche<T> {
  principal: T;
  couponQ: T;
  amortEquiv: T;
  maturity: number;
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
  cashFloor: T;
  otherAssets: T;
  otherLiabilities: T;
  land: T;
  ladderSlice: T;
  ladderRateQ: number;
  /** Price of a compute unit in the first quarter, so that AI revenue starts at its share of revenue. */
  price0: number;
  /** Core revenue of the first quarter at trend (USD bn). */
  core0: number;
  /** Core cash costs as a share of core revenue at trend. */
  coreCostShare: number;
  /** Quarterly long-run demand growth, and the factor by which the excess over it shrinks each quarter. */
  longRunQ: number;
  fadeQ: number;
}

/** Everything a run carries from one quarter to the next. */
export interface RunState<T> {
  readonly N: Num<T>;
  readonly s: Scenario;
  readonly c: Constants<T>;
  readonly shocks: ScheduledShocks;
  readonly noise: Noise;
  /** Whether events carry their bilingual message (the recorder's `detail`). */
  readonly detail: boolean;
  readonly q: QuarterFlows<T>;

  // market and expectations
  demand: number;
  growthQ: number;
  expectedQ: number;
  /** Level of core revenue relative to its trend (shocks), and the level its fixed costs have adjusted to. */
  coreLevel: number;
  costLevel: number;
  /** Level of the price of compute relative to its default path (price shocks), and the share of its bill the anchor tenant pays. */
  priceLevel: number;
  tenantPaid: number;
  baseRate: number;
  frozen: boolean;
  wasRationed: boolean;
  econLife: number;
  prevOccupancy: number;
  prevEbitdarAnnual: number;
  overcapacity: boolean;
  freezeReported: boolean;
  sponsorPonzi: boolean;
  /** Quarter until which lenders fund no new vehicle of each kind (after a consolidation or a loss). */
  campusCooldownUntil: number;
  gpuCooldownUntil: number;

  // the sponsor's fleet
  readonly gpuBook: CohortBook<T>;
  readonly shellBook: CohortBook<T>;
  /** GPU cohorts in service (the sponsor's and those of vehicles with an active lease), oldest first. */
  readonly live: LiveFleet<T>;
  /** Own shell GW in service (completed), and GW completing in each future quarter. */
  ownShellGw: number;
  readonly shellGwDue: Float64Array;
  /** Shell GW leased from third parties and in use, and own shell GW under construction. */
  leasedShellGw: number;
  ownShellPipeline: number;

  // the sponsor's balance sheet and bonds
  cash: T;
  equity: T;
  ladder: T;
  /** The bonds issued in the run, by the quarter they mature in (an array by quarter: no hashing every quarter). */
  readonly maturing: Array<Tranche<T>[] | undefined>;
  bondsOut: T;
  bondCouponSum: T;
  bondAmortSum: T;
  consolidatedOut: T;
  /** Third-party leases: commenced (liabilities) and signed, not commenced (commitments). */
  readonly leases: LeaseBook<T>;
  /** Free cash flow of the last four quarters (a ring), for payouts. */
  readonly fcfRing: T[];

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

  // running totals for the summary
  cumCapex: T;
  cumGroupCfo: T;
  cumBorrow: T;
  cumPayouts: T;
  cumBorrowedPayouts: T;
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
  lastAdjusted: T;
  gpuEconNum: number;
  consolidatedDebtEnd: T;
  /** Own borrowing (bonds issued) and own capex, cumulative: the share of the sponsor's own build funded by debt. */
  cumOwnCapex: T;
  cumBondsIssued: T;
}
