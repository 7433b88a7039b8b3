// The query API: small pure functions over the validated tables.
import { knownFrom, lowerBound, upperBound } from "./_lib/period.js";
import { tables } from "./rows.js";
import type {
  AggregateRow,
  CompanyId,
  CompanyItem,
  CompanyRow,
  Confidence,
  DealRow,
  GuidanceRow,
  SeriesId,
  SeriesRow,
} from "./schema.js";
import { CONFIDENCE_LEVELS } from "./schema.js";

/** Options shared by the queries: `asOf` keeps only rows whose source was public on or before that date. */
export interface AsOfOption {
  /** ISO date; rows whose `source.published` is later are left out (no look-ahead). */
  readonly asOf?: string;
}

/** Filters of {@link companyRows}. */
export interface CompanyRowsQuery extends AsOfOption {
  readonly company?: CompanyId;
  readonly item?: CompanyItem;
  /** Lower bound on `periodEnd`: a quarter label (`2025Q1`), a year (`2025`) or an ISO date. */
  readonly from?: string;
  /** Upper bound on `periodEnd`: a quarter label (`2025Q4`), a year or an ISO date. */
  readonly to?: string;
  /** Only quarters (`quarter`) or only fiscal years (`year`). */
  readonly periodKind?: "quarter" | "year";
}

const published = (row: { source: { published: string } }, asOf: string | undefined): boolean =>
  asOf === undefined || knownFrom(row.source.published) <= asOf;

/**
 * Company rows matching every given filter, ordered by company, item, period end, bucket.
 *
 * @param query - company, item, bounds on the period end, period kind, and `asOf` (no look-ahead)
 * @returns the matching rows; several rows may share a period when sources disagree or repeat
 * @example
 * companyRows({ company: "meta", item: "revenue", from: "2025Q1", to: "2025Q4", periodKind: "quarter" })
 *   .map((r) => [r.period, r.value]);
 * // [["2025Q1", 42.314], ["2025Q2", 47.516], ["2025Q3", 51.242], ["2025Q4", 59.893]]
 */
export function companyRows(query: CompanyRowsQuery = {}): CompanyRow[] {
  const from = query.from === undefined ? undefined : lowerBound(query.from);
  const to = query.to === undefined ? undefined : upperBound(query.to);
  return tables()
    .companies.filter(
      (r) =>
        (query.company === undefined || r.company === query.company) &&
        (query.item === undefined || r.item === query.item) &&
        (from === undefined || r.periodEnd >= from) &&
        (to === undefined || r.periodEnd <= to) &&
        (query.periodKind === undefined || (query.periodKind === "year") === r.period.startsWith("FY")) &&
        published(r, query.asOf),
    )
    .sort(
      (a, b) =>
        a.company.localeCompare(b.company) ||
        a.item.localeCompare(b.item) ||
        a.periodEnd.localeCompare(b.periodEnd) ||
        a.period.localeCompare(b.period) ||
        (a.bucket ?? "").localeCompare(b.bucket ?? ""),
    );
}

/** Options of {@link companyRow} and {@link companyValue}. */
export interface CompanyValueOptions extends AsOfOption {
  /** The schedule bucket, e.g. the year a lease payment is due. */
  readonly bucket?: string;
}

const rank = (c: Confidence): number => CONFIDENCE_LEVELS.indexOf(c);

/**
 * The best row for one company, item and period: the strictest confidence, then the earliest source.
 *
 * @param company - company id
 * @param item - company item
 * @param period - a quarter label (`2025Q4`) or a fiscal year (`FY2025`)
 * @param options - `bucket` for schedules, `asOf` for no look-ahead
 * @returns the row, or undefined when there is none
 * @example
 * companyRow("meta", "leasesNotCommenced", "2025Q4")?.source.url;
 * // "https://www.sec.gov/Archives/edgar/data/1326801/000162828026003942/R16.htm"
 */
