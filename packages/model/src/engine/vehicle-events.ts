/**
 * What ends a vehicle's lease or its independence (MODEL.md, "Vehicles, leases and guarantees"): lease ends
 * (renewal, or capacity handed back with the residual value guarantee and lenders' loss), and a breach past the
 * cure period, on which the sponsor either steps in and consolidates the vehicle at fair value (ASC 810) or
 * leaves lenders in control of it.
 */
import { logEvent } from "./event-log.js";
import { economicValue } from "./fleet.js";
import { MIN_AMOUNT } from "./limits.js";
import type { RunState, Vehicle } from "./state.js";
import { couponNow } from "./vehicles.js";

/** Economic value of a vehicle's GPUs still in service at quarter t. */
function gpuMarketValue<T>(st: RunState<T>, v: Vehicle<T>, t: number): number {
  const g = v.gpus;
  let value = 0;
  for (let i = 0; i < g.count; i++) if (!g.retired[i]) value += economicValue(g.gross[i]!, t - g.vintage[i]!, st.econLife, st.s.gpu.inferenceLifeQuarters);
  return value;
}

/** After a consolidation of, or a loss on, a vehicle of this kind, lenders fund no new one for a while. */
function coolDown<T>(st: RunState<T>, v: Vehicle<T>, t: number): void {
  const until = t + st.s.spv.cooldownQuarters;
  if (v.kind === "campus") st.campusCooldownUntil = Math.max(st.campusCooldownUntil, until);
  else st.gpuCooldownUntil = Math.max(st.gpuCooldownUntil, until);
}

/**
 * Phase: leases that end this quarter. A campus lease is renewed if last quarter's shell occupancy was high
 * enough. Otherwise (and always for a GPU lease, whose term is the GPUs' life) the vehicle sells what it owns —
 * a vacated campus at `spv.vacantValueShare` of its book value, GPUs at their economic value — the guarantee pays
 * up to its cap, and lenders take the rest as a loss.
 */
export function returnExpiredLeases<T>(st: RunState<T>): void {
  const N = st.N;
  const s = st.s;
  const q = st.q;
  const t = q.t;
  for (const v of st.vehicles) {
    if (v.status !== "active" || v.leaseEnd !== t) continue;
    if (v.kind === "campus" && st.prevOccupancy >= s.spv.renewalUtilisation) {
      v.leaseEnd = t + s.spv.renewalTermQuarters;
      v.leaseRateQ = (q.rate + s.sponsor.bondSpreadAnnual) / 4; // a renewal is a new term, measured at today's rate
      continue;
    }
    const gpuNbv = v.gpus.nbv;
    const residual = N.add(N.scale(v.nbv, s.spv.vacantValueShare), N.min(gpuNbv, N.from(gpuMarketValue(st, v, t))));
    const available = N.add(v.cash, residual);
    const shortfall = N.max(N.zero, N.sub(v.debt, available));
    const rvg = N.min(v.rvgCap, shortfall);
    const pool = N.add(available, rvg);
    const repay = N.min(v.debt, pool);
    const loss = N.sub(v.debt, repay);
    const leftover = N.sub(pool, repay);
    const saleLoss = N.sub(N.add(v.nbv, gpuNbv), residual);
    q.spvSaleLoss = N.add(q.spvSaleLoss, saleLoss);
    q.spvRvgIncome = N.add(q.spvRvgIncome, rvg);
    q.spvWrittenOff = N.add(q.spvWrittenOff, loss);
    q.spvNi = N.add(q.spvNi, N.sub(N.add(rvg, loss), saleLoss));
    q.spvDistributions = N.add(q.spvDistributions, leftover);
    q.rvgPaid = N.add(q.rvgPaid, rvg);
    st.repaidCum = N.add(st.repaidCum, repay);
    st.lenderCash = N.add(st.lenderCash, repay);
    st.lossCum = N.add(st.lossCum, loss);
    st.lenderEquity = N.sub(st.lenderEquity, loss);
    st.spvDebtOut = N.sub(st.spvDebtOut, v.debt);
    st.spvShellOut = N.sub(st.spvShellOut, v.nbv);
    st.spvGpuOut = N.sub(st.spvGpuOut, gpuNbv);
    const g = v.gpus;
    for (let i = 0; i < g.count; i++) g.retired[i] = true;
    q.liveChanged = true;
    v.nbv = N.zero;
    v.cash = N.zero;
    v.debt = N.zero;
    v.status = "closed";
    if (N.toNumber(loss) >= MIN_AMOUNT) coolDown(st, v, t);
    // GPU vehicles hand back GPUs, not shell space: name what went back
    logEvent(st, t, "lease-non-renewal", v.kind === "campus" ? v.gw : 0, v.kind === "campus" ? 0 : N.toNumber(gpuNbv));
    if (N.toNumber(rvg) >= MIN_AMOUNT) logEvent(st, t, "guarantee-called", N.toNumber(rvg));
    if (N.toNumber(loss) >= MIN_AMOUNT) logEvent(st, t, "lender-loss", N.toNumber(loss));
  }
}

