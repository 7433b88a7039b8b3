/**
 * What a run records: a frame per quarter (statements, balance sheets, measures), the summary, and the series
 * Monte Carlo reads. Money is `T` (Decimal in the ledger, number in JSON and on the fast path).
 */
import type { EventKind, SimEvent } from "../events.js";
import type { MinskyClass } from "./state.js";

/** Everything recorded for one quarter (money as T). */
export interface QuarterRecord<T> {
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

/** The series Monte Carlo reads, as plain numbers, one value per quarter (the `SeriesRecorder`'s record). */
export interface Series {
  hiddenDebt: Float64Array;
  totalDebt: Float64Array;
  lenderLoss: Float64Array;
}

/** A run recorded frame by frame: what `simulate` and `simulateFast` turn into a result. */
export interface RawRun<T> {
  frames: QuarterRecord<T>[];
  events: SimEvent[];
  summary: SummaryRaw<T>;
}