export function companyRow(
  company: CompanyId,
  item: CompanyItem,
  period: string,
  options: CompanyValueOptions = {},
): CompanyRow | undefined {
  const candidates = tables().companies.filter(
    (r) =>
      r.company === company &&
      r.item === item &&
      r.period === period &&
      r.bucket === options.bucket &&
      published(r, options.asOf),
  );
  return [...candidates].sort(
    (a, b) => rank(a.confidence) - rank(b.confidence) || knownFrom(a.source.published).localeCompare(knownFrom(b.source.published)),
  )[0];
}

/**
 * The value of the best row for one company, item and period (see {@link companyRow}).
 *
 * @param company - company id
 * @param item - company item
 * @param period - a quarter label (`2025Q4`) or a fiscal year (`FY2025`)
 * @param options - `bucket` for schedules, `asOf` for no look-ahead
 * @returns the value in the row's unit (USD bn for money), or undefined
 * @example
 * companyValue("meta", "depreciationPropertyEquipment", "FY2025"); // 18
 * companyValue("meta", "operatingLeasePayments", "2025Q4", { bucket: "2027" }); // 3.237
 * companyValue("meta", "revenue", "FY2025", { asOf: "2025-12-31" }); // undefined
 */
export function companyValue(
  company: CompanyId,
  item: CompanyItem,
  period: string,
  options: CompanyValueOptions = {},
): number | undefined {
  return companyRow(company, item, period, options)?.value;
}

/** Filters of {@link guidance} and {@link capexGuidance}. */
export interface GuidanceQuery {
  /** Keep guidance given on or before this ISO date. */
  readonly publishedOnOrBefore?: string;
  /** Keep guidance for this fiscal year (`FY2026`). */
  readonly forPeriod?: string;
}

/**
 * Guidance rows of one company and item, oldest first.
 *
 * @param company - company id
 * @param item - `capexGuidance` or `totalExpensesGuidance`
 * @param query - `publishedOnOrBefore` (ISO date) and `forPeriod`
 * @returns the rows, ordered by the day the guidance was given
 * @example
 * guidance("meta", "totalExpensesGuidance", { forPeriod: "FY2026" }).map((g) => [g.low, g.high]);
 * // [[162, 169]]
 */
export function guidance(
  company: CompanyId,
  item: GuidanceRow["item"],
  query: GuidanceQuery = {},
): GuidanceRow[] {
  return tables()
    .guidance.filter(
      (g) =>
        g.company === company &&
        g.item === item &&
        (query.forPeriod === undefined || g.forPeriod === query.forPeriod) &&
        (query.publishedOnOrBefore === undefined || g.published <= query.publishedOnOrBefore),
    )
    .sort((a, b) => a.published.localeCompare(b.published) || a.forPeriod.localeCompare(b.forPeriod));
}

/**
 * Capex guidance of one company (USD bn ranges), oldest first; Meta's includes finance-lease principal.
 *
 * @param company - company id
 * @param query - `publishedOnOrBefore` (ISO date) and `forPeriod`
 * @returns the guidance rows
 * @example
 * capexGuidance("meta", { publishedOnOrBefore: "2025-01-31" }).map((g) => [g.forPeriod, g.low, g.high, g.published]);
 * // [["FY2025", 60, 65, "2025-01-29"]]
 */
export function capexGuidance(company: CompanyId, query: GuidanceQuery = {}): GuidanceRow[] {
  return guidance(company, "capexGuidance", query);
}

/** Filters of {@link deals}. */
export interface DealsQuery extends AsOfOption {
  /** The company the financing serves (`meta`, `oracle`, `xai`…). */
  readonly sponsor?: string;
  /** Lower bound on the deal date (quarter label, year or ISO date). */
  readonly from?: string;
  /** Upper bound on the deal date (quarter label, year or ISO date). */
  readonly to?: string;
}

/**
 * Deals (bonds, loans, vehicle financings), oldest first.
 *
 * @param query - sponsor, date bounds and `asOf`
 * @returns the matching deals
 * @example
 * deals({ sponsor: "meta", to: "2024" }).map((d) => [d.id, d.amount]);
 * // [["meta-bond-2022-08", 10], ["meta-bond-2023-05", 8.5], ["meta-bond-2024-08", 10.5]]
 */
