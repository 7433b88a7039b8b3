// The model's ScenarioIssues (English prose plus a code) as the CLI's issues: worded by code in the user's
// language, one per field, with the allowed range from the parameter metadata where there is one.
import type { ScenarioIssue } from "@aidebt/model";
import { errorText } from "../i18n/errors.js";
import { uiLang } from "../i18n/lang.js";
import type { Issue } from "./errors.js";
import { quote } from "./sanitize.js";
import type { Units } from "./units.js";

/** What the issues need to know about the schema beyond the parameter metadata. */
export interface SchemaFacts {
  units: Units;
  /** maxItems of the list at a path (`demand.shocks`), if it has one. */
  listLimit(path: string): number | undefined;
}

/** The JSON Schema's list limits, by dotted path with `[]` for items. */
export function listLimits(schema: Record<string, unknown>): (path: string) => number | undefined {
  const limits = new Map<string, number>();
  const walk = (node: Record<string, unknown>, path: string): void => {
    if (typeof node.maxItems === "number") limits.set(path, node.maxItems);
    const properties = node.properties as Record<string, Record<string, unknown>> | undefined;
    for (const [key, child] of Object.entries(properties ?? {})) walk(child, path === "" ? key : `${path}.${key}`);
    const items = node.items as Record<string, unknown> | undefined;
    if (items !== undefined) walk(items, `${path}[]`);
  };
  walk(schema, "");
  return (path) => limits.get(path.replace(/\.\d+(?=\.|$)/g, "[]"));
}

/** Render the model's issues: at most one per path (the first), in the order the model gave them. */
export function fromModelIssues(issues: readonly ScenarioIssue[], facts: SchemaFacts): Issue[] {
  const seen = new Set<string>();
  const out: Issue[] = [];
  for (const issue of issues) {
    if (seen.has(issue.path)) continue;
    seen.add(issue.path);
    out.push(render(issue, facts));
  }
  return out;
}

function render(issue: ScenarioIssue, facts: SchemaFacts): Issue {
  const t = errorText().issue;
  const received = issue.received;
  const meta = facts.units.parameter(issue.path);
  const allowed = meta !== undefined && Number.isFinite(meta.min) && Number.isFinite(meta.max) && issue.code !== "outside-horizon" && issue.code !== "cash-floor-above-cash"
    ? (meta.integer ? errorText().values.integerAllowed(meta.min, meta.max) : errorText().values.numberAllowed(meta.min, meta.max))
    : issue.allowed === undefined ? undefined : translateAllowed(issue.allowed);
  const base = { path: issue.path, ...(allowed === undefined ? {} : { allowed }) };
  switch (issue.code) {
    case "required":
      return { ...base, message: t.required };
    case "wrong-type": {
      const expected = /expected (\w+)/.exec(issue.message)?.[1] ?? "value";
      if (expected === "int" && typeof received === "number") return { ...base, message: t.notWhole(quote(received)) };
      return { ...base, message: t.wrongType(t.types[expected] ?? expected, typeName(received)), received };
    }
    case "too-small":
      return { ...base, message: t.tooSmall(quote(received)) };
    case "too-large":
      return { ...base, message: t.tooLarge(quote(received)) };
    case "too-few-items":
      return { ...base, message: t.tooFewItems };
    case "too-many-items": {
      const limit = facts.listLimit(issue.path);
      return { ...base, message: t.tooManyItems(Array.isArray(received) ? received.length : 0, limit) };
    }
    case "not-a-quarter":
      return { ...base, message: t.notAQuarter(quote(received)) };
    case "unknown-key":
      return { ...base, message: t.unknownKey, ...(received === undefined ? {} : { received }) };
    case "outside-horizon":
      return { ...base, message: t.outsideHorizon(typeof received === "string" ? quote(received) : String(received)) };
    case "cash-floor-above-cash":
      return { ...base, message: t.cashFloor, received };
    default:
      return { ...base, message: issue.message, ...(received === undefined ? {} : { received }) };
  }
}

function typeName(v: unknown): string {
  const t = errorText().issue.received;
  const name = v === null ? "null" : Array.isArray(v) ? "array" : typeof v === "number" && Number.isNaN(v) ? "NaN" : typeof v;
  const words = t[name] ?? name;
  return typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? `${words} ${quote(v)}` : words;
}

/** The model's "allowed" prose in Japanese (English is returned as it is). */
export function translateAllowed(text: string): string {
  if (uiLang() !== "ja") return text;
  const rules: [RegExp, (...m: string[]) => string][] = [
    [/^number from (\S+) to (\S+)$/, (a, b) => `${a}〜${b} の数値`],
    [/^integer from (\S+) to (\S+)$/, (a, b) => `${a}〜${b} の整数`],
    [/^number from (\S+) to (\S+) \((\S+)\)$/, (a, b, c) => `${a}〜${b} の数値(${c})`],
    [/^a quarter label such as (.+)$/, (a) => `${a} のような四半期ラベル`],
    [/^a quarter from (\S+) to (\S+)$/, (a, b) => `${a}〜${b} の四半期`],
    [/^an object with keys (.+)$/, (a) => `キー ${a} を持つオブジェクト`],
    [/^a list$/, () => "リスト"],
    [/^true or false$/, () => "true または false"],
    [/^(.+), or no schemaVersion at all$/, (a) => `${a}、または schemaVersion なし`],
  ];
  for (const [pattern, word] of rules) {
    const m = pattern.exec(text);
    if (m !== null) return word(...m.slice(1));
  }
  return text;
}
