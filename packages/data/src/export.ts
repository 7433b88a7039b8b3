// CSV and JSON renderings of the tables, used by the build step that writes dist/<table>.csv|json.
import { tables } from "./rows.js";
import type { TableName } from "./rows.js";
import type { Row, Source } from "./schema.js";

type Cell = string | number | null | undefined;

const SOURCE_COLUMNS = ["confidence", "sourceUrl", "sourceTitle", "sourceTitleJa", "sourcePublisher", "sourcePublished", "quote", "note"] as const;

/** The CSV columns of each table, in order. */
export const CSV_COLUMNS: Readonly<Record<TableName, readonly string[]>> = {
  companies: ["company", "item", "period", "fiscalPeriod", "periodEnd", "bucket", "value", "unit", ...SOURCE_COLUMNS],
  guidance: ["company", "item", "forPeriod", "low", "high", "unit", "published", ...SOURCE_COLUMNS],
  deals: [
    "id", "issuer", "issuerJa", "sponsor", "date", "amount", "unit", "amountNative", "currency", "instrument", "structure",
    "rate", "maturity", "termYears", "amortisation", "lenders", "tranches", "evidence", ...SOURCE_COLUMNS,
  ],
  series: ["series", "date", "value", "unit", ...SOURCE_COLUMNS],
  aggregates: ["id", "what", "asOf", "value", "unit", "breakdown", ...SOURCE_COLUMNS],
};

function flatten(row: Row): Record<string, Cell> {
  const source: Source = row.source;
  const flat: Record<string, Cell> = {};
  for (const [key, value] of Object.entries(row)) {
    if (key === "source" || key === "table") continue;
    flat[key] = Array.isArray(value) && value.every((v) => typeof v === "string") ? value.join("; ") : typeof value === "object" && value !== null ? JSON.stringify(value) : (value as Cell);
  }
  return { ...flat, sourceUrl: source.url, sourceTitle: source.title, sourceTitleJa: source.titleJa, sourcePublisher: source.publisher, sourcePublished: source.published };
}

function csvCell(value: Cell): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * One table as CSV (RFC 4180, a header line, `\n` line ends). Nested values (rates, tranches) are JSON.
 *
 * @param table - table name
 * @returns the CSV text
 * @example
 * toCsv("guidance").split("\n")[0];
 * // "company,item,forPeriod,low,high,unit,published,confidence,sourceUrl,sourceTitle,sourceTitleJa,sourcePublisher,sourcePublished,quote,note"
 */
export function toCsv(table: TableName): string {
  const columns = CSV_COLUMNS[table];
  const rows = (tables()[table] as readonly Row[]).map(flatten);
  return [columns.join(","), ...rows.map((r) => columns.map((c) => csvCell(r[c])).join(","))].join("\n") + "\n";
}

/**
 * One table as pretty-printed JSON (an array of rows as in the schema).
 *
 * @param table - table name
 * @returns the JSON text
 * @example
 * JSON.parse(toJson("deals")).length > 0; // true
 */
export function toJson(table: TableName): string {
  return JSON.stringify(tables()[table], null, 2) + "\n";
}
