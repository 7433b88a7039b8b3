/**
 * The arithmetic the engine is written against. The one set of equations in `engine.ts` runs with a
 * `Decimal` implementation (the ledger, exact to the money scale) and a float64 implementation (the fast
 * path for sweeps and Monte Carlo; this module). The Decimal one lives in `num-decimal.ts` so that a bundle of
 * the fast path never pulls in decimal.js. Physical quantities (GW, compute units, rates, utilisation) are plain
 * numbers in both; only money goes through `Num`.
 */
export interface Num<T> {
  readonly zero: T;
  /** A float (a price × quantity computed in the shared physical layer) as money, rounded to the money scale. */
  from(x: number): T;
  add(a: T, b: T): T;
  sub(a: T, b: T): T;
  /** a × k for a plain factor k (a rate, a share), rounded to the money scale. */
  scale(a: T, k: number): T;
  /** a ÷ n for a whole number of quarters, rounded to the money scale. */
  divInt(a: T, n: number): T;
  /** a ÷ b as a float, for ratios and decisions; 0 when b is 0. */
  ratio(a: T, b: T): number;
  toNumber(a: T): number;
  lt(a: T, b: T): boolean;
  gt(a: T, b: T): boolean;
  max(a: T, b: T): T;
  min(a: T, b: T): T;
  isPositive(a: T): boolean;
}

/** Money scale: 12 decimal places of USD bn, i.e. a thousandth of a dollar. */
export const MONEY_DP = 12;

/** float64 money: the fast path. */
export const floatNum: Num<number> = {
  zero: 0,
  from: (x) => x,
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  scale: (a, k) => a * k,
  divInt: (a, n) => a / n,
  ratio: (a, b) => (b === 0 ? 0 : a / b),
  toNumber: (a) => a,
  lt: (a, b) => a < b,
  gt: (a, b) => a > b,
  max: (a, b) => (a > b ? a : b),
  min: (a, b) => (a < b ? a : b),
  isPositive: (a) => a > 0,
};
