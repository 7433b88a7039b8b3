/** One problem with one input field, shaped like the model's ScenarioIssue so both print the same way. */
export interface Issue {
  /** Dotted path or option name, e.g. `demand.aiGrowthAnnual` or `--format`. */
  path: string;
  message: string;
  received?: unknown;
  allowed?: string;
}

/** Something went wrong that is not the user's input: exit code 1, described in its message. */
export class CliError extends Error {
  readonly exitCode: number = 1;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "CliError";
  }
}

/** The user asked for something invalid: exit code 2, no stack trace, a hint on what to do instead. */
export class UsageError extends CliError {
  override readonly exitCode: number = 2;
  readonly issues: Issue[];
  readonly hint: string | undefined;
  constructor(message: string, options: { issues?: Issue[]; hint?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = "UsageError";
    this.issues = options.issues ?? [];
    this.hint = options.hint;
  }
}

/** One or more `--check` assertions failed: exit code 1, each failure already described. */
export class CheckFailedError extends CliError {
  readonly failures: string[];
  constructor(failures: string[]) {
    super(`${failures.length} check${failures.length === 1 ? "" : "s"} failed`);
    this.name = "CheckFailedError";
    this.failures = failures;
  }
}

/** The user pressed Ctrl-C (SIGINT, exit 130) or the run was terminated (SIGTERM, exit 143). */
export class AbortedError extends CliError {
  override readonly exitCode: number;
  readonly signal: NodeJS.Signals;
  constructor(signal: NodeJS.Signals = "SIGINT") {
    super("aborted");
    this.name = "AbortedError";
    this.signal = signal;
    this.exitCode = signal === "SIGTERM" ? 143 : 130;
  }
}
