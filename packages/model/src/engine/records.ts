/**
 * What a run records: a record per quarter (statements, balance sheets, measures), the summary, and the series
 * Monte Carlo reads. Money is `T` (Decimal in the ledger, number in JSON and on the fast path).
 */
import type { EventKind, SimEvent } from "../events.js";
import type { MinskyClass } from "./state.js";

/** The verdict on "cash flow or debt?": with a dead band around one, so that noise cannot flip it. */
export type Verdict = "cash-flow" | "balanced" | "debt";

/** Everything recorded for one quarter (money as T). */
export interface QuarterRecord<T> {
  index: number;
  label: string;
  sponsor: {
    assets: { cash: T; gpu: T; shell: T; land: T; rightOfUse: T; other: T; total: T };
    liabilities: { bonds: T; consolidatedSpvDebt: T; leaseLiabilities: T; other: T; total: T };
    equity: T;
    income: {
      revenue: T;
      coreRevenue: T;
      aiRevenue: T;
      coreCosts: T;
      aiOpex: T;
      ebitdar: T;
      rent: T;
      ebitda: T;
      depreciation: T;
      /** Of which: amortisation of finance-lease right-of-use assets. */
      rightOfUseAmortisation: T;
      impairment: T;
      operatingIncome: T;
      interest: T;
      spvSupport: T;
      guaranteeLoss: T;
      consolidationLoss: T;
      pretaxIncome: T;
      tax: T;
      netIncome: T;
    };
    cashFlow: {
      operating: T;
      nonCashAddBack: T;
      consolidationNet: T;
      capex: T;
      financeLeasePrincipal: T;
      bondsIssued: T;
      bondsRepaid: T;
      consolidatedDebtRepaid: T;
      payouts: T;
      otherFinancing: T;
      total: T;
    };
  };
  spv: {
    assets: { cash: T; shell: T; gpu: T; total: T };
    liabilities: { debt: T; total: T };
    equity: T;
    income: {
      rent: T;
      interest: T;
      capitalisedInterest: T;
      depreciation: T;
      saleLoss: T;
      gpuWriteOff: T;
      guaranteeIncome: T;
      supportIncome: T;
      debtWrittenOff: T;
      netIncome: T;
    };
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
    revenue: T;
    ownCapex: T;
    depreciation: T;
    operatingIncome: T;
    cashAndSecurities: T;
    longTermDebt: T;
    reportedDebt: T;
    leaseLiabilities: T;
    adjustedDebt: T;
    spvDebt: T;
    hiddenDebt: T;
    totalDebt: T;
    commitmentsNotCommenced: T;
    hiddenShare: number;
    guarantees: T;
    guaranteesAccrued: T;
    capex: T;
    spvCapex: T;
    newBorrowing: T;
    debtFundedCapexShare: number;
    interestCover: number;
    ebitdarCover: number;
    adjustedLeverage: number;
    ffoToAdjustedDebt: number;
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
    inferenceCapacity: number;
    utilisation: number;
    /** Factor on the price of compute from the market's glut (1 = none; `ai.priceElasticity`, a market run). */
    glutFactor: number;
    /** GPU GW in service ÷ shell GW available (own, leased and completed campuses). */
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
   * The consolidated view (sponsor and vehicles as one group): cumulative operating cash flow of the group ÷
   * cumulative capex of the group (own and vehicle-built). The verdict is "cash-flow" above 1.05, "debt" below
   * 0.95 and "balanced" in between.
   */
  internalFundingShare: number;
  /** Share of cumulative payouts (dividends, buybacks) not covered by free cash flow and borrowed instead. */
  borrowedPayoutShare: number;
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
  verdict: Verdict;
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
