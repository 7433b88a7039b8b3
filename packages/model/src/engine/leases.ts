/**
 * The sponsor's third-party leases in the quarter (MODEL.md, "Leases"): leases due commence at the incremental
 * borrowing rate of the day (the base rate plus the sponsor's bond spread), commenced ones accrue and are paid;
 * new leases are signed for the share of new shell capacity the sponsor leases rather than builds.
 */
import type { LeaseFlows } from "./lease-book.js";
import type { RunState } from "./state.js";

const flows: LeaseFlows<unknown> = {
  operatingPaid: 0,
  financeInterest: 0,
  financePrincipal: 0,
  financeAmortisation: 0,
  newLeasesPaid: 0,
  gwCommenced: 0,
  gwEnded: 0,
};

/** Phase: commencements, interest and payments of the third-party leases; leased shell space follows. */
export function serviceLeases<T>(st: RunState<T>): void {
  const q = st.q;
  const out = flows as LeaseFlows<T>;
  st.leases.step(q.t, (q.rate + st.s.sponsor.bondSpreadAnnual) / 4, out);
  q.leaseOperatingPaid = out.operatingPaid;
  q.leaseFinanceInterest = out.financeInterest;
  q.leaseFinancePrincipal = out.financePrincipal;
  q.leaseFinanceAmortisation = out.financeAmortisation;
  q.newLeasesPaid = out.newLeasesPaid;
  st.leasedShellGw += out.gwCommenced - out.gwEnded;
  if (out.gwEnded > 0) q.liveChanged = true;
}

/**
 * ASC 842's classification test: a lease for the major part (75% or more) of the asset's economic life is a
 * finance lease; otherwise an operating lease.
 */
export function isFinanceLease(termQuarters: number, assetLifeQuarters: number): boolean {
  return termQuarters >= 0.75 * assetLifeQuarters;
}

/** New leases for the leased share of this quarter's shell plan, commencing `leases.commencementQuarters` on. */
export function signLeases<T>(st: RunState<T>): void {
  const N = st.N;
  const s = st.s;
  const q = st.q;
  const gw = q.wantShellGw * s.leases.shellShare;
  if (gw <= 0 || s.leases.rentYieldAnnual <= 0) return;
  q.leaseShellGw = gw;
  const payment = N.from((gw * st.c.shellCostPerGw * s.leases.rentYieldAnnual) / 4);
  st.leases.sign(q.t + s.leases.commencementQuarters, s.leases.termQuarters, payment, gw, isFinanceLease(s.leases.termQuarters, s.gpu.shellLifeQuarters));
}
