// Reported figures for `aidebt backtest --actuals FILE`: a JSON array of { item, period, value, url?, source? }
// or a CSV with the columns item,period,value[,url[,source]] (a header line is optional), validated with zod
// at the boundary. Every problem names the row and the field; nothing of the file is echoed unbounded.
import { readFileSync, statSync } from "node:fs";
import { extname } from "node:path";
import type { Actual, BacktestItem } from "@aidebt/model";
import { errorText } from "../i18n/errors.js";
import { UsageError, type Issue } from "./errors.js";
import { locateJsonError } from "./json-error.js";
import { quote, safeLine } from "./sanitize.js";
import { decode } from "./scenario-input.js";
import { zodIssues } from "./values.js";

/** Largest actuals file read (Meta's five periods take about 5 kB). */
export const MAX_ACTUALS_BYTES = 1024 * 1024;
/** A fiscal year (`FY2025`) or a quarter (`2025Q3`). */
export const PERIOD = /^(FY\d{4}|\d{4}Q[1-4])$/;
const CSV_FIELDS = ["item", "period", "value", "url", "source"] as const;

/**
 * Read and validate an actuals file.
 *
 * @param file - path of a `.json` or `.csv` file
 * @param items - the model's BACKTEST_ITEMS
 * @returns the reported figures, in the file's order
 * @example
 * readActuals("fy2025.csv", BACKTEST_ITEMS); // [{ item: "revenue", period: "FY2025", value: 200.966, url: "https://…" }]
 */
export async function readActuals(file: string, items: readonly BacktestItem[]): Promise<Actual[]> {
  const t = errorText().backtest;
  const label = safeLine(file, 120);
  const ext = extname(file).toLowerCase();
  if (ext !== ".json" && ext !== ".csv") {
    throw new UsageError(t.actualsUnreadable(label), { issues: [{ path: "--actuals", message: t.actualsExtension(quote(ext === "" ? file : ext)), allowed: t.actualsAllowed }] });
  }
  const text = read(file, label).replace(/^\uFEFF/, "");
  if (text.trim() === "") throw new UsageError(t.actualsInvalid(label), { issues: [{ path: label, message: t.actualsEmpty, allowed: t.actualsAllowed }] });
  const rows = ext === ".json" ? parseJson(text, label) : parseCsv(text, label);
  const z = await import("zod/mini");
  const row = z.strictObject({
    item: z.enum(items as [BacktestItem, ...BacktestItem[]]),
    period: z.string().check(z.regex(PERIOD, t.periodMessage)),
    value: z.number().check(z.refine(Number.isFinite, t.valueMessage)),
    url: z.optional(z.url({ protocol: /^https?$/, error: t.urlMessage })),
    source: z.optional(z.string().check(z.maxLength(500, t.sourceTooLong))),
  });
  const where = (i: number): string => (ext === ".json" ? `[${i}]` : t.line(lineOf(rows, i)));
  const issues: Issue[] = [];
  const actuals: Actual[] = [];
  const seen = new Map<string, number>();
  rows.forEach((raw, i) => {
    const input = ext === ".json" ? raw : fromCsv(raw as CsvRow);
    const parsed = row.safeParse(input, { reportInput: true });
    if (!parsed.success) {
      const allowed: Record<string, string> = { item: items.join(", "), period: t.periodAllowed, value: t.valueAllowed, url: t.urlAllowed };
      for (const issue of zodIssues(parsed.error)) {
        const field = issue.path === "" ? where(i) : ext === ".json" ? `${where(i)}.${issue.path}` : `${where(i)}, ${issue.path}`;
        // zod's format checks do not carry the value; the row does
        const given = issue.received === undefined && input !== null && typeof input === "object" ? (input as Record<string, unknown>)[issue.path] : undefined;
        // zod calls Infinity (a CSV's 1e400) a wrong type; it is a number, only not a finite one
        const infinite = typeof issue.received === "number" && !Number.isFinite(issue.received);
        issues.push({ ...issue, ...(infinite ? { message: t.valueMessage } : {}), ...(given === undefined ? {} : { received: given }), path: field, ...(issue.allowed === undefined && allowed[issue.path] !== undefined ? { allowed: allowed[issue.path] } : {}) });
      }
      return;
    }
    const key = `${parsed.data.item} ${parsed.data.period}`;
    const first = seen.get(key);
    if (first !== undefined) issues.push({ path: where(i), message: t.duplicate(parsed.data.item, parsed.data.period, where(first)) });
    else seen.set(key, i);
    actuals.push(parsed.data);
  });
  if (issues.length > 0) throw new UsageError(t.actualsInvalid(label), { issues, hint: t.actualsHint });
  return actuals;
}

