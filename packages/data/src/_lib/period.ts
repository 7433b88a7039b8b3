// Period labels and dates. Dates are ISO strings (YYYY-MM-DD), compared as strings.

const QUARTER_END = { "1": "03-31", "2": "06-30", "3": "09-30", "4": "12-31" } as const;
const QUARTER_START = { "1": "01-01", "2": "04-01", "3": "07-01", "4": "10-01" } as const;

/** The last day of a calendar quarter label (`2025Q2` → `2025-06-30`), or undefined for another label. */
export function quarterEnd(label: string): string | undefined {
  const m = /^(\d{4})Q([1-4])$/.exec(label);
  return m ? `${m[1]}-${QUARTER_END[m[2] as keyof typeof QUARTER_END]}` : undefined;
}

/** The first day of a calendar quarter label (`2025Q2` → `2025-04-01`). */
export function quarterStart(label: string): string | undefined {
  const m = /^(\d{4})Q([1-4])$/.exec(label);
  return m ? `${m[1]}-${QUARTER_START[m[2] as keyof typeof QUARTER_START]}` : undefined;
}

/** A lower bound as a date: a quarter label counts from its first day, a year from 1 January. */
export function lowerBound(bound: string): string {
  return quarterStart(bound) ?? (/^\d{4}$/.test(bound) ? `${bound}-01-01` : /^\d{4}-\d{2}$/.test(bound) ? `${bound}-01` : bound);
}

/** An upper bound as a date: a quarter label counts to its last day, a year to 31 December. */
export function upperBound(bound: string): string {
  return quarterEnd(bound) ?? (/^\d{4}$/.test(bound) ? `${bound}-12-31` : /^\d{4}-\d{2}$/.test(bound) ? `${bound}-31` : bound);
}

/** The date a year earlier (`2025-12-31` → `2024-12-31`). */
export function yearBefore(date: string): string {
  return `${String(Number(date.slice(0, 4)) - 1).padStart(4, "0")}${date.slice(4)}`;
}

/** Whether `date` lies in the calendar quarter `label`. */
export function inQuarter(date: string, label: string): boolean {
  const start = quarterStart(label);
  const end = quarterEnd(label);
  return start !== undefined && end !== undefined && date >= start && date <= end;
}

/** A publication date as a bound: a month (`2026-02`) counts as known only from its last day. */
export function knownFrom(published: string): string {
  return published.length === 7 ? `${published}-31` : published;
}
