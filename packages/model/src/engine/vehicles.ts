/**
 * SPVs and their leases (MODEL.md, "SPVs, leases and guarantees"): opening a vehicle and drawing on it, lease
 * ends (renewal, or capacity handed back with the residual value guarantee), consolidation after a breach,
 * and each quarter's rent and debt service.
 */
import { logEvent } from "./event-log.js";
import { CohortBook } from "./cohort-book.js";
import { MIN_AMOUNT } from "./limits.js";
import type { RunState, Vehicle } from "./state.js";

/** Open a vehicle in quarter `t` whose debt pays `coupon` and whose lease first ends in `leaseEnd`. */
export function openVehicle<T>(st: RunState<T>, t: number, coupon: number, leaseEnd: number): Vehicle<T> {
  const N = st.N;
  const s = st.s;
  const v: Vehicle<T> = {
    id: st.vehicles.length,
    program: Math.floor(t / s.spv.programQuarters),
    start: t,
    gw: 0,
    gpus: new CohortBook<T>(N, false),
    nbv: N.zero,
    charge: N.zero,
    bookLeft: s.gpu.shellLifeQuarters,
    debt: N.zero,
    originalDebt: N.zero,
    principalPerQ: N.zero,
    coupon,
    rentFixed: N.zero,
    rentVar: N.zero,
    rentFull: N.zero,
    rvgCap: N.zero,
    cash: N.zero,
    leaseEnd,
    status: "active",
    breachStreak: 0,
  };
  st.vehicles.push(v);
  return v;
}

/**
 * Draw on a vehicle: `gw` of shell built for `shellCost` and `gpuGw` of GPUs for `gpuCost`, funded by outside
 * equity and private credit; the lease is sized on the new debt. Returns the debt drawn.
 */
export function drawOnVehicle<T>(st: RunState<T>, v: Vehicle<T>, t: number, gw: number, shellCost: T, gpuGw: number, gpuCost: T, equityPart: T): T {
  const N = st.N;
  const s = st.s;
  const cost = N.add(shellCost, gpuCost);
  const debt = N.sub(cost, equityPart);
  v.gw += gw;
  v.nbv = N.add(v.nbv, shellCost);
  v.charge = N.add(v.charge, N.divInt(shellCost, s.gpu.shellLifeQuarters));
  if (gpuGw > 0) {
    st.live.push(v.gpus, v.gpus.add(t, t, gpuGw, t >= 0 ? st.c.perfAt[t]! : Math.pow(st.c.perfQ, t), gpuCost, s.gpu.bookLifeQuarters, t));
    st.spvGpuOut = N.add(st.spvGpuOut, gpuCost);
  }
  v.debt = N.add(v.debt, debt);
  v.originalDebt = N.add(v.originalDebt, debt);
  v.rvgCap = N.scale(v.originalDebt, s.spv.rvgCapShare);
  st.spvDebtOut = N.add(st.spvDebtOut, debt);
  st.spvShellOut = N.add(st.spvShellOut, shellCost);
  v.principalPerQ = N.divInt(v.originalDebt, s.spv.debtTermQuarters);
  const serviceFull = N.scale(debt, (v.coupon / 4 + 1 / s.spv.debtTermQuarters) * s.spv.sizingDscr);
  const varPart = N.scale(serviceFull, s.spv.leaseVariableShare);
  v.rentVar = N.add(v.rentVar, varPart);
  v.rentFixed = N.add(v.rentFixed, N.sub(serviceFull, varPart));
  v.rentFull = N.add(v.rentFull, serviceFull);
  st.spvEquity = N.add(st.spvEquity, equityPart);
  st.lentCum = N.add(st.lentCum, debt);
  st.lenderEquity = N.add(st.lenderEquity, debt);
  return debt;
}

/**
 * Phase: leases that end this quarter are renewed if last quarter's shell occupancy was high enough; otherwise
 * the vehicle sells what it owns, the guarantee pays up to its cap, and lenders take the rest as a loss.
 */
