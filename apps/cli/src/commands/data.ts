// `aidebt data companies|deals|series`: the sourced rows of @aidebt/data, filtered by company (or sponsor,
// or series) and by quarter, in every format. The rows are the package's own; this file only selects and
// lays them out.
import { Command } from "commander";
import type { CompanyRow, DealRow, SeriesRow } from "@aidebt/data";
import { errorText } from "../i18n/errors.js";
import { helpText } from "../i18n/help.js";
import { messages } from "../i18n/labels.js";
import { addOutputOptions, emit, invocation, outputOptions, type Context, type Lang } from "../lib/context.js";
import { heading, table, text, type Block, type Cell, type Column } from "../lib/document.js";
import { UsageError } from "../lib/errors.js";

export const DATA_TABLES = ["companies", "deals", "series"] as const;
export type DataTable = (typeof DATA_TABLES)[number];

/** Ids of each table's columns (`--columns`, CSV header). */
export const DATA_COLUMNS = {
  companies: ["company", "item", "period", "fiscalPeriod", "periodEnd", "bucket", "value", "unit", "confidence", "published", "publisher", "title", "url"],
  deals: ["id", "issuer", "sponsor", "date", "amount", "unit", "instrument", "structure", "rate", "maturity", "termYears", "amortisation", "lenders", "confidence", "published", "publisher", "title", "url"],
  series: ["series", "date", "value", "unit", "confidence", "published", "publisher", "title", "url"],
} as const satisfies Record<DataTable, readonly string[]>;

/** Columns the terminal table leaves out unless `--columns` asks for them (long text and URLs). */
const WIDE_COLUMNS = new Set(["fiscalPeriod", "publisher", "title", "url", "lenders"]);

/** A quarter label, the form --from and --to take. */
const QUARTER = /^(\d{4})Q([1-4])$/;

export interface DataQuery {
  /** Company id (companies), sponsor id (deals). */
  company?: string;
  /** Company item (companies only). */
  item?: string;
  /** Series id (series only). */
  series?: string;
  /** First quarter, inclusive (`2025Q1`). */
  from?: string;
  /** Last quarter, inclusive (`2025Q4`). */
  to?: string;
}

export type DataResult =
  | { table: "companies"; query: DataQuery; rows: CompanyRow[] }
  | { table: "deals"; query: DataQuery; rows: DealRow[] }
  | { table: "series"; query: DataQuery; rows: SeriesRow[] };

/** The sponsors the deals table names, for `data deals --company`. */
export async function dealSponsors(): Promise<string[]> {
  const data = await import("@aidebt/data");
  return [...new Set(data.deals().map((d) => d.sponsor))].sort();
}

/** Check --from and --to: quarter labels, the first no later than the second. */
export function checkQuarters(query: DataQuery): void {
  const t = errorText().data;
  for (const name of ["from", "to"] as const) {
    const value = query[name];
    if (value !== undefined && !QUARTER.test(value)) {
      throw new UsageError(t.invalidQuarter(`--${name}`), { issues: [{ path: `--${name}`, message: t.quarterMessage, received: value, allowed: t.quarterAllowed }] });
    }
  }
  if (query.from !== undefined && query.to !== undefined && query.from > query.to) {
    throw new UsageError(t.invalidQuarter("--to"), { issues: [{ path: "--to", message: t.toBeforeFrom(query.from), received: query.to, allowed: t.toAllowed(query.from) }] });
  }
}

/** An id option (--company, --item, --series) must name one the table has. */
function checkChoice(name: string, value: string | undefined, allowed: readonly string[], tableName: DataTable): void {
  if (value === undefined || allowed.includes(value)) return;
  const t = errorText().data;
  throw new UsageError(t.invalidOption(`--${name}`), {
    issues: [{ path: `--${name}`, message: t.notInTable(tableName), received: value, allowed: allowed.join(", ") }],
  });
}

/** The ISO date a quarter ends on (`2025Q1` → `2025-03-31`): the upper bound the data queries read. */
function quarterEnd(label: string): string {
  const [, year, q] = QUARTER.exec(label) ?? [];
  const month = Number(q) * 3;
  const day = month === 6 || month === 9 ? 30 : 31;
  return `${year}-${String(month).padStart(2, "0")}-${day}`;
}

