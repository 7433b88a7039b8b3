/**
 * The income statement and the treasurer's cash waterfall (MODEL.md, "Income statement" and "Financing
 * policy"). Cash after operations, rent, interest, tax, maturities and other financing outflows pays for the
 * capacity plan and for payouts (a share of free cash flow). With markets open, bonds are issued in benchmark
 * sizes whenever the cash left would fall short of the liquidity target once the planned spending of the
 * pre-funding horizon is counted, so maturities are rolled at the rate of the day; above the leverage ceiling
 * lenders ration the sponsor as if markets were closed. Closed, capex is cut to cash above the floor, maturities
 * that cannot be rolled are a refinancing failure, and a shortfall below the floor is borrowed in emergency.
 */
import { logEvent } from "./event-log.js";
import { addTranche } from "./financing.js";
import { planCapacity } from "./investment.js";
import { MIN_AMOUNT, MIN_DRAW } from "./limits.js";
import { RATIO_CAP } from "./ratios.js";
import { signLeases } from "./leases.js";
import type { RunState } from "./state.js";

/** Phase: the sponsor's income statement of the quarter. */
export function incomeStatement<T>(st: RunState<T>): void {
  const N = st.N;
  const q = st.q;
  // rent on GPU leases booked as finance leases is interest and principal, not an operating cost; the
  // right-of-use asset is carried at the liability, so its amortisation is the principal repaid
  const financeRent = N.add(q.vehicleLeaseInterest, q.vehicleLeasePrincipal);
  q.rent = N.add(N.sub(q.vehicleRent, financeRent), q.leaseOperatingPaid);
  q.interest = N.add(N.add(N.add(q.bondInterest, q.consInterest), q.leaseFinanceInterest), q.vehicleLeaseInterest);
  q.ebitdar = N.sub(N.add(N.sub(q.coreRevenue, q.coreCosts), q.aiRevenue), q.aiOpex);
  q.ebitda = N.sub(q.ebitdar, q.rent);
  q.depreciation = N.add(N.add(N.add(q.gpuDep, q.shellDep), q.leaseFinanceAmortisation), q.vehicleLeasePrincipal);
  q.operatingIncome = N.sub(N.sub(q.ebitda, q.depreciation), q.impairment);
  q.pretax = N.sub(N.sub(N.sub(N.sub(q.operatingIncome, q.interest), q.spvSupport), q.rvgPaid), q.consolidationLoss);
  q.tax = N.isPositive(q.pretax) ? N.scale(q.pretax, st.s.sponsor.taxRate) : N.zero;
  q.netIncome = N.sub(q.pretax, q.tax);
}

/** Adjusted debt ÷ last quarter's annualised EBITDAR, as the agencies count leverage (infinite with EBITDAR gone). */
function leverageNow<T>(st: RunState<T>): number {
  const N = st.N;
  if (st.prevEbitdarAnnual > 0) return N.toNumber(st.lastAdjusted) / st.prevEbitdarAnnual;
  return N.isPositive(st.lastAdjusted) ? Number.POSITIVE_INFINITY : 0;
}

