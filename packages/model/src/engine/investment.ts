/**
 * Investment (MODEL.md, "Investment"): capex follows expected demand, not realised profits. A target capacity
 * from expected growth over the planning lead, a refresh plan for GPUs that go obsolete within it, and partial
 * adjustment toward the target; new shells only where free shell space does not suffice.
 */
import type { RunState } from "./state.js";

/** The quarter's capacity plan in GW of GPUs and of shells (priced and funded by the cash waterfall). */
export function planCapacity<T>(st: RunState<T>): void {
  const s = st.s;
  const q = st.q;
  const growthAhead = Math.max(0.1, 1 + st.expectedQ);
  const target = st.demand * Math.pow(growthAhead, s.investment.leadQuarters) * (1 + s.investment.headroom);
  q.perfNow = st.c.perfAt[q.t]!;
  // capacity the plan can count on over the lead time: GPUs that go obsolete within it are replaced ahead,
  // spread over the window (a refresh plan rather than a replacement echo of every retirement)
  const gap = Math.max(0, target - q.capacity);
  const refresh = Math.min(q.retiringSoon / q.window, gap);
  q.wantGpuGw = (refresh + s.investment.adjustmentSpeed * (gap - refresh)) / q.perfNow;
  q.wantShellGw = Math.max(0, q.wantGpuGw - Math.max(0, q.shellGw - q.liveGw));
}