/** The rows of one table that match the query, in the data package's order. */
export async function collectData(tableName: DataTable, query: DataQuery): Promise<DataResult> {
  const choices: Record<string, string[]> = (await dataChoices())[tableName];
  for (const [name, allowed] of Object.entries(choices)) checkChoice(name, query[name as keyof DataQuery], allowed, tableName);
  checkQuarters(query);
  const data = await import("@aidebt/data");
  const bounds = { ...(query.from === undefined ? {} : { from: query.from }), ...(query.to === undefined ? {} : { to: quarterEnd(query.to) }) };
  if (tableName === "companies") {
    const rows = data.companyRows({
      ...bounds,
      ...(query.company === undefined ? {} : { company: query.company as CompanyRow["company"] }),
      ...(query.item === undefined ? {} : { item: query.item as CompanyRow["item"] }),
    });
    return { table: "companies", query, rows };
  }
  if (tableName === "deals") {
    return { table: "deals", query, rows: data.deals({ ...bounds, ...(query.company === undefined ? {} : { sponsor: query.company }) }) };
  }
  const ids = query.series === undefined ? data.SERIES_IDS : [query.series as SeriesRow["series"]];
  return { table: "series", query, rows: ids.flatMap((id) => data.series(id, bounds)) };
}

/** A deal's rate as one line: `fixed 4.6%`, `floating SOFR + 225 bp`, `unknown` (the data's rates are annual fractions). */
export function rateText(rate: DealRow["rate"]): string {
  const pct = (v: number): string => `${Number((v * 100).toFixed(4))}%`;
  const parts: string[] = [rate.kind];
  if (typeof rate.couponAnnual === "number") parts.push(pct(rate.couponAnnual));
  else if (rate.couponRange !== undefined) parts.push(`${pct(rate.couponRange[0])}–${pct(rate.couponRange[1])}`);
  if (rate.benchmark !== undefined) parts.push(rate.spreadBp === undefined || rate.spreadBp === null ? rate.benchmark : `${rate.benchmark} + ${rate.spreadBp} bp`);
  else if (typeof rate.spreadBp === "number") parts.push(`+${rate.spreadBp} bp`);
  if (rate.effectiveAnnual !== undefined) parts.push(`(effective ${pct(rate.effectiveAnnual)})`);
  return parts.join(" ");
}

/** The raw cells of each table, by column id: what CSV carries and what the table formats. */
function cellsOf(result: DataResult): Record<string, Cell>[] {
  const source = (r: { source: { url: string; title: string; publisher: string; published: string }; confidence: string }): Record<string, Cell> => ({
    confidence: r.confidence,
    published: r.source.published,
    publisher: r.source.publisher,
    title: r.source.title,
    url: r.source.url,
  });
  switch (result.table) {
    case "companies":
      return result.rows.map((r) => ({
        company: r.company,
        item: r.item,
        period: r.period,
        fiscalPeriod: r.fiscalPeriod,
        periodEnd: r.periodEnd,
        bucket: r.bucket ?? null,
        value: r.value,
        unit: r.unit,
        ...source(r),
      }));
    case "deals":
      return result.rows.map((r) => ({
        id: r.id,
        issuer: r.issuer,
        sponsor: r.sponsor,
        date: r.date,
        amount: r.amount,
        unit: r.unit,
        instrument: r.instrument,
        structure: r.structure,
        rate: rateText(r.rate),
        maturity: r.maturity,
        termYears: r.termYears,
        amortisation: r.amortisation,
        lenders: r.lenders.join("; "),
        ...source(r),
      }));
    case "series":
      return result.rows.map((r) => ({ series: r.series, date: r.date, value: r.value, unit: r.unit, ...source(r) }));
  }
}

