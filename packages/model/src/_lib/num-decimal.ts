import { Decimal } from "decimal.js";
import type { Num } from "./num.js";
import { MONEY_DP } from "./num.js";

// The Decimal arithmetic of the ledger. Only `simulate.ts` imports this module: the fast path (simulateFast,
// the analyses, the figures) must bundle without decimal.js.

/** Decimal with enough precision that every sum of money values is exact. */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_EVEN, toExpNeg: -30, toExpPos: 30 });
export type Dec = InstanceType<typeof Dec>;

const DEC_ZERO = new Dec(0);

/** Factors repeat (coupons, shares, covenants): convert each float to Decimal once. */
const factorCache = new Map<number, Dec>();
function factor(k: number): Dec {
  let d = factorCache.get(k);
  if (d === undefined) {
    if (factorCache.size > 4096) factorCache.clear();
    d = new Dec(k);
    factorCache.set(k, d);
  }
  return d;
}

export const decimalNum: Num<Dec> = {
  zero: DEC_ZERO,
  from: (x) => new Dec(x).toDecimalPlaces(MONEY_DP),
  // zero is common (no impairment, no guarantee this quarter): skip the allocation
  add: (a, b) => (b.isZero() ? a : a.isZero() ? b : a.plus(b)),
  sub: (a, b) => (b.isZero() ? a : a.minus(b)),
  scale: (a, k) => (a.isZero() ? a : a.times(factor(k)).toDecimalPlaces(MONEY_DP)),
  divInt: (a, n) => a.dividedBy(factor(n)).toDecimalPlaces(MONEY_DP),
  ratio: (a, b) => {
    const d = b.toNumber();
    return d === 0 ? 0 : a.toNumber() / d;
  },
  toNumber: (a) => a.toNumber(),
  lt: (a, b) => a.lt(b),
  gt: (a, b) => a.gt(b),
  max: (a, b) => (a.gt(b) ? a : b),
  min: (a, b) => (a.lt(b) ? a : b),
  isPositive: (a) => a.isPositive() && !a.isZero(),
};
