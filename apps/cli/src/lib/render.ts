import { cellText, primaryTable, type Block, type Cell, type Document, type TableBlock, type Tone } from "./document.js";
import { escapeControls } from "./sanitize.js";
import { displayWidth, pad, truncate, type Style } from "./terminal.js";

export const FORMATS = ["table", "json", "csv", "md"] as const;
export type Format = (typeof FORMATS)[number];

export interface RenderOptions {
  /** Draw chart blocks (table format on a TTY only). */
  charts: boolean;
  style: Style;
  /** Fit tables and charts to this many columns (a TTY); undefined prints everything (a pipe or a file). */
  width?: number;
  /** The line under a table whose last columns did not fit. */
  hiddenColumns?: (count: number, ids: string) => string;
}

/** Narrowest a text column is cut to before whole columns are left out. */
const MIN_TEXT_WIDTH = 12;
/** Narrowest the first column (what each row is) is cut to. */
const MIN_KEY_WIDTH = 20;
const GAP = 2;

/** Aligned plain-text rendering for a terminal (format `table`). */
export function renderText(doc: Document, options: RenderOptions): string {
  const parts: string[] = [];
  for (const block of doc.blocks) {
    const rendered = renderTextBlock(block, options);
    if (rendered !== null) parts.push(rendered);
  }
  return `${parts.join("\n\n")}\n`;
}

function renderTextBlock(block: Block, options: RenderOptions): string | null {
  const { charts, style, width } = options;
  const fit = (line: string): string => (width === undefined ? line : truncate(line, width));
  switch (block.kind) {
    case "heading":
      return style.bold(escapeControls(block.text, { oneLine: true }));
    case "text":
      return escapeControls(block.text);
    case "chart":
      if (!charts) return null;
      return [...(block.title === undefined ? [] : [style.bold(fit(escapeControls(block.title, { oneLine: true })))]), ...block.lines.map(fit)].join("\n");
    case "table":
      return renderTextTable(block, options);
  }
}

/**
 * Columns aligned by display width. With a width (a TTY), a table wider than the terminal is fitted: the
 * widest text columns are cut with "…" (not below 12 columns), then whole columns are left out from the
 * right and named in a note.
 */
export function renderTextTable(block: TableBlock, options: Pick<RenderOptions, "style" | "width" | "hiddenColumns">): string {
  const { style, width } = options;
  const clean = (text: string): string => escapeControls(text, { oneLine: true });
  const header = block.columns.map((column) => clean(column.header));
  const body = block.rows.map((row) => block.columns.map((column, i) => clean(cellText(column, row[i] ?? null))));
  const cells = header.map((_, i) => Math.max(0, ...body.map((row) => displayWidth(row[i] ?? ""))));
  const natural = header.map((h, i) => Math.max(displayWidth(h), cells[i] ?? 0));
  const align = (i: number): "left" | "right" => block.columns[i]?.align ?? "left";
  // text may be cut to 12 columns (the first, the row's name, to 20); numbers never, only their headers
  const least = natural.map((w, i) => (align(i) === "right" ? (cells[i] ?? w) : Math.min(w, i === 0 ? MIN_KEY_WIDTH : MIN_TEXT_WIDTH)));
  const text = natural.map((_, i) => align(i) === "left");
  const { widths, shown } = width === undefined ? { widths: natural, shown: natural.length } : fitWidths(natural, least, width, text);
  const toneOf = (r: number, i: number): Tone | undefined => block.columns[i]?.tone?.(block.rows[r]?.[i] ?? null);
  const paint = (tone: Tone | undefined, textIn: string): string =>
    tone === "bad" ? style.red(textIn) : tone === "warn" ? style.yellow(textIn) : tone === "good" ? style.green(textIn) : textIn;
  const lineOf = (cells: string[], r?: number): string =>
    cells
      .slice(0, shown)
      .map((cell, i) => {
        const w = widths[i] ?? 0;
        const cut = displayWidth(cell) > w ? truncate(cell, w) : cell;
        return pad(r === undefined ? cut : paint(toneOf(r, i), cut), w, align(i));
      })
      .join(" ".repeat(GAP))
      .trimEnd();
  const lines = [style.bold(lineOf(header)), widths.slice(0, shown).map((w) => "-".repeat(w)).join(" ".repeat(GAP)), ...body.map((cells, r) => lineOf(cells, r))];
  if (block.title !== undefined) lines.unshift(style.bold(width === undefined ? clean(block.title) : truncate(clean(block.title), width)));
  const hidden = block.columns.slice(shown).map((c) => c.id);
  if (hidden.length > 0 && options.hiddenColumns !== undefined) {
    const note = options.hiddenColumns(hidden.length, hidden.join(", "));
    for (const line of width === undefined ? [note] : wrap(note, width)) lines.push(style.dim(line));
  }
  for (const note of block.notes ?? []) lines.push(note);
  return lines.join("\n");
}

