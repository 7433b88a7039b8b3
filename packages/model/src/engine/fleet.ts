/**
 * The fleet of GPUs and shells (MODEL.md, "GPUs, shells and capacity"): obsolescence, shell space and
 * stranding, the capacity that serves demand, depreciation, impairment under overcapacity, and the cohorts
 * the sponsor buys.
 */
import type { LiveFleet } from "./cohort-book.js";
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
function sumLive<T>(live: LiveFleet<T>, retiringBy: number, out: LiveSums): void {
  let gw = 0;
  let capacity = 0;
  let retiringSoon = 0;
  const n = live.length;
  for (let j = 0; j < n; j++) {
    const b = live.book[j]!;
    const i = live.index[j]!;
    const units = b.gw[i]! * b.perf[i]!;
    gw += b.gw[i]!;
    capacity += units;
    if (b.vintage[i]! <= retiringBy) retiringSoon += units;
  }
  out.gw = gw;
  out.capacity = capacity;
  out.retiringSoon = retiringSoon;
}

/** Phase 3: GPUs whose generation is older than the economic life leave service. */
export function retireObsolete<T>(st: RunState<T>): void {
  const t = st.q.t;
  const live = st.live;
  const n = live.length;
  let retiredAny = false;
  for (let j = 0; j < n; j++) {
    const b = live.book[j]!;
    const i = live.index[j]!;
    if (t - b.vintage[i]! >= st.econLife) {
      b.retired[i] = true;
      retiredAny = true;
    }
  }
  if (retiredAny) live.compact();
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
  const shells = st.shellBook;
  for (let i = 0; i < shells.count; i++) if (t - shells.created[i]! < shells.life[i]! || shells.gw[i]! > 0) shellGw += shells.gw[i]!;
  for (const v of st.vehicles) if (v.status === "active") shellGw += v.gw;
  if (q.liveChanged) st.live.compact();
  const window = Math.max(1, Math.min(st.s.investment.leadQuarters, st.econLife));
  sumLive(st.live, t + window - st.econLife, sums);
  let liveGw = sums.gw;
  q.capacity = sums.capacity;
  q.retiringSoon = sums.retiringSoon;
  if (liveGw > shellGw + 1e-12) {
    const live = st.live;
    for (let j = 0; j < live.length; j++) {
      if (liveGw <= shellGw + 1e-12) break;
      const b = live.book[j]!;
      const i = live.index[j]!;
      if (!b.own) continue;
      b.retired[i] = true;
      liveGw -= b.gw[i]!;
      q.strandImpair = N.add(q.strandImpair, b.impair(i, t - 1));
    }
    live.compact();
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
    const book = st.gpuBook;
    for (let i = 0; i < book.count; i++) {
      if (book.retired[i] && !book.impaired[i] && t - book.created[i]! < book.life[i]!) imp = N.add(imp, book.impair(i, t));
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
  if (N.isPositive(q.gpuCapex)) st.live.push(st.gpuBook, st.gpuBook.add(t, t, newGpuGw, q.perfNow, q.gpuCapex, s.gpu.bookLifeQuarters, t));
  if (N.isPositive(q.shellCapex)) st.shellBook.add(t, t, ownShellGw, 0, q.shellCapex, s.gpu.shellLifeQuarters, t);
}
