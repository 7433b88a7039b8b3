/**
 * The quarter's flows and readings: what every phase of a quarter reads and writes and the recorder copies
 * out. One record per run, reset in place at the start of every quarter (nothing allocated per quarter).
 */
import type { MinskyClass } from "./state.js";

/** The quarter's flows and readings, reset at the start of every quarter. */
export interface QuarterFlows<T> {
  /** Quarter index. */
  t: number;
  /** Quarter label. */
  label: string;
  levelShock: number;
  /** Base rate of the quarter (with Monte Carlo noise). */
  rate: number;
  coreRevenue: T;
  coreCosts: T;
  price: number;
  /** The market's glut factor on the price of compute (1 = none). */
  glutFactor: number;
  /** Expected annual return on new GPUs the investment hurdle saw (NaN when the hurdle is off). */
  expectedReturn: number;
  /** Third-party operating lease payments (rent). */
  leaseOperatingPaid: T;
  leaseFinanceInterest: T;
  leaseFinancePrincipal: T;
  leaseFinanceAmortisation: T;
  /** The interest and principal parts of rent on GPU-vehicle leases classified as finance leases (ASC 842). */
  vehicleLeaseInterest: T;
  vehicleLeasePrincipal: T;
  /** Operating payments on leases signed for the AI build (all but those in place at the opening). */
  newLeasesPaid: T;
  rvgPaid: T;
  spvSaleLoss: T;
  spvRvgIncome: T;
  spvWrittenOff: T;
  spvDistributions: T;
  spvNi: T;
  /** Vehicles' GPUs leaving service with book value left. */
  spvGpuWriteOff: T;
  strandImpair: T;
  /** The sponsor's GPUs leaving service with book value left. */
  retireLoss: T;
  liveChanged: boolean;
  shellGw: number;
  window: number;
  liveGw: number;
  /** Compute of current-generation GPUs in service. */
  capacity: number;
  /** Compute of GPUs moved to inference. */
  inferenceCapacity: number;
  retiringSoon: number;
  occupancy: number;
  util: number;
  aiRevenue: T;
  aiOpex: T;
  consolidationLoss: T;
  consolidationNet: T;
  spvTransferred: T;
  gpuDep: T;
  shellDep: T;
  /** Rent paid to vehicles. */
  vehicleRent: T;
  spvInterest: T;
  spvCapitalisedInterest: T;
  spvDep: T;
  spvSupport: T;
  spvPrincipal: T;
  spvShellDep: T;
  consInterest: T;
  consPrincipal: T;
  spvServiceTotal: T;
  impairment: T;
  maturities: T;
  bondInterest: T;
  amortEquiv: T;
  interest: T;
  rent: T;
  ebitdar: T;
  ebitda: T;
  depreciation: T;
  operatingIncome: T;
  pretax: T;
  tax: T;
  netIncome: T;
  nonCash: T;
  otherOutflows: T;
  coreOperating: T;
  aiOperating: T;
  cfo: T;
  avail: T;
  wantGpuGw: number;
  wantShellGw: number;
  perfNow: number;
  campusShare: number;
  gpuVehicleShare: number;
  leaseShellGw: number;
  gpuPlan: T;
  shellPlan: T;
  /** The sponsor's own purchases of property and equipment. */
  capex: T;
  gpuCapex: T;
  shellCapex: T;
  /** Own capex as the sponsor reports it: purchases plus finance-lease principal. */
  ownCapex: T;
  bondsIssued: T;
  payouts: T;
  borrowedPayouts: T;
  issueRate: number;
  spvCapex: T;
  spvDebtDrawn: T;
  spvEquityIn: T;
  spvCash: T;
  guarantees: T;
  rvgAccrued: T;
  dealsActive: number;
  longTermDebt: T;
  reportedDebt: T;
  leaseLiabilities: T;
  vehicleLeaseLiabilities: T;
  adjustedDebt: T;
  spvDebt: T;
  hiddenDebt: T;
  totalDebt: T;
  commitments: T;
  totalCapex: T;
  newBorrowing: T;
  cfoBeforeInterest: T;
  principalDue: T;
  minskySponsor: MinskyClass;
  minskyAi: MinskyClass;
  interestCover: number;
  ebitdarCover: number;
  adjustedLeverage: number;
  ffoToAdjustedDebt: number;
  dscr: number;
  spvDscr: number;
  gpuEconomic: T;
  bookMinusEconomic: T;
  obsoleteGpuDebt: T;
  aiCashFlow: T;
  returnOnCapital: number;
  groupCfo: T;
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
  q.glutFactor = 1;
  q.expectedReturn = Number.NaN;
  q.leaseOperatingPaid = zero;
  q.leaseFinanceInterest = zero;
  q.leaseFinancePrincipal = zero;
  q.leaseFinanceAmortisation = zero;
  q.vehicleLeaseInterest = zero;
  q.vehicleLeasePrincipal = zero;
  q.newLeasesPaid = zero;
  q.rvgPaid = zero;
  q.spvSaleLoss = zero;
  q.spvRvgIncome = zero;
  q.spvWrittenOff = zero;
  q.spvDistributions = zero;
  q.spvNi = zero;
  q.spvGpuWriteOff = zero;
  q.strandImpair = zero;
  q.retireLoss = zero;
  q.liveChanged = false;
  q.shellGw = 0;
  q.window = 1;
  q.liveGw = 0;
  q.capacity = 0;
  q.inferenceCapacity = 0;
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
  q.vehicleRent = zero;
  q.spvInterest = zero;
  q.spvCapitalisedInterest = zero;
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
  q.interest = zero;
  q.rent = zero;
  q.ebitdar = zero;
  q.ebitda = zero;
  q.depreciation = zero;
  q.operatingIncome = zero;
  q.pretax = zero;
  q.tax = zero;
  q.netIncome = zero;
  q.nonCash = zero;
  q.otherOutflows = zero;
  q.coreOperating = zero;
  q.aiOperating = zero;
  q.cfo = zero;
  q.avail = zero;
  q.wantGpuGw = 0;
  q.wantShellGw = 0;
  q.perfNow = 1;
  q.campusShare = 0;
  q.gpuVehicleShare = 0;
  q.leaseShellGw = 0;
  q.gpuPlan = zero;
  q.shellPlan = zero;
  q.capex = zero;
  q.gpuCapex = zero;
  q.shellCapex = zero;
  q.ownCapex = zero;
  q.bondsIssued = zero;
  q.payouts = zero;
  q.borrowedPayouts = zero;
  q.issueRate = 0;
  q.spvCapex = zero;
  q.spvDebtDrawn = zero;
  q.spvEquityIn = zero;
  q.spvCash = zero;
  q.guarantees = zero;
  q.rvgAccrued = zero;
  q.dealsActive = 0;
  q.longTermDebt = zero;
  q.reportedDebt = zero;
  q.leaseLiabilities = zero;
  q.vehicleLeaseLiabilities = zero;
  q.adjustedDebt = zero;
  q.spvDebt = zero;
  q.hiddenDebt = zero;
  q.totalDebt = zero;
  q.commitments = zero;
  q.totalCapex = zero;
  q.newBorrowing = zero;
  q.cfoBeforeInterest = zero;
  q.principalDue = zero;
  q.minskySponsor = "hedge";
  q.minskyAi = "hedge";
  q.interestCover = 0;
  q.ebitdarCover = 0;
  q.adjustedLeverage = 0;
  q.ffoToAdjustedDebt = 0;
  q.dscr = 0;
  q.spvDscr = 0;
  q.gpuEconomic = zero;
  q.bookMinusEconomic = zero;
  q.obsoleteGpuDebt = zero;
  q.aiCashFlow = zero;
  q.returnOnCapital = 0;
  q.groupCfo = zero;
}

/** A quarter-flows record with every field present (one hidden class for the whole run). */
export function newQuarterFlows<T>(zero: T): QuarterFlows<T> {
  const q = {} as QuarterFlows<T>;
  resetQuarter(q, zero, 0, "");
  return q;
}
