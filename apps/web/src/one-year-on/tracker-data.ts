import {
  COMPANIES,
  SERIES_IDS,
  capexGuidance,
  companyRow,
  sourceTitleJa,
  companyRows,
  deals,
  series,
  tables,
  type CompanyId,
  type CompanyItem,
  type CompanyRow,
  type DealRow,
  type GuidanceRow,
  type SeriesRow,
} from "@aidebt/data";
import { BACKTEST_ITEMS, actualsFor, backtest, getPreset, presets, quarterIndex as modelQuarterIndex, quarterLabel as modelQuarterLabel, quarterLabels, type BacktestRow } from "@aidebt/model";

/**
 * The tracker's rows, read from `@aidebt/data` and the model on the server. Everything here is plain data
 * (strings and numbers) that the page and its figures lay out; nothing is computed that the data or the model
 * do not state, beyond picking, sorting and summing for a chart's stack.
 */

/** A source as a figure lists it. */
export interface SourceRef {
  url: string;
  title: string;
  /** The title in Japanese (sources/labels-ja.json of @aidebt/data), shown on the ja page. */
  titleJa?: string;
  /** Unknown for the model's backtest rows, which carry only a URL and a title. */
  publisher?: string;
  published?: string;
  confidence?: "primary" | "press" | "secondary";
}

const ref = (row: { source: { url: string; title: string; titleJa?: string | undefined; publisher: string; published: string }; confidence: SourceRef["confidence"] }): SourceRef => ({
  url: row.source.url,
  title: row.source.title,
  ...(row.source.titleJa === undefined ? {} : { titleJa: row.source.titleJa }),
  publisher: row.source.publisher,
  published: row.source.published,
  confidence: row.confidence,
});

