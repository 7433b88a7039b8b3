/** Quarter labels such as "2025Q1" and their arithmetic. */
export const QUARTER_RE = /^(\d{4})Q([1-4])$/;

/** Absolute quarter number (year × 4 + quarter − 1) of a label; NaN when malformed. */
export function quarterOrdinal(label: string): number {
  const m = QUARTER_RE.exec(label);
  if (!m) return Number.NaN;
  return Number(m[1]) * 4 + Number(m[2]) - 1;
}

export function ordinalLabel(ordinal: number): string {
  const year = Math.floor(ordinal / 4);
  return `${year}Q${ordinal - year * 4 + 1}`;
}

/** Label of the quarter `index` quarters after `start`. */
export function quarterLabel(start: string, index: number): string {
  return ordinalLabel(quarterOrdinal(start) + index);
}

/** Index of `label` relative to `start` (0 for the start quarter). */
export function quarterIndex(start: string, label: string): number {
  return quarterOrdinal(label) - quarterOrdinal(start);
}

/**
 * The labels of `count` consecutive quarters from `start`; empty when `start` is not a quarter label.
 *
 * @param start - first quarter, e.g. "2025Q1"
 * @param count - number of quarters
 * @example
 * quarterLabels("2025Q3", 3); // ["2025Q3", "2025Q4", "2026Q1"]
 */
export function quarterLabels(start: string, count: number): string[] {
  if (!QUARTER_RE.test(start)) return [];
  return Array.from({ length: Math.max(0, count) }, (_, i) => quarterLabel(start, i));
}
