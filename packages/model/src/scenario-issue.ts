/**
 * Problems with a scenario, as the model reports them: the dotted path, a code a front end can word in its
 * reader's language, an English message, the value received and what is allowed. Free of zod, so that a page
 * can handle them before the model's schema has loaded.
 */
/**
 * What is wrong with a value, for a front end that words problems in its reader's language (`message` is
 * English, for logs and the CLI).
 */
export type ScenarioIssueCode =
  | "required"
  | "wrong-type"
  | "too-small"
  | "too-large"
  | "too-few-items"
  | "too-many-items"
  | "not-a-quarter"
  | "unknown-key"
  | "outside-horizon"
  | "cash-floor-above-cash"
  | "schema-version"
  | "unknown-preset"
  | "invalid";

export interface ScenarioIssue {
  path: string;
  code: ScenarioIssueCode;
  message: string;
  received?: unknown;
  allowed?: string;
}

/** Thrown by {@link assertScenario}; carries every issue. */
export class ScenarioError extends Error {
  readonly issues: ScenarioIssue[];
  constructor(issues: ScenarioIssue[]) {
    super(`Invalid scenario:\n${issues.map(formatIssue).join("\n")}`);
    this.name = "ScenarioError";
    this.issues = issues;
  }
}

/**
 * "path: message (allowed: …)", the one-line form the CLI prints.
 *
 * @example
 * formatIssue({ path: "gpu.bookLifeQuarters", message: "-4 is too small", allowed: "integer from 4 to 40" });
 * // "gpu.bookLifeQuarters: -4 is too small (allowed: integer from 4 to 40)"
 */
export function formatIssue(issue: ScenarioIssue): string {
  const where = issue.path === "" ? "(scenario)" : issue.path;
  return `${where}: ${issue.message}${issue.allowed ? ` (allowed: ${issue.allowed})` : ""}`;
}
