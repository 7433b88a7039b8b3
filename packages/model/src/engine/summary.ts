/**
 * The run's summary (MODEL.md, "Measures", summary): the burst and its chain of events, whether the sponsor
 * survives, peaks and cumulative flows, lenders' outcome, the sponsor's AI NPV with its horizon value, and the
 * verdict "cash flow or debt".
 */
import type { SummaryRaw } from "./records.js";
import { capRatio, RATIO_CAP } from "./ratios.js";
import type { RunState } from "./state.js";

/** Summarise a finished run. */
export function summarise<T>(st: RunState<T>): SummaryRaw<T> {
  const N = st.N;
  // horizon value: economic value of the sponsor's GPUs and book value of its shells, less SPV debt it took on
  const terminal = N.sub(N.add(N.from(st.gpuEconNum), st.shellBook.nbv), st.consolidatedDebtEnd);
  const npv = N.add(st.npv, N.scale(terminal, st.c.discountEnd));
  const burst = st.burst;
  const chain = burst ? st.events.filter((e) => e.index <= burst.index && e.kind !== "credit-reopen").slice(-10) : [];
  const survives = !st.events.some((e) => e.kind === "liquidity-shortfall");
  const debtShare = N.isPositive(st.cumCapex) ? Math.min(1, N.ratio(st.cumBorrow, st.cumCapex)) : 0;
  const internalShare = N.isPositive(st.cumCapex) ? capRatio(N.ratio(st.cumCfo, st.cumCapex)) : RATIO_CAP;
  return {
    burstQuarter: burst ? burst.quarter : null,
    burstIndex: burst ? burst.index : null,
    burstChain: chain.map((e) => ({ quarter: e.quarter, kind: e.kind, message: e.message })),
    survives,
    peakHiddenDebt: st.peakHidden,
    peakHiddenDebtQuarter: st.peakHiddenQ,
    peakReportedDebt: st.peakReported,
    peakTotalDebt: st.peakTotal,
    finalTotalDebt: st.lastTotal,
    cumulativeCapex: st.cumCapex,
    cumulativeBorrowing: st.cumBorrow,
    cumulativeAiCashFlow: st.cumAiCash,
    debtFundedCapexShare: debtShare,
    lenderRepaid: st.repaidCum,
    lenderInterest: st.interestCum,
    lenderLoss: st.lossCum,
    sponsorAiNpv: npv,
    minInterestCover: st.minCover,
    ponziQuartersAi: st.ponziAi,
    ponziQuartersSponsor: st.ponziSponsor,
    peakBookMinusEconomic: st.peakGap,
    impairments: st.impairCum,
    guaranteesPaid: st.rvgCum,
    internalFundingShare: internalShare,
    verdict: internalShare >= 1 ? "cash-flow" : "debt",
    repaidYetNoProfit: !N.isPositive(st.lossCum) && !N.isPositive(npv),
  };
}