/**
 * Phase: vehicles in breach beyond the cure period (before this quarter's depreciation). With `spv.stepIn` the
 * sponsor steps in, becomes the primary beneficiary and consolidates the vehicle (ASC 810): its assets at fair
 * value (a campus at book value while the sponsor's shells are full enough to renew, at its vacant value
 * otherwise; GPUs at their economic value), its debt at face, the outside equity bought out at its fair value if
 * positive, and the difference recognised as a loss. Without it, lenders take control of the vehicle and sweep
 * its cash; the lease runs on to its end, where the guarantee and their loss settle it.
 */
export function consolidateBreached<T>(st: RunState<T>): void {
  const N = st.N;
  const s = st.s;
  const q = st.q;
  const t = q.t;
  if (!s.spv.stepIn) return;
  for (const v of st.vehicles) {
    if (v.status !== "active" || v.breachStreak < s.spv.curePeriodQuarters) continue;
    const full = st.prevOccupancy >= s.spv.renewalUtilisation;
    const shellFair = full ? v.nbv : N.scale(v.nbv, s.spv.vacantValueShare);
    // each GPU cohort at its book value scaled to the fleet's fair value; the sum is the amount both books use
    const g = v.gpus;
    const bookNum = N.toNumber(g.nbv);
    const scale = bookNum > 0 ? Math.min(bookNum, gpuMarketValue(st, v, t - 1)) / bookNum : 0;
    const fairOf: T[] = [];
    let gpuFair = N.zero;
    for (let i = 0; i < g.count; i++) {
      const value = N.from(g.bookValueNum(i, t - 1) * scale);
      fairOf.push(value);
      if (g.created[i]! + g.life[i]! - (t - 1) > 0 && !g.retired[i]) gpuFair = N.add(gpuFair, value);
    }
    const fairEquity = N.sub(N.add(N.add(shellFair, gpuFair), v.cash), v.debt);
    const buyout = N.max(N.zero, fairEquity);
    const bookEquity = N.sub(N.add(N.add(v.nbv, v.gpus.nbv), v.cash), v.debt);
    q.consolidationLoss = N.add(q.consolidationLoss, N.sub(buyout, fairEquity));
    q.consolidationNet = N.add(q.consolidationNet, N.sub(v.cash, buyout));
    q.spvTransferred = N.add(q.spvTransferred, bookEquity);
    q.spvNi = N.add(q.spvNi, N.sub(fairEquity, bookEquity)); // the vehicle's own write-down to fair value
    q.spvTransferred = N.add(q.spvTransferred, N.sub(fairEquity, bookEquity));
    st.shellBook.add(t - 1, t - 1, v.gw, 0, shellFair, Math.max(1, v.bookLeft), t - 1);
    st.ownShellGw += v.gw;
    const own = st.gpuBook;
    for (let i = 0; i < g.count; i++) {
      const left = g.created[i]! + g.life[i]! - (t - 1);
      if (left <= 0 || g.retired[i]) continue;
      const moved = own.add(t - 1, g.vintage[i]!, g.gw[i]!, g.perf[i]!, fairOf[i]!, Math.max(1, left), t - 1, g.gross[i]);
      g.retired[i] = true; // the vehicle's record leaves service; the sponsor's copy takes its place
      st.live.push(own, moved);
    }
    st.live.compact();
    st.spvGpuOut = N.sub(st.spvGpuOut, v.gpus.nbv);
    st.spvDebtOut = N.sub(st.spvDebtOut, v.debt);
    st.spvShellOut = N.sub(st.spvShellOut, v.nbv);
    st.consolidatedOut = N.add(st.consolidatedOut, v.debt);
    v.nbv = N.zero;
    v.cash = N.zero;
    v.status = "consolidated";
    coolDown(st, v, t);
    logEvent(st, t, "consolidation", N.toNumber(v.debt), N.toNumber(N.sub(buyout, fairEquity)));
  }
}

/** Roll a vehicle's debt at the rate of the day (base + the kind's spread) to a new maturity. */
function roll<T>(v: Vehicle<T>, rate: number, spread: number, maturity: number): void {
  v.coupon = rate + spread;
  v.baseAtSigning = rate;
  v.maturity = maturity;
}

