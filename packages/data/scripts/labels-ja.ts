// Applies sources/labels-ja.json to the imported rows: a deal's `issuerJa` from its issuer, a source's
// `titleJa` from its URL. Labels are written once per issuer and per page (not on each JSON Lines row), so
// the rows citing one page carry one translation of its title. A label that names no issuer or URL of the
// data is an error: it would hide a typo, and the ja page would fall back to English without a word.
import { existsSync, readFileSync } from "node:fs";
import { jaLabelsSchema, type JaLabels, type Row } from "../src/schema.js";

/** Reads and validates the label table (empty when the file does not exist). */
export function readJaLabels(file: string): JaLabels {
  if (!existsSync(file)) return { issuers: {}, sources: {} };
  return jaLabelsSchema.parse(JSON.parse(readFileSync(file, "utf8")));
}

/**
 * The rows with their Japanese labels set (new objects; the input is not changed), and the labels that
 * matched nothing. A label on a row itself (typed in a source line) must agree with the table's.
 */
export function applyJaLabels(rows: readonly Row[], labels: JaLabels): { rows: Row[]; orphans: string[]; conflicts: string[] } {
  const usedIssuers = new Set<string>();
  const usedSources = new Set<string>();
  const conflicts: string[] = [];
  const out = rows.map((row): Row => {
    const titleJa = labels.sources[row.source.url];
    if (titleJa !== undefined) usedSources.add(row.source.url);
    if (titleJa !== undefined && row.source.titleJa !== undefined && row.source.titleJa !== titleJa) conflicts.push(`${row.source.url}: "${row.source.titleJa}" vs "${titleJa}"`);
    const source = titleJa === undefined ? row.source : { ...row.source, titleJa };
    if (row.table !== "deal") return { ...row, source };
    const issuerJa = labels.issuers[row.issuer];
    if (issuerJa !== undefined) usedIssuers.add(row.issuer);
    if (issuerJa !== undefined && row.issuerJa !== undefined && row.issuerJa !== issuerJa) conflicts.push(`${row.id}: "${row.issuerJa}" vs "${issuerJa}"`);
    // issuerJa right after issuer, as the schema lists it
    const { issuer, ...rest } = row;
    return issuerJa === undefined ? { ...row, source } : { issuer, issuerJa, ...rest, source };
  });
  const orphans = [
    ...Object.keys(labels.issuers).filter((k) => !usedIssuers.has(k)).map((k) => `issuer "${k}"`),
    ...Object.keys(labels.sources).filter((k) => !usedSources.has(k)).map((k) => `source ${k}`),
  ];
  return { rows: out, orphans, conflicts };
}
