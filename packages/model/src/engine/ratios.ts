/**
 * Coverage ratios and Minsky's classes (MODEL.md, "Measures"): the definitions the measures and the public API
 * share.
 */
import type { Num } from "../_lib/num.js";
import { floatNum } from "../_lib/num.js";
import type { MinskyClass } from "./state.js";

/**
 * Ratios are capped so that a quarter without interest reports a large finite cover, never Infinity.
 *
 * @example
 * dscr(1, 0, 0) === RATIO_CAP; // true
 */
export const RATIO_CAP = 999;

/** A ratio within ±{@link RATIO_CAP}. */
export const capRatio = (x: number): number => (x > RATIO_CAP ? RATIO_CAP : x < -RATIO_CAP ? -RATIO_CAP : x);

/** Minsky's class of a cash flow against interest and principal due, in the run's arithmetic. */
export function minsky<T>(N: Num<T>, cash: T, interest: T, principal: T): MinskyClass {
  if (!N.lt(cash, N.add(interest, principal))) return "hedge";
  if (!N.lt(cash, interest)) return "speculative";
  return "ponzi";
}

/**
 * Minsky's classes by cash flow against payment commitments (Minsky 1992): hedge when cash flow meets interest
 * and principal, speculative when it meets interest only, Ponzi when it meets neither.
 *
 * @param cashFlow - operating cash flow available for debt service (USD bn per quarter)
 * @param interest - interest due (USD bn per quarter)
 * @param principal - principal due or its straight-line equivalent (USD bn per quarter)
 * @example
 * minskyClass(10, 2, 5); // "hedge"
 * minskyClass(5, 2, 5); // "speculative"
 * minskyClass(1, 2, 5); // "ponzi"
 */
export function minskyClass(cashFlow: number, interest: number, principal: number): MinskyClass {
  return minsky(floatNum, cashFlow, interest, principal);
}

/**
 * Debt service coverage ratio: cash flow available for debt service ÷ (interest + principal), capped at
 * {@link RATIO_CAP} when nothing is due.
 *
 * @example
 * dscr(1.3, 0.5, 0.5); // 1.3
 */
export function dscr(cashFlow: number, interest: number, principal: number): number {
  const service = interest + principal;
  return service > 0 ? capRatio(cashFlow / service) : RATIO_CAP;
}
