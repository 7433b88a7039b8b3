/**
 * Recorders: what a run keeps of each quarter and returns as its summary. `FrameRecorder` keeps a full frame
 * (statements, balance sheets, measures, cohorts) and the full summary for `simulate` and `simulateFast`: it
 * computes the measures only frames and the summary read (`measureDetail`) before it copies a quarter.
 * `SeriesRecorder` keeps only the three series Monte Carlo reads and the burst, with nothing allocated per
 * quarter and none of those measures computed. The recorder, not a flag, decides what a run computes and returns.
 */
import { quarterLabel } from "../_lib/quarter.js";
import type { CohortBook } from "./cohort-book.js";
import { measureDetail } from "./measures.js";
import type { QuarterRecord, Series, SummaryRaw } from "./records.js";
import type { RunState } from "./state.js";
import { summarise } from "./summary.js";

/** Receives the state at the end of every quarter, and at the end of the run gives its summary `S`. */
export interface Recorder<T, S = SummaryRaw<T>> {
  /** Whether events need their bilingual message. */
  readonly detail: boolean;
  record(st: RunState<T>): void;
  /** The run's summary, after its last quarter. */
  summarise(st: RunState<T>): S;
}

/** What a lean run (Monte Carlo, the counterfactuals of attribution) returns of its summary: the burst. */
export interface BurstSummary {
  /** Quarter index of the burst, null without one. */
  burstIndex: number | null;
}

/**
 * The sponsor's GPU cohorts still on the books after quarter t. A cohort is economically obsolete once it is past
 * its economic (training) life, `t − vintage ≥ gpu.economicLifeQuarters`, as `obsoleteGpuDebt` counts it: GPUs
 * moved to inference whose book value the accounts still carry.
 */
function cohortRows<T>(book: CohortBook<T>, t: number, start: string, econLife: number): QuarterRecord<T>["cohorts"] {
  const rows: QuarterRecord<T>["cohorts"] = [];
  for (let i = 0; i < book.count; i++) {
    if (book.impaired[i] || t - book.created[i]! >= book.life[i]!) continue;
    rows.push({
      vintage: quarterLabel(start, book.vintage[i]!),
      gw: book.gw[i]!,
      gpuBookValue: book.bookValueNum(i, t),
      economicallyObsolete: t - book.vintage[i]! >= econLife,
      impaired: book.impaired[i]!,
    });
  }
  return rows;
}

/** Keeps every quarter's frame. */
export class FrameRecorder<T> implements Recorder<T> {
  readonly detail = true;
  readonly frames: QuarterRecord<T>[] = [];

  summarise(st: RunState<T>): SummaryRaw<T> {
    return summarise(st);
  }