/**
 * Phase: vehicle debt falling due this quarter (MODEL.md, "Debt instruments"). Lenders roll it at the rate of the
 * day (base + the kind's spread) while markets are open and the lease's rent still covers the new debt service
 * `spv.dscrCovenant` times; otherwise the maturity is a refinancing failure: with `spv.stepIn` the sponsor takes
 * the vehicle on (consolidation, this quarter), without it lenders stand still for a year. The debt of a vehicle
 * already consolidated is rolled by the sponsor or, with markets closed, repaid from its cash.
 */
export function refinanceMaturities<T>(st: RunState<T>): void {
  const N = st.N;
  const s = st.s;
  const q = st.q;
  const t = q.t;
  const open = !st.frozen && !st.wasRationed;
  for (const v of st.vehicles) {
    if (v.maturity !== t || N.toNumber(v.debt) < MIN_AMOUNT || v.status === "closed") continue;
    const spread = v.kind === "campus" ? s.spv.spreadAnnual : s.gpuSpv.spreadAnnual;
    const rollTerm = v.kind === "campus" ? s.spv.maturityQuarters : s.gpuSpv.leaseTermQuarters;
    if (v.status === "consolidated") {
      if (open) roll(v, q.rate, spread, t + rollTerm);
      else {
        q.consPrincipal = N.add(q.consPrincipal, v.debt); // repaid from the sponsor's cash (the treasury logs the failure)
        v.debt = N.zero;
      }
      continue;
    }
    const rent = v.status === "building" ? N.zero : N.add(v.rentFixed, N.scale(v.rentVar, Math.min(1, st.prevOccupancy)));
    // an extension option is the borrower's right: on the same terms, markets open or not, if the covenant holds
    const service = N.add(N.scale(v.debt, couponNow(v, q.rate) / 4), v.principalPerQ);
    if (v.extensionsLeft > 0 && (v.status === "building" || !N.lt(rent, N.scale(service, s.spv.dscrCovenant)))) {
      v.extensionsLeft -= 1;
      v.maturity = t + s.spv.extensionQuarters;
      continue;
    }
    const newService = N.add(N.scale(v.debt, (q.rate + spread) / 4), v.principalPerQ);
    const covered = v.status === "building" || !N.lt(rent, N.scale(newService, s.spv.dscrCovenant));
    if (open && covered) {
      roll(v, q.rate, spread, t + rollTerm);
      continue;
    }
    logEvent(st, t, "refinancing-failure", N.toNumber(v.debt), 1);
    v.maturity = t + 4; // a standstill while the sponsor or the lenders decide
    if (v.status === "active") v.breachStreak = Math.max(v.breachStreak, s.spv.curePeriodQuarters);
  }
}

/**
 * Phase: the loan-to-value test of GPU-backed loans. The collateral is the vehicle's GPUs at their economic
 * value scaled by the price of compute against its default path (a fall in GPU rental prices cuts it). Above
 * `gpuSpv.maxLtv` the excess is repaid at once: the vehicle's cash is swept first and the sponsor puts in the
 * rest (accelerated amortisation).
 */
export function testLoanToValue<T>(st: RunState<T>): void {
  const N = st.N;
  const s = st.s;
  const q = st.q;
  const t = q.t;
  if (s.gpuSpv.maxLtv <= 0) return;
  for (const v of st.vehicles) {
    if (v.kind !== "gpu" || v.status !== "active" || !N.isPositive(v.debt)) continue;
    const collateral = gpuMarketValue(st, v, t) * st.priceLevel;
    const limit = s.gpuSpv.maxLtv * collateral;
    const debt = N.toNumber(v.debt);
    if (debt - limit < MIN_AMOUNT) {
      v.ltvBreached = false;
      continue;
    }
    const ltv = collateral > 0 ? debt / collateral : Number.POSITIVE_INFINITY;
    const excess = N.from(debt - limit);
    const sweep = N.min(excess, N.max(N.zero, v.cash));
    const topUp = N.sub(excess, sweep);
    v.cash = N.sub(v.cash, sweep);
    v.debt = N.sub(v.debt, excess);
    q.spvSupport = N.add(q.spvSupport, topUp);
    q.spvNi = N.add(q.spvNi, topUp);
    st.spvDebtOut = N.sub(st.spvDebtOut, excess);
    st.repaidCum = N.add(st.repaidCum, excess);
    st.lenderCash = N.add(st.lenderCash, excess);
    if (!v.ltvBreached) logEvent(st, t, "ltv-breach", N.toNumber(topUp), Math.min(ltv, 999));
    v.ltvBreached = true;
  }
}
