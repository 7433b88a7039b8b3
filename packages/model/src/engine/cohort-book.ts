/**
 * GPU and shell cohorts and their straight-line depreciation (MODEL.md, "GPUs, shells and capacity"): one
 * schedule per asset, so that the quarter's charge and the fall in book value are the same number.
 *
 * A book stores its cohorts as columns (struct of arrays) indexed by cohort number, and the cohorts whose last
 * charge falls in a quarter as a linked list through those numbers: adding a cohort allocates nothing (the
 * arrays grow by amortised doubling, and a book cleared for the next path keeps them), which is what Monte
 * Carlo's hundreds of thousands of runs need.
 */
import type { Num } from "../_lib/num.js";

/** Straight-line depreciation of many cohorts from one schedule: running charge sum and book value. */
export class CohortBook<T> {
  /** Number of cohorts; cohort i is column entry i. */
  count = 0;
  /** Quarter index of purchase (negative for the opening stock); depreciation runs from created + 1. */
  readonly created: number[] = [];
  /** Quarter index the GPUs' generation dates from (economic age = t − vintage). */
  readonly vintage: number[] = [];
  readonly gw: number[] = [];
  /** Compute units per GW. */
  readonly perf: number[] = [];
  /** Carrying amount the cohort entered the book at (its cost, or its net book value when it came in used). */
  readonly cost: T[] = [];
  readonly costNum: number[] = [];
  /** What the GPUs cost new (USD bn): the base of their economic value. */
  readonly gross: number[] = [];
  readonly charge: T[] = [];
  readonly chargeNum: number[] = [];
  readonly life: number[] = [];
  /** Last depreciation charge (cost − charge × (life − 1)), so that book value ends at exactly zero. */
  readonly last: T[] = [];
  /** Retired from service: economically obsolete, stranded, or handed back with a lease. */
  readonly retired: boolean[] = [];
  readonly impaired: boolean[] = [];
  // `declare`d and first set in the constructor: a class field would start as undefined, and V8 would then keep
  // these running sums as boxed numbers (an allocation for every update on the fast path)
  declare chargeSum: T;
  declare nbv: T;
  /** First and last cohort whose last charge falls in quarter q (−1: none), and the next one after each. */
  private readonly finalHead: number[] = [];
  private readonly finalTail: number[] = [];
  private readonly finalNext: number[] = [];
  constructor(
    private readonly N: Num<T>,
    /** Owned by the sponsor (false: owned by an SPV). */
    readonly own: boolean,
  ) {
    this.chargeSum = N.zero;
    this.nbv = N.zero;
  }

  /**
   * Add a cohort bought in quarter `created` (book value counted after quarter `now`), carried at `cost` and
   * costing `gross` new (default: its carrying amount); returns its number.
   */
  add(created: number, vintage: number, gw: number, perf: number, cost: T, life: number, now: number, gross?: number): number {
    const N = this.N;
    const charge = N.divInt(cost, life);
    const last = N.sub(cost, N.scale(charge, life - 1));
    // written by index rather than pushed, so that a book cleared for another run (`clear`) reuses its columns
    const i = this.count++;
    this.created[i] = created;
    this.vintage[i] = vintage;
    this.gw[i] = gw;
    this.perf[i] = perf;
    this.cost[i] = cost;
    this.costNum[i] = N.toNumber(cost);
    this.gross[i] = gross ?? N.toNumber(cost);
    this.charge[i] = charge;
    this.chargeNum[i] = N.toNumber(charge);
    this.life[i] = life;
    this.last[i] = last;
    this.retired[i] = false;
    this.impaired[i] = false;
    this.finalNext[i] = -1;
    const end = created + life;
    if (end > now) {
      this.chargeSum = N.add(this.chargeSum, charge);
      // append to the list of cohorts ending in `end`, keeping the order they were added in
      while (this.finalHead.length <= end) {
        this.finalHead.push(-1);
        this.finalTail.push(-1);
      }
      const tail = this.finalTail[end]!;
      if (tail < 0) this.finalHead[end] = i;
      else this.finalNext[tail] = i;
      this.finalTail[end] = i;
      this.nbv = N.add(this.nbv, this.bookValue(i, now));
    }
    return i;
  }

  /**
   * Empty the book for another run, keeping its columns' storage (a block of Monte Carlo paths reuses one book);
   * entries past `count` are stale and never read.
   */
  clear(): this {
    this.count = 0;
    this.chargeSum = this.N.zero;
    this.nbv = this.N.zero;
    this.finalHead.fill(-1);
    this.finalTail.fill(-1);
    return this;
  }

