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

/**
 * Reset the quarter's flows at the start of quarter t. Only the flows that phases accumulate (add to what
 * they hold) or set on some paths only go back to zero; every other field is assigned by its phase every quarter
 * before any phase reads it (`quarter-flows.test.ts` poisons them at the start of every quarter to check), so
 * resetting it would be a store per field per quarter for nothing. A new field goes in `newQuarterFlows` (the
 * compiler insists), and here too unless its phase assigns it every quarter.
 */
export function resetQuarter<T>(q: QuarterFlows<T>, zero: T, t: number, label: string): void {
  q.t = t;
  q.label = label;
  q.expectedReturn = Number.NaN;
  // accumulated over the GPU vehicles in serviceVehicles
  q.vehicleLeaseInterest = zero;
  q.vehicleLeasePrincipal = zero;
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
  q.consolidationLoss = zero;
  q.consolidationNet = zero;
  q.spvTransferred = zero;
  q.vehicleRent = zero;
  q.spvInterest = zero;
  q.spvCapitalisedInterest = zero;
  q.spvDep = zero;
  q.spvSupport = zero;
  q.spvPrincipal = zero;
  q.spvShellDep = zero;
  q.consInterest = zero;
  q.consPrincipal = zero;
  q.leaseShellGw = 0;
  q.spvCapex = zero;
  q.spvDebtDrawn = zero;
  q.spvEquityIn = zero;
}

/** A quarter-flows record with every field present at its zero value (one hidden class for the whole run). */
export function newQuarterFlows<T>(zero: T): QuarterFlows<T> {
  return {
    t: 0,
    label: "",
    levelShock: 0,
    rate: 0,
    coreRevenue: zero,
    coreCosts: zero,
    price: 0,
    glutFactor: 1,
    expectedReturn: Number.NaN,
    leaseOperatingPaid: zero,
    leaseFinanceInterest: zero,
    leaseFinancePrincipal: zero,
    leaseFinanceAmortisation: zero,
    vehicleLeaseInterest: zero,
    vehicleLeasePrincipal: zero,
    newLeasesPaid: zero,
    rvgPaid: zero,
    spvSaleLoss: zero,
    spvRvgIncome: zero,
    spvWrittenOff: zero,
    spvDistributions: zero,
    spvNi: zero,
    spvGpuWriteOff: zero,
    strandImpair: zero,
    retireLoss: zero,
    liveChanged: false,
    shellGw: 0,
    window: 1,
    liveGw: 0,
    capacity: 0,
    inferenceCapacity: 0,
    retiringSoon: 0,
    occupancy: 0,
    util: 0,
    aiRevenue: zero,
    aiOpex: zero,
    consolidationLoss: zero,
    consolidationNet: zero,
    spvTransferred: zero,
    gpuDep: zero,
    shellDep: zero,
    vehicleRent: zero,
    spvInterest: zero,
    spvCapitalisedInterest: zero,
    spvDep: zero,
    spvSupport: zero,
    spvPrincipal: zero,
    spvShellDep: zero,
    consInterest: zero,
    consPrincipal: zero,
    spvServiceTotal: zero,
    impairment: zero,
    maturities: zero,
    bondInterest: zero,
    amortEquiv: zero,
    interest: zero,
    rent: zero,
    ebitdar: zero,
    ebitda: zero,
    depreciation: zero,
    operatingIncome: zero,
    pretax: zero,
    tax: zero,
    netIncome: zero,
    nonCash: zero,
    otherOutflows: zero,
    coreOperating: zero,
    aiOperating: zero,
    cfo: zero,
    avail: zero,
    wantGpuGw: 0,
    wantShellGw: 0,
    perfNow: 1,
    campusShare: 0,
    gpuVehicleShare: 0,
    leaseShellGw: 0,
    gpuPlan: zero,
    shellPlan: zero,
    capex: zero,
    gpuCapex: zero,
    shellCapex: zero,
    ownCapex: zero,
    bondsIssued: zero,
    payouts: zero,
    borrowedPayouts: zero,
    issueRate: 0,
    spvCapex: zero,
    spvDebtDrawn: zero,
    spvEquityIn: zero,
    spvCash: zero,
    guarantees: zero,
    rvgAccrued: zero,
    dealsActive: 0,
    longTermDebt: zero,
    reportedDebt: zero,
    leaseLiabilities: zero,
    vehicleLeaseLiabilities: zero,
    adjustedDebt: zero,
    spvDebt: zero,
    hiddenDebt: zero,
    totalDebt: zero,
    commitments: zero,
    totalCapex: zero,
    newBorrowing: zero,
    cfoBeforeInterest: zero,
    principalDue: zero,
    minskySponsor: "hedge",
    minskyAi: "hedge",
    interestCover: 0,
    ebitdarCover: 0,
    adjustedLeverage: 0,
    ffoToAdjustedDebt: 0,
    dscr: 0,
    spvDscr: 0,
    gpuEconomic: zero,
    bookMinusEconomic: zero,
    obsoleteGpuDebt: zero,
    aiCashFlow: zero,
    returnOnCapital: 0,
    groupCfo: zero,
  };
}
