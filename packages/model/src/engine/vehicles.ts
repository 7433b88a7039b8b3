/**
 * Vehicles (MODEL.md, "Vehicles, leases and guarantees"). A campus vehicle builds shells over a construction
 * period (interest capitalised, no rent), then leases them to the sponsor from completion for an initial term
 * with renewals, its long debt amortising from completion and a residual value guarantee behind it. A GPU vehicle
 * owns GPUs leased to the sponsor over a term matched to their life, its debt amortising over the lease. This
 * file opens vehicles and draws on them, completes campuses, and services rent and debt; lease ends and
 * consolidation are in `vehicle-events.ts`.
 */
import { CohortBook } from "./cohort-book.js";
import { logEvent } from "./event-log.js";
import { annuityFactor } from "./lease-book.js";
import { isFinanceLease } from "./leases.js";
import type { RunState, Vehicle } from "./state.js";

/** Open a vehicle of `kind` in quarter `t` whose debt pays `coupon`, completing (campus) in `completion`. */
export function openVehicle<T>(st: RunState<T>, kind: Vehicle<T>["kind"], t: number, coupon: number, completion: number): Vehicle<T> {
  const N = st.N;
  const s = st.s;
  const campus = kind === "campus";
  const v: Vehicle<T> = {
    id: st.vehicles.length,
    kind,
    program: Math.floor(t / s.spv.programQuarters),
    start: t,
    completion: campus ? completion : t,
    gw: 0,
    gpus: new CohortBook<T>(N, false),
    nbv: N.zero,
    charge: N.zero,
    bookLeft: s.gpu.shellLifeQuarters,
    debt: N.zero,
    originalDebt: N.zero,
    principalPerQ: N.zero,
    term: campus ? s.spv.debtTermQuarters : s.gpuSpv.leaseTermQuarters,
    coupon,
    floatUnhedged: campus ? s.spv.floatingShare * (1 - s.spv.hedgedShare) : s.gpuSpv.floatingShare * (1 - s.gpuSpv.hedgedShare),
    passThrough: campus ? 0 : s.gpuSpv.passThroughShare,
    extensionsLeft: campus ? s.spv.extensions : 0,
    financeLease: !campus && isFinanceLease(s.gpuSpv.leaseTermQuarters, s.gpu.bookLifeQuarters),
    baseAtSigning: t < 0 ? s.rates.baseAnnual : st.q.rate,
    bulletShare: campus ? s.spv.bulletShare : 0,
    maturity: campus ? completion + s.spv.maturityQuarters : t + s.gpuSpv.leaseTermQuarters,
    rentFixed: N.zero,
    rentVar: N.zero,
    rentFull: N.zero,
    rvgCap: N.zero,
    cash: N.zero,
    equityIn: N.zero,
    leaseEnd: campus ? completion + s.spv.leaseTermQuarters : t + s.gpuSpv.leaseTermQuarters,
    leaseRateQ: 0,
    status: campus && completion > t ? "building" : "active",
    breachStreak: 0,
    ltvBreached: false,
  };
  st.vehicles.push(v);
  return v;
}

/**
 * A vehicle's coupon this quarter: fixed at signing, except the unhedged floating share, which moves with the
 * base rate (reset quarterly).
 */
export function couponNow<T>(v: Vehicle<T>, baseRate: number): number {
  return v.coupon + v.floatUnhedged * (baseRate - v.baseAtSigning);
}

/**
 * Size a vehicle's lease on its debt: rent covers interest and principal `spv.sizingDscr` times at full use.
 * `baseRate` is the base rate of the quarter the lease commences (the opening's for a vehicle in place).
 */
function sizeLease<T>(st: RunState<T>, v: Vehicle<T>, baseRate: number): void {
  const N = st.N;
  const s = st.s;
  // rent is sized on the service at signing: the coupon of the day and the amortising part of principal
  const serviceFull = N.scale(v.debt, (v.coupon / 4 + (1 - v.bulletShare) / v.term) * s.spv.sizingDscr);
  const varPart = v.kind === "campus" ? N.scale(serviceFull, s.spv.leaseVariableShare) : N.zero;
  v.rentVar = varPart;
  v.rentFixed = N.sub(serviceFull, varPart);
  v.rentFull = serviceFull;
  v.leaseRateQ = (baseRate + s.sponsor.bondSpreadAnnual) / 4;
  v.principalPerQ = N.scale(N.divInt(v.debt, v.term), 1 - v.bulletShare);
}

/**
 * Draw on a vehicle: `gw` of shell built for `shellCost` and `gpuGw` of GPUs for `gpuCost`, funded by outside
 * equity and private credit. A GPU vehicle's lease is sized at once; a campus's at completion. Returns the debt
 * drawn.
 */