export function returnExpiredLeases<T>(st: RunState<T>): void {
  const N = st.N;
  const s = st.s;
  const q = st.q;
  const t = q.t;
  for (const v of st.vehicles) {
    if (v.status !== "active" || v.leaseEnd !== t) continue;
    if (st.prevOccupancy >= s.spv.renewalUtilisation) {
      v.leaseEnd = t + s.spv.renewalTermQuarters;
      continue;
    }
    let gpuMarket = 0;
    const g = v.gpus;
    for (let i = 0; i < g.count; i++) if (!g.retired[i]) gpuMarket += g.costNum[i]! * Math.max(0, 1 - (t - g.vintage[i]!) / st.econLife);
    const gpuNbv = v.gpus.nbv;
    const residual = N.add(N.scale(v.nbv, s.spv.vacantValueShare), N.min(gpuNbv, N.from(gpuMarket)));
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
    for (let i = 0; i < g.count; i++) g.retired[i] = true;
    q.liveChanged = true;
    v.nbv = N.zero;
    v.cash = N.zero;
    v.debt = N.zero;
    v.status = "closed";
    logEvent(st, t, "lease-non-renewal", v.gw);
    if (N.toNumber(rvg) >= MIN_AMOUNT) logEvent(st, t, "guarantee-called", N.toNumber(rvg));
    if (N.toNumber(loss) >= MIN_AMOUNT) logEvent(st, t, "lender-loss", N.toNumber(loss));
  }
}

/**
 * Phase: vehicles in breach beyond the cure period are consolidated (before this quarter's depreciation): the
 * sponsor takes the shell and GPUs at book value and the debt onto its balance sheet, and buys the outside
 * equity out at its book value if positive.
 */
export function consolidateBreached<T>(st: RunState<T>): void {
  const N = st.N;
  const q = st.q;
  const t = q.t;
  for (const v of st.vehicles) {
    if (v.status !== "active" || v.breachStreak < st.s.spv.curePeriodQuarters) continue;
    const dealEquity = N.sub(N.add(N.add(v.nbv, v.gpus.nbv), v.cash), v.debt);
    const buyout = N.max(N.zero, dealEquity);
    q.consolidationLoss = N.add(q.consolidationLoss, N.sub(buyout, dealEquity));
    q.consolidationNet = N.add(q.consolidationNet, N.sub(v.cash, buyout));
    q.spvTransferred = N.add(q.spvTransferred, dealEquity);
    st.shellBook.add(t - 1, t - 1, v.gw, 0, v.nbv, Math.max(1, v.bookLeft), t - 1);
    const g = v.gpus;
    const own = st.gpuBook;
    for (let i = 0; i < g.count; i++) {
      const left = g.created[i]! + g.life[i]! - (t - 1);
      if (left <= 0 && g.retired[i]) continue;
      const moved = own.add(t - 1, g.vintage[i]!, g.gw[i]!, g.perf[i]!, g.bookValue(i, t - 1), Math.max(1, left), t - 1);
      own.retired[moved] = g.retired[i]!;
      if (!g.retired[i]) {
        g.retired[i] = true; // the vehicle's record leaves service; the sponsor's copy takes its place
        st.live.push(own, moved);
      }
    }
    st.live.compact();
    st.spvGpuOut = N.sub(st.spvGpuOut, v.gpus.nbv);
    st.spvDebtOut = N.sub(st.spvDebtOut, v.debt);
    st.spvShellOut = N.sub(st.spvShellOut, v.nbv);
    st.consolidatedOut = N.add(st.consolidatedOut, v.debt);
    v.nbv = N.zero;
    v.cash = N.zero;
    v.status = "consolidated";
    logEvent(st, t, "consolidation", N.toNumber(v.debt));
  }
}

/**
 * Phase: rent and debt service of every vehicle. Active vehicles collect rent (its variable part scaled by
 * occupancy), service their debt, and lock surplus cash up while in breach; the sponsor tops up a shortfall.
 * Consolidated vehicles' debt is serviced by the sponsor.
 */
