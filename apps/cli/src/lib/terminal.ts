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
  /** Terminal width in columns (80 when unknown). */
  columns: number;
}

interface StreamLike {
  isTTY?: boolean;
  columns?: number;
}

/** Detect the terminal from the streams and environment; honours NO_COLOR (https://no-color.org), FORCE_COLOR=0 and TERM=dumb. */
export function detectTerminal(
  stdout: StreamLike = process.stdout,
  stderr: StreamLike = process.stderr,
  env: NodeJS.ProcessEnv = process.env,
): Terminal {
  // FORCE_COLOR=0 (the supports-color convention) also turns colour off; nothing turns it on off a TTY
  const noColor = (env.NO_COLOR ?? "") !== "" || env.TERM === "dumb" || env.FORCE_COLOR === "0" || env.FORCE_COLOR === "false";
  const stdoutIsTTY = stdout.isTTY === true;
  const stderrIsTTY = stderr.isTTY === true;
  return {
    stdoutIsTTY,
    stderrIsTTY,
    stdoutColor: stdoutIsTTY && !noColor,
    stderrColor: stderrIsTTY && !noColor,
    columns: stdout.columns ?? 80,
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

/** Pad to a display width, left or right aligned. */
export function pad(text: string, width: number, align: "left" | "right" = "left"): string {
  const gap = Math.max(0, width - displayWidth(text));
  return align === "left" ? text + " ".repeat(gap) : " ".repeat(gap) + text;
}
