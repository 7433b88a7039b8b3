/**
 * The quarter's measures (MODEL.md, "Measures"): reported, hidden and total debt, capex and borrowing, Minsky
 * classes, cover ratios, book against economic value of GPUs, debt on obsolete GPUs, the sponsor's AI cash
 * flow and return, and the running totals the summary reads.
 */
import { logEvent } from "./event-log.js";
import { RATIO_CAP, capRatio, minsky } from "./ratios.js";
import type { RunState } from "./state.js";

/** Phase: lenders fund the bonds issued this quarter. */
export function lendBonds<T>(st: RunState<T>): void {
  const N = st.N;
  const issued = st.q.bondsIssued;
  if (N.isPositive(issued)) {
    st.lentCum = N.add(st.lentCum, issued);
    st.lenderEquity = N.add(st.lenderEquity, issued);
  }
}

/** Phase: the quarter's measures, and the running totals and peaks. */
export function measureQuarter<T>(st: RunState<T>): void {
  const N = st.N;
  const q = st.q;
  const t = q.t;
  let spvCash = N.zero;
  let guarantees = N.zero;
  let dealsActive = 0;
  for (const v of st.vehicles) {
    if (v.status !== "active") continue;
    dealsActive++;
    if (N.isPositive(v.cash)) spvCash = N.add(spvCash, v.cash);
    guarantees = N.add(guarantees, N.min(v.debt, v.rvgCap));
  }
  q.spvCash = spvCash;
  q.guarantees = guarantees;
  q.dealsActive = dealsActive;
  st.consolidatedDebtEnd = st.consolidatedOut;
  const reportedDebt = N.add(st.bondsOut, st.consolidatedOut);
  const hiddenDebt = st.spvDebtOut;
  const totalDebt = N.add(reportedDebt, hiddenDebt);
  q.reportedDebt = reportedDebt;
  q.hiddenDebt = hiddenDebt;
  q.totalDebt = totalDebt;
  q.totalCapex = N.add(q.capex, q.spvCapex);
  q.newBorrowing = N.add(q.bondsIssued, q.spvDebtDrawn);
  st.cumCapex = N.add(st.cumCapex, q.totalCapex);
  st.cumCfo = N.add(st.cumCfo, N.sub(N.sub(N.sub(N.add(q.coreOperating, q.aiOperating), q.leaseExpense), q.interest), q.tax));
  st.cumBorrow = N.add(st.cumBorrow, q.newBorrowing);
  const borrowShareCum = N.isPositive(st.cumCapex) ? Math.min(1, N.ratio(st.cumBorrow, st.cumCapex)) : 0;

  q.cfoBeforeInterest = N.sub(q.ebitda, q.tax);
  q.principalDue = N.add(q.amortEquiv, q.consPrincipal);
  q.minskySponsor = minsky(N, q.cfoBeforeInterest, q.interest, q.principalDue);
  const aiInterest = N.add(N.add(q.aiBondInterest, q.consInterest), q.leaseExpense);
  q.minskyAi = minsky(N, q.aiOperating, aiInterest, N.add(q.aiAmortEquiv, q.consPrincipal));
  if (q.minskyAi === "ponzi") st.ponziAi++;
  if (q.minskySponsor === "ponzi") {
    st.ponziSponsor++;
    if (!st.sponsorPonzi) logEvent(st, t, "interest-not-covered", 0, N.toNumber(q.interest));
    st.sponsorPonzi = true;
  } else st.sponsorPonzi = false;
  // negative EBITDA covers none of the interest: floor at 0 so that more interest never reads as better cover
  q.interestCover = N.isPositive(q.interest) ? capRatio(Math.max(0, N.ratio(q.ebitda, q.interest))) : RATIO_CAP;
  const debtService = N.add(q.interest, q.principalDue);
  q.dscr = N.isPositive(debtService) ? capRatio(N.ratio(q.cfoBeforeInterest, debtService)) : RATIO_CAP;
  q.spvDscr = N.isPositive(q.spvServiceTotal) ? capRatio(N.ratio(q.leaseExpense, q.spvServiceTotal)) : RATIO_CAP;
  if (q.interestCover < st.minCover) st.minCover = q.interestCover;

  // economic value of GPUs: straight line over the economic life, zero once retired
  let gpuEconNum = 0;
  const live = st.live;
  for (let j = 0; j < live.length; j++) {
    const b = live.book[j]!;
    const i = live.index[j]!;
    if (b.own) gpuEconNum += b.costNum[i]! * Math.max(0, 1 - (t - b.vintage[i]!) / st.econLife);
  }
  st.gpuEconNum = gpuEconNum;
  q.gpuEconomic = N.from(gpuEconNum);
  q.bookMinusEconomic = N.sub(st.gpuBook.nbv, q.gpuEconomic);
  if (N.gt(q.bookMinusEconomic, st.peakGap)) st.peakGap = q.bookMinusEconomic;
  // debt on obsolete GPUs: the SPVs' debt up to their obsolete GPUs' book value, plus the sponsor's obsolete
  // book value times the share of its capex funded by borrowing (computed only when frames are recorded)
  q.obsoleteGpuDebt = N.zero;
  if (st.detail) {
    let obsoleteNbvNum = 0;
    const book = st.gpuBook;
    for (let i = 0; i < book.count; i++) if (book.retired[i] && !book.impaired[i]) obsoleteNbvNum += book.bookValueNum(i, t);
    let spvObsoleteDebtNum = 0;
    for (const v of st.vehicles) {
      if (v.status !== "active") continue;
      let obs = 0;
      const g = v.gpus;
      for (let i = 0; i < g.count; i++) if (g.retired[i]) obs += g.bookValueNum(i, t);
      if (obs > 0) spvObsoleteDebtNum += Math.min(N.toNumber(v.debt), obs);
    }
    q.obsoleteGpuDebt = N.from(Math.min(N.toNumber(totalDebt), obsoleteNbvNum * borrowShareCum + spvObsoleteDebtNum));
  }

  q.aiCashFlow = N.sub(
    N.sub(N.sub(N.sub(N.sub(N.sub(q.aiOperating, q.leaseExpense), q.capex), q.rvgPaid), q.spvSupport), N.add(q.consInterest, q.consPrincipal)),
    N.sub(N.zero, q.consolidationNet),
  );
  st.cumAiCash = N.add(st.cumAiCash, q.aiCashFlow);
  st.npv = N.add(st.npv, N.scale(q.aiCashFlow, st.c.discountAt[t]!));
  const aiAssets = N.add(st.gpuBook.nbv, st.shellBook.nbv);
  const aiProfit = N.sub(N.sub(N.sub(N.sub(q.aiOperating, q.leaseExpense), q.depreciation), q.impairment), N.add(q.consInterest, q.rvgPaid));
  q.returnOnCapital = N.isPositive(aiAssets) ? capRatio(4 * N.ratio(aiProfit, aiAssets)) : 0;

  if (N.gt(hiddenDebt, st.peakHidden)) {
    st.peakHidden = hiddenDebt;
    st.peakHiddenQ = q.label;
  }
  if (N.gt(reportedDebt, st.peakReported)) st.peakReported = reportedDebt;
  if (N.gt(totalDebt, st.peakTotal)) st.peakTotal = totalDebt;
  st.lastTotal = totalDebt;
  st.lastReported = reportedDebt;
  st.rvgCum = N.add(st.rvgCum, q.rvgPaid);
  st.prevOccupancy = q.occupancy;
  st.prevEbitdaAnnual = 4 * N.toNumber(q.ebitda);
}
