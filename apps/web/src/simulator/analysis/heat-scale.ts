import { scaleLinear, scaleQuantile } from "d3-scale";

/** Why a heat-map cell is hatched instead of coloured. */
export type CellFlag = "rejected" | "implausible";

/**
 * Money beyond this many years of the sponsor's opening annual revenue is flagged as implausible: a run that
 * far outside anything the presets are calibrated to says more about the combination of parameters than
 * about the world (the default grid once held a cell of 2,068 trillion dollars).
 */
export const IMPLAUSIBLE_REVENUE_YEARS = 100;

export interface HeatScale {
  /** Per cell (values[j][i]): why it is hatched, or undefined when it is coloured. */
  flags: Array<Array<CellFlag | undefined>>;
  /** The colour domain: 5th and 95th percentiles of the coloured cells (min and max when they coincide). */
  domain: [number, number];
  /** Whether some coloured cells lie below or above the domain (drawn in its end colours). */
  clippedLow: boolean;
  clippedHigh: boolean;
  /** Colour of a coloured cell's value; values outside the domain take the end colours. */
  color: (value: number) => string;
}

interface Options {
  /** Colours at the low and high end of the domain. */
  range: [string, string];
  /** Money outputs (USD bn) get the implausibility test; ratios and quarters do not. */
  money: boolean;
  /** The sponsor's opening annual revenue (USD bn), the yardstick of implausible money. */
  revenueAnnual: number;
  /** Cells coloured apart (e.g. "no burst within the horizon"), left out of the scale. */
  apart?: (value: number) => boolean;
}

/**
 * A robust colour scale for a heat map: the colour domain runs between the 5th and 95th percentiles of the
 * plausible cells (d3-scale's quantile thresholds), so that one extreme cell cannot wash out the others;
 * cells the model rejected and implausible money are flagged and left out of the scale.
 *
 * @example
 * heatScale([[1, 2], [3, 1e9]], { range: ["#fff", "#000"], money: true, revenueAnnual: 200 }).flags[1][1]; // "implausible"
 */
export function heatScale(values: readonly (readonly number[])[], options: Options): HeatScale {
  const limit = IMPLAUSIBLE_REVENUE_YEARS * Math.abs(options.revenueAnnual);
  const flags = values.map((row) =>
    row.map((v): CellFlag | undefined => (Number.isNaN(v) ? "rejected" : options.money && (!Number.isFinite(v) || Math.abs(v) > limit) ? "implausible" : undefined)),
  );
  const coloured = values.flatMap((row, j) => row.filter((v, i) => flags[j]?.[i] === undefined && Number.isFinite(v) && !options.apart?.(v)));
  if (coloured.length === 0) return { flags, domain: [0, 1], clippedLow: false, clippedHigh: false, color: () => "transparent" };
  const min = Math.min(...coloured);
  const max = Math.max(...coloured);
  // 20 quantile classes: the first and last thresholds are the 5th and 95th percentiles.
  const thresholds = scaleQuantile<number>().domain(coloured).range(Array.from({ length: 20 }, (_, k) => k)).quantiles();
  let lo = thresholds[0] ?? min;
  let hi = thresholds.at(-1) ?? max;
  if (!(hi > lo)) [lo, hi] = [min, max];
  const linear = scaleLinear<string>().domain(hi > lo ? [lo, hi] : [lo - 1, lo + 1]).range(options.range).clamp(true);
  return { flags, domain: [lo, hi], clippedLow: min < lo, clippedHigh: max > hi, color: (v) => linear(v) };
}
