/**
 * Investment (MODEL.md, "Investment"): capex follows expected demand, not realised profits. A target capacity
 * from expected growth over the planning lead, a refresh plan for GPUs that leave training within it, and
 * partial adjustment toward the target; new shells only where free shell space, counting what is being built
 * or has been leased, does not suffice. In the first year a company's capex guidance, when given, sets the
 * sponsor's own spending (an analyst's reading of the near term), and the plan only splits it.
 */
import type { RunState } from "./state.js";

/**
 * The investment hurdle: the expected annual return on a GW of new GPUs (its compute at today's price and
 * utilisation, less power and operations, less straight-line depreciation over the book life, over its cost)
 * against the cost of funds (base rate + the sponsor's spread). At or below the cost of funds nothing is built; at
 * `investment.hurdleSpread` above it, the whole plan; linear between. 1 when the hurdle is off (0).
 */
export function hurdleFactor<T>(st: RunState<T>): number {
  const s = st.s;
  const q = st.q;
  const hurdle = s.investment.hurdleSpread;
  if (hurdle <= 0) return 1;
  const revenuePerGw = 4 * q.price * q.perfNow * Math.max(q.util, 0) * (1 - s.ai.anchorTenantShare * (1 - st.tenantPaid));
  const expected = (revenuePerGw - s.ai.opexAnnualPerGw) / st.c.gpuCostPerGw - 4 / s.gpu.bookLifeQuarters;
  const costOfFunds = q.rate + s.sponsor.bondSpreadAnnual;
  q.expectedReturn = expected;
  return Math.min(1, Math.max(0, (expected - costOfFunds) / hurdle));
}

/** The quarter's capacity plan in GW of GPUs and of shells (priced, split and funded by the treasury). */
export function planCapacity<T>(st: RunState<T>): void {
  const s = st.s;
  const q = st.q;
  const growthAhead = Math.max(0.1, 1 + st.expectedQ);
  const target = st.demand * Math.pow(growthAhead, s.investment.leadQuarters) * (1 + s.investment.headroom);
  q.perfNow = st.c.perfAt[q.t]!;
  // capacity the plan can count on over the lead time: GPUs that leave training within it are replaced ahead,
  // spread over the window (a refresh plan rather than a replacement echo of every retirement)
  const gap = Math.max(0, target - q.capacity);
  const refresh = Math.min(q.retiringSoon / q.window, gap);
  q.wantGpuGw = ((refresh + s.investment.adjustmentSpeed * (gap - refresh)) / q.perfNow) * hurdleFactor(st);
  let building = 0;
  for (const v of st.vehicles) if (v.kind === "campus" && v.status === "building") building += v.gw;
  const space = q.shellGw + st.ownShellPipeline + st.leases.pendingGw + building - q.liveGw;
  q.wantShellGw = Math.max(0, q.wantGpuGw - Math.max(0, space));
}
