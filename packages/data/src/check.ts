// data:check — every rule a row must pass beyond its schema, and the summary table.
import { inQuarter, knownFrom, yearBefore } from "./_lib/period.js";
import { jaLabelProblems } from "./labels.js";
import { tables, TABLES } from "./rows.js";
import type { TableName, Tables } from "./rows.js";
import type { CompanyRow, Confidence, Row } from "./schema.js";
import { CONFIDENCE_LEVELS, FLOW_ITEMS, ITEM_UNITS, rowSchema } from "./schema.js";

/** One finding of the check. Errors fail `data:check`; warnings are printed. */
export interface CheckIssue {
  readonly level: "error" | "warning";
  readonly table: TableName;
  /** Which row: its id, or company/item/period. */
  readonly row: string;
  readonly rule: string;
  readonly message: string;
}

/** Rows per table and the share read in a primary source. */
export interface TableSummary {
  readonly table: TableName;
  readonly rows: number;
  readonly primary: number;
  readonly press: number;
  readonly secondary: number;
  /** primary ÷ rows, 0 when the table is empty. */
  readonly primaryShare: number;
}

/** The result of {@link checkData}. */
export interface CheckReport {
  readonly ok: boolean;
  readonly errors: readonly CheckIssue[];
  readonly warnings: readonly CheckIssue[];
  readonly summary: readonly TableSummary[];
}

/** Hosts whose pages are not sources: satire, or web proxies that wrap another site's page. */
export const BANNED_HOSTS: readonly string[] = ["memedata.com", "learndenglisch.com"];

/**
 * Why a URL is not acceptable as a source, or undefined when it is: https only, no banned host
 * (satire, web proxies), no page that wraps another page given in its query (`?url=https…`).
 *
 * @param url - the source URL
 * @returns the reason, or undefined
 * @example
 * urlProblem("https://www.sec.gov/Archives/edgar/data/1326801/000162828026003942/R16.htm"); // undefined
 * urlProblem("http://www.learndenglisch.com/proxies?url=https%3A%2F%2Fwww.ft.com%2Fcontent%2Fx");
 * // "not https"
 * urlProblem("https://memedata.com/post/84745"); // "banned host memedata.com (satire or proxy)"
 */