export function deals(query: DealsQuery = {}): DealRow[] {
  const from = query.from === undefined ? undefined : lowerBound(query.from);
  const to = query.to === undefined ? undefined : upperBound(query.to);
  return tables()
    .deals.filter(
      (d) =>
        (query.sponsor === undefined || d.sponsor === query.sponsor) &&
        (from === undefined || d.date >= from.slice(0, d.date.length)) &&
        (to === undefined || d.date <= to) &&
        published(d, query.asOf),
    )
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/** One tranche of a bond outstanding at a date. */
export interface OutstandingNote {
  /** The deal the tranche belongs to. */
  readonly dealId: string;
  /** Principal, USD bn. */
  readonly amount: number;
  /** Annual coupon, a fraction (0.042 = 4.2%). */
  readonly couponAnnual: number;
  /** Maturity as given (a year or a date). */
  readonly maturity: string;
}

/**
 * The ladder of a sponsor's fixed-rate bond tranches outstanding at a date (on-balance bonds only),
 * by maturity. A tranche counts from its deal's date until its maturity year ends (no early redemption).
 *
 * @param sponsor - company id
 * @param asOf - ISO date
 * @returns the tranches, earliest maturity first
 * @example
 * notesLadder("meta", "2024-12-31").reduce((sum, n) => sum + n.amount, 0); // 29
 * notesLadder("meta", "2025-12-31").length; // 20 (59.0 of principal)
 */
export function notesLadder(sponsor: string, asOf: string): OutstandingNote[] {
  return deals({ sponsor, to: asOf, asOf })
    .filter((d) => d.instrument === "bond" && d.structure === "on-balance")
    .flatMap((d) =>
      (d.tranches ?? []).flatMap((t) =>
        t.amount !== undefined && typeof t.couponAnnual === "number" && t.maturity !== undefined && upperBound(t.maturity.slice(0, 4)) > asOf
          ? [{ dealId: d.id, amount: t.amount, couponAnnual: t.couponAnnual, maturity: t.maturity }]
          : [],
      ),
    )
    .sort((a, b) => a.maturity.localeCompare(b.maturity) || a.couponAnnual - b.couponAnnual);
}

/** Bounds of {@link series}. */
export interface SeriesQuery extends AsOfOption {
  /** Lower bound on the date (year, month `YYYY-MM` or ISO date). */
  readonly from?: string;
  /** Upper bound on the date. */
  readonly to?: string;
}

/**
 * Observations of one market series, oldest first.
 *
 * @param id - series id
 * @param query - date bounds and `asOf`
 * @returns the observations
 * @example
 * series("fed-funds-upper", { from: "2025-12-01", to: "2025-12-31" }).map((s) => [s.date, s.value]);
 * // [["2025-12-10", 3.75]]
 */
export function series(id: SeriesId, query: SeriesQuery = {}): SeriesRow[] {
  const from = query.from === undefined ? undefined : lowerBound(query.from);
  const to = query.to === undefined ? undefined : upperBound(query.to);
  return tables()
    .series.filter(
      (s) =>
        s.series === id &&
        (from === undefined || s.date >= from.slice(0, s.date.length)) &&
        (to === undefined || s.date <= to) &&
        published(s, query.asOf),
    )
    .sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * Aggregate figures (studies, press tallies), oldest first.
 *
 * @param query - `asOf`
 * @returns the rows
 * @example
 * aggregates().find((a) => a.id === "ft-vehicle-tally-2025-12")?.breakdown;
 * // { oracle: 66, meta: 30, xai: 20, coreweave: 2.6 }
 */
export function aggregates(query: AsOfOption = {}): AggregateRow[] {
  return tables()
    .aggregates.filter((a) => published(a, query.asOf))
    .sort((a, b) => a.asOf.localeCompare(b.asOf) || a.id.localeCompare(b.id));
}
