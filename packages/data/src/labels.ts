// The Japanese labels the rows carry (set by the import from sources/labels-ja.json), looked up by what the
// site's Japanese pages hold: a source URL (the model's backtest rows carry only URL and title) or an issuer.
import { TABLES, tables } from "./rows.js";
import type { TableName, Tables } from "./rows.js";
import type { Row } from "./schema.js";

let bySource: Map<string, string> | undefined;
let byIssuer: Map<string, string> | undefined;

const allRows = (t: Tables): readonly Row[] => [...t.companies, ...t.guidance, ...t.deals, ...t.series, ...t.aggregates];

/**
 * The Japanese title of a source page, by its URL; undefined when no row citing it has one.
 *
 * @param url - the source URL as the rows cite it
 * @returns the Japanese title, or undefined
 * @example
 * sourceTitleJa("https://www.sec.gov/Archives/edgar/data/1326801/000162828026003942/R15.htm");
 * // "メタ Form 10-K（2025年度年次報告書）注記: 有形固定資産"
 */
export function sourceTitleJa(url: string): string | undefined {
  bySource ??= new Map(allRows(tables()).flatMap((r) => (r.source.titleJa === undefined ? [] : [[r.source.url, r.source.titleJa] as const])));
  return bySource.get(url);
}

/**
 * A deal issuer's name in Japanese, by the issuer as the deal rows write it; undefined when unlabelled.
 *
 * @param issuer - a deal's `issuer`
 * @returns the Japanese name, or undefined
 * @example
 * issuerJa("Alphabet Inc."); // "アルファベット"
 */
export function issuerJa(issuer: string): string | undefined {
  byIssuer ??= new Map(tables().deals.flatMap((d) => (d.issuerJa === undefined ? [] : [[d.issuer, d.issuerJa] as const])));
  return byIssuer.get(issuer);
}

/**
 * The data:check rules of the labels: every deal names its issuer in Japanese (the ja one-year-on page shows
 * deals in its figures and claims), and the rows citing one page agree on its Japanese title.
 *
 * @param t - the tables
 * @returns one message per problem, with the deal id or URL
 */
export function jaLabelProblems(t: Tables): { table: TableName; row: string; message: string }[] {
  const problems: { table: TableName; row: string; message: string }[] = [];
  for (const d of t.deals) if (d.issuerJa === undefined) problems.push({ table: "deals", row: d.id, message: `issuer "${d.issuer}" has no Japanese label (sources/labels-ja.json)` });
  const titles = new Map<string, { table: TableName; set: Set<string> }>();
  for (const table of TABLES) {
    for (const r of t[table] as readonly Row[]) {
      if (r.source.titleJa === undefined) continue;
      const entry = titles.get(r.source.url) ?? { table, set: new Set<string>() };
      titles.set(r.source.url, entry);
      entry.set.add(r.source.titleJa);
    }
  }
  for (const [url, { table, set }] of titles) if (set.size > 1) problems.push({ table, row: url, message: `rows disagree on the Japanese title: ${[...set].join(" / ")}` });
  return problems;
}