/** Phase: cash available, the capacity plan priced and split, payouts, bonds. */
export function cashWaterfall<T>(st: RunState<T>): void {
  const N = st.N;
  const s = st.s;
  const q = st.q;
  const c = st.c;
  const t = q.t;
  const revenue = N.add(q.coreRevenue, q.aiRevenue);
  q.coreOperating = N.sub(q.coreRevenue, q.coreCosts);
  q.aiOperating = N.sub(q.aiRevenue, q.aiOpex);
  q.nonCash = N.scale(revenue, s.core.nonCashShare);
  q.otherOutflows = N.scale(revenue, s.treasury.otherOutflowShare);
  // operating cash flow: EBITDA after interest and tax, non-cash costs added back, support and guarantees paid
  q.cfo = N.sub(N.sub(N.add(N.sub(N.sub(q.ebitda, q.interest), q.tax), q.nonCash), q.spvSupport), q.rvgPaid);
  const avail = N.sub(
    N.add(N.add(st.cash, q.cfo), q.consolidationNet),
    N.add(N.add(N.add(N.add(q.maturities, q.consPrincipal), q.leaseFinancePrincipal), q.vehicleLeasePrincipal), q.otherOutflows),
  );
  q.avail = avail;
  planCapacity(st);

  // leverage as the agencies see it; above the ceiling, or with EBITDAR gone, lenders ration the sponsor
  const leverage = leverageNow(st);
  const rationed = !st.frozen && leverage > s.sponsor.maxLeverage;
  if (rationed && !st.wasRationed) logEvent(st, t, "credit-rationed", Math.min(leverage, RATIO_CAP));
  st.wasRationed = rationed;
  const closed = st.frozen || rationed;
  // vehicles draw only while lenders fund them; draws below a thousand dollars are not worth a vehicle
  const campusCost = s.financing.campusShare * q.wantShellGw * c.shellCostPerGw;
  const gpuVehicleCost = s.financing.gpuShare * q.wantGpuGw * c.gpuCostPerGw;
  q.campusShare = closed || t < st.campusCooldownUntil || campusCost < MIN_DRAW ? 0 : s.financing.campusShare;
  q.gpuVehicleShare = closed || t < st.gpuCooldownUntil || gpuVehicleCost < MIN_DRAW ? 0 : s.financing.gpuShare;
  signLeases(st);

  // the sponsor's own build; in the first year, the guidance given with the opening results sets its size
  let ownGpuCost = (1 - q.gpuVehicleShare) * q.wantGpuGw * c.gpuCostPerGw;
  let ownShellCost = Math.max(0, 1 - q.campusShare - s.leases.shellShare) * q.wantShellGw * c.shellCostPerGw;
  const guidance = s.investment.guidanceAnnual;
  if (guidance > 0 && t < 4) {
    const target = Math.max(0, guidance / 4 - N.toNumber(q.leaseFinancePrincipal));
    const planned = ownGpuCost + ownShellCost;
    const gpuPart = planned > 0 ? ownGpuCost / planned : s.gpu.costShare;
    ownGpuCost = target * gpuPart;
    ownShellCost = target * (1 - gpuPart);
    // the plan's GW follow its cost, so the cohorts match what is spent
    q.wantGpuGw = q.gpuVehicleShare < 1 ? ownGpuCost / c.gpuCostPerGw / (1 - q.gpuVehicleShare) : q.wantGpuGw;
    const ownShellShare = Math.max(0, 1 - q.campusShare - s.leases.shellShare);
    if (ownShellShare > 0) q.wantShellGw = ownShellCost / c.shellCostPerGw / ownShellShare;
  }
  // amounts under a dollar are not bought (so that the Decimal ledger and the float path agree on cohorts)
  const gpuPlan = ownGpuCost >= MIN_AMOUNT ? N.from(ownGpuCost) : N.zero;
  const shellPlan = ownShellCost >= MIN_AMOUNT ? N.from(ownShellCost) : N.zero;
  const planned = N.add(gpuPlan, shellPlan);
  let capex = planned;
  let gpuCapex = gpuPlan;
  let shellCapex = shellPlan;
  let bondsIssued = N.zero;
  let issueRate =
    q.rate + s.sponsor.bondSpreadAnnual + s.sponsor.spreadPerLeverage * Math.max(0, Math.min(leverage, 20) - s.sponsor.leverageThreshold);

  // payouts: a share of free cash flow, smoothed over the last four quarters (this one included, as planned)
  const leasePrincipal = N.add(q.leaseFinancePrincipal, q.vehicleLeasePrincipal);
  const fcf = N.sub(N.sub(q.cfo, planned), leasePrincipal);
  const ring = st.fcfRing;
  if (t === 0) ring.fill(fcf); // the opening quarter stands for the year before it
  else ring[t % 4] = fcf;
  const fcfAvg = N.divInt(N.add(N.add(ring[0]!, ring[1]!), N.add(ring[2]!, ring[3]!)), 4);
  let payouts = N.scale(N.max(N.zero, fcfAvg), s.treasury.payoutShare);
  const target = N.max(c.cashFloor, N.scale(planned, s.treasury.liquidityQuarters));
  if (!closed) {
    // what the pre-funding horizon will need beyond its operating cash flow, at this quarter's run-rate
    const horizonGap = N.scale(N.max(N.zero, N.sub(N.add(N.add(planned, payouts), q.otherOutflows), N.sub(q.cfo, q.vehicleLeasePrincipal))), s.treasury.prefundQuarters);
    const after = N.sub(N.sub(N.sub(avail, capex), payouts), horizonGap);
    // a shortfall under a thousand dollars is none: after an issue cash sits on the target, and float noise
    // around it must not decide whether the next quarter issues a benchmark bond
    const need = N.sub(target, after);
    if (N.toNumber(need) >= MIN_DRAW) {
      bondsIssued = N.toNumber(need) < s.treasury.minIssue ? N.from(s.treasury.minIssue) : need;
    }
  } else {
    // maturing debt that cash above the floor cannot repay would have been rolled over: refused now
    const due = N.add(q.maturities, q.consPrincipal);
    const unrolled = N.min(due, N.sub(c.cashFloor, avail));
    if (N.isPositive(due) && N.toNumber(unrolled) >= MIN_AMOUNT && !st.freezeReported) {
      st.freezeReported = true;
      logEvent(st, t, "refinancing-failure", N.toNumber(unrolled));
    }
    const spendable = N.max(N.zero, N.sub(avail, c.cashFloor));
    if (N.lt(spendable, planned)) {
      // cash above the floor only: GPUs first, then shells
      capex = spendable;
      gpuCapex = N.min(gpuPlan, capex);
      shellCapex = N.sub(capex, gpuCapex);
    }
    payouts = N.min(payouts, N.max(N.zero, N.sub(N.sub(avail, capex), c.cashFloor)));
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
    addTranche(st, bondsIssued, issueRate, t + term, term);
  }
  // equity: net income, less payouts and other financing outflows, plus the non-cash costs credited to equity
  st.equity = N.sub(N.add(N.sub(N.add(st.equity, q.netIncome), payouts), q.nonCash), q.otherOutflows);
  const ownFcf = N.sub(N.sub(q.cfo, capex), leasePrincipal);
  q.borrowedPayouts = N.min(payouts, N.min(bondsIssued, N.max(N.zero, N.sub(payouts, N.max(N.zero, ownFcf)))));
  q.gpuPlan = gpuPlan;
  q.shellPlan = shellPlan;
  q.capex = capex;
  q.gpuCapex = gpuCapex;
  q.shellCapex = shellCapex;
  q.ownCapex = N.add(capex, q.leaseFinancePrincipal);
  q.bondsIssued = bondsIssued;
  q.payouts = payouts;
  q.issueRate = issueRate;
}
