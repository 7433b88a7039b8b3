/**
 * A printed result as plain data: the print…() functions build a Document and one renderer per format turns
 * it into text. Cells keep their raw value (what CSV carries) and a column formatter gives what humans read.
 */
import type { Unit } from "./units.js";

export type Cell = string | number | boolean | null;

export interface Column {
  /** Stable field id: the CSV header and the name `--columns` selects, the same whatever the language. */
  id: string;
  /** Label for table and Markdown, in the output's language. */
  header: string;
  /** Unit of the raw values CSV carries (documented in the README). */
  unit?: Unit;
  align?: "left" | "right";
  /** Human rendering for table and Markdown; CSV always writes the raw value. */
  format?: (value: Cell) => string;
  /** Colour a cell on a colour terminal: bad (red), warn (yellow), good (green). Ignored by other formats. */
  tone?: (value: Cell) => Tone | undefined;
}

export type Tone = "bad" | "warn" | "good";

export interface TableBlock {
  kind: "table";
  title?: string;
  columns: Column[];
  rows: Cell[][];
  /** The table CSV output carries and `--columns` selects from when the document has several (default: the first). */
  primary?: boolean;
  /** Lines under the table (e.g. how many columns did not fit the terminal). */
  notes?: string[];
}

export interface HeadingBlock {
  kind: "heading";
  text: string;
  level?: 1 | 2 | 3;
}

export interface TextBlock {
  kind: "text";
  text: string;
}

/** Lines of a terminal chart: drawn only in table format on a TTY. */
export interface ChartBlock {
  kind: "chart";
  title?: string;
  lines: string[];
}

export type Block = TableBlock | HeadingBlock | TextBlock | ChartBlock;

export interface Document {
  blocks: Block[];
}

export const table = (columns: Column[], rows: Cell[][], extra: { title?: string; primary?: boolean } = {}): TableBlock => ({
  kind: "table",
  columns,
  rows,
  ...extra,
});
export const heading = (text: string, level: 1 | 2 | 3 = 2): HeadingBlock => ({ kind: "heading", text, level });
export const text = (body: string): TextBlock => ({ kind: "text", text: body });
export const chart = (lines: string[], title?: string): ChartBlock => ({ kind: "chart", lines, ...(title === undefined ? {} : { title }) });

/** Display text of a cell, through the column's formatter when it has one. */
export function cellText(column: Column, value: Cell): string {
  if (column.format) return column.format(value);
  if (value === null) return "–";
  if (typeof value === "number") return Number.isInteger(value) ? String(value) : value.toFixed(2);
  return String(value);
}

/** The table CSV carries and `--columns` selects from. */
export function primaryTable(doc: Document): TableBlock | undefined {
  const tables = doc.blocks.filter((block): block is TableBlock => block.kind === "table");
  return tables.find((t) => t.primary === true) ?? tables[0];
}

/**
 * The document with its primary table cut to the given column ids, in the order given. Returns the ids
 * that name no column instead when there are any.
 */
export function selectColumns(doc: Document, ids: readonly string[]): { doc: Document } | { unknown: string[]; available: string[] } {
  const primary = primaryTable(doc);
  if (primary === undefined) return { unknown: [...ids], available: [] };
  const index = new Map(primary.columns.map((c, i) => [c.id.toLowerCase(), i]));
  const unknown = ids.filter((id) => !index.has(id.toLowerCase()));
  if (unknown.length > 0) return { unknown, available: primary.columns.map((c) => c.id) };
  const picks = ids.map((id) => index.get(id.toLowerCase()) ?? 0);
  const cut: TableBlock = { ...primary, columns: picks.map((i) => primary.columns[i] as Column), rows: primary.rows.map((row) => picks.map((i) => row[i] ?? null)) };
  return { doc: { blocks: doc.blocks.map((block) => (block === primary ? cut : block)) } };
}
