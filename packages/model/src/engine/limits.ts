/**
 * Money thresholds both number types share, so that a rounding difference at the twelfth decimal cannot make
 * the Decimal ledger and the fast path take different decisions (MODEL.md, "One set of equations").
 */

/** Smallest purchase or event amount, USD bn ($1). */
export const MIN_AMOUNT = 1e-9;
/** Smallest SPV draw, USD bn ($1,000). */
export const MIN_DRAW = 1e-6;