function read(file: string, label: string): string {
  const t = errorText().backtest;
  try {
    const stats = statSync(file);
    if (stats.isDirectory()) throw new Error("directory");
    if (stats.size > MAX_ACTUALS_BYTES) {
      throw new UsageError(t.actualsInvalid(label), { issues: [{ path: label, message: t.actualsTooLarge(MAX_ACTUALS_BYTES / 1024), allowed: t.actualsAllowed }] });
    }
    const bytes = readFileSync(file);
    if (bytes.length > MAX_ACTUALS_BYTES) {
      throw new UsageError(t.actualsInvalid(label), { issues: [{ path: label, message: t.actualsTooLarge(MAX_ACTUALS_BYTES / 1024), allowed: t.actualsAllowed }] });
    }
    return decode(bytes, label);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(t.actualsUnreadable(label), { issues: [{ path: "--actuals", message: t.noFile, received: file, allowed: t.actualsAllowed }] });
  }
}

function parseJson(text: string, label: string): unknown[] {
  const t = errorText().backtest;
  let document: unknown;
  try {
    document = JSON.parse(text) as unknown;
  } catch {
    const where = locateJsonError(text);
    const e = errorText();
    const message = where === null ? t.jsonArray : `${e.json[where.problem] ?? where.problem}${where.char === undefined ? "" : e.found(quote(where.char))} ${e.scenario.at(where.line, where.column)}`;
    throw new UsageError(t.actualsInvalid(label), { issues: [{ path: label, message, allowed: t.jsonArray }] });
  }
  if (!Array.isArray(document)) throw new UsageError(t.actualsInvalid(label), { issues: [{ path: label, message: t.notArray, allowed: t.jsonArray }] });
  return document as unknown[];
}

/** A CSV record with the line it starts on. */
interface CsvRow {
  line: number;
  cells: string[];
}

const lineOf = (rows: unknown[], i: number): number => (rows[i] as CsvRow | undefined)?.line ?? i + 1;

/** RFC 4180 records (quoted fields may hold commas, quotes as "" and line breaks); blank lines are skipped, a header line too. */
function parseCsv(text: string, label: string): CsvRow[] {
  const t = errorText().backtest;
  const records: CsvRow[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let start = 1;
  const endRecord = (): void => {
    cells.push(cell);
    if (cells.some((c) => c.trim() !== "")) records.push({ line: start, cells });
    cells = [];
    cell = "";
  };
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i] ?? "";
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else {
        if (c === "\n") line += 1;
        cell += c;
      }
    } else if (c === '"' && cell.trim() === "") {
      quoted = true;
      cell = "";
    } else if (c === ",") {
      cells.push(cell);
      cell = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i += 1;
      endRecord();
      line += 1;
      start = line;
    } else cell += c;
  }
  if (quoted) throw new UsageError(t.actualsInvalid(label), { issues: [{ path: t.line(start), message: t.unclosedQuote, allowed: t.csvAllowed }] });
  endRecord();
  const [first, ...rest] = records;
  const isHeader = first !== undefined && first.cells[0]?.trim().toLowerCase() === "item";
  if (isHeader) {
    const names = first.cells.map((c) => c.trim());
    if (names.some((n, i) => n !== CSV_FIELDS[i])) {
      throw new UsageError(t.actualsInvalid(label), { issues: [{ path: t.line(first.line), message: t.badHeader, received: names.join(","), allowed: t.csvAllowed }] });
    }
  }
  const body = isHeader ? rest : records;
  const wide = body.find((r) => r.cells.length < 3 || r.cells.length > CSV_FIELDS.length);
  if (wide !== undefined) {
    throw new UsageError(t.actualsInvalid(label), { issues: [{ path: t.line(wide.line), message: t.columnCount(wide.cells.length), allowed: t.csvAllowed }] });
  }
  return body;
}

/** A CSV record as the row zod checks: the value a number when it is written as one, empty url and source left out. */
function fromCsv(row: CsvRow): Record<string, unknown> {
  const [item = "", period = "", value = "", url = "", source = ""] = row.cells.map((c) => c.trim());
  const number = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(value) ? Number(value) : value;
  return { item, period, value: number, ...(url === "" ? {} : { url }), ...(source === "" ? {} : { source }) };
}
