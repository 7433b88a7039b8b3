import { errorText } from "../i18n/errors.js";
import { CheckFailedError, UsageError } from "./errors.js";
import { quote, safeLine } from "./sanitize.js";

/**
 * `--check EXPR` assertions, hledger-style: `PATH OP VALUE` where PATH is a dotted path into the command's
 * JSON result (`summary.burstQuarter`, `quarters.3.measures.dscr`, `quarters.length`), OP one of
 * `== != < <= > >=` and VALUE a number, a quoted string, `null`, `true`, `false` or another path.
 */
export type Operator = "==" | "!=" | "<" | "<=" | ">" | ">=";
export type Operand = { kind: "literal"; value: string | number | boolean | null } | { kind: "path"; path: string[] };
export interface CheckExpr {
  source: string;
  left: Operand;
  op: Operator;
  right: Operand;
}

const OPERATORS: Operator[] = ["==", "!=", "<=", ">=", "<", ">"];

export function parseCheck(source: string): CheckExpr {
  const t = errorText().check;
  const bad = (problem: string): UsageError =>
    new UsageError(t.invalid, {
      issues: [{ path: "--check", message: problem, received: source, allowed: t.allowed }],
      hint: t.hint,
    });
  const tokens = tokenize(source, bad);
  const opIndex = tokens.findIndex((token) => token.kind === "op");
  if (opIndex !== 1 || tokens.length !== 3) throw bad(t.exactlyOne);
  const [left, op, right] = tokens as [Token, Token, Token];
  if (left.kind === "op" || right.kind === "op" || op.kind !== "op") throw bad(t.expected);
  return { source, left: toOperand(left), op: op.text as Operator, right: toOperand(right) };
}

type Token = { kind: "op"; text: string } | { kind: "string"; text: string } | { kind: "word"; text: string };

function tokenize(source: string, bad: (problem: string) => UsageError): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const char = source[i] ?? "";
    if (/\s/.test(char)) {
      i += 1;
      continue;
    }
    const op = OPERATORS.find((o) => source.startsWith(o, i));
    if (op !== undefined) {
      tokens.push({ kind: "op", text: op });
      i += op.length;
      continue;
    }
    if (char === "=" || char === "!") throw bad(errorText().check.unknownOperator(quote(source.slice(i, i + 2))));
    if (char === '"' || char === "'") {
      const end = source.indexOf(char, i + 1);
      if (end < 0) throw bad(errorText().check.unterminated);
      tokens.push({ kind: "string", text: source.slice(i + 1, end) });
      i = end + 1;
      continue;
    }
    let j = i;
    while (j < source.length && !/[\s=!<>]/.test(source[j] ?? "")) j += 1;
    tokens.push({ kind: "word", text: source.slice(i, j) });
    i = j;
  }
  return tokens;
}

function toOperand(token: Token): Operand {
  if (token.kind === "string") return { kind: "literal", value: token.text };
  const text = token.text;
  if (text === "null") return { kind: "literal", value: null };
  if (text === "true" || text === "false") return { kind: "literal", value: text === "true" };
  if (/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text)) return { kind: "literal", value: Number(text) };
  return { kind: "path", path: text.replace(/\[(\d+)\]/g, ".$1").split(".").filter((s) => s !== "") };
}

/** Value at a dotted path; throws a usage error naming the first missing segment and what exists there. */
export function resolvePath(root: unknown, path: string[], source: string): unknown {
  let current: unknown = root;
  for (const [depth, key] of path.entries()) {
    const where = path.slice(0, depth).join(".") || "(result)";
    if (Array.isArray(current)) {
      if (key === "length") {
        current = current.length;
        continue;
      }
      const index = Number(key);
      if (!Number.isInteger(index) || index < 0 || index >= current.length) {
        throw missing(source, path, key, errorText().check.indexAllowed(current.length - 1), where);
      }
      current = current[index];
    } else if (current !== null && typeof current === "object" && Object.hasOwn(current, key)) {
      current = (current as Record<string, unknown>)[key];
    } else {
      const keys = current !== null && typeof current === "object" ? Object.keys(current).slice(0, 20).join(", ") : errorText().check.aValue;
      throw missing(source, path, key, keys, where);
    }
  }
  return current;
}

function missing(source: string, path: string[], key: string, allowed: string, where: string): UsageError {
  const t = errorText().check;
  return new UsageError(t.missing, {
    issues: [{ path: "--check", message: t.noKey(quote(key), safeLine(where, 60), safeLine(path.join("."), 80)), received: source, allowed }],
    hint: t.missingHint,
  });
}

function valueOf(operand: Operand, root: unknown, source: string): unknown {
  return operand.kind === "literal" ? operand.value : resolvePath(root, operand.path, source);
}

/** Evaluate one check; returns null when it holds, or a description of the failure. */
export function evaluateCheck(expr: CheckExpr, root: unknown): string | null {
  const left = valueOf(expr.left, root, expr.source);
  const right = valueOf(expr.right, root, expr.source);
  const holds = compare(left, expr.op, right);
  if (holds) return null;
  const t = errorText().check;
  const actual = expr.left.kind === "path" ? t.actual(safeLine(expr.left.path.join("."), 80), quote(left)) : "";
  return t.failed(safeLine(expr.source, 120), actual);
}

function compare(left: unknown, op: Operator, right: unknown): boolean {
  switch (op) {
    case "==":
      return left === right;
    case "!=":
      return left !== right;
    default: {
      if (typeof left === "number" && typeof right === "number") return order(left, op, right);
      if (typeof left === "string" && typeof right === "string") return order(left, op, right);
      return false;
    }
  }
}

function order<T extends number | string>(a: T, op: Operator, b: T): boolean {
  return op === "<" ? a < b : op === "<=" ? a <= b : op === ">" ? a > b : a >= b;
}

/** Run every check against the result; throws CheckFailedError listing the failures. */
export function runChecks(sources: string[], root: unknown): void {
  const exprs = sources.map(parseCheck);
  const failures = exprs.map((expr) => evaluateCheck(expr, root)).filter((f): f is string => f !== null);
  if (failures.length > 0) throw new CheckFailedError(failures);
}
