import { displayWidth, pad } from "./terminal.js";

const TICKS = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"] as const;
const SHADES = [" ", "░", "▒", "▓", "█"] as const;

/** One-line sparkline of a series; non-finite values draw as a space. */
export function sparkline(values: readonly (number | null)[]): string {
  const finite = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (finite.length === 0) return "";
  const min = Math.min(...finite);
  const max = Math.max(...finite);
  const span = max - min;
  return values
    .map((v) => {
      if (v === null || !Number.isFinite(v)) return " ";
      const level = span === 0 ? 3 : Math.round(((v - min) / span) * (TICKS.length - 1));
      return TICKS[level] ?? " ";
    })
    .join("");
}

/** Labelled sparklines with their range, one per line, labels aligned. */
export function sparklines(series: { label: string; values: readonly (number | null)[]; format: (v: number) => string }[]): string[] {
  const width = Math.max(0, ...series.map((s) => displayWidth(s.label)));
  return series.map((s) => {
    const finite = s.values.filter((v): v is number => v !== null && Number.isFinite(v));
    const range = finite.length === 0 ? "" : `  ${s.format(Math.min(...finite))} … ${s.format(Math.max(...finite))}`;
    return `${pad(s.label, width)}  ${sparkline(s.values)}${range}`;
  });
}

/**
 * Tornado chart: for each row a bar left of the axis for the negative swing and right of it for the positive,
 * scaled to the largest swing. `low`/`high` are changes of the output from its base value.
 */
export function tornado(rows: { label: string; low: number; high: number }[], options: { half?: number; format: (v: number) => string }): string[] {
  const half = options.half ?? 20;
  const width = Math.max(0, ...rows.map((r) => displayWidth(r.label)));
  const scale = Math.max(1e-12, ...rows.flatMap((r) => [Math.abs(r.low), Math.abs(r.high)]).filter(Number.isFinite));
  return rows.map((row) => {
    const neg = Math.min(row.low, row.high, 0);
    const pos = Math.max(row.low, row.high, 0);
    const left = Math.round((Math.abs(neg) / scale) * half);
    const right = Math.round((pos / scale) * half);
    const bar = `${" ".repeat(half - left)}${"█".repeat(left)}│${"█".repeat(right)}${" ".repeat(half - right)}`;
    return `${pad(row.label, width)}  ${bar}  ${options.format(neg)} … ${options.format(pos)}`;
  });
}

/** Heat map of a grid (rows = y values, columns = x values) in shade characters, with a legend line. */
export function heatmap(
  grid: readonly (readonly (number | null)[])[],
  options: { rowLabels: string[]; columnLabels: string[]; format: (v: number) => string; cellWidth?: number },
): string[] {
  const cell = options.cellWidth ?? 2;
  const finite = grid.flat().filter((v): v is number => v !== null && Number.isFinite(v));
  const min = finite.length === 0 ? 0 : Math.min(...finite);
  const max = finite.length === 0 ? 0 : Math.max(...finite);
  const labelWidth = Math.max(0, ...options.rowLabels.map(displayWidth));
  const shade = (v: number | null): string => {
    if (v === null || !Number.isFinite(v)) return "·".repeat(cell);
    const level = max === min ? 2 : 1 + Math.round(((v - min) / (max - min)) * (SHADES.length - 2));
    return (SHADES[level] ?? "█").repeat(cell);
  };
  const lines = grid.map((row, i) => `${pad(options.rowLabels[i] ?? "", labelWidth, "right")} │${row.map(shade).join("")}`);
  const first = options.columnLabels[0] ?? "";
  const last = options.columnLabels[options.columnLabels.length - 1] ?? "";
  const axisWidth = (grid[0]?.length ?? 0) * cell;
  lines.push(`${" ".repeat(labelWidth)} └${"─".repeat(axisWidth)}`);
  lines.push(`${" ".repeat(labelWidth)}  ${first}${" ".repeat(Math.max(1, axisWidth - displayWidth(first) - displayWidth(last)))}${last}`);
  lines.push(`${" ".repeat(labelWidth)}  ${SHADES.slice(1).join("")} ${options.format(min)} → ${options.format(max)}`);
  return lines;
}

/**
 * Map of a grid of categories (a class such as the verdict): one shade per distinct value, in order of first
 * appearance, and a legend naming each.
 */
export function categoryMap(
  grid: readonly (readonly (number | string | boolean | null)[])[],
  options: { rowLabels: string[]; columnLabels: string[]; format: (v: string | number | boolean | null) => string; cellWidth?: number },
): string[] {
  const cell = options.cellWidth ?? 2;
  const categories = [...new Set(grid.flat().filter((v) => v !== null))];
  const marks = categories.length <= 2 ? ["░", "█"] : SHADES.slice(1);
  const markOf = (v: number | string | boolean | null): string => {
    const i = v === null ? -1 : categories.indexOf(v);
    return i < 0 ? "·".repeat(cell) : (marks[i % marks.length] ?? "█").repeat(cell);
  };
  const labelWidth = Math.max(0, ...options.rowLabels.map(displayWidth));
  const lines = grid.map((row, i) => `${pad(options.rowLabels[i] ?? "", labelWidth, "right")} │${row.map(markOf).join("")}`);
  const first = options.columnLabels[0] ?? "";
  const last = options.columnLabels[options.columnLabels.length - 1] ?? "";
  const axisWidth = (grid[0]?.length ?? 0) * cell;
  lines.push(`${" ".repeat(labelWidth)} └${"─".repeat(axisWidth)}`);
  lines.push(`${" ".repeat(labelWidth)}  ${first}${" ".repeat(Math.max(1, axisWidth - displayWidth(first) - displayWidth(last)))}${last}`);
  lines.push(`${" ".repeat(labelWidth)}  ${categories.map((c) => `${markOf(c).slice(0, 1)} ${options.format(c)}`).join("  ")}`);
  return lines;
}
