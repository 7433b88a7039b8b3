import type { ColorMode } from "./settings.js";

/** What the process's output streams can show: colours and charts only on a TTY, never with NO_COLOR. */
export interface Terminal {
  /** stdout is an interactive terminal: charts are worth drawing. */
  stdoutIsTTY: boolean;
  /** Colour escape codes allowed on stdout. */
  stdoutColor: boolean;
  /** Colour escape codes allowed on stderr. */
  stderrColor: boolean;
  /** stderr is an interactive terminal: a progress bar is worth drawing. */
  stderrIsTTY: boolean;
  /** Terminal width in columns: COLUMNS when set, else the terminal's, else 80. */
  columns: number;
  /** Terminal height in lines: LINES when set, else the terminal's, else 24. */
  rows: number;
}

interface StreamLike {
  isTTY?: boolean;
  columns?: number;
  rows?: number;
}

/**
 * Detect the terminal from the streams and environment. `--color auto` (the default) colours a TTY unless
 * NO_COLOR (https://no-color.org), FORCE_COLOR=0 or TERM=dumb says not to; `always` colours pipes and files
 * too, `never` nothing.
 */
export function detectTerminal(
  stdout: StreamLike = process.stdout,
  stderr: StreamLike = process.stderr,
  env: NodeJS.ProcessEnv = process.env,
  color: ColorMode = "auto",
): Terminal {
  const noColor = (env.NO_COLOR ?? "") !== "" || env.TERM === "dumb" || env.FORCE_COLOR === "0" || env.FORCE_COLOR === "false";
  const stdoutIsTTY = stdout.isTTY === true;
  const stderrIsTTY = stderr.isTTY === true;
  const colour = (isTTY: boolean): boolean => (color === "always" ? true : color === "never" ? false : isTTY && !noColor);
  const size = (variable: string | undefined, measured: number | undefined, fallback: number): number => {
    const fromEnv = /^\d+$/.test(variable ?? "") ? Number(variable) : 0;
    if (fromEnv > 0) return fromEnv;
    return measured !== undefined && measured > 0 ? measured : fallback;
  };
  return {
    stdoutIsTTY,
    stderrIsTTY,
    stdoutColor: colour(stdoutIsTTY),
    stderrColor: colour(stderrIsTTY),
    columns: size(env.COLUMNS, stdout.columns, 80),
    rows: size(env.LINES, stdout.rows, 24),
  };
}

/** ANSI styles that turn into plain text when colour is off. */
export interface Style {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
}

const wrap =
  (open: number, close: number) =>
  (text: string): string =>
    `\u001b[${open}m${text}\u001b[${close}m`;
const identity = (text: string): string => text;

export function makeStyle(enabled: boolean): Style {
  if (!enabled) return { bold: identity, dim: identity, red: identity, green: identity, yellow: identity, cyan: identity };
  return { bold: wrap(1, 22), dim: wrap(2, 22), red: wrap(31, 39), green: wrap(32, 39), yellow: wrap(33, 39), cyan: wrap(36, 39) };
}

/** Remove ANSI escape sequences, e.g. to measure a coloured string. */
export function stripAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*m/g, "");
}

/**
 * Columns a string occupies in a monospace terminal: East Asian wide and fullwidth characters take two.
 * Enough for Japanese tables to line up without a dependency.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of stripAnsi(text)) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x20 || (code >= 0x300 && code <= 0x36f) || code === 0x200b) continue;
    width += isWide(code) ? 2 : 1;
  }
  return width;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0x303e) ||
    (code >= 0x3041 && code <= 0x33ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xa000 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1f64f) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

/**
 * Cut text to a display width, ending with "…" when it was cut (ANSI styles are dropped from a cut string).
 *
 * @example
 * truncate("借金サイクル", 7); // "借金サ…"
 */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 0) return "";
  let out = "";
  let used = 0;
  for (const char of stripAnsi(text)) {
    const w = displayWidth(char);
    if (used + w > width - 1) break;
    out += char;
    used += w;
  }
  return `${out}…`;
}

/** Pad to a display width, left or right aligned. */
export function pad(text: string, width: number, align: "left" | "right" = "left"): string {
  const gap = Math.max(0, width - displayWidth(text));
  return align === "left" ? text + " ".repeat(gap) : " ".repeat(gap) + text;
}
