import { errorText } from "../i18n/errors.js";
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
  /** A warning; silent with --quiet. */
  warn(text: string): void;
  /** A note about the run for humans (estimates, what was inferred); silent with --quiet. */
  info(text: string): void;
  /** --quiet: only data on stdout and errors on stderr. */
  readonly quiet: boolean;
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
  options: { debug?: boolean; quiet?: boolean; stdout?: Writable; stderr?: Writable } = {},
): Logger {
  const stdout = options.stdout ?? process.stdout;
  const stderr = options.stderr ?? process.stderr;
  const errStyle = makeStyle(terminal.stderrColor);
  const quiet = options.quiet === true;
  const line = (text: string): string => (text.endsWith("\n") ? text : `${text}\n`);
  // stderr that cannot be written (2> /dev/full) has nowhere to report to: drop the message
  const toStderr = (text: string): void => {
    try {
      stderr.write(text);
    } catch {
      // nothing left to tell
    }
  };
  return {
    terminal,
    quiet,
    style: makeStyle(terminal.stdoutColor),
    errStyle,
    out: (text) => void stdout.write(line(text)),
    warn: (text) => {
      if (!quiet) toStderr(line(`${errStyle.yellow(errorText().warning)} ${text}`));
    },
    info: (text) => {
      if (!quiet) toStderr(line(errStyle.dim(text)));
    },
    error: (text) => toStderr(line(text)),
    debug: (text) => {
      if (options.debug === true) toStderr(line(errStyle.dim(`debug: ${text}`)));
    },
    rawErr: (text) => {
      if (!quiet) toStderr(text);
    },
  };
}
