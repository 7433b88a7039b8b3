/**
 * GPU and shell cohorts and their straight-line depreciation (MODEL.md, "GPUs, shells and capacity"): one
 * schedule per asset, so that the quarter's charge and the fall in book value are the same number.
 */
import type { Num } from "../_lib/num.js";

/** One quarter's purchase of GPUs (or shells): a straight-line depreciation schedule and a place in service. */
export interface Cohort<T> {
  /** Quarter index of purchase (negative for the opening stock); depreciation runs from created + 1. */
  created: number;
  /** Quarter index the GPUs' generation dates from (economic age = t − vintage). */
  vintage: number;
  gw: number;
  /** Compute units per GW. */
  perf: number;
  cost: T;
  costNum: number;
  charge: T;
  chargeNum: number;
  life: number;
  /** Last depreciation charge (cost − charge × (life − 1)), so that book value ends at exactly zero. */
  last: T;
  /** Retired from service: economically obsolete or stranded (no shell to house it). */
  retired: boolean;
  impaired: boolean;
  /** Owned by the sponsor (false: owned by an SPV). */
  own: boolean;
}

/** Straight-line depreciation of many cohorts from one schedule: running charge sum and book value. */
export class CohortBook<T> {
  readonly cohorts: Cohort<T>[] = [];
  chargeSum: T;
  nbv: T;
  /** Cohorts by the quarter of their last charge (an array: quarters are small whole numbers, never negative here). */
  private readonly finals: Array<Cohort<T>[] | undefined> = [];
  constructor(
    private readonly N: Num<T>,
    private readonly own: boolean,
  ) {
    this.chargeSum = N.zero;
    this.nbv = N.zero;
  }
  add(created: number, vintage: number, gw: number, perf: number, cost: T, life: number, now: number): Cohort<T> {
    const N = this.N;
    const charge = N.divInt(cost, life);
    const last = N.sub(cost, N.scale(charge, life - 1));
    const c: Cohort<T> = {
      created,
      vintage,
      gw,
      perf,
      cost,
      costNum: N.toNumber(cost),
      charge,
      chargeNum: N.toNumber(charge),
      life,
      last,
      retired: false,
      impaired: false,
      own: this.own,
    };
    this.cohorts.push(c);
    const end = created + life;
    if (end > now) {
      this.chargeSum = N.add(this.chargeSum, charge);
      const list = this.finals[end];
      if (list) list.push(c);
      else this.finals[end] = [c];
      this.nbv = N.add(this.nbv, this.bookValue(c, now));
    }
    return c;
  }
  /** Book value of a cohort after the depreciation of quarter `t`. */
  bookValue(c: Cohort<T>, t: number): T {
    const N = this.N;
    if (c.impaired) return N.zero;
    const age = t - c.created;
    if (age >= c.life) return N.zero;
    if (age <= 0) return c.cost;
    return N.sub(c.cost, N.scale(c.charge, age));
  }
  bookValueNum(c: Cohort<T>, t: number): number {
    if (c.impaired) return 0;
    const age = t - c.created;
    if (age >= c.life) return 0;
    if (age <= 0) return c.costNum;
    return c.costNum - c.chargeNum * age;
  }
  /** Depreciation of quarter t; book value falls by the same amount. */
  depreciate(t: number): T {
    const N = this.N;
    let dep = this.chargeSum;
    const ending = t >= 0 ? this.finals[t] : undefined;
    if (ending) {
      for (const c of ending) {
        if (c.impaired) continue;
        dep = N.add(N.sub(dep, c.charge), c.last);
        this.chargeSum = N.sub(this.chargeSum, c.charge);
      }
      this.finals[t] = undefined;
    }
    this.nbv = N.sub(this.nbv, dep);
    return dep;
  }
  /** Write a cohort's remaining book value off (after quarter t's depreciation); returns the amount. */
  impair(c: Cohort<T>, t: number): T {
    const N = this.N;
    const value = this.bookValue(c, t);
    if (t - c.created < c.life) this.chargeSum = N.sub(this.chargeSum, c.charge);
    c.impaired = true;
    this.nbv = N.sub(this.nbv, value);
    return value;
  }
}