/** The document: a heading, the rows (or a line saying none match), and a note on units and sources. */
export function printData(result: DataResult, options: { lang: Lang; format: string; columns?: string[] }): Block[] {
  const m = messages(options.lang).data;
  const plain = (v: Cell): string => (v === null ? "–" : String(v));
  const format: Record<string, (v: Cell) => string> = {
    value: plain,
    amount: plain,
    termYears: plain,
    confidence: (v) => (typeof v === "string" ? (m.confidence[v] ?? v) : "–"),
    url: (v) => (typeof v !== "string" ? "–" : options.format === "md" ? `<${v.replace(/[<>\s]/g, (c) => encodeURIComponent(c))}>` : v),
  };
  const right = new Set(["value", "amount", "termYears"]);
  const all: Column[] = DATA_COLUMNS[result.table].map((id) => ({
    id,
    header: m.columns[id] ?? id,
    ...(right.has(id) ? { align: "right" as const } : {}),
    format: format[id] ?? plain,
  }));
  const wanted = (c: Column): boolean =>
    options.columns?.some((id) => id.toLowerCase() === c.id.toLowerCase()) === true || options.format === "csv" || options.format === "md" || !WIDE_COLUMNS.has(c.id);
  const columns = all.filter(wanted);
  const cells = cellsOf(result);
  const blocks: Block[] = [
    heading(m.title[result.table] ?? result.table, 1),
    text(m.selection(result.rows.length, filterText(result.query))),
    table(
      columns,
      cells.map((row) => columns.map((c) => row[c.id] ?? null)),
      { primary: true },
    ),
    text(m.note[result.table] ?? ""),
  ];
  return blocks;
}

function filterText(query: DataQuery): string {
  return [
    query.company === undefined ? undefined : `--company ${query.company}`,
    query.item === undefined ? undefined : `--item ${query.item}`,
    query.series === undefined ? undefined : `--series ${query.series}`,
    query.from === undefined ? undefined : `--from ${query.from}`,
    query.to === undefined ? undefined : `--to ${query.to}`,
  ]
    .filter((s) => s !== undefined)
    .join(" ");
}

/** `aidebt data` with its three subcommands. Nothing of the data is loaded until a subcommand runs. */
export function dataCommand(ctx: Context): Command {
  const h = helpText();
  const sub = (name: DataTable, configure: (command: Command) => void): Command => {
    const hs = h[name === "companies" ? "dataCompanies" : name === "deals" ? "dataDeals" : "dataSeries"];
    const command = new Command(name).description(hs.description);
    configure(command);
    command.option("--from <quarter>", h.data.options.from).option("--to <quarter>", h.data.options.to);
    addOutputOptions(command, { formats: ["table", "json", "csv", "md"], columns: DATA_COLUMNS[name] });
    return command.addHelpText("after", hs.after).action(async () => {
      const options = outputOptions(ctx, command);
      const query = command.opts<DataQuery>();
      const result = await collectData(name, query);
      const blocks = options.format === "json" ? [] : printData(result, options);
      const json = { table: result.table, query: pickQuery(query), count: result.rows.length, rows: result.rows, invocation: invocation(ctx) };
      await emit(ctx, options, { json, document: () => ({ blocks }) });
    });
  };
  const companies = sub("companies", (c) => c.option("--company <id>", h.dataCompanies.options.company).option("--item <id>", h.dataCompanies.options.item));
  const deals = sub("deals", (c) => c.option("--company <id>", h.dataDeals.options.company));
  const series = sub("series", (c) => c.option("--series <id>", h.dataSeries.options.series));
  const command = new Command("data").description(h.data.description).enablePositionalOptions();
  return command
    .addCommand(companies)
    .addCommand(deals)
    .addCommand(series)
    .addHelpText("after", h.data.after)
    .action(() => {
      const t = errorText().data;
      throw new UsageError(t.noTable, { issues: [{ path: "table", message: t.noTableMessage, allowed: DATA_TABLES.join(", ") }], hint: t.noTableHint });
    });
}

/** The query's filters only (commander's opts() also hold the output options). */
function pickQuery(query: DataQuery): DataQuery {
  const keys = ["company", "item", "series", "from", "to"] as const;
  return Object.fromEntries(keys.filter((k) => query[k] !== undefined).map((k) => [k, query[k]]));
}

/** The words --company, --item and --series accept on each table, read from the data (for checks and completion). */
export async function dataChoices(): Promise<{ companies: { company: string[]; item: string[] }; deals: { company: string[] }; series: { series: string[] } }> {
  const data = await import("@aidebt/data");
  return {
    companies: { company: [...data.COMPANIES], item: [...data.COMPANY_ITEMS] },
    deals: { company: await dealSponsors() },
    series: { series: [...data.SERIES_IDS] },
  };
}
