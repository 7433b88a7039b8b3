/**
 * The sponsor's third-party leases under ASC 842 (MODEL.md, "Leases"): leases signed but not yet commenced (a
 * commitment, off the balance sheet), and commenced leases, each a liability at the present value of its fixed
 * payments at the incremental borrowing rate of its commencement, accreting interest and reduced by payments.
 * Operating leases are expensed as their (level) payment; finance leases as interest plus the amortisation of
 * their right-of-use asset. Stored as columns, like the cohort books, so that signing allocates nothing.
 */
import type { Num } from "../_lib/num.js";

/** Present value of `n` level quarterly payments at the quarterly rate `r`, per unit of payment. */
export function annuityFactor(n: number, r: number): number {
  if (n <= 0) return 0;
  if (!(r > 0)) return n;
  // a run asks for the same few (rate, term) pairs every quarter and every Monte Carlo path asks again, and
  // Math.pow was the engine's costliest call: each factor is computed once by the same formula and kept
  if (n >= ANNUITY_TERMS || (n | 0) !== n) return annuityFactorOf(n, r);
  let slot = lastSlot;
  if (annuityRates[slot] !== r) {
    slot = annuityRates.indexOf(r);
    if (slot < 0) {
      // a new rate takes the oldest slot (rates drawn at random, as with rate volatility, just cycle through)
      slot = nextSlot;
      nextSlot = (nextSlot + 1) % ANNUITY_RATES;
      annuityRates[slot] = r;
      annuityTables[slot]!.fill(Number.NaN);
    }
    lastSlot = slot;
  }
  const table = annuityTables[slot]!;
  let f = table[n]!;
  if (f !== f) table[n] = f = annuityFactorOf(n, r); // NaN: not computed yet
  return f;
}

function annuityFactorOf(n: number, r: number): number {
  return (1 - Math.pow(1 + r, -n)) / r;
}

/** The annuity cache: factors of terms 0 … ANNUITY_TERMS − 1 for the last ANNUITY_RATES rates seen. */
const ANNUITY_TERMS = 512;
const ANNUITY_RATES = 16;
const annuityRates: number[] = Array.from({ length: ANNUITY_RATES }, () => Number.NaN);
const annuityTables = Array.from({ length: ANNUITY_RATES }, () => new Float64Array(ANNUITY_TERMS).fill(Number.NaN));
let lastSlot = 0;
let nextSlot = 0;

/** What the leases did in a quarter. */
export interface LeaseFlows<T> {
  /** Operating lease payments (the expense). */
  operatingPaid: T;
  /** Finance leases: interest, principal repaid and right-of-use amortisation. */
  financeInterest: T;
  financePrincipal: T;
  financeAmortisation: T;
  /** Operating payments on leases other than those in place at the opening (the AI build's). */
  newLeasesPaid: T;
  /** Shell GW that came into use and that was handed back. */
  gwCommenced: number;
  gwEnded: number;
}

export class LeaseBook<T> {
  count = 0;
  readonly commence: number[] = [];
  readonly term: number[] = [];
  readonly payment: T[] = [];
  readonly rateQ: number[] = [];
  readonly liability: T[] = [];
  readonly remaining: number[] = [];
  readonly gw: number[] = [];
  readonly finance: boolean[] = [];
  readonly rou: T[] = [];
  readonly rouCharge: T[] = [];
  /** 0 signed, 1 commenced, 2 ended. */
  readonly status: number[] = [];
  // running sums `declare`d and first set in the constructor, as in CohortBook (no boxed numbers on the fast path)
  declare operatingLiability: T;
  declare financeLiability: T;
  declare financeRou: T;
  /** Undiscounted payments of the leases signed and not yet commenced, and the shell GW they will bring. */
  declare commitments: T;
  pendingGw = 0;
  /** Leases before this one have all ended (skipped by the quarter's pass). */
  private firstOpen = 0;
  constructor(private readonly N: Num<T>) {
    this.operatingLiability = N.zero;
    this.financeLiability = N.zero;
    this.financeRou = N.zero;
    this.commitments = N.zero;
  }

  /** Empty the book for another run, keeping its columns' storage (entries past `count` are stale, never read). */
  clear(): this {
    const N = this.N;
    this.count = 0;
    this.firstOpen = 0;
    this.operatingLiability = N.zero;
    this.financeLiability = N.zero;
    this.financeRou = N.zero;
    this.commitments = N.zero;
    this.pendingGw = 0;
    return this;
  }

  /** Append a lease: written by index rather than pushed, so that a cleared book reuses its columns. */
  private put(commence: number, term: number, payment: T, rateQ: number, liability: T, gw: number, finance: boolean, rou: T, rouCharge: T, status: number): void {
    const i = this.count++;
    this.commence[i] = commence;
    this.term[i] = term;
    this.payment[i] = payment;
    this.rateQ[i] = rateQ;
    this.liability[i] = liability;
    this.remaining[i] = term;
    this.gw[i] = gw;
    this.finance[i] = finance;
    this.rou[i] = rou;
    this.rouCharge[i] = rouCharge;
    this.status[i] = status;
  }