export function urlProblem(url: string): string | undefined {
  // Parsed by hand: the package targets plain ES2022, without the URL global's types.
  const m = /^([a-z][a-z0-9+.-]*):\/\/(?:[^@/?#]*@)?([^/?#:]+)(?::\d+)?([^?#]*)(?:\?([^#]*))?/i.exec(url);
  if (m === null) return "not a URL";
  const [, scheme = "", hostname = "", pathname = "", search = ""] = m;
  if (scheme.toLowerCase() !== "https") return "not https";
  const host = hostname.toLowerCase().replace(/^www\./, "");
  const banned = BANNED_HOSTS.find((b) => host === b || host.endsWith(`.${b}`));
  if (banned !== undefined) return `banned host ${banned} (satire or proxy)`;
  if (/\/proxies\b/.test(pathname)) return "a web proxy page";
  for (const pair of search.split("&")) {
    const value = pair.slice(pair.indexOf("=") + 1);
    let decoded = value;
    try {
      decoded = decodeURIComponent(value);
    } catch {
      // keep the raw value
    }
    if (pair.includes("=") && /^https?:\/\//i.test(decoded)) return "a page wrapping another URL (proxy)";
  }
  return undefined;
}

/**
 * Validates one row of unknown shape against the schemas and the URL rule.
 *
 * @param raw - a parsed JSON object
 * @returns the typed row, or the problems as `field: problem` strings
 * @example
 * parseRow({ table: "series" }).ok; // false
 */
export function parseRow(raw: unknown): { ok: true; row: Row } | { ok: false; problems: string[] } {
  const parsed = rowSchema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((i) => `${i.path.join(".") || "(row)"}: ${i.message}`) };
  }
  const row = parsed.data;
  const urls = [row.source.url, ...("evidence" in row && row.evidence ? row.evidence.map((e) => e.url) : [])];
  const problems = urls.flatMap((u) => {
    const p = urlProblem(u);
    return p === undefined ? [] : [`url ${u}: ${p}`];
  });
  return problems.length === 0 ? { ok: true, row } : { ok: false, problems };
}

const rank = (c: Confidence): number => CONFIDENCE_LEVELS.indexOf(c);
const companyKey = (r: CompanyRow): string => `${r.company}/${r.item}/${r.period}${r.bucket ? `/${r.bucket}` : ""}`;

/** The row the checks and sums use for a period: strictest confidence, then earliest source. */
function best(rows: readonly CompanyRow[]): CompanyRow | undefined {
  return [...rows].sort((a, b) => rank(a.confidence) - rank(b.confidence) || knownFrom(a.source.published).localeCompare(knownFrom(b.source.published)))[0];
}

function groupBy<T>(rows: readonly T[], key: (r: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = map.get(k);
    if (list) list.push(r);
    else map.set(k, [r]);
  }
  return map;
}

/** Problems of one company row on its own (unit, period label, dates, quote); used by the import too. */
export function companyRowProblems(r: CompanyRow): Omit<CheckIssue, "table">[] {
  const found: Omit<CheckIssue, "table">[] = [];
  companyRowChecks(r, (i) => found.push(i));
  return found;
}

function companyRowChecks(r: CompanyRow, issue: (i: Omit<CheckIssue, "table">) => void): void {
  const id = companyKey(r);
  if (r.unit !== ITEM_UNITS[r.item]) issue({ level: "error", row: id, rule: "unit", message: `unit ${r.unit}, expected ${ITEM_UNITS[r.item]}` });
  if (r.period.startsWith("FY")) {
    if (!FLOW_ITEMS.has(r.item)) issue({ level: "error", row: id, rule: "period", message: "a stock takes a quarter label, not a fiscal year" });
    if (r.periodEnd.slice(0, 4) !== r.period.slice(2)) issue({ level: "error", row: id, rule: "period", message: `periodEnd ${r.periodEnd} is not in ${r.period}` });
  } else if (!inQuarter(r.periodEnd, r.period)) {
    issue({ level: "error", row: id, rule: "period", message: `periodEnd ${r.periodEnd} is not in calendar quarter ${r.period}` });
  }
  if (knownFrom(r.source.published) < r.periodEnd) issue({ level: "error", row: id, rule: "dates", message: `published ${r.source.published} before the period ends ${r.periodEnd}` });
  if (!/\d/.test(r.quote)) issue({ level: "warning", row: id, rule: "quote", message: "the quote holds no number" });
}

function companyChecks(rows: readonly CompanyRow[], issue: (i: Omit<CheckIssue, "table">) => void): void {
  for (const r of rows) companyRowChecks(r, issue);
  // Same value twice from the same source is a duplicate; different values are a disagreement to note.
  for (const [key, group] of groupBy(rows, companyKey)) {
    for (const [url, same] of groupBy(group, (r) => r.source.url)) {
      if (same.length > 1) issue({ level: "error", row: key, rule: "duplicate", message: `${same.length} rows from ${url}` });
    }
    const values = group.map((r) => r.value);
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    if (hi - lo > Math.max(0.01 * Math.abs(hi), 0.011)) {
      issue({ level: "warning", row: key, rule: "disagreement", message: `sources disagree: ${[...new Set(values)].join(" vs ")}` });
    }
  }
  // Flows: the four quarters ending within a fiscal year sum to the fiscal-year figure.
  const byItem = groupBy(rows.filter((r) => FLOW_ITEMS.has(r.item) && r.bucket === undefined), (r) => `${r.company}/${r.item}`);
  for (const [key, group] of byItem) {
    const perPeriod = [...groupBy(group, (r) => r.period).values()].map((g) => best(g)).filter((r): r is CompanyRow => r !== undefined);
    for (const fy of perPeriod.filter((r) => r.period.startsWith("FY"))) {
      const start = yearBefore(fy.periodEnd);
      const quarters = perPeriod.filter((r) => !r.period.startsWith("FY") && r.periodEnd > start && r.periodEnd <= fy.periodEnd);
      if (quarters.length !== 4) continue;
      const sum = quarters.reduce((s, q) => s + q.value, 0);
      const tolerance = Math.max(0.005 * Math.abs(fy.value), 0.05);
      if (Math.abs(sum - fy.value) > tolerance) {
        issue({ level: "error", row: `${key}/${fy.period}`, rule: "flow-sum", message: `quarters sum to ${sum.toFixed(3)}, fiscal year ${fy.value}` });
      }
    }
  }
  // Stocks: gross property and equipment less accumulated depreciation is the net figure.
  const at = groupBy(rows, (r) => `${r.company}/${r.period}`);
  for (const [key, group] of at) {
    const pick = (item: CompanyRow["item"], bucket?: string): number | undefined =>
      best(group.filter((r) => r.item === item && r.bucket === bucket))?.value;
    const gross = pick("ppeGross");
    const acc = pick("accumulatedDepreciation");
    const net = pick("propertyAndEquipmentNet");
    if (gross !== undefined && acc !== undefined && net !== undefined && Math.abs(gross - acc - net) > Math.max(0.01 * net, 0.05)) {
      issue({ level: "error", row: key, rule: "ppe", message: `gross ${gross} − accumulated ${acc} ≠ net ${net}` });
    }
    for (const kind of ["operatingLeasePayments", "financeLeasePayments"] as const) {
      const buckets = group.filter((r) => r.item === kind);
      if (buckets.length === 0) continue;
      const total = pick(kind, "total");
      const yearly = buckets.filter((r) => r.bucket !== "total" && r.bucket !== "imputedInterest").reduce((s, r) => s + r.value, 0);
      if (total !== undefined && Math.abs(total - yearly) > 0.01) {
        issue({ level: "error", row: `${key}/${kind}`, rule: "lease-schedule", message: `payments by year sum to ${yearly.toFixed(3)}, total ${total}` });
      }
      const interest = pick(kind, "imputedInterest");
      const liability = pick(kind === "operatingLeasePayments" ? "operatingLeaseLiabilities" : "financeLeaseLiabilities");
      if (total !== undefined && interest !== undefined && liability !== undefined && Math.abs(total - interest - liability) > 0.01) {
        issue({ level: "error", row: `${key}/${kind}`, rule: "lease-schedule", message: `total ${total} − interest ${interest} ≠ liability ${liability}` });
      }
    }
  }
}

/**
 * Runs every check on the tables (the package's own rows by default) and counts rows per table.
 *
 * @param input - tables to check; defaults to the package's rows
 * @returns errors, warnings and the summary; `ok` when there is no error
 * @example
 * const report = checkData();
 * report.ok; // true
 * report.summary.map((s) => s.table); // ["companies", "guidance", "deals", "series", "aggregates"]
 */
export function checkData(input: Tables = tables()): CheckReport {
  const errors: CheckIssue[] = [];
  const warnings: CheckIssue[] = [];
  const add = (table: TableName) => (i: Omit<CheckIssue, "table">) => (i.level === "error" ? errors : warnings).push({ ...i, table });

  for (const p of jaLabelProblems(input)) add(p.table)({ level: "error", row: p.row, rule: "ja-label", message: p.message });
  for (const table of TABLES) {
    for (const row of input[table] as readonly Row[]) {
      const parsed = parseRow(row);
      if (!parsed.ok) {
        const id = "id" in row ? row.id : JSON.stringify(row).slice(0, 80);
        for (const p of parsed.problems) add(table)({ level: "error", row: id, rule: "schema", message: p });
      }
    }
  }
  companyChecks(input.companies, add("companies"));
  for (const g of input.guidance) {
    const id = `${g.company}/${g.item}/${g.forPeriod}/${g.published}`;
    if (g.low > g.high) add("guidance")({ level: "error", row: id, rule: "range", message: `low ${g.low} above high ${g.high}` });
    if (g.published > knownFrom(g.source.published)) add("guidance")({ level: "error", row: id, rule: "dates", message: `given ${g.published} after its source was published ${g.source.published}` });
  }
  for (const [key, group] of groupBy(input.guidance, (g) => `${g.company}/${g.item}/${g.forPeriod}/${g.published}/${g.source.url}`)) {
    if (group.length > 1) add("guidance")({ level: "error", row: key, rule: "duplicate", message: `${group.length} rows` });
  }
  for (const [id, group] of groupBy(input.deals, (d) => d.id)) {
    if (group.length > 1) add("deals")({ level: "error", row: id, rule: "duplicate", message: `${group.length} deals share the id` });
  }
  for (const d of input.deals) {
    const amounts = (d.tranches ?? []).map((t) => t.amount);
    if (d.amount !== null && amounts.length > 0 && amounts.every((a) => a !== undefined)) {
      const sum = amounts.reduce((s: number, a) => s + (a ?? 0), 0);
      if (Math.abs(sum - d.amount) > Math.max(0.01 * d.amount, 0.01)) {
        add("deals")({ level: "warning", row: d.id, rule: "tranches", message: `tranches sum to ${sum.toFixed(3)}, amount ${d.amount}` });
      }
    }
  }
  for (const [key, group] of groupBy(input.series, (s) => `${s.series}/${s.date}/${s.source.url}`)) {
    if (group.length > 1) add("series")({ level: "error", row: key, rule: "duplicate", message: `${group.length} rows` });
  }
  for (const [key, group] of groupBy(input.aggregates, (a) => `${a.id}/${a.source.url}`)) {
    if (group.length > 1) add("aggregates")({ level: "error", row: key, rule: "duplicate", message: `${group.length} rows` });
  }

  const summary = TABLES.map((table): TableSummary => {
    const rows = input[table] as readonly Row[];
    const count = (c: Confidence) => rows.filter((r) => r.confidence === c).length;
    return {
      table,
      rows: rows.length,
      primary: count("primary"),
      press: count("press"),
      secondary: count("secondary"),
      primaryShare: rows.length === 0 ? 0 : count("primary") / rows.length,
    };
  });
  return { ok: errors.length === 0, errors, warnings, summary };
}

/**
 * The report as plain text: a Markdown summary table, then errors and warnings, one a line.
 *
 * @param report - a {@link CheckReport}
 * @returns the text `data:check` prints
 * @example
 * formatCheckReport(checkData()).split("\n")[0]; // "| table | rows | primary | press | secondary | primary share |"
 */
export function formatCheckReport(report: CheckReport): string {
  const total = report.summary.reduce((s, t) => s + t.rows, 0);
  const primary = report.summary.reduce((s, t) => s + t.primary, 0);
  const pct = (x: number) => `${(100 * x).toFixed(0)}%`;
  const lines = [
    "| table | rows | primary | press | secondary | primary share |",
    "|---|---:|---:|---:|---:|---:|",
    ...report.summary.map((s) => `| ${s.table} | ${s.rows} | ${s.primary} | ${s.press} | ${s.secondary} | ${pct(s.primaryShare)} |`),
    `| all | ${total} | ${primary} | | | ${pct(total === 0 ? 0 : primary / total)} |`,
    "",
    ...report.errors.map((i) => `error ${i.table} ${i.row} [${i.rule}]: ${i.message}`),
    ...report.warnings.map((i) => `warning ${i.table} ${i.row} [${i.rule}]: ${i.message}`),
    `${report.errors.length} errors, ${report.warnings.length} warnings`,
  ];
  return lines.join("\n");
}
