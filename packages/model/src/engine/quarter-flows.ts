/**
 * The quarter's flows and readings: what every phase of a quarter reads and writes and the recorder copies
 * out. One record per run, reset in place at the start of every quarter (nothing allocated per quarter).
 */
import type { MinskyClass } from "./state.js";

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
  // one record per run, its fields added in one order (one hidden class); a class with every field set in its
  // constructor measured no faster and listed the fields a third time
  const q = {} as QuarterFlows<T>;
  resetQuarter(q, zero, 0, "");
  return q;
}