  record(st: RunState<T>): void {
    measureDetail(st);
    const N = st.N;
    const q = st.q;
    const c = st.c;
    const consolidatedDebt = st.consolidatedOut;
    const spvDebt = st.spvDebtOut;
    const rightOfUse = N.add(N.add(st.leases.operatingLiability, st.leases.financeRou), q.vehicleLeaseLiabilities);
    const sponsorAssetsTotal = N.add(N.add(N.add(N.add(N.add(st.cash, st.gpuBook.nbv), st.shellBook.nbv), c.land), rightOfUse), c.otherAssets);
    const sponsorLiabTotal = N.add(N.add(N.add(st.bondsOut, consolidatedDebt), q.leaseLiabilities), c.otherLiabilities);
    const cashFlowTotal = N.sub(
      N.sub(
        N.add(N.sub(N.sub(N.add(q.cfo, q.consolidationNet), q.capex), N.add(q.leaseFinancePrincipal, q.vehicleLeasePrincipal)), q.bondsIssued),
        N.add(N.add(q.maturities, q.consPrincipal), q.payouts),
      ),
      q.otherOutflows,
    );
    const spvAssets = N.add(N.add(q.spvCash, st.spvShellOut), st.spvGpuOut);
    const lenderBonds = st.bondsOut;
    const lenderPc = N.add(spvDebt, consolidatedDebt);
    const revenue = N.add(q.coreRevenue, q.aiRevenue);
    this.frames.push({
      index: q.t,
      label: q.label,
      sponsor: {
        assets: { cash: st.cash, gpu: st.gpuBook.nbv, shell: st.shellBook.nbv, land: c.land, rightOfUse, other: c.otherAssets, total: sponsorAssetsTotal },
        liabilities: { bonds: st.bondsOut, consolidatedSpvDebt: consolidatedDebt, leaseLiabilities: q.leaseLiabilities, other: c.otherLiabilities, total: sponsorLiabTotal },
        equity: st.equity,
        income: {
          revenue,
          coreRevenue: q.coreRevenue,
          aiRevenue: q.aiRevenue,
          coreCosts: q.coreCosts,
          aiOpex: q.aiOpex,
          ebitdar: q.ebitdar,
          rent: q.rent,
          ebitda: q.ebitda,
          depreciation: q.depreciation,
          rightOfUseAmortisation: N.add(q.leaseFinanceAmortisation, q.vehicleLeasePrincipal),
          impairment: q.impairment,
          operatingIncome: q.operatingIncome,
          interest: q.interest,
          spvSupport: q.spvSupport,
          guaranteeLoss: q.rvgPaid,
          consolidationLoss: q.consolidationLoss,
          pretaxIncome: q.pretax,
          tax: q.tax,
          netIncome: q.netIncome,
        },
        cashFlow: {
          operating: q.cfo,
          nonCashAddBack: q.nonCash,
          consolidationNet: q.consolidationNet,
          capex: q.capex,
          financeLeasePrincipal: N.add(q.leaseFinancePrincipal, q.vehicleLeasePrincipal),
          bondsIssued: q.bondsIssued,
          bondsRepaid: q.maturities,
          consolidatedDebtRepaid: q.consPrincipal,
          payouts: q.payouts,
          otherFinancing: q.otherOutflows,
          total: cashFlowTotal,
        },
      },
      spv: {
        assets: { cash: q.spvCash, shell: st.spvShellOut, gpu: st.spvGpuOut, total: spvAssets },
        liabilities: { debt: spvDebt, total: spvDebt },
        equity: st.spvEquity,
        income: {
          rent: q.vehicleRent,
          interest: q.spvInterest,
          capitalisedInterest: q.spvCapitalisedInterest,
          depreciation: q.spvDep,
          saleLoss: q.spvSaleLoss,
          gpuWriteOff: q.spvGpuWriteOff,
          guaranteeIncome: q.spvRvgIncome,
          supportIncome: q.spvSupport,
          debtWrittenOff: q.spvWrittenOff,
          netIncome: q.spvNi,
        },
        flows: { equityContributed: q.spvEquityIn, distributions: q.spvDistributions, transferredOnConsolidation: q.spvTransferred },
        dealsActive: q.dealsActive,
      },
      lenders: {
        assets: { bonds: lenderBonds, privateCredit: lenderPc, cash: st.lenderCash, total: N.add(N.add(lenderBonds, lenderPc), st.lenderCash) },
        equity: st.lenderEquity,
        bondsOutstanding: lenderBonds,
        privateCreditOutstanding: lenderPc,
        lentCumulative: st.lentCum,
        repaidCumulative: st.repaidCum,
        interestReceivedCumulative: st.interestCum,
        lossCumulative: st.lossCum,
      },
      measures: {
        revenue,
        ownCapex: q.ownCapex,
        depreciation: q.depreciation,
        operatingIncome: q.operatingIncome,
        cashAndSecurities: st.cash,
        longTermDebt: q.longTermDebt,
        reportedDebt: q.reportedDebt,
        leaseLiabilities: q.leaseLiabilities,
        adjustedDebt: q.adjustedDebt,
        spvDebt,
        hiddenDebt: q.hiddenDebt,
        totalDebt: q.totalDebt,
        commitmentsNotCommenced: q.commitments,
        hiddenShare: N.isPositive(q.totalDebt) ? N.ratio(q.hiddenDebt, q.totalDebt) : 0,
        guarantees: q.guarantees,
        guaranteesAccrued: q.rvgAccrued,
        capex: q.totalCapex,
        spvCapex: q.spvCapex,
        newBorrowing: q.newBorrowing,
        debtFundedCapexShare: N.isPositive(q.totalCapex) ? Math.min(1, N.ratio(q.newBorrowing, q.totalCapex)) : 0,
        interestCover: q.interestCover,
        ebitdarCover: q.ebitdarCover,
        adjustedLeverage: q.adjustedLeverage,
        ffoToAdjustedDebt: q.ffoToAdjustedDebt,
        dscr: q.dscr,
        spvDscr: q.spvDscr,
        minskyAi: q.minskyAi,
        minskySponsor: q.minskySponsor,
        gpuBookValue: st.gpuBook.nbv,
        spvGpuBookValue: st.spvGpuOut,
        gpuEconomicValue: q.gpuEconomic,
        bookMinusEconomic: q.bookMinusEconomic,
        obsoleteGpuDebt: q.obsoleteGpuDebt,
        aiRevenue: q.aiRevenue,
        coreRevenue: q.coreRevenue,
        demand: st.demand,
        capacity: q.capacity,
        inferenceCapacity: q.inferenceCapacity,
        utilisation: q.util,
        glutFactor: q.glutFactor,
        occupancy: q.occupancy,
        gpuGw: q.liveGw,
        shellGw: q.shellGw,
        lenderCashReceived: N.add(N.add(q.maturities, q.bondInterest), N.add(N.add(q.consInterest, q.consPrincipal), q.spvServiceTotal)),
        sponsorAiCashFlow: q.aiCashFlow,
        sponsorAiReturnOnCapital: q.returnOnCapital,
        baseRate: q.rate,
        newDebtRate: q.issueRate,
        expectedGrowthAnnual: Math.pow(1 + st.expectedQ, 4) - 1,
        creditFrozen: st.frozen,
      },
      cohorts: cohortRows(st.gpuBook, q.t, c.start, st.econLife),
    });
  }
}

/**
 * Keeps hidden debt, total debt and lenders' cumulative loss per quarter as numbers (Monte Carlo). Writes into
 * the arrays it is given, quarter by quarter: quarter t of path `path` of a block of `paths` paths at
 * t × paths + path, so that each quarter's column of paths, which Monte Carlo's percentiles read, is contiguous.
 * A block of paths shares one set of arrays and one recorder.
 */
export class SeriesRecorder<T> implements Recorder<T, BurstSummary> {
  readonly detail = false;
  readonly series: Series;
  /** The path being recorded, of `paths`. */
  path = 0;

  constructor(
    horizon: number,
    series?: Series,
    readonly paths = 1,
  ) {
    this.series = series ?? { hiddenDebt: new Float64Array(horizon * paths), totalDebt: new Float64Array(horizon * paths), lenderLoss: new Float64Array(horizon * paths) };
  }

  summarise(st: RunState<T>): BurstSummary {
    return { burstIndex: st.burst ? st.burst.index : null };
  }

  record(st: RunState<T>): void {
    const N = st.N;
    const i = st.q.t * this.paths + this.path;
    this.series.hiddenDebt[i] = N.toNumber(st.q.hiddenDebt);
    this.series.totalDebt[i] = N.toNumber(st.q.totalDebt);
    this.series.lenderLoss[i] = N.toNumber(st.lossCum);
  }
}
