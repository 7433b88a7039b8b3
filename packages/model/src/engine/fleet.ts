/**
 * The fleet of GPUs and shells (MODEL.md, "GPUs, shells and capacity"): GPUs move from training to inference
 * when their generation is superseded and leave service after that (with no book value left), shell space
 * (own shells once built, leased shells, completed campus vehicles) and stranding, the capacity that serves
 * demand, depreciation, the ASC 360 recoverability test, and the cohorts the sponsor buys.
 */
import type { LiveFleet } from "./cohort-book.js";
import { logEvent } from "./event-log.js";
import { MIN_AMOUNT } from "./limits.js";
import type { RunState } from "./state.js";

interface LiveSums {
  gw: number;
  capacity: number;
  inference: number;
  retiringSoon: number;
}
const sums: LiveSums = { gw: 0, capacity: 0, inference: 0, retiringSoon: 0 };

/**
 * One pass over the GPUs in service: GW, compute of current generations and of those moved to inference, and
 * the current compute that leaves training within the planning window (vintage ≤ `retiringBy`).
 */
function sumLive<T>(live: LiveFleet<T>, t: number, econLife: number, retiringBy: number, out: LiveSums): void {
  let gw = 0;
  let capacity = 0;
  let inference = 0;
  let retiringSoon = 0;
  const n = live.end;
  for (let j = live.head; j < n; j++) {
    const units = live.units[j]!;
    const vintage = live.vintage[j]!;
    gw += live.gw[j]!;
    if (t - vintage < econLife) {
      capacity += units;
      if (vintage <= retiringBy) retiringSoon += units;
    } else inference += units;
  }
  out.gw = gw;
  out.capacity = capacity;
  out.inference = inference;
  out.retiringSoon = retiringSoon;
}

/**
 * Phase 3: GPUs past their economic life and their further life in inference leave service; what book value
 * they still carry is written off (a GPU out of service is worth nothing to its owner here).
 */
export function retireObsolete<T>(st: RunState<T>): void {
  const N = st.N;
  const q = st.q;
  const t = q.t;
  const live = st.live;
  const end = st.econLife + st.s.gpu.inferenceLifeQuarters;
  // when none is old enough to leave, the oldest vintage in service says so without a scan
  const n = t - live.minVintage > end ? live.end : live.head;
  // the fleet is compact here (every phase that retires GPUs compacts it before the quarter ends), so when the
  // GPUs leaving are the first entries, as most quarters, they leave by moving the fleet's head
  let retired = 0;
  let firstOnly = true;
  for (let j = live.head; j < n; j++) {
    // a GPU serves `end` quarters from the quarter after its purchase, the last of them with its last book charge
    if (t - live.vintage[j]! <= end) continue;
    const b = live.book[j]!;
    const i = live.index[j]!;
    b.retired[i] = true;
    if (j !== live.head + retired) firstOnly = false;
    retired++;
    const left = b.impair(i, t - 1);
    if (b.own) q.retireLoss = N.add(q.retireLoss, left);
    else q.spvGpuWriteOff = N.add(q.spvGpuWriteOff, left);
  }
  if (retired > 0) {
    if (firstOnly) live.dropFirst(retired);
    else live.compact();
  }
  st.spvGpuOut = N.sub(st.spvGpuOut, q.spvGpuWriteOff);
  q.spvNi = N.sub(q.spvNi, q.spvGpuWriteOff);
}

/**
 * Phase: shell space (own shells once built, leased shells, completed campus vehicles) and the GPUs in service.
 * When GPUs no longer fit because space was handed back (a lease ended), the sponsor's oldest are stranded and
 * written off. GPUs that arrive ahead of the shells being built for them are racked densely meanwhile (the
 * occupancy reads 1): a timing gap, not a loss.
 */
export function shellSpaceAndStranding<T>(st: RunState<T>): void {
  const N = st.N;
  const q = st.q;
  const t = q.t;
  const due = st.shellGwDue[t] ?? 0;
  st.ownShellGw += due;
  st.ownShellPipeline -= due;
  let shellGw = st.ownShellGw + st.leasedShellGw;
  for (const v of st.vehicles) if (v.kind === "campus" && v.status === "active") shellGw += v.gw;
  if (q.liveChanged) st.live.compact();
  const econLife = st.econLife;
  const window = Math.max(1, Math.min(st.s.investment.leadQuarters, econLife));
  sumLive(st.live, t, econLife, t + window - econLife, sums);
  let liveGw = sums.gw;
  if (q.liveChanged && liveGw > shellGw + 1e-12) {
    const live = st.live;
    for (let j = live.head; j < live.end; j++) {
      if (liveGw <= shellGw + 1e-12) break;
      const b = live.book[j]!;
      const i = live.index[j]!;
      if (!b.own) continue;
      b.retired[i] = true;
      liveGw -= b.gw[i]!;
      q.strandImpair = N.add(q.strandImpair, b.impair(i, t - 1));
    }
    live.compact();
    sumLive(st.live, t, econLife, t + window - econLife, sums);
    liveGw = sums.gw;
  }
  q.capacity = sums.capacity;
  q.inferenceCapacity = sums.inference;
  q.retiringSoon = sums.retiringSoon;
  q.shellGw = shellGw;
  q.window = window;
  q.liveGw = liveGw;
}

/**
 * Phase 5: demand served by the capacity bought before this quarter, current generations first and then those
 * moved to inference at `gpu.inferencePriceShare` of the price; AI revenue and operating cost.
 */
