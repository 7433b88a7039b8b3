/**
 * The income statement and the cash waterfall (MODEL.md, "Funding waterfall"): the sponsor's cash after
 * operations, rent, interest, tax and maturities pays for the capacity plan and payouts; markets open, bonds
 * restore the cash floor; markets closed (a freeze, or rationing above the leverage limit), capex is cut to
 * cash, maturities that cannot be rolled are a refinancing failure and a shortfall is borrowed in emergency.
 */
import { logEvent } from "./event-log.js";
import { addTranche } from "./financing.js";
import { planCapacity } from "./investment.js";
import { MIN_AMOUNT, MIN_DRAW } from "./limits.js";
import { RATIO_CAP } from "./ratios.js";
import type { RunState } from "./state.js";

/** Phase: the sponsor's income statement of the quarter. */
export function incomeStatement<T>(st: RunState<T>): void {
  const N = st.N;
  const q = st.q;
  q.interest = N.add(q.bondInterest, q.consInterest);
  q.ebitda = N.sub(N.sub(N.add(N.sub(q.coreRevenue, q.coreCosts), q.aiRevenue), q.aiOpex), q.leaseExpense);
  q.depreciation = N.add(q.gpuDep, q.shellDep);
  q.pretax = N.sub(
    N.sub(N.sub(N.sub(N.sub(N.sub(q.ebitda, q.depreciation), q.impairment), q.interest), q.spvSupport), q.rvgPaid),
    q.consolidationLoss,
  );
  q.tax = N.isPositive(q.pretax) ? N.scale(q.pretax, st.s.sponsor.taxRate) : N.zero;
  q.netIncome = N.sub(q.pretax, q.tax);
}

/** Leverage as the market sees it: reported debt ÷ last quarter's annualised EBITDA (infinite with EBITDA gone). */
function leverageNow<T>(st: RunState<T>): number {
  const N = st.N;
  if (st.prevEbitdaAnnual > 0) return N.toNumber(st.lastReported) / st.prevEbitdaAnnual;
  return N.isPositive(st.lastReported) ? Number.POSITIVE_INFINITY : 0;
}

/** Phase: cash available, the capacity plan priced and split between the sponsor and vehicles, payouts, bonds. */
export function cashWaterfall<T>(st: RunState<T>): void {
  const N = st.N;
  const s = st.s;
  const q = st.q;
  const c = st.c;
  const t = q.t;
  q.coreOperating = N.sub(q.coreRevenue, q.coreCosts);
  q.aiOperating = N.sub(q.aiRevenue, q.aiOpex);
  const avail = N.sub(
    N.add(
      N.sub(
        N.sub(N.sub(N.sub(N.sub(N.add(N.add(st.cash, q.coreOperating), q.aiOperating), q.leaseExpense), q.interest), q.tax), q.spvSupport),
        q.rvgPaid,
      ),
      q.consolidationNet,
    ),
    N.add(q.maturities, q.consPrincipal),
  );
  q.avail = avail;
  planCapacity(st);
  // SPV draws below a thousand dollars are not worth a vehicle: build on balance sheet instead
  const offBalance = s.financing.offBalanceShare * (q.wantGpuGw * c.gpuCostPerGw + q.wantShellGw * c.shellCostPerGw) >= MIN_DRAW;
  // above the leverage limit, or with EBITDA gone, lenders ration the sponsor just as if markets were closed
  const leverage = leverageNow(st);
  const rationed = !st.frozen && leverage > s.sponsor.maxLeverage;
  if (rationed && !st.wasRationed) logEvent(st, t, "credit-rationed", Math.min(leverage, RATIO_CAP));
  st.wasRationed = rationed;
  const closed = st.frozen || rationed;
  const spvShare = closed || !offBalance ? 0 : s.financing.offBalanceShare;
  q.spvShare = spvShare;
  // amounts under a dollar are not bought (so that the Decimal ledger and the float path agree on cohorts)
  const ownGpuCost = (1 - spvShare) * q.wantGpuGw * c.gpuCostPerGw;
  const ownShellCost = (1 - spvShare) * q.wantShellGw * c.shellCostPerGw;
  const gpuPlan = ownGpuCost >= MIN_AMOUNT ? N.from(ownGpuCost) : N.zero;
  const shellPlan = ownShellCost >= MIN_AMOUNT ? N.from(ownShellCost) : N.zero;
  const planned = N.add(gpuPlan, shellPlan);
  const minCash = c.minCash;
  let capex = planned;
  let gpuCapex = gpuPlan;
  let shellCapex = shellPlan;
  let bondsIssued = N.zero;
  let payouts: T;
  const positiveNi = N.isPositive(q.netIncome) ? q.netIncome : N.zero;
  let issueRate =
    q.rate + s.sponsor.bondSpreadAnnual + s.sponsor.spreadPerLeverage * Math.max(0, Math.min(leverage, 20) - s.sponsor.leverageThreshold);
  if (!closed) {
    payouts = N.min(N.scale(positiveNi, s.sponsor.payoutRatio), N.max(N.zero, N.sub(N.sub(avail, capex), minCash)));
    const after = N.sub(N.sub(avail, capex), payouts);
    if (N.lt(after, minCash)) bondsIssued = N.sub(minCash, after);
  } else {
    // maturing debt that cash above the floor cannot repay would have been rolled over: refused now
    const due = N.add(q.maturities, q.consPrincipal);
    const unrolled = N.min(due, N.sub(minCash, avail));
    if (N.isPositive(due) && N.toNumber(unrolled) >= MIN_AMOUNT && !st.freezeReported) {
      st.freezeReported = true;
      logEvent(st, t, "refinancing-failure", N.toNumber(unrolled));
    }
    if (N.lt(avail, planned)) {
      // cash only: GPUs first, then shells
      capex = N.max(N.zero, avail);
      gpuCapex = N.min(gpuPlan, capex);
      shellCapex = N.sub(capex, gpuCapex);
    }
    payouts = N.min(N.scale(positiveNi, s.sponsor.payoutRatio), N.max(N.zero, N.sub(N.sub(avail, capex), minCash)));
    const after = N.sub(N.sub(avail, capex), payouts);
    if (N.toNumber(after) <= -MIN_AMOUNT) {
      bondsIssued = N.sub(N.zero, after);
      issueRate += s.credit.freezePremiumAnnual;
      logEvent(st, t, "liquidity-shortfall", N.toNumber(bondsIssued));
    }
  }
  st.cash = N.add(N.sub(N.sub(avail, capex), payouts), bondsIssued);
  if (N.isPositive(bondsIssued)) {
    const term = closed ? 4 : s.sponsor.newBondTermQuarters;
    addTranche(st, bondsIssued, issueRate, t + term, term, true);
  }
  st.equity = N.sub(N.add(st.equity, q.netIncome), payouts);
  q.gpuPlan = gpuPlan;
  q.shellPlan = shellPlan;
  q.capex = capex;
  q.gpuCapex = gpuCapex;
  q.shellCapex = shellCapex;
  q.bondsIssued = bondsIssued;
  q.payouts = payouts;
  q.issueRate = issueRate;
}
