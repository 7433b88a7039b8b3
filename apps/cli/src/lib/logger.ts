import { makeStyle, type Style, type Terminal } from "./terminal.js";

/**
 * The one place output goes through. Data goes to stdout with `out`; everything a human reads about the run
 * (warnings, errors, progress, debug) goes to stderr so that pipes carry only data.
 */
export interface Logger {
  readonly terminal: Terminal;
  /** Styles for stdout (plain text when stdout is not a colour TTY). */
  readonly style: Style;
  /** Styles for stderr. */
  readonly errStyle: Style;
  out(text: string): void;
  warn(text: string): void;
  error(text: string): void;
  debug(text: string): void;
  /** Write raw bytes to stderr without a newline (progress bars). */
  rawErr(text: string): void;
}

interface Writable {
  write(chunk: string): unknown;
}

export function createLogger(
  terminal: Terminal,
  options: { debug?: boolean; stdout?: Writable; stderr?: Writable } = {},
): Logger {
  const stdout = options.stdout ?? process.stdout;
  const stderr = options.stderr ?? process.stderr;
  const errStyle = makeStyle(terminal.stderrColor);
  const line = (text: string): string => (text.endsWith("\n") ? text : `${text}\n`);
  return {
    terminal,
    style: makeStyle(terminal.stdoutColor),
    errStyle,
    out: (text) => void stdout.write(line(text)),
    warn: (text) => void stderr.write(line(`${errStyle.yellow("warning:")} ${text}`)),
    error: (text) => void stderr.write(line(text)),
    debug: (text) => {
      if (options.debug === true) stderr.write(line(errStyle.dim(`debug: ${text}`)));
    },
    rawErr: (text) => void stderr.write(text),
  };
}
