/**
 * The fleet of GPUs and shells (MODEL.md, "GPUs, shells and capacity"): obsolescence, shell space and
 * stranding, the capacity that serves demand, depreciation, impairment under overcapacity, and the cohorts
 * the sponsor buys.
 */
import type { Cohort } from "./cohort-book.js";
import { logEvent } from "./event-log.js";
import { MIN_AMOUNT } from "./limits.js";
import type { RunState } from "./state.js";

interface LiveSums {
  gw: number;
  capacity: number;
  retiringSoon: number;
}
const sums: LiveSums = { gw: 0, capacity: 0, retiringSoon: 0 };

/**
 * One pass over the GPUs in service: GW, compute, and the compute that goes obsolete within the planning window
 * (vintage ≤ `retiringBy`).
 */
function sumLive<T>(live: readonly Cohort<T>[], retiringBy: number, out: LiveSums): void {
  let gw = 0;
  let capacity = 0;
  let retiringSoon = 0;
  for (const c of live) {
    const units = c.gw * c.perf;
    gw += c.gw;
    capacity += units;
    if (c.vintage <= retiringBy) retiringSoon += units;
  }
  out.gw = gw;
  out.capacity = capacity;
  out.retiringSoon = retiringSoon;
}

/** Phase 3: GPUs whose generation is older than the economic life leave service. */
export function retireObsolete<T>(st: RunState<T>): void {
  const t = st.q.t;
  const live = st.live;
  let k = 0;
  for (const c of live) {
    if (t - c.vintage >= st.econLife) c.retired = true;
    else live[k++] = c;
  }
  live.length = k;
}

/**
 * Phase: shell space (own shells and those of leased vehicles) and the GPUs in service. When GPUs no longer fit
 * (a lease was handed back), the sponsor's oldest are stranded and impaired.
 */
export function shellSpaceAndStranding<T>(st: RunState<T>): void {
  const N = st.N;
  const q = st.q;
  const t = q.t;
  let shellGw = 0;
  for (const c of st.shellBook.cohorts) if (t - c.created < c.life || c.gw > 0) shellGw += c.gw;
  for (const v of st.vehicles) if (v.status === "active") shellGw += v.gw;
  if (q.liveChanged) st.live = st.live.filter((c) => !c.retired);
  const window = Math.max(1, Math.min(st.s.investment.leadQuarters, st.econLife));
  sumLive(st.live, t + window - st.econLife, sums);
  let liveGw = sums.gw;
  q.capacity = sums.capacity;
  q.retiringSoon = sums.retiringSoon;
  if (liveGw > shellGw + 1e-12) {
    for (const c of st.live) {
      if (liveGw <= shellGw + 1e-12) break;
      if (!c.own) continue;
      c.retired = true;
      liveGw -= c.gw;
      q.strandImpair = N.add(q.strandImpair, st.gpuBook.impair(c, t - 1));
    }
    st.live = st.live.filter((c) => !c.retired);
    sumLive(st.live, t + window - st.econLife, sums);
    liveGw = sums.gw;
    q.capacity = sums.capacity;
    q.retiringSoon = sums.retiringSoon;
  }
  q.shellGw = shellGw;
  q.window = window;
  q.liveGw = liveGw;
}

/** Phase 5: demand served by the capacity bought before this quarter; AI revenue and operating cost. */
export function serveDemand<T>(st: RunState<T>): void {
  const N = st.N;
  const q = st.q;
  q.occupancy = q.shellGw > 0 ? Math.min(1, q.liveGw / q.shellGw) : 0;
  const served = Math.min(st.demand, q.capacity);
  q.util = q.capacity > 0 ? Math.min(1, st.demand / q.capacity) : 0;
  q.aiRevenue = N.from(q.price * served);
  q.aiOpex = N.from((st.s.ai.opexAnnualPerGw / 4) * q.liveGw);
}

/** Phase 7: the sponsor's depreciation, one schedule per book. */
export function depreciateFleet<T>(st: RunState<T>): void {
  const q = st.q;
  q.gpuDep = st.gpuBook.depreciate(q.t);
  q.shellDep = st.shellBook.depreciate(q.t);
}

/** Phase: under overcapacity every obsolete cohort still carrying book value is written off. */
export function impairOvercapacity<T>(st: RunState<T>): void {
  const N = st.N;
  const q = st.q;
  const t = q.t;
  let impairment = q.strandImpair;
  if (q.util < st.s.gpu.impairmentUtilisation) {
    if (!st.overcapacity) {
      st.overcapacity = true;
      logEvent(st, t, "overcapacity", q.util);
    }
    let imp = N.zero;
    for (const c of st.gpuBook.cohorts) {
      if (c.retired && !c.impaired && t - c.created < c.life) imp = N.add(imp, st.gpuBook.impair(c, t));
    }
    if (N.toNumber(imp) >= MIN_AMOUNT) logEvent(st, t, "impairment", N.toNumber(imp));
    impairment = N.add(impairment, imp);
  } else st.overcapacity = false;
  q.impairment = impairment;
  st.impairCum = N.add(st.impairCum, impairment);
}

/** The sponsor's own cohorts of this quarter (in service next quarter), scaled down when cash cut the plan. */
export function buildOwnCohorts<T>(st: RunState<T>): void {
  const N = st.N;
  const s = st.s;
  const q = st.q;
  const t = q.t;
  const newGpuGw = q.wantGpuGw * (1 - q.spvShare) * (q.gpuCapex === q.gpuPlan ? 1 : N.ratio(q.gpuCapex, q.gpuPlan));
  const ownShellGw = q.wantShellGw * (1 - q.spvShare) * (q.shellCapex === q.shellPlan ? 1 : N.ratio(q.shellCapex, q.shellPlan));
  if (N.isPositive(q.gpuCapex)) st.live.push(st.gpuBook.add(t, t, newGpuGw, q.perfNow, q.gpuCapex, s.gpu.bookLifeQuarters, t));
  if (N.isPositive(q.shellCapex)) st.shellBook.add(t, t, ownShellGw, 0, q.shellCapex, s.gpu.shellLifeQuarters, t);
}