export function serviceVehicles<T>(st: RunState<T>): void {
  const N = st.N;
  const s = st.s;
  const q = st.q;
  const t = q.t;
  let worstNewBreach = Infinity;
  for (const v of st.vehicles) {
    if (v.status === "consolidated") {
      if (!N.isPositive(v.debt)) continue;
      const interest = N.scale(v.debt, v.coupon / 4);
      const principal = N.min(v.principalPerQ, v.debt);
      v.debt = N.sub(v.debt, principal);
      q.consInterest = N.add(q.consInterest, interest);
      q.consPrincipal = N.add(q.consPrincipal, principal);
      continue;
    }
    if (v.status !== "active") continue;
    const interest = N.scale(v.debt, v.coupon / 4);
    const principal = N.min(v.principalPerQ, v.debt);
    const service = N.add(interest, principal);
    const rent = q.occupancy >= 1 ? v.rentFull : N.add(v.rentFixed, N.scale(v.rentVar, q.occupancy));
    const shellDepDeal = N.min(v.charge, v.nbv);
    const gpuDepDeal = v.gpus.depreciate(t);
    const dep = N.add(shellDepDeal, gpuDepDeal);
    v.bookLeft = Math.max(0, v.bookLeft - 1);
    v.nbv = N.sub(v.nbv, shellDepDeal);
    q.spvShellDep = N.add(q.spvShellDep, shellDepDeal);
    q.leaseExpense = N.add(q.leaseExpense, rent);
    q.spvInterest = N.add(q.spvInterest, interest);
    q.spvPrincipal = N.add(q.spvPrincipal, principal);
    q.spvDep = N.add(q.spvDep, dep);
    v.debt = N.sub(v.debt, principal);
    let available = N.isPositive(v.cash) ? N.add(v.cash, rent) : rent;
    if (!N.lt(N.sub(service, available), st.c.minAmount)) {
      const gap = N.sub(service, available);
      q.spvSupport = N.add(q.spvSupport, gap);
      available = service;
      v.breachStreak = s.spv.curePeriodQuarters;
      logEvent(st, t, "spv-shortfall", N.toNumber(gap));
    }
    const surplus = N.sub(available, service);
    // breach when rent falls short of covenant × service by more than a dollar (a tolerance both paths share)
    if (!N.lt(N.sub(N.scale(service, s.spv.dscrCovenant), rent), st.c.minAmount)) {
      const ratio = N.ratio(rent, service);
      if (v.breachStreak === 0 && ratio < worstNewBreach) worstNewBreach = ratio;
      v.breachStreak += 1;
      v.cash = surplus; // locked up
    } else {
      v.breachStreak = 0;
      q.spvDistributions = N.add(q.spvDistributions, surplus);
      v.cash = N.zero;
    }
  }
  if (worstNewBreach < Infinity) logEvent(st, t, "covenant-breach", worstNewBreach);
  q.spvServiceTotal = N.add(q.spvInterest, q.spvPrincipal);
  st.spvDebtOut = N.sub(st.spvDebtOut, q.spvPrincipal);
  st.spvShellOut = N.sub(st.spvShellOut, q.spvShellDep);
  st.spvGpuOut = N.sub(st.spvGpuOut, N.sub(q.spvDep, q.spvShellDep));
  st.consolidatedOut = N.sub(st.consolidatedOut, q.consPrincipal);
  q.spvNi = N.add(q.spvNi, N.sub(N.sub(q.leaseExpense, q.spvInterest), q.spvDep));
  st.repaidCum = N.add(st.repaidCum, q.spvPrincipal);
  st.interestCum = N.add(st.interestCum, q.spvInterest);
  st.lenderCash = N.add(st.lenderCash, q.spvServiceTotal);
  st.lenderEquity = N.add(st.lenderEquity, q.spvInterest);
  q.spvNi = N.add(q.spvNi, q.spvSupport);
  st.repaidCum = N.add(st.repaidCum, q.consPrincipal);
  st.interestCum = N.add(st.interestCum, q.consInterest);
  st.lenderCash = N.add(st.lenderCash, N.add(q.consPrincipal, q.consInterest));
  st.lenderEquity = N.add(st.lenderEquity, q.consInterest);
}

/**
 * The vehicles' share of this quarter's build: drawn on the current programme's vehicle (opened at the rate
 * of the day if there is none). Shares the capacity plan of the cash waterfall.
 */
export function drawNewCapacity<T>(st: RunState<T>): void {
  const N = st.N;
  const s = st.s;
  const q = st.q;
  const t = q.t;
  const spvGw = q.wantShellGw * q.spvShare;
  const spvGpuGw = q.wantGpuGw * q.spvShare;
  if (spvGw > 0 || spvGpuGw > 0) {
    const program = Math.floor(t / s.spv.programQuarters);
    let v: Vehicle<T> | undefined;
    for (const x of st.vehicles) {
      if (x.status === "active" && x.program === program && x.start >= 0) {
        v = x;
        break;
      }
    }
    const coupon = q.issueRate - s.sponsor.bondSpreadAnnual + s.spv.spreadAnnual;
    v ??= openVehicle(st, t, coupon, t + s.spv.leaseTermQuarters);
    const spvShellCost = N.from(spvGw * st.c.shellCostPerGw);
    const spvGpuCost = N.from(spvGpuGw * st.c.gpuCostPerGw);
    q.spvCapex = N.add(spvShellCost, spvGpuCost);
    q.spvEquityIn = N.scale(q.spvCapex, s.spv.equityShare);
    q.spvDebtDrawn = drawOnVehicle(st, v, t, spvGw, spvShellCost, spvGpuGw, spvGpuCost, q.spvEquityIn);
  }
  st.spvEquity = N.sub(N.sub(N.add(st.spvEquity, q.spvNi), q.spvDistributions), q.spvTransferred);
}