export function drawOnVehicle<T>(st: RunState<T>, v: Vehicle<T>, t: number, gw: number, shellCost: T, gpuGw: number, gpuCost: T, equityPart: T): T {
  const N = st.N;
  const s = st.s;
  const cost = N.add(shellCost, gpuCost);
  const debt = N.sub(cost, equityPart);
  v.gw += gw;
  v.nbv = N.add(v.nbv, shellCost);
  if (gpuGw > 0) {
    st.live.push(v.gpus, v.gpus.add(t, t, gpuGw, t >= 0 ? st.c.perfAt[t]! : Math.pow(st.c.perfQ, t), gpuCost, s.gpu.bookLifeQuarters, t));
    st.spvGpuOut = N.add(st.spvGpuOut, gpuCost);
  }
  v.debt = N.add(v.debt, debt);
  v.originalDebt = N.add(v.originalDebt, debt);
  if (v.kind === "campus") v.rvgCap = N.scale(v.originalDebt, s.spv.rvgCapShare);
  if (v.status === "active") sizeLease(st, v, t < 0 ? s.rates.baseAnnual : st.q.rate);
  st.spvDebtOut = N.add(st.spvDebtOut, debt);
  st.spvShellOut = N.add(st.spvShellOut, shellCost);
  st.spvEquity = N.add(st.spvEquity, equityPart);
  v.equityIn = N.add(v.equityIn, equityPart);
  st.lentCum = N.add(st.lentCum, debt);
  st.lenderEquity = N.add(st.lenderEquity, debt);
  return debt;
}

/** Phase: campuses whose construction ends this quarter complete: the lease commences and the shells serve. */
export function completeCampuses<T>(st: RunState<T>): void {
  const N = st.N;
  const s = st.s;
  const t = st.q.t;
  for (const v of st.vehicles) {
    if (v.status !== "building" || v.completion > t) continue;
    v.status = "active";
    v.leaseEnd = t + s.spv.leaseTermQuarters;
    v.charge = N.divInt(v.nbv, s.gpu.shellLifeQuarters);
    v.bookLeft = s.gpu.shellLifeQuarters;
    sizeLease(st, v, st.q.rate);
    logEvent(st, t, "vehicle-complete", v.gw, N.toNumber(v.debt));
  }
}

/**
 * Phase: rent and debt service of every vehicle. Campuses under construction capitalise their interest (the
 * facility funds it). Active vehicles collect rent (a campus's variable part scaled by occupancy), service their
 * debt, distribute surplus cash only while their equity stays positive, and lock it up while in breach; the
 * sponsor tops up a shortfall. Consolidated vehicles' debt is serviced by the sponsor.
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
      const interest = N.scale(v.debt, couponNow(v, q.rate) / 4);
      const principal = N.min(v.principalPerQ, v.debt);
      v.debt = N.sub(v.debt, principal);
      q.consInterest = N.add(q.consInterest, interest);
      q.consPrincipal = N.add(q.consPrincipal, principal);
      continue;
    }
    if (v.status === "building") {
      const interest = N.scale(v.debt, couponNow(v, q.rate) / 4);
      v.debt = N.add(v.debt, interest);
      v.originalDebt = N.add(v.originalDebt, interest);
      v.rvgCap = N.scale(v.originalDebt, s.spv.rvgCapShare);
      v.nbv = N.add(v.nbv, interest);
      q.spvCapitalisedInterest = N.add(q.spvCapitalisedInterest, interest);
      continue;
    }
    if (v.status !== "active") continue;
    const interest = N.scale(v.debt, couponNow(v, q.rate) / 4);
    const principal = N.min(v.principalPerQ, v.debt);
    const service = N.add(interest, principal);
    const sized = q.occupancy >= 1 || v.kind === "gpu" ? v.rentFull : N.add(v.rentFixed, N.scale(v.rentVar, q.occupancy));
    // a GPU lease may pass the loan's floating-rate move on to the lessee (never below zero rent)
    const passed = v.passThrough > 0 ? N.scale(v.debt, (v.passThrough * (couponNow(v, q.rate) - v.coupon)) / 4) : N.zero;
    const rent = N.max(N.zero, N.add(sized, passed));
    if (v.financeLease) {
      // the sponsor's books split a finance lease's fixed rent into interest on the liability and principal
      const liability = N.scale(v.rentFixed, annuityFactor(Math.max(0, v.leaseEnd - t) + 1, v.leaseRateQ));
      const leaseInterest = N.min(v.rentFixed, N.scale(liability, v.leaseRateQ));
      q.vehicleLeaseInterest = N.add(q.vehicleLeaseInterest, leaseInterest);
      q.vehicleLeasePrincipal = N.add(q.vehicleLeasePrincipal, N.sub(v.rentFixed, leaseInterest));
    }
    const shellDepDeal = N.min(v.charge, v.nbv);
    const gpuDepDeal = v.gpus.depreciate(t);
    const dep = N.add(shellDepDeal, gpuDepDeal);
    v.bookLeft = Math.max(0, v.bookLeft - 1);
    v.nbv = N.sub(v.nbv, shellDepDeal);
    q.spvShellDep = N.add(q.spvShellDep, shellDepDeal);
    q.vehicleRent = N.add(q.vehicleRent, rent);
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
      // no distribution that would leave the vehicle's equity negative: what cannot go out stays in
      const equityAfter = N.sub(N.add(N.add(v.nbv, v.gpus.nbv), surplus), v.debt);
      const payable = N.max(N.zero, N.min(surplus, equityAfter));
      q.spvDistributions = N.add(q.spvDistributions, payable);
      v.cash = N.sub(surplus, payable);
    }
  }
  if (worstNewBreach < Infinity) logEvent(st, t, "covenant-breach", worstNewBreach);
  q.spvServiceTotal = N.add(q.spvInterest, q.spvPrincipal);
  st.spvDebtOut = N.add(N.sub(st.spvDebtOut, q.spvPrincipal), q.spvCapitalisedInterest);
  st.spvShellOut = N.add(N.sub(st.spvShellOut, q.spvShellDep), q.spvCapitalisedInterest);
  st.spvGpuOut = N.sub(st.spvGpuOut, N.sub(q.spvDep, q.spvShellDep));
  st.consolidatedOut = N.sub(st.consolidatedOut, q.consPrincipal);
  q.spvNi = N.add(q.spvNi, N.sub(N.sub(q.vehicleRent, q.spvInterest), q.spvDep));
  st.repaidCum = N.add(st.repaidCum, q.spvPrincipal);
  st.interestCum = N.add(N.add(st.interestCum, q.spvInterest), q.spvCapitalisedInterest);
  st.lenderCash = N.add(st.lenderCash, q.spvServiceTotal);
  st.lenderEquity = N.add(N.add(st.lenderEquity, q.spvInterest), q.spvCapitalisedInterest);
  st.lentCum = N.add(st.lentCum, q.spvCapitalisedInterest);
  q.spvNi = N.add(q.spvNi, q.spvSupport);
  st.repaidCum = N.add(st.repaidCum, q.consPrincipal);
  st.interestCum = N.add(st.interestCum, q.consInterest);
  st.lenderCash = N.add(st.lenderCash, N.add(q.consPrincipal, q.consInterest));
  st.lenderEquity = N.add(st.lenderEquity, q.consInterest);
}

/**
 * Draw `gw` of campus or `gpuGw` of GPUs on the current programme's vehicle of `kind` (opened, with its completion
 * `spv.buildQuarters` ahead, if there is none). A module function rather than a closure in the phase: a closure
 * is a new function object every quarter.
 */