/** The last day of a month given as `YYYY-MM` (a date is returned as given). */
function dayOf(date: string): string {
  if (date.length !== 7) return date;
  const [y, m] = date.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/**
 * A source of a backtest row (the model carries only its URL and English title), with the Japanese title the
 * data hold for that URL.
 */
export function backtestSource(url: string, title: string): SourceRef {
  const titleJa = sourceTitleJa(url);
  return { url, title, ...(titleJa === undefined ? {} : { titleJa }) };
}

/** The latest date any row of the data carries: its source's publication, a deal's or an observation's date. */
export function dataAsOf(): string {
  const t = tables();
  const dates = [
    ...t.companies.map((r) => r.source.published),
    ...t.guidance.flatMap((r) => [r.published, r.source.published]),
    ...t.deals.flatMap((r) => [r.date, r.source.published]),
    ...t.series.flatMap((r) => [r.date, r.source.published]),
    ...t.aggregates.flatMap((r) => [r.asOf, r.source.published]),
  ].map(dayOf);
  return dates.reduce((a, b) => (b > a ? b : a), "");
}

// ---- quarters ---------------------------------------------------------------------------------------------------

const quarterOfDate = (date: string): string => `${date.slice(0, 4)}Q${Math.ceil(Number(date.slice(5, 7)) / 3)}`;
// quarter arithmetic is the model's (quarterIndex/quarterLabel count from a start): counted here from one origin
const ORIGIN = "2000Q1";
const quarterIndex = (label: string): number => modelQuarterIndex(ORIGIN, label);
const quarterLabel = (index: number): string => modelQuarterLabel(ORIGIN, index);

/** Every quarter from `first` to `last`, inclusive. */
export function quarterRange(first: string, last: string): string[] {
  return quarterLabels(first, quarterIndex(last) - quarterIndex(first) + 1);
}

/**
 * The calendar quarters of a company's fiscal year, read from its quarterly rows: a row labelled `Q2 FY2026`
 * that ends in calendar 2025Q4 puts the year's last quarter two quarters later. Undefined when no row says.
 */
function fiscalYearQuarters(company: CompanyId, fiscalYear: string): string[] | undefined {
  const row = companyRows({ company, periodKind: "quarter" }).find((r) => /^Q[1-4] FY\d{4}$/.test(r.fiscalPeriod));
  if (row === undefined) return undefined;
  const q = Number(row.fiscalPeriod[1]);
  const fy = Number(row.fiscalPeriod.slice(-4));
  const lastOfRowYear = quarterIndex(quarterOfDate(row.periodEnd)) + (4 - q);
  const last = lastOfRowYear + (Number(fiscalYear.slice(2)) - fy) * 4;
  return quarterRange(quarterLabel(last - 3), quarterLabel(last));
}

// ---- capex ----------------------------------------------------------------------------------------------------------

export interface CapexPoint {
  company: CompanyId;
  period: string;
  value: number;
  source: SourceRef;
}
export interface CapexGuidanceBand {
  company: CompanyId;
  forPeriod: string;
  low: number;
  high: number;
  published: string;
  /** The calendar quarters of the fiscal year (empty when the data do not say how the year falls). */
  quarters: string[];
  source: SourceRef;
}
export interface CapexData {
  quarters: string[];
  points: CapexPoint[];
  /** For each company and fiscal year, the latest range given. */
  bands: CapexGuidanceBand[];
  /** Every capex guidance row, oldest first (the table's rows). */
  guidance: CapexGuidanceBand[];
}

/** The best row for each quarter a company reported an item in, oldest first. */
function bestQuarterly(company: CompanyId, item: CompanyItem, from?: string): CompanyRow[] {
  const periods = [...new Set(companyRows({ company, item, periodKind: "quarter", ...(from === undefined ? {} : { from }) }).filter((r) => r.bucket === undefined).map((r) => r.period))];
  return periods.map((p) => companyRow(company, item, p)).filter((r): r is CompanyRow => r !== undefined);
}

export const CAPEX_FROM = "2024Q4";

export function capexData(): CapexData {
  const points = COMPANIES.flatMap((company) => bestQuarterly(company, "capex", CAPEX_FROM).map((r) => ({ company, period: r.period, value: r.value, source: ref(r) })));
  const band = (g: GuidanceRow): CapexGuidanceBand => ({
    company: g.company,
    forPeriod: g.forPeriod,
    low: g.low,
    high: g.high,
    published: g.published,
    quarters: fiscalYearQuarters(g.company, g.forPeriod) ?? [],
    source: ref(g),
  });
  const all = COMPANIES.flatMap((c) => capexGuidance(c).map(band));
  const latest = new Map<string, CapexGuidanceBand>();
  for (const g of all) latest.set(`${g.company} ${g.forPeriod}`, g);
  const bands = [...latest.values()].filter((b) => b.quarters.length > 0 && quarterIndex(b.quarters[3] ?? "") >= quarterIndex(CAPEX_FROM));
  const ends = [...points.map((p) => p.period), ...bands.flatMap((b) => b.quarters)];
  const last = ends.reduce((a, b) => (quarterIndex(b) > quarterIndex(a) ? b : a), CAPEX_FROM);
  return { quarters: quarterRange(CAPEX_FROM, last), points, bands, guidance: all.sort((a, b) => a.published.localeCompare(b.published)) };
}

// ---- deals ----------------------------------------------------------------------------------------------------------

export interface DealPoint {
  id: string;
  issuer: string;
  /** The issuer in Japanese (sources/labels-ja.json of @aidebt/data), shown on the ja page. */
  issuerJa?: string;
  sponsor: string;
  date: string;
  quarter: string;
  amount: number | null;
  instrument: DealRow["instrument"];
  structure: DealRow["structure"];
  source: SourceRef;
}

const dealPoint = (d: DealRow): DealPoint => ({
  id: d.id,
  issuer: d.issuer,
  ...(d.issuerJa === undefined ? {} : { issuerJa: d.issuerJa }),
  sponsor: d.sponsor,
  date: d.date,
  quarter: quarterOfDate(d.date),
  amount: d.amount,
  instrument: d.instrument,
  structure: d.structure,
  source: ref(d),
});

/** Bonds and notes issued on the sponsors' own balance sheets, from the tracker's first quarter. */
export function bondDeals(): DealPoint[] {
  return deals({ from: CAPEX_FROM })
    .filter((d) => d.structure === "on-balance" && (d.instrument === "bond" || d.instrument === "notes"))
    .map(dealPoint);
}

/** Financings outside the sponsors' balance sheets: joint ventures, vehicles, lease and vendor financings. */
export function vehicleDeals(): DealPoint[] {
  return deals().filter((d) => d.structure !== "on-balance").map(dealPoint);
}

// ---- leases ---------------------------------------------------------------------------------------------------------

export const LEASE_ITEMS = ["operatingLeaseLiabilities", "financeLeaseLiabilities", "leasesNotCommenced"] as const;
export type LeaseItem = (typeof LEASE_ITEMS)[number];

export interface LeasePoint {
  company: CompanyId;
  period: string;
  item: LeaseItem;
  value: number;
  source: SourceRef;
}

export function leaseData(): LeasePoint[] {
  return COMPANIES.flatMap((company) =>
    LEASE_ITEMS.flatMap((item) => bestQuarterly(company, item).map((r) => ({ company, period: r.period, item, value: r.value, source: ref(r) }))),
  );
}

// ---- GPU rental -----------------------------------------------------------------------------------------------------

export interface PricePoint {
  series: string;
  date: string;
  value: number;
  unit: string;
  source: SourceRef;
}

export function gpuPrices(): PricePoint[] {
  return SERIES_IDS.filter((id) => id.startsWith("h100"))
    .flatMap((id) => series(id).map((s: SeriesRow) => ({ series: s.series, date: s.date, value: s.value, unit: s.unit, source: ref(s) })))
    .sort((a, b) => a.date.localeCompare(b.date) || a.series.localeCompare(b.series));
}

// ---- backtests ------------------------------------------------------------------------------------------------------

export interface BacktestPanel {
  preset: string;
  presetName: { ja: string; en: string };
  startQuarter: string;
  /** The fiscal-year rows, in BACKTEST_ITEMS order. */
  rows: BacktestRow[];
}

/** Every company preset the model ships reported figures for, backtested by the model over its fiscal years. */
export function backtests(): BacktestPanel[] {
  return presets
    .filter((p) => actualsFor(p.id).length > 0)
    .map((p) => {
      const result = backtest(p.id);
      const rows = result.rows.filter((r) => r.period.startsWith("FY")).sort((a, b) => BACKTEST_ITEMS.indexOf(a.item) - BACKTEST_ITEMS.indexOf(b.item));
      return { preset: p.id, presetName: p.name, startQuarter: result.startQuarter, rows };
    });
}

// ---- everything, for the page ---------------------------------------------------------------------------------------

export interface TrackerData {
  asOf: string;
  capex: CapexData;
  bonds: DealPoint[];
  vehicles: DealPoint[];
  leases: LeasePoint[];
  gpu: PricePoint[];
  backtests: BacktestPanel[];
  fxJpyPerUsd: number;
}

export function trackerData(): TrackerData {
  return {
    asOf: dataAsOf(),
    capex: capexData(),
    bonds: bondDeals(),
    vehicles: vehicleDeals(),
    leases: leaseData(),
    gpu: gpuPrices(),
    backtests: backtests(),
    fxJpyPerUsd: basePreset().scenario.fxJpyPerUsd,
  };
}

function basePreset(): NonNullable<ReturnType<typeof getPreset>> {
  const preset = getPreset("base");
  if (preset === undefined) throw new Error('the model has no preset "base"');
  return preset;
}
