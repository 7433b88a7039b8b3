import { AbortedError, CheckFailedError, CliError, UsageError, show, type Issue } from "./errors.js";
import type { Logger } from "./logger.js";

/**
 * Turn any thrown value into a message on stderr and an exit code: 2 for the user's mistakes (usage errors,
 * invalid scenarios, commander's parse errors), 1 for failed checks and everything else, 130 for Ctrl-C.
 * A stack trace appears only with --debug.
 */
export function handleError(error: unknown, logger: Logger, options: { debug: boolean }): number {
  const style = logger.errStyle;
  const name = error instanceof Error ? error.name : "";
  if (isCommanderError(error)) {
    // commander has already printed its own message through configureOutput
    if (error.code === "commander.helpDisplayed" || error.code === "commander.version") return 0;
    // `aidebt help` exits 0; help shown because no command was given is a usage error
    if (error.code === "commander.help") return error.exitCode === 0 ? 0 : 2;
    return 2;
  }
  if (error instanceof AbortedError || name === "AbortError") {
    logger.error(style.yellow("aborted"));
    return 130;
  }
  if (error instanceof CheckFailedError) {
    for (const failure of error.failures) logger.error(style.red(failure));
    return 1;
  }
  const issues = issuesOf(error);
  if (error instanceof UsageError || issues !== null) {
    const message = error instanceof Error ? error.message : String(error);
    logger.error(`${style.red("error:")} ${message}`);
    for (const issue of issues ?? []) logger.error(`  ${formatIssue(issue)}`);
    const hint = error instanceof UsageError ? error.hint : "run `aidebt schema` for every field, its type and range";
    if (hint !== undefined) logger.error(`${style.dim("hint:")} ${hint}`);
    if (options.debug && error instanceof Error && error.stack) logger.error(style.dim(error.stack));
    return 2;
  }
  const message = error instanceof Error ? error.message : String(error);
  logger.error(`${style.red("error:")} ${message}`);
  if (options.debug && error instanceof Error && error.stack) logger.error(style.dim(error.stack));
  // a CliError is a failure the CLI anticipated and has described; anything else may be a bug
  else if (!(error instanceof CliError)) logger.error(style.dim("(run again with --debug for a stack trace)"));
  return error instanceof CliError ? error.exitCode : 1;
}

/** `field: problem (allowed: …)`, with the received value when the problem does not already name it. */
export function formatIssue(issue: Issue): string {
  const path = issue.path === "" ? "(scenario)" : issue.path;
  const received = issue.received === undefined || issue.message.includes(show(issue.received)) ? "" : `, got ${show(issue.received)}`;
  const allowed = issue.allowed === undefined ? "" : ` (allowed: ${issue.allowed})`;
  return `${path}: ${issue.message}${received}${allowed}`;
}

function isCommanderError(error: unknown): error is Error & { code: string; exitCode: number } {
  return error instanceof Error && error.name === "CommanderError" && typeof (error as { code?: unknown }).code === "string";
}

/** The model's ScenarioError (and anything shaped like it) carries issues; duck-typed to keep the model out of cold start. */
function issuesOf(error: unknown): Issue[] | null {
  if (!(error instanceof Error) || error instanceof UsageError) return error instanceof UsageError ? error.issues : null;
  const issues = (error as { issues?: unknown }).issues;
  if (!Array.isArray(issues)) return null;
  return issues.map((raw: unknown) => {
    const issue = (raw ?? {}) as Partial<Issue> & { path?: unknown };
    const path = Array.isArray(issue.path) ? issue.path.join(".") : String(issue.path ?? "");
    return { path, message: String(issue.message ?? "invalid"), received: issue.received, ...(issue.allowed === undefined ? {} : { allowed: issue.allowed }) };
  });
}
