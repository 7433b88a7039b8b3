import { cellText, type Block, type Cell, type Document, type TableBlock, type Tone } from "./document.js";
import { displayWidth, pad, type Style } from "./terminal.js";

export const FORMATS = ["table", "json", "csv", "md"] as const;
export type Format = (typeof FORMATS)[number];

export interface RenderOptions {
  /** Draw chart blocks (table format on a TTY only). */
  charts: boolean;
  style: Style;
}

/** Aligned plain-text rendering for a terminal (format `table`). */
export function renderText(doc: Document, options: RenderOptions): string {
  const parts: string[] = [];
  for (const block of doc.blocks) {
    const rendered = renderTextBlock(block, options);
    if (rendered !== null) parts.push(rendered);
  }
  return `${parts.join("\n\n")}\n`;
}

function renderTextBlock(block: Block, { charts, style }: RenderOptions): string | null {
  switch (block.kind) {
    case "heading":
      return style.bold(block.text);
    case "text":
      return block.text;
    case "chart":
      if (!charts) return null;
      return [...(block.title === undefined ? [] : [style.bold(block.title)]), ...block.lines].join("\n");
    case "table":
      return renderTextTable(block, style);
  }
}

export function renderTextTable(block: TableBlock, style: Style): string {
  const header = block.columns.map((column) => column.header);
  const body = block.rows.map((row) => block.columns.map((column, i) => cellText(column, row[i] ?? null)));
  const toneOf = (r: number, i: number): Tone | undefined => block.columns[i]?.tone?.(block.rows[r]?.[i] ?? null);
  const paint = (tone: Tone | undefined, textIn: string): string =>
    tone === "bad" ? style.red(textIn) : tone === "warn" ? style.yellow(textIn) : tone === "good" ? style.green(textIn) : textIn;
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...body.map((cells) => displayWidth(cells[i] ?? ""))));
  const align = (i: number): "left" | "right" => block.columns[i]?.align ?? "left";
  const lineOf = (cells: string[], r?: number): string =>
    cells
      .map((cell, i) => pad(r === undefined ? cell : paint(toneOf(r, i), cell), widths[i] ?? 0, align(i)))
      .join("  ")
      .trimEnd();
  const lines = [
    style.bold(lineOf(header)),
    widths.map((w) => "-".repeat(w)).join("  "),
    ...body.map((cells, r) => lineOf(cells, r)),
  ];
  if (block.title !== undefined) lines.unshift(style.bold(block.title));
  return lines.join("\n");
}

/** GitHub-flavoured Markdown (format `md`). Charts are left out. */
export function renderMarkdown(doc: Document): string {
  const parts: string[] = [];
  for (const block of doc.blocks) {
    switch (block.kind) {
      case "heading":
        parts.push(`${"#".repeat(block.level ?? 2)} ${block.text}`);
        break;
      case "text":
        parts.push(block.text);
        break;
      case "chart":
        break;
      case "table": {
        const escape = (s: string): string => s.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
        const header = `| ${block.columns.map((c) => escape(c.header)).join(" | ")} |`;
        const rule = `| ${block.columns.map((c) => (c.align === "right" ? "---:" : "---")).join(" | ")} |`;
        const rows = block.rows.map(
          (row) => `| ${block.columns.map((column, i) => escape(cellText(column, row[i] ?? null))).join(" | ")} |`,
        );
        parts.push([...(block.title === undefined ? [] : [`**${escape(block.title)}**`, ""]), header, rule, ...rows].join("\n"));
        break;
      }
    }
  }
  return `${parts.join("\n\n")}\n`;
}

/** RFC 4180 CSV of the document's primary table (raw values, no unit formatting). */
export function renderCsv(doc: Document): string {
  const tables = doc.blocks.filter((block): block is TableBlock => block.kind === "table");
  const primary = tables.find((t) => t.primary === true) ?? tables[0];
  if (primary === undefined) return "";
  const lines = [primary.columns.map((c) => csvField(c.header)), ...primary.rows.map((row) => primary.columns.map((_, i) => csvField(row[i] ?? null)))];
  return `${lines.map((cells) => cells.join(",")).join("\n")}\n`;
}

export function csvField(value: Cell): string {
  if (value === null) return "";
  const text = typeof value === "number" ? (Number.isFinite(value) ? String(value) : "") : String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** JSON output: the value unchanged, two-space indented. */
export function renderJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
