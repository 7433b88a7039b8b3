/**
 * The quarter's measures (MODEL.md, "Measures"): debt as the sponsor reports it, as the agencies adjust it
 * (leases added), and what no liability on its balance sheet represents (hidden); capex and borrowing, Minsky
 * classes, cover ratios, book against economic value of GPUs, debt on obsolete GPUs, the sponsor's AI cash flow
 * and return, and the running totals the summary reads.
 */
import { annuityFactor } from "./lease-book.js";
import { economicValue } from "./fleet.js";
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

/**
 * The sponsor's liabilities for vehicle leases (ASC 842): for every commenced lease, the fixed rent of the
 * current term discounted at the sponsor's borrowing rate when that term commenced, plus the residual value guarantee once a payment is
 * probable (the lease ends within a year and the shells are not full enough to renew). Also the guarantees'
 * maximum exposure and the rent still owed, for the horizon value.
 */
function vehicleLeaseLiabilities<T>(st: RunState<T>): void {
  const N = st.N;
  const s = st.s;
  const q = st.q;
  const t = q.t;
  let liabilities = N.zero;
  let guarantees = N.zero;
  let accrued = N.zero;
  let hidden = N.zero;
  let commitments = N.zero;
  let spvCash = N.zero;
  let dealsActive = 0;
  for (const v of st.vehicles) {
    if (v.status === "building") {
      dealsActive++;
      hidden = N.add(hidden, v.debt);
      // the lease is signed and commences on completion: its fixed rent of the initial term, undiscounted
      const serviceFull = N.scale(v.debt, (v.coupon / 4 + 1 / v.term) * s.spv.sizingDscr);
      commitments = N.add(commitments, N.scale(N.scale(serviceFull, 1 - s.spv.leaseVariableShare), s.spv.leaseTermQuarters));
      guarantees = N.add(guarantees, N.min(v.debt, v.rvgCap));
      continue;
    }
    if (v.status !== "active") continue;
    dealsActive++;
    if (N.isPositive(v.cash)) spvCash = N.add(spvCash, v.cash);
    const remaining = Math.max(0, v.leaseEnd - t);
    let liability = N.scale(v.rentFixed, annuityFactor(remaining, v.leaseRateQ));
    const cap = N.min(v.debt, v.rvgCap);
    guarantees = N.add(guarantees, cap);
    if (v.kind === "campus" && remaining <= 4 && st.prevOccupancy < s.spv.renewalUtilisation) {
      const residual = N.add(N.scale(v.nbv, s.spv.vacantValueShare), v.cash);
      const probable = N.min(cap, N.max(N.zero, N.sub(v.debt, residual)));
      accrued = N.add(accrued, probable);
      liability = N.add(liability, probable);
    }
    liabilities = N.add(liabilities, liability);
    hidden = N.add(hidden, N.max(N.zero, N.sub(v.debt, liability)));
  }
  q.vehicleLeaseLiabilities = liabilities;
  q.guarantees = guarantees;
  q.rvgAccrued = accrued;
  q.hiddenDebt = hidden;
  q.commitments = N.add(st.leases.commitments, commitments);
  q.spvCash = spvCash;
  q.dealsActive = dealsActive;
}

/**
 * Phase: the measures every run needs: debt as reported, adjusted and hidden (what Monte Carlo records and the
 * treasury's leverage reads next quarter), the sponsor's Minsky class (its "interest not covered" event), and
 * what the next quarter reads of this one. The rest is {@link measureDetail}, which only a recorder of frames
 * asks for.
 */
