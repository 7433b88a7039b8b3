// No look-ahead: what was public on a date, and what a preset opening on a date may read.
import { knownFrom } from "./_lib/period.js";
import { tables } from "./rows.js";
import type { Tables } from "./rows.js";
import type { CompanyId, CompanyRow, GuidanceRow } from "./schema.js";

/**
 * Every table cut to the rows that were public on `date`: a row's `source.published` (for guidance,
 * the day it was given) is on or before `date`.
 *
 * @param date - ISO date
 * @returns the tables as they stood on that day
 * @example
 * knownOn("2025-01-29").guidance.filter((g) => g.company === "meta").map((g) => [g.item, g.low, g.high]);
 * // [["capexGuidance", 60, 65], ["totalExpensesGuidance", 114, 119]]
 */
export function knownOn(date: string): Tables {
  const t = tables();
  return {
    companies: t.companies.filter((r) => knownFrom(r.source.published) <= date),
    guidance: t.guidance.filter((g) => g.published <= date),
    deals: t.deals.filter((d) => knownFrom(d.source.published) <= date),
    series: t.series.filter((s) => knownFrom(s.source.published) <= date),
    aggregates: t.aggregates.filter((a) => knownFrom(a.source.published) <= date),
  };
}

/** What a preset opening on a date may read: see {@link calibrationData}. */
export interface CalibrationData {
  /** The opening date (ISO). */
  readonly opening: string;
  /** The day the results for the period ending at `opening` were first published, if any row has it. */
  readonly resultsPublished: string | undefined;
  /** Company rows about periods ending on or before `opening` (whenever published: the 10-K comes later). */
  readonly companies: readonly CompanyRow[];
  /** Guidance given on or before `resultsPublished` (i.e. with those results at the latest). */
  readonly guidance: readonly GuidanceRow[];
}

/**
 * The data a company preset opening on `opening` may calibrate to: rows about periods ending on or before
 * the opening, plus guidance published with those results (on or before the first publication of the
 * opening period's results). Later data is for backtests only.
 *
 * @param company - company id
 * @param opening - ISO date of the opening balance sheet, e.g. `2024-12-31` for `meta-2024`
 * @returns the rows the calibration may read, and the results date that bounds the guidance
 * @example
 * const d = calibrationData("meta", "2024-12-31");
 * d.resultsPublished; // "2025-01-29"
 * d.guidance.map((g) => [g.item, g.forPeriod, g.low, g.high]);
 * // [["capexGuidance", "FY2025", 60, 65], ["totalExpensesGuidance", "FY2025", 114, 119]]
 */
export function calibrationData(company: CompanyId, opening: string): CalibrationData {
  const t = tables();
  const companies = t.companies.filter((r) => r.company === company && r.periodEnd <= opening);
  const resultsPublished = companies
    .filter((r) => r.periodEnd === opening)
    .map((r) => knownFrom(r.source.published))
    .sort()[0];
  const guidance =
    resultsPublished === undefined
      ? []
      : t.guidance.filter((g) => g.company === company && g.published <= resultsPublished);
  return { opening, resultsPublished, companies, guidance };
}
