import type { ScenarioIssue, ScenarioIssueCode } from "@aidebt/model";
import { fillTemplate } from "@/messages/types";
import type { SimulatorMessages } from "./messages/types";
import { formatDecimal } from "@/lib/number-format";
import { shownUnit, toShown } from "./form";
import { allowedText } from "./ParameterField";
import type { ParamField } from "./schema";

/**
 * A problem shown to the reader: one of the model's issues (with a `code`, worded here in the page's
 * language), or one the page found itself (no code: its message is already in the reader's language).
 */
export type Problem = Pick<ScenarioIssue, "path" | "message"> & Partial<Pick<ScenarioIssue, "code" | "received" | "allowed">>;

/** The received value as a reader would type it (a number in the field's shown unit: 150% for 1.5), cut short. */
function shownValue(received: unknown, field: ParamField | undefined, m: SimulatorMessages): string {
  if (typeof received === "number" && field && (field.kind === "number" || field.kind === "integer") && Number.isFinite(received)) {
    return `${formatDecimal(toShown(received, field, m.lang), { maximumFractionDigits: 6 })}${shownUnit(field, m.lang).kind === "percent" ? "%" : ""}`;
  }
  const text = typeof received === "string" ? JSON.stringify(received) : received === undefined ? "" : String(JSON.stringify(received) ?? received);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** Keys listed before "and N more": a section's keys are for a JSON file's author, not a wall of text. */
const LISTED_KEYS = 6;

/**
 * The model's `allowed` in the page's words: a section ("an object with keys a, b, …", the model's one wording of
 * an object) names its first keys and how many more; anything else is the model's own short wording (a value).
 */
function allowedWords(allowed: string, m: SimulatorMessages): string {
  const keys = /^an object with keys (.+)$/.exec(allowed)?.[1]?.split(", ");
  if (!keys) return allowed;
  const listed = keys.slice(0, LISTED_KEYS).join(", ");
  const more = keys.length - LISTED_KEYS;
  return fillTemplate(m.field.objectKeys, { keys: more > 0 ? fillTemplate(m.field.objectKeysMore, { keys: listed, more: String(more) }) : listed });
}

/**
 * A problem in the reader's language: the model's issue code in the page's words, then what is allowed —
 * the form's own wording of the field's range when the path is a field, else the model's `allowed`.
 */
export function problemText(problem: Problem, m: SimulatorMessages, field: ParamField | undefined): string {
  if (!problem.code) return problem.message;
  const code: ScenarioIssueCode = problem.code;
  const text = fillTemplate(m.issues[code], { received: shownValue(problem.received, field, m), message: problem.message });
  // The form's wording of the field's range; none for the cross-field rule, whose words already name the bound.
  const allowed = code === "cash-floor-above-cash" ? "" : field ? allowedText(field, m) : problem.allowed ? fillTemplate(m.field.allowed, { allowed: allowedWords(problem.allowed, m) }) : "";
  return allowed ? fillTemplate(m.field.withAllowed, { problem: text, allowed }) : text;
}