/**
 * Break text at spaces into lines of at most `width` display columns (a word longer than that is cut).
 *
 * @example
 * wrap("(2 more columns not shown: a, b)", 16); // ["(2 more columns", "not shown: a, b)"]
 */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    const next = line === "" ? word : `${line} ${word}`;
    if (displayWidth(next) <= width) line = next;
    else {
      if (line !== "") lines.push(line);
      line = displayWidth(word) > width ? truncate(word, width) : word;
    }
  }
  if (line !== "") lines.push(line);
  return lines;
}

/**
 * Fit columns into `width`: leave out columns from the right until the rest fits at their least widths, then
 * cut text a column at a time from the one with the most to spare above its least width, and only then the
 * headers of number columns (`text` says which columns hold text).
 *
 * @example
 * fitWidths([20, 80, 6], [12, 12, 6], 40, [true, true, false]); // { widths: [15, 15, 6], shown: 3 }
 */
export function fitWidths(natural: readonly number[], least: readonly number[], width: number, text: readonly boolean[]): { widths: number[]; shown: number } {
  const sum = (ws: readonly number[]): number => ws.reduce((a, b) => a + b, 0) + GAP * Math.max(0, ws.length - 1);
  let shown = natural.length;
  while (shown > 1 && sum(least.slice(0, shown)) > width) shown -= 1;
  const widths = natural.slice(0, shown);
  let total = sum(widths);
  for (const pass of [true, false]) {
    while (total > width) {
      let best = -1;
      let spare = 0;
      widths.forEach((w, i) => {
        const s = w - (least[i] ?? w);
        if ((text[i] ?? true) === pass && s > spare) [best, spare] = [i, s];
      });
      if (best < 0) break;
      widths[best] = (widths[best] ?? 0) - 1;
      total -= 1;
    }
  }
  if (total > width) widths[0] = Math.max(1, (widths[0] ?? 0) - (total - width));
  return { widths, shown };
}

/** GitHub-flavoured Markdown (format `md`). Charts are left out. */
export function renderMarkdown(doc: Document): string {
  const parts: string[] = [];
  const clean = (text: string): string => escapeControls(text, { oneLine: true });
  for (const block of doc.blocks) {
    switch (block.kind) {
      case "heading":
        parts.push(`${"#".repeat(block.level ?? 2)} ${clean(block.text)}`);
        break;
      case "text":
        parts.push(escapeControls(block.text));
        break;
      case "chart":
        break;
      case "table": {
        const escape = (s: string): string => escapeControls(s.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>"), { oneLine: true });
        const header = `| ${block.columns.map((c) => escape(c.header)).join(" | ")} |`;
        const rule = `| ${block.columns.map((c) => (c.align === "right" ? "---:" : "---")).join(" | ")} |`;
        const rows = block.rows.map((row) => `| ${block.columns.map((column, i) => escape(cellText(column, row[i] ?? null))).join(" | ")} |`);
        parts.push([...(block.title === undefined ? [] : [`**${escape(block.title)}**`, ""]), header, rule, ...rows].join("\n"));
        break;
      }
    }
  }
  return `${parts.join("\n\n")}\n`;
}

/** RFC 4180 CSV of the document's primary table: stable column ids as the header, raw values (no unit formatting). */
export function renderCsv(doc: Document): string {
  const primary = primaryTable(doc);
  if (primary === undefined) return "";
  const lines = [primary.columns.map((c) => csvField(c.id)), ...primary.rows.map((row) => primary.columns.map((_, i) => csvField(row[i] ?? null)))];
  return `${lines.map((cells) => cells.join(",")).join("\n")}\n`;
}

/** One CSV field: quoted when it must be, control characters other than newlines escaped. */
export function csvField(value: Cell): string {
  if (value === null) return "";
  const text = escapeControls(typeof value === "number" ? (Number.isFinite(value) ? String(value) : "") : String(value));
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** JSON output: the value unchanged, two-space indented. */
export function renderJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