function drawOnProgramme<T>(st: RunState<T>, kind: Vehicle<T>["kind"], program: number, gw: number, gpuGw: number, spread: number, equityShare: number): void {
  const N = st.N;
  const s = st.s;
  const q = st.q;
  const t = q.t;
  let v: Vehicle<T> | undefined;
  for (const x of st.vehicles) {
    if (x.kind === kind && x.program === program && x.start >= 0 && (x.status === "building" || x.status === "active")) {
      v = x;
      break;
    }
  }
  const coupon = q.issueRate - s.sponsor.bondSpreadAnnual + spread;
  v ??= openVehicle(st, kind, t, coupon, t + Math.max(1, s.spv.buildQuarters));
  const shellCost = N.from(gw * st.c.shellCostPerGw);
  const gpuCost = N.from(gpuGw * st.c.gpuCostPerGw);
  const cost = N.add(shellCost, gpuCost);
  // outside equity, plus the GPU maker's own for a GPU vehicle (vendor financing)
  const equity = N.scale(cost, kind === "gpu" ? equityShare + s.gpuSpv.vendorShare : equityShare);
  q.spvCapex = N.add(q.spvCapex, cost);
  q.spvEquityIn = N.add(q.spvEquityIn, equity);
  q.spvDebtDrawn = N.add(q.spvDebtDrawn, drawOnVehicle(st, v, t, gw, shellCost, gpuGw, gpuCost, equity));
}

/**
 * The vehicles' share of this quarter's build: campus draws go to the current programme's campus, GPU draws to
 * the current GPU vehicle; none while lenders are in their cooldown after a consolidation or a loss on that kind
 * of vehicle.
 */
export function drawNewCapacity<T>(st: RunState<T>): void {
  const N = st.N;
  const s = st.s;
  const q = st.q;
  const program = Math.floor(q.t / s.spv.programQuarters);
  const campusGw = q.wantShellGw * q.campusShare;
  if (campusGw > 0) drawOnProgramme(st, "campus", program, campusGw, 0, s.spv.spreadAnnual, s.spv.equityShare);
  const gpuGw = q.wantGpuGw * q.gpuVehicleShare;
  if (gpuGw > 0) drawOnProgramme(st, "gpu", program, 0, gpuGw, s.gpuSpv.spreadAnnual, s.gpuSpv.equityShare);
  st.spvEquity = N.sub(N.sub(N.add(st.spvEquity, q.spvNi), q.spvDistributions), q.spvTransferred);
}