export function serveDemand<T>(st: RunState<T>): void {
  const N = st.N;
  const q = st.q;
  q.occupancy = q.shellGw > 0 ? Math.min(1, q.liveGw / q.shellGw) : 0;
  const total = q.capacity + q.inferenceCapacity;
  const servedCurrent = Math.min(st.demand, q.capacity);
  const servedInference = Math.min(st.demand - servedCurrent, q.inferenceCapacity);
  q.util = total > 0 ? Math.min(1, st.demand / total) : 0;
  // what the anchor tenant cannot pay is lost (a lab whose own funding dried up)
  const collected = 1 - st.s.ai.anchorTenantShare * (1 - st.tenantPaid);
  q.aiRevenue = N.from(q.price * (servedCurrent + st.s.gpu.inferencePriceShare * servedInference) * collected);
  q.aiOpex = N.from((st.s.ai.opexAnnualPerGw / 4) * q.liveGw);
}

/** Phase 7: the sponsor's depreciation, one schedule per book. */
export function depreciateFleet<T>(st: RunState<T>): void {
  const q = st.q;
  q.gpuDep = st.gpuBook.depreciate(q.t);
  q.shellDep = st.shellBook.depreciate(q.t);
}

/** Economic value of a cohort of cost `cost`: straight line over its training and inference life. */
export function economicValue(cost: number, age: number, econLife: number, inferenceLife: number): number {
  return cost * Math.max(0, 1 - age / Math.max(1, econLife + inferenceLife));
}

/**
 * Phase: the ASC 360 recoverability test. When utilisation falls below `gpu.impairmentUtilisation`, the
 * sponsor's GPUs in service (one asset group) are tested: if the undiscounted AI operating cash flow of their
 * remaining service life does not recover their carrying amount, each cohort is written down to its fair value
 * (its economic value) and depreciated from there over what is left of its book life.
 */
export function impairOvercapacity<T>(st: RunState<T>): void {
  const N = st.N;
  const q = st.q;
  const t = q.t;
  let impairment = N.add(N.add(q.strandImpair, q.retireLoss), N.zero);
  if (q.util < st.s.gpu.impairmentUtilisation) {
    if (!st.overcapacity) {
      st.overcapacity = true;
      logEvent(st, t, "overcapacity", q.util);
    }
    const book = st.gpuBook;
    const live = st.live;
    const serviceLife = st.econLife + st.s.gpu.inferenceLifeQuarters;
    let carrying = 0;
    let weightedLeft = 0;
    for (let j = live.head; j < live.end; j++) {
      if (live.book[j] !== book) continue;
      const i = live.index[j]!;
      const value = book.bookValueNum(i, t);
      carrying += value;
      weightedLeft += value * Math.max(0, serviceLife - (t - book.vintage[i]!));
    }
    const yearsLeft = carrying > 0 ? weightedLeft / carrying : 0;
    const recoverable = Math.max(0, N.toNumber(q.aiRevenue) - N.toNumber(q.aiOpex)) * yearsLeft;
    if (carrying > MIN_AMOUNT && recoverable < carrying) {
      let imp = N.zero;
      for (let j = live.head; j < live.end; j++) {
        if (live.book[j] !== book) continue;
        const i = live.index[j]!;
        const age = t - book.vintage[i]!;
        const fair = economicValue(book.gross[i]!, age, st.econLife, st.s.gpu.inferenceLifeQuarters);
        const value = book.bookValue(i, t);
        if (N.toNumber(value) <= fair + MIN_AMOUNT) continue;
        const left = Math.max(1, book.created[i]! + book.life[i]! - t);
        const written = book.impair(i, t);
        const fairValue = N.from(fair);
        imp = N.add(imp, N.sub(written, fairValue));
        const k = book.add(t, book.vintage[i]!, book.gw[i]!, book.perf[i]!, fairValue, left, t, book.gross[i]);
        live.index[j] = k; // the same GPUs: vintage, GW and compute unchanged
      }
      if (N.toNumber(imp) >= MIN_AMOUNT) logEvent(st, t, "impairment", N.toNumber(imp));
      impairment = N.add(impairment, imp);
    }
  } else st.overcapacity = false;
  q.impairment = impairment;
  st.impairCum = N.add(st.impairCum, impairment);
}

/**
 * The sponsor's own cohorts of this quarter, scaled down when cash cut the plan: GPUs serve from the next
 * quarter; shells are construction in progress for `gpu.shellBuildQuarters` and serve and depreciate after.
 */
export function buildOwnCohorts<T>(st: RunState<T>): void {
  const N = st.N;
  const s = st.s;
  const q = st.q;
  const t = q.t;
  const ownGpuGw = q.wantGpuGw * (1 - q.gpuVehicleShare);
  const ownShellGw = Math.max(0, q.wantShellGw * (1 - q.campusShare - s.leases.shellShare));
  const newGpuGw = ownGpuGw * (q.gpuCapex === q.gpuPlan ? 1 : N.ratio(q.gpuCapex, q.gpuPlan));
  const newShellGw = ownShellGw * (q.shellCapex === q.shellPlan ? 1 : N.ratio(q.shellCapex, q.shellPlan));
  if (N.isPositive(q.gpuCapex)) st.live.push(st.gpuBook, st.gpuBook.add(t, t, newGpuGw, q.perfNow, q.gpuCapex, s.gpu.bookLifeQuarters, t));
  if (N.isPositive(q.shellCapex)) {
    const ready = t + Math.max(1, s.gpu.shellBuildQuarters);
    st.shellBook.add(ready - 1, t, newShellGw, 0, q.shellCapex, s.gpu.shellLifeQuarters, t);
    if (ready < st.shellGwDue.length) {
      st.shellGwDue[ready] = (st.shellGwDue[ready] ?? 0) + newShellGw;
      st.ownShellPipeline += newShellGw;
    }
  }
}
