import { errorText } from "../i18n/errors.js";
import { uiLang } from "../i18n/lang.js";
import { AbortedError, CheckFailedError, CliError, UsageError, type Issue } from "./errors.js";
import type { Logger } from "./logger.js";
import { quote, safeLine } from "./sanitize.js";

/** At most this many issues are listed; the rest are counted. */
export const MAX_ISSUES = 5;
/** Every line about an error is cut to this many characters, so stderr stays bounded whatever the input. */
export const MAX_LINE = 300;

/**
 * Turn any thrown value into a message on stderr and an exit code: 2 for the user's mistakes (usage errors,
 * invalid scenarios, bad options), 1 for failed checks, I/O failures and everything else, 130/143 for
 * SIGINT/SIGTERM. Every line is escaped and cut; a stack trace appears only with --debug.
 */
export function handleError(error: unknown, logger: Logger, options: { debug: boolean }): number {
  const style = logger.errStyle;
  const t = errorText();
  const line = (text: string): string => safeLine(text, MAX_LINE);
  const stack = (): void => {
    if (options.debug && error instanceof Error && error.stack !== undefined) logger.error(style.dim(error.stack));
  };
  if (isCommanderError(error)) {
    // help and version were printed by commander itself
    if (error.code === "commander.helpDisplayed" || error.code === "commander.version") return 0;
    // `aidebt help` exits 0; help shown because no command was given is a usage error
    if (error.code === "commander.help") return error.exitCode === 0 ? 0 : 2;
    logger.error(`${style.red(t.error)} ${line(error.message.replace(/^error: /, ""))}`);
    return 2;
  }
  if (error instanceof AbortedError || (error instanceof Error && error.name === "AbortError")) {
    const signal = error instanceof AbortedError ? error.signal : "SIGINT";
    logger.error(style.yellow(signal === "SIGINT" ? t.aborted : t.interrupted(signal)));
    return error instanceof AbortedError ? error.exitCode : 130;
  }
  if (error instanceof CheckFailedError) {
    for (const failure of error.failures) logger.error(style.red(line(failure)));
    return 1;
  }
  const issues = issuesOf(error);
  if (error instanceof UsageError || issues !== null) {
    const message = error instanceof Error ? error.message : String(error);
    logger.error(`${style.red(t.error)} ${line(message)}`);
    const all = issues ?? [];
    for (const issue of all.slice(0, MAX_ISSUES)) logger.error(`  ${line(formatIssue(issue))}`);
    if (all.length > MAX_ISSUES) logger.error(`  ${t.more(all.length - MAX_ISSUES)}`);
    const hint = error instanceof UsageError ? error.hint : errorText().scenario.invalidHint;
    if (hint !== undefined) logger.error(`${style.dim(t.hint)} ${line(hint)}`);
    stack();
    return 2;
  }
  const message = error instanceof Error ? error.message : String(error);
  logger.error(`${style.red(t.error)} ${line(message)}`);
  stack();
  // a CliError is a failure the CLI anticipated and has described; anything else may be a bug
  if (!options.debug && !(error instanceof CliError)) logger.error(style.dim(t.debugHint));
  return error instanceof CliError ? error.exitCode : 1;
}

/** `field: problem, got value (allowed: …)`; the value is left out when the problem already shows it. */
export function formatIssue(issue: Issue): string {
  const t = errorText();
  const path = issue.path === "" ? "(scenario)" : safeLine(issue.path, 80);
  const shown = issue.received === undefined ? "" : quote(issue.received);
  const repeats = shown === "" || issue.message.includes(shown) || (typeof issue.received === "string" && issue.received !== "" && issue.message.includes(issue.received));
  const ja = uiLang() === "ja";
  const received = repeats ? "" : ja ? `、${t.got} ${shown}` : `, ${t.got} ${shown}`;
  const allowed = issue.allowed === undefined ? "" : ja ? `(${t.allowed}: ${issue.allowed})` : ` (${t.allowed}: ${issue.allowed})`;
  return `${path}: ${issue.message}${received}${allowed}`;
}

function isCommanderError(error: unknown): error is Error & { code: string; exitCode: number } {
  return error instanceof Error && error.name === "CommanderError" && typeof (error as { code?: unknown }).code === "string";
}

/** The model's ScenarioError (and anything shaped like it) carries issues; duck-typed to keep the model out of cold start. */
function issuesOf(error: unknown): Issue[] | null {
  if (error instanceof UsageError) return error.issues;
  if (!(error instanceof Error)) return null;
  const issues = (error as { issues?: unknown }).issues;
  if (!Array.isArray(issues)) return null;
  return issues.map((raw: unknown) => {
    const issue = (raw ?? {}) as Partial<Issue> & { path?: unknown };
    const path = Array.isArray(issue.path) ? issue.path.join(".") : String(issue.path ?? "");
    return { path, message: String(issue.message ?? "invalid"), received: issue.received, ...(issue.allowed === undefined ? {} : { allowed: issue.allowed }) };
  });
}