export function measureQuarter<T>(st: RunState<T>): void {
  const N = st.N;
  const q = st.q;
  const t = q.t;
  vehicleLeaseLiabilities(st);
  q.longTermDebt = st.bondsOut;
  q.reportedDebt = N.add(st.bondsOut, st.consolidatedOut);
  q.leaseLiabilities = N.add(N.add(st.leases.operatingLiability, st.leases.financeLiability), q.vehicleLeaseLiabilities);
  q.adjustedDebt = N.add(q.reportedDebt, q.leaseLiabilities);
  q.totalDebt = N.add(q.adjustedDebt, q.hiddenDebt);

  q.cfoBeforeInterest = N.sub(q.ebitda, q.tax);
  q.principalDue = N.add(N.add(N.add(q.amortEquiv, q.consPrincipal), q.leaseFinancePrincipal), q.vehicleLeasePrincipal);
  q.minskySponsor = minsky(N, q.cfoBeforeInterest, q.interest, q.principalDue);
  if (q.minskySponsor === "ponzi") {
    st.ponziSponsor++;
    if (!st.sponsorPonzi) logEvent(st, t, "interest-not-covered", 0, N.toNumber(q.interest));
    st.sponsorPonzi = true;
  } else st.sponsorPonzi = false;

  st.lastTotal = q.totalDebt;
  st.lastAdjusted = q.adjustedDebt;
  st.prevOccupancy = q.occupancy;
  st.prevEbitdarAnnual = 4 * N.toNumber(q.ebitdar);
}

/**
 * The measures only frames and the summary read: capex and borrowing, the AI Minsky class, cover ratios, book
 * against economic value of GPUs, debt on obsolete GPUs, the sponsor's AI cash flow and return, and the running
 * totals and peaks. Called by the recorder that keeps frames (`FrameRecorder`), after {@link measureQuarter} of
 * the same quarter; a Monte Carlo path, which records three debt series, skips it.
 */