  /** Book value of cohort i after the depreciation of quarter `t`. */
  bookValue(i: number, t: number): T {
    const N = this.N;
    if (this.impaired[i]) return N.zero;
    const age = t - this.created[i]!;
    if (age >= this.life[i]!) return N.zero;
    if (age <= 0) return this.cost[i]!;
    return N.sub(this.cost[i]!, N.scale(this.charge[i]!, age));
  }

  bookValueNum(i: number, t: number): number {
    if (this.impaired[i]) return 0;
    const age = t - this.created[i]!;
    if (age >= this.life[i]!) return 0;
    if (age <= 0) return this.costNum[i]!;
    return this.costNum[i]! - this.chargeNum[i]! * age;
  }

  /** Depreciation of quarter t; book value falls by the same amount. */
  depreciate(t: number): T {
    const N = this.N;
    let dep = this.chargeSum;
    if (t >= 0 && t < this.finalHead.length) {
      for (let i = this.finalHead[t]!; i >= 0; i = this.finalNext[i]!) {
        if (this.impaired[i]) continue;
        dep = N.add(N.sub(dep, this.charge[i]!), this.last[i]!);
        this.chargeSum = N.sub(this.chargeSum, this.charge[i]!);
      }
      this.finalHead[t] = -1;
      this.finalTail[t] = -1;
    }
    this.nbv = N.sub(this.nbv, dep);
    return dep;
  }

  /** Write cohort i's remaining book value off (after quarter t's depreciation); returns the amount. */
  impair(i: number, t: number): T {
    const N = this.N;
    const value = this.bookValue(i, t);
    if (t - this.created[i]! < this.life[i]!) this.chargeSum = N.sub(this.chargeSum, this.charge[i]!);
    this.impaired[i] = true;
    this.nbv = N.sub(this.nbv, value);
    return value;
  }
}

/**
 * The GPU cohorts in service, across the sponsor's book and the vehicles' books, in the order they entered
 * service: parallel columns (book, cohort number, and copies of the cohort's vintage, GW and compute, which never
 * change while it serves). The copies let the scans every quarter (what retires, what the fleet can compute)
 * read one column instead of a book's. The entries in use are `head` … `end − 1`: the oldest GPUs, which leave
 * service first, leave by moving `head` (most quarters one cohort leaves, and shifting every other entry down
 * was the largest cost of retiring it); other departures compact the columns in place. The columns keep their
 * storage for the next path (entries outside head … end − 1 are stale, never read).
 */
export class LiveFleet<T> {
  readonly book: CohortBook<T>[] = [];
  readonly index: number[] = [];
  readonly vintage: number[] = [];
  readonly gw: number[] = [];
  /** Compute units: gw × perf. */
  readonly units: number[] = [];
  head = 0;
  end = 0;
  /**
   * No cohort in service dates from before this quarter (a lower bound: exact after `compact`), so that the
   * quarters in which none leaves service skip the scan for those that do.
   */
  minVintage = Number.POSITIVE_INFINITY;
  /** Empty the fleet for another run. */
  clear(): this {
    this.head = 0;
    this.end = 0;
    this.minVintage = Number.POSITIVE_INFINITY;
    return this;
  }
  push(book: CohortBook<T>, i: number): void {
    const n = this.end++;
    this.book[n] = book;
    this.index[n] = i;
    const vintage = book.vintage[i]!;
    this.vintage[n] = vintage;
    this.gw[n] = book.gw[i]!;
    this.units[n] = book.gw[i]! * book.perf[i]!;
    if (vintage < this.minVintage) this.minVintage = vintage;
  }
  /** The first `count` entries have left service (and no other entry has). */
  dropFirst(count: number): void {
    this.head += count;
  }
  /** Keep the cohorts still in service, in order. */
  compact(): void {
    let k = this.head;
    let minVintage = Number.POSITIVE_INFINITY;
    const n = this.end;
    for (let j = this.head; j < n; j++) {
      const b = this.book[j]!;
      if (b.retired[this.index[j]!]) continue;
      if (k !== j) {
        this.book[k] = b;
        this.index[k] = this.index[j]!;
        this.vintage[k] = this.vintage[j]!;
        this.gw[k] = this.gw[j]!;
        this.units[k] = this.units[j]!;
      }
      if (this.vintage[k]! < minVintage) minVintage = this.vintage[k]!;
      k++;
    }
    this.end = k;
    this.minVintage = minVintage;
  }
}