  /** Sign a lease of `term` quarters at `payment` a quarter, commencing in quarter `commence`. */
  sign(commence: number, term: number, payment: T, gw: number, finance: boolean): void {
    const N = this.N;
    this.put(commence, term, payment, 0, N.zero, gw, finance, N.zero, N.zero, 0);
    this.commitments = N.add(this.commitments, N.scale(payment, term));
    this.pendingGw += gw;
  }

  /**
   * A lease already in place at the opening with liability `liability`, `term` quarters left, at the quarterly
   * rate `rateQ`: its level payment follows.
   */
  open(liability: T, term: number, rateQ: number, finance: boolean): void {
    const N = this.N;
    const payment = N.scale(liability, 1 / annuityFactor(term, rateQ));
    this.put(-1, term, payment, rateQ, liability, 0, finance, finance ? liability : N.zero, finance ? N.divInt(liability, term) : N.zero, 1);
    if (finance) {
      this.financeLiability = N.add(this.financeLiability, liability);
      this.financeRou = N.add(this.financeRou, liability);
    } else this.operatingLiability = N.add(this.operatingLiability, liability);
  }

  /**
   * The quarter t: leases due commence at the quarterly rate `rateQ` (the incremental borrowing rate of the day),
   * then every commenced lease accrues interest and is paid; a lease paid out ends.
   */
  step(t: number, rateQ: number, out: LeaseFlows<T>): void {
    const N = this.N;
    out.operatingPaid = N.zero;
    out.financeInterest = N.zero;
    out.financePrincipal = N.zero;
    out.financeAmortisation = N.zero;
    out.newLeasesPaid = N.zero;
    out.gwCommenced = 0;
    out.gwEnded = 0;
    while (this.firstOpen < this.count && this.status[this.firstOpen] === 2) this.firstOpen++;
    for (let i = this.firstOpen; i < this.count; i++) {
      const status = this.status[i]!;
      if (status === 2) continue;
      if (status === 0) {
        if (this.commence[i] !== t) continue;
        const n = this.term[i]!;
        const liability = N.scale(this.payment[i]!, annuityFactor(n, rateQ));
        this.rateQ[i] = rateQ;
        this.liability[i] = liability;
        this.status[i] = 1;
        this.commitments = N.sub(this.commitments, N.scale(this.payment[i]!, n));
        out.gwCommenced += this.gw[i]!;
        this.pendingGw -= this.gw[i]!;
        if (this.finance[i]) {
          this.rou[i] = liability;
          this.rouCharge[i] = N.divInt(liability, n);
          this.financeLiability = N.add(this.financeLiability, liability);
          this.financeRou = N.add(this.financeRou, liability);
        } else this.operatingLiability = N.add(this.operatingLiability, liability);
        continue; // the first payment falls in the next quarter
      }
      const before = this.liability[i]!;
      const interest = N.scale(before, this.rateQ[i]!);
      const last = this.remaining[i] === 1;
      // the last payment clears the liability exactly (rounding stays out of the books)
      const paid = last ? N.add(before, interest) : this.payment[i]!;
      const after = last ? N.zero : N.sub(N.add(before, interest), paid);
      this.liability[i] = after;
      this.remaining[i] = this.remaining[i]! - 1;
      if (this.finance[i]) {
        out.financeInterest = N.add(out.financeInterest, interest);
        out.financePrincipal = N.add(out.financePrincipal, N.sub(paid, interest));
        const amort = last ? this.rou[i]! : N.min(this.rouCharge[i]!, this.rou[i]!);
        this.rou[i] = N.sub(this.rou[i]!, amort);
        out.financeAmortisation = N.add(out.financeAmortisation, amort);
        this.financeLiability = N.sub(N.add(this.financeLiability, after), before);
        this.financeRou = N.sub(this.financeRou, amort);
      } else {
        out.operatingPaid = N.add(out.operatingPaid, paid);
        if (this.commence[i]! >= 0) out.newLeasesPaid = N.add(out.newLeasesPaid, paid);
        this.operatingLiability = N.sub(N.add(this.operatingLiability, after), before);
      }
      if (last) {
        this.status[i] = 2;
        out.gwEnded += this.gw[i]!;
      }
    }
  }

  /** Fixed payments still owed on commenced leases, discounted at `discountQ` a quarter (for the horizon value). */
  remainingPaymentsPv(discountQ: number): T {
    const N = this.N;
    let pv = N.zero;
    for (let i = 0; i < this.count; i++) {
      if (this.status[i] !== 1) continue;
      pv = N.add(pv, N.scale(this.payment[i]!, annuityFactor(this.remaining[i]!, discountQ)));
    }
    return pv;
  }
}
