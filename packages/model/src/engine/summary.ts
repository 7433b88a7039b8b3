/**
 * The run's summary (MODEL.md, "Summary"): the burst and its chain of events, whether the sponsor survives,
 * peaks and cumulative flows, lenders' outcome, the sponsor's AI NPV with its horizon value (obligations still
 * owed on its leases counted), and the verdict "cash flow or debt" in the consolidated view.
 */
import { burstChainOf } from "./event-log.js";
import { MIN_DRAW } from "./limits.js";
import { annuityFactor } from "./lease-book.js";
import type { SummaryRaw, Verdict } from "./records.js";
import { RATIO_CAP, capRatio } from "./ratios.js";
import type { RunState } from "./state.js";

/** Half-width of the verdict's dead band around 1: within it the boom is "balanced". */
export const VERDICT_BAND = 0.05;

/** The verdict for an internal funding share (group operating cash flow ÷ group capex). */
export function verdictOf(internalFundingShare: number): Verdict {
  if (internalFundingShare >= 1 + VERDICT_BAND) return "cash-flow";
  if (internalFundingShare <= 1 - VERDICT_BAND) return "debt";
  return "balanced";
}

/** Summarise a finished run. */
export function summarise<T>(st: RunState<T>): SummaryRaw<T> {
  const N = st.N;
  const s = st.s;
  const H = st.c.H;
  // horizon value: economic value of the sponsor's GPUs and book value of its shells, less the debt of vehicles
  // it took on, the rent still owed on vehicle leases and leases signed for the build, and the guarantees behind
  // campuses (whether already probable or owed on hand-back at the end of the term)
  const discountQ = Math.pow(1 + s.discountAnnual, 0.25) - 1;
  let rentOwed = N.zero;
  for (const v of st.vehicles) {
    if (v.status !== "active" && v.status !== "building") continue;
    let termEnd = v.leaseEnd;
    if (v.status === "active") rentOwed = N.add(rentOwed, N.scale(v.rentFixed, annuityFactor(Math.max(0, v.leaseEnd - H), discountQ)));
    else {
      // the lease signed for a campus still being built: its fixed rent of the initial term, from completion
      const rent = N.scale(v.debt, (v.coupon / 4 + 1 / v.term) * s.spv.sizingDscr * (1 - s.spv.leaseVariableShare));
      const pv = annuityFactor(s.spv.leaseTermQuarters, discountQ) * Math.pow(1 + discountQ, -Math.max(0, v.completion - H));
      rentOwed = N.add(rentOwed, N.scale(rent, pv));
      termEnd = Math.max(v.completion, H) + s.spv.leaseTermQuarters;
    }
    // the guarantee behind a campus: what the sponsor owes if it hands the campus back at the end of the term
    // (debt above the vacant campus's value, up to the cap), an obligation as real as the rent before it
    if (v.kind === "campus") {
      const shortfall = N.max(N.zero, N.sub(v.debt, N.scale(v.nbv, s.spv.vacantValueShare)));
      rentOwed = N.add(rentOwed, N.scale(N.min(v.rvgCap, shortfall), Math.pow(1 + discountQ, -Math.max(0, termEnd - H))));
    }
  }
  const terminal = N.sub(
    N.sub(N.sub(N.add(N.from(st.gpuEconNum), st.shellBook.nbv), st.consolidatedDebtEnd), rentOwed),
    st.leases.remainingPaymentsPv(discountQ), // guarantees already probable are in rentOwed's guarantee term
  );
  const npv = N.add(st.npv, N.scale(terminal, st.c.discountEnd));
  const burst = st.burst;
  const chain = burst ? burstChainOf(st.events, burst.index) : [];
  const survives = !st.events.some((e) => e.kind === "liquidity-shortfall");
  const debtShare = N.isPositive(st.cumCapex) ? Math.min(1, N.ratio(st.cumBorrow, st.cumCapex)) : 0;
  const internalShare = N.isPositive(st.cumCapex) ? capRatio(N.ratio(st.cumGroupCfo, st.cumCapex)) : RATIO_CAP;
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
    internalFundingShare: internalShare,
    borrowedPayoutShare: N.isPositive(st.cumPayouts) ? Math.min(1, N.ratio(st.cumBorrowedPayouts, st.cumPayouts)) : 0,
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
    verdict: verdictOf(internalShare),
    // lenders count as repaid when they lost less than a thousand dollars (float noise is not a loss)
    repaidYetNoProfit: N.toNumber(st.lossCum) < MIN_DRAW && !N.isPositive(npv),
  };
}
