/**
 * A printed result as plain data: the print…() functions build a Document and one renderer per format turns
 * it into text. Cells keep their raw value (what CSV carries) and a column formatter gives what humans read.
 */
export type Cell = string | number | boolean | null;

export interface Column {
  header: string;
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
  /** The table CSV output carries when the document has several (default: the first). */
  primary?: boolean;
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
