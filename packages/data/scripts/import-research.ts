// Validates the JSON Lines sources and writes the package's row files.
//
//   pnpm --filter @aidebt/data data:import [--research DIR]
//
// Reads sources/*.jsonl (rows curated in this package) and sources/research/*.jsonl (snapshots of the
// research helpers' files; --research DIR first copies DIR/*.jsonl there). Every line is parsed and
// validated (schema, URL rule, the row's own checks); a curated row wins over a research row with the
// same deal id or the same company/item/period/bucket/source. Nothing is dropped silently: each reject
// is listed with its file, line and reasons in sources/REJECTS.md. Writes src/rows/<table>.json.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { companyRowProblems, parseRow } from "../src/check.js";
import type { TableName } from "../src/rows.js";
import type { Row } from "../src/schema.js";
import { applyJaLabels, readJaLabels } from "./labels-ja.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const sourcesDir = join(root, "sources");
const researchDir = join(sourcesDir, "research");

const researchArg = process.argv.indexOf("--research");
if (researchArg > 0) {
  const from = process.argv[researchArg + 1];
  if (from === undefined) throw new Error("--research needs a directory");
  mkdirSync(researchDir, { recursive: true });
  for (const f of readdirSync(from).filter((n) => n.endsWith(".jsonl"))) copyFileSync(join(from, f), join(researchDir, f));
}

const TABLE_OF: Record<Row["table"], TableName> = {
  company: "companies",
  guidance: "guidance",
  deal: "deals",
  series: "series",
  aggregate: "aggregates",
};

interface Reject {
  readonly file: string;
  readonly line: number;
  readonly what: string;
  readonly reasons: readonly string[];
}

const jsonl = (dir: string): string[] =>
  existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith(".jsonl")).sort().map((n) => join(dir, n)) : [];

const rejects: Reject[] = [];
const accepted: { row: Row; curated: boolean }[] = [];

for (const [files, curated] of [[jsonl(sourcesDir), true], [jsonl(researchDir), false]] as const) {
  for (const file of files) {
    const rel = file.slice(root.length);
    readFileSync(file, "utf8")
      .split("\n")
      .forEach((text, index) => {
        if (text.trim() === "") return;
        let raw: unknown;
        try {
          raw = JSON.parse(text);
        } catch (e) {
          rejects.push({ file: rel, line: index + 1, what: text.slice(0, 60), reasons: [`not JSON: ${(e as Error).message}`] });
          return;
        }
        const what = describe(raw);
        const parsed = parseRow(raw);
        if (!parsed.ok) {
          rejects.push({ file: rel, line: index + 1, what, reasons: parsed.problems });
          return;
        }
        const own = parsed.row.table === "company" ? companyRowProblems(parsed.row).filter((p) => p.level === "error") : [];
        if (own.length > 0) {
          rejects.push({ file: rel, line: index + 1, what, reasons: own.map((p) => `${p.rule}: ${p.message}`) });
          return;
        }
        const clash = accepted.find((a) => a.curated && sameRow(a.row, parsed.row));
        if (!curated && clash !== undefined) {
          rejects.push({ file: rel, line: index + 1, what, reasons: ["the same row is curated in sources/ (kept that one)"] });
          return;
        }
        accepted.push({ row: parsed.row, curated });
      });
  }
}

function describe(raw: unknown): string {
  if (typeof raw !== "object" || raw === null) return String(raw).slice(0, 60);
  const r = raw as Record<string, unknown>;
  return [r.table, r.id ?? r.company, r.item ?? r.series, r.period ?? r.forPeriod ?? r.date ?? r.asOf]
    .filter((x) => x !== undefined)
    .map(String)
    .join(" ");
}

function sameRow(a: Row, b: Row): boolean {
  if (a.table === "deal" && b.table === "deal") return a.id === b.id;
  if (a.table === "company" && b.table === "company") {
    return a.company === b.company && a.item === b.item && a.period === b.period && a.bucket === b.bucket && a.source.url === b.source.url;
  }
  if (a.table === "aggregate" && b.table === "aggregate") return a.id === b.id && a.source.url === b.source.url;
  return false;
}

// A press or secondary copy of a company figure that a primary row states too (same company, item, period
// and bucket, the same value within ½% or 0.005, and a primary source public no later than the copy) adds
// nothing a reader can check better: it is listed in REJECTS.md as superseded, with the primary URL. Copies
// that disagree with the primary row stay (data:check warns about them), and so do copies published before
// the primary source, which tell knownOn() when the figure first became public.
const superseded = new Set<Row>();
for (const { row } of accepted) {
  if (row.table !== "company" || row.confidence === "primary") continue;
  const primary = accepted.find(
    ({ row: p }) =>
      p.table === "company" &&
      p.confidence === "primary" &&
      p.company === row.company &&
      p.item === row.item &&
      p.period === row.period &&
      p.bucket === row.bucket &&
      Math.abs(p.value - row.value) <= Math.max(0.005, Math.abs(p.value) * 0.005) &&
      publishedBy(p.source.published) <= publishedBy(row.source.published),
  );
  if (primary === undefined) continue;
  superseded.add(row);
  rejects.push({
    file: "(superseded)",
    line: 0,
    what: describe(row),
    reasons: [`${row.confidence} copy of a figure a primary row states (${primary.row.source.url}); kept the primary row`],
  });
}

/** A publication date as a sortable day: a month (`YYYY-MM`) counts as its last day. */
function publishedBy(date: string): string {
  return date.length === 7 ? `${date}-31` : date;
}

const labelled = applyJaLabels(
  accepted.filter(({ row }) => !superseded.has(row)).map(({ row }) => row),
  readJaLabels(join(sourcesDir, "labels-ja.json")),
);
if (labelled.orphans.length > 0 || labelled.conflicts.length > 0) {
  throw new Error(`sources/labels-ja.json: ${[...labelled.orphans.map((o) => `${o} labels no row`), ...labelled.conflicts.map((c) => `conflicting labels ${c}`)].join("; ")}`);
}
const out: Record<TableName, Row[]> = { companies: [], guidance: [], deals: [], series: [], aggregates: [] };
for (const row of labelled.rows) out[TABLE_OF[row.table]].push(row);
for (const [table, rows] of Object.entries(out)) {
  writeFileSync(join(root, "src", "rows", `${table}.json`), JSON.stringify(rows, null, 1) + "\n");
}

const report = [
  "# Rejected source rows",
  "",
  "Written by `scripts/import-research.ts`; every line of sources/ that did not become a row, and why.",
  "",
  ...(rejects.length === 0
    ? ["None."]
    : ["| file | line | row | reasons |", "|---|---:|---|---|", ...rejects.map((r) => `| ${r.file} | ${r.line} | ${r.what} | ${r.reasons.join("; ").replace(/\|/g, "\\|")} |`)]),
  "",
];
// Why the rows above stay rejected (kept by hand in sources/REJECTS.notes.md, appended verbatim).
const notes = join(sourcesDir, "REJECTS.notes.md");
if (existsSync(notes)) report.push(readFileSync(notes, "utf8").trimEnd(), "");
writeFileSync(join(sourcesDir, "REJECTS.md"), report.join("\n"));

const counts = Object.entries(out).map(([t, rows]) => `${t} ${rows.length}`).join(", ");
console.log(`imported ${accepted.length - superseded.size} rows (${counts}); rejected ${rejects.length} (see ${basename(sourcesDir)}/REJECTS.md)`);