export function measureDetail<T>(st: RunState<T>): void {
  const N = st.N;
  const s = st.s;
  const q = st.q;
  const t = q.t;
  st.consolidatedDebtEnd = st.consolidatedOut;
  q.spvDebt = st.spvDebtOut;
  q.totalCapex = N.add(q.capex, q.spvCapex);
  q.newBorrowing = N.add(q.bondsIssued, q.spvDebtDrawn);
  st.cumCapex = N.add(st.cumCapex, q.totalCapex);
  st.cumBorrow = N.add(st.cumBorrow, q.newBorrowing);
  st.cumOwnCapex = N.add(st.cumOwnCapex, q.capex);
  st.cumBondsIssued = N.add(st.cumBondsIssued, q.bondsIssued);
  st.cumPayouts = N.add(st.cumPayouts, q.payouts);
  st.cumBorrowedPayouts = N.add(st.cumBorrowedPayouts, q.borrowedPayouts);
  // the group (sponsor and vehicles as one): rent to vehicles is internal, their interest is the group's
  q.groupCfo = N.sub(N.add(N.sub(q.cfo, q.vehicleLeasePrincipal), q.vehicleRent), q.spvInterest);
  st.cumGroupCfo = N.add(st.cumGroupCfo, q.groupCfo);

  const aiService = N.add(N.add(q.vehicleRent, q.consInterest), q.leaseOperatingPaid);
  q.minskyAi = minsky(N, q.aiOperating, aiService, q.consPrincipal);
  if (q.minskyAi === "ponzi") st.ponziAi++;
  // negative EBITDA covers none of the interest: floor at 0 so that more interest never reads as better cover
  q.interestCover = N.isPositive(q.interest) ? capRatio(Math.max(0, N.ratio(q.ebitda, q.interest))) : RATIO_CAP;
  const fixedCharges = N.add(q.interest, q.rent);
  q.ebitdarCover = N.isPositive(fixedCharges) ? capRatio(Math.max(0, N.ratio(q.ebitdar, fixedCharges))) : RATIO_CAP;
  const ebitdarAnnual = 4 * N.toNumber(q.ebitdar);
  q.adjustedLeverage = ebitdarAnnual > 0 ? capRatio(N.toNumber(q.adjustedDebt) / ebitdarAnnual) : N.isPositive(q.adjustedDebt) ? RATIO_CAP : 0;
  const ffoAnnual = 4 * N.toNumber(N.add(N.sub(N.sub(q.ebitda, q.interest), q.tax), q.nonCash));
  q.ffoToAdjustedDebt = N.isPositive(q.adjustedDebt) ? capRatio(ffoAnnual / N.toNumber(q.adjustedDebt)) : RATIO_CAP;
  const debtService = N.add(q.interest, q.principalDue);
  q.dscr = N.isPositive(debtService) ? capRatio(N.ratio(q.cfoBeforeInterest, debtService)) : RATIO_CAP;
  q.spvDscr = N.isPositive(q.spvServiceTotal) ? capRatio(N.ratio(q.vehicleRent, q.spvServiceTotal)) : RATIO_CAP;
  if (q.interestCover < st.minCover) st.minCover = q.interestCover;

  // economic value of the sponsor's GPUs in service; zero once out of service
  let gpuEconNum = 0;
  const live = st.live;
  const inference = s.gpu.inferenceLifeQuarters;
  for (let j = live.head; j < live.end; j++) {
    const b = live.book[j]!;
    if (!b.own) continue;
    const i = live.index[j]!;
    gpuEconNum += economicValue(b.gross[i]!, t - b.vintage[i]!, st.econLife, inference);
  }
  st.gpuEconNum = gpuEconNum;
  q.gpuEconomic = N.from(gpuEconNum);
  q.bookMinusEconomic = N.sub(st.gpuBook.nbv, q.gpuEconomic);
  if (N.gt(q.bookMinusEconomic, st.peakGap)) st.peakGap = q.bookMinusEconomic;
  // debt on obsolete GPUs: each vehicle's debt up to its obsolete GPUs' book value, plus the sponsor's GPUs past
  // their training life times the share of its own build it funded with bonds
  let obsoleteOwn = 0;
  for (let j = live.head; j < live.end; j++) {
    const b = live.book[j]!;
    const i = live.index[j]!;
    if (b.own && t - b.vintage[i]! >= st.econLife) obsoleteOwn += b.bookValueNum(i, t);
  }
  const ownBorrowShare = N.isPositive(st.cumOwnCapex) ? Math.min(1, N.ratio(st.cumBondsIssued, st.cumOwnCapex)) : 0;
  let vehicleObsolete = 0;
  for (const v of st.vehicles) {
    if (v.status !== "active") continue;
    const g = v.gpus;
    let obs = 0;
    for (let i = 0; i < g.count; i++) if (!g.retired[i] && t - g.vintage[i]! >= st.econLife) obs += g.bookValueNum(i, t);
    if (obs > 0) vehicleObsolete += Math.min(N.toNumber(v.debt), obs);
  }
  q.obsoleteGpuDebt = N.from(Math.min(N.toNumber(q.totalDebt), obsoleteOwn * ownBorrowShare + vehicleObsolete));

  q.aiCashFlow = N.sub(
    N.sub(
      N.sub(N.sub(N.sub(N.sub(N.sub(q.aiOperating, q.vehicleRent), q.newLeasesPaid), q.capex), q.rvgPaid), q.spvSupport),
      N.add(q.consInterest, q.consPrincipal),
    ),
    N.sub(N.zero, q.consolidationNet),
  );
  st.cumAiCash = N.add(st.cumAiCash, q.aiCashFlow);
  st.npv = N.add(st.npv, N.scale(q.aiCashFlow, st.c.discountAt[t]!));
  const aiAssets = N.add(st.gpuBook.nbv, st.shellBook.nbv);
  const aiProfit = N.sub(N.sub(N.sub(N.sub(N.sub(q.aiOperating, q.vehicleRent), q.newLeasesPaid), q.depreciation), q.impairment), N.add(q.consInterest, q.rvgPaid));
  q.returnOnCapital = N.isPositive(aiAssets) ? capRatio(4 * N.ratio(aiProfit, aiAssets)) : 0;

  if (N.gt(q.hiddenDebt, st.peakHidden)) {
    st.peakHidden = q.hiddenDebt;
    st.peakHiddenQ = q.label;
  }
  if (N.gt(q.reportedDebt, st.peakReported)) st.peakReported = q.reportedDebt;
  if (N.gt(q.totalDebt, st.peakTotal)) st.peakTotal = q.totalDebt;
  st.rvgCum = N.add(st.rvgCum, q.rvgPaid);
}
