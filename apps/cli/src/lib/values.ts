// Numbers given as option values, validated at the boundary with zod: written in decimal (no hex, no
// exponent for whole numbers), never empty, finite and in range. zod is loaded when an option is read, so
// that `aidebt --help` does not pay for it.
import type * as ZodMini from "zod/mini";
import { errorText } from "../i18n/errors.js";
import { UsageError, type Issue } from "./errors.js";

type Z = typeof ZodMini;
let zod: Promise<Z> | undefined;
const loadZod = (): Promise<Z> => (zod ??= import("zod/mini"));

const DECIMAL_INTEGER = /^[+-]?\d+$/;
const DECIMAL_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * A whole-number option (`--paths`, `--seed`, `--top`, `--quarters`): decimal digits only, within bounds.
 *
 * @example
 * await integerOption("--paths", "500", 1, 1_000_000); // 500
 * await integerOption("--paths", "0x28", 1, 1_000_000); // throws: not a whole number in decimal digits
 */
export async function integerOption(option: string, raw: string, min: number, max: number): Promise<number> {
  const t = errorText().values;
  const z = await loadZod();
  const schema = z.pipe(
    z.string().check(z.refine((s) => s.trim() !== "", t.empty), z.regex(DECIMAL_INTEGER, t.notDecimalInteger)),
    z.pipe(z.transform(Number), z.number().check(z.minimum(min, t.outOfRange), z.maximum(max, t.outOfRange))),
  );
  return parseOption(schema, option, raw, t.integerAllowed(min, max));
}

/**
 * A decimal-number option (`--step`, `--volatility`): decimal or exponent notation, finite, within bounds.
 * `exclusiveMin` excludes the lower bound itself.
 */
export async function numberOption(option: string, raw: string, bounds: { min: number; max: number; exclusiveMin?: boolean }, allowed: string): Promise<number> {
  const t = errorText().values;
  const z = await loadZod();
  const above = bounds.exclusiveMin === true ? z.gt(bounds.min, t.outOfRange) : z.gte(bounds.min, t.outOfRange);
  const schema = z.pipe(
    z.string().check(z.refine((s) => s.trim() !== "", t.empty), z.regex(DECIMAL_NUMBER, t.notDecimalNumber)),
    z.pipe(z.transform(Number), z.number().check(z.refine(Number.isFinite, t.notFinite), above, z.lte(bounds.max, t.outOfRange))),
  );
  return parseOption(schema, option, raw, allowed);
}

function parseOption(schema: ZodMini.ZodMiniType<number, string>, option: string, raw: string, allowed: string): number {
  const parsed = schema.safeParse(raw.trim());
  if (parsed.success) return parsed.data;
  // zod reports "expected number" for Infinity and NaN before our finiteness check
  const first = parsed.error.issues[0];
  const message = first?.code === "invalid_type" ? errorText().values.notFinite : (first?.message ?? errorText().zod.invalid);
  throw new UsageError(errorText().values.invalidOption(option), { issues: [{ path: option, message, ...(raw === "" ? {} : { received: raw }), allowed }] });
}

/** zod's issues as the CLI's `field: problem (allowed: …)` issues. */
export function zodIssues(error: { issues: readonly ZodMini.core.$ZodIssue[] }): Issue[] {
  const t = errorText().zod;
  return error.issues.flatMap((issue): Issue[] => {
    const path = issue.path.map(String).join(".");
    switch (issue.code) {
      case "invalid_value":
        return [{ path, message: t.notOneOf, received: issue.input, allowed: issue.values.map(String).join(", ") }];
      case "unrecognized_keys":
        return issue.keys.map((key) => ({ path: path === "" ? key : `${path}.${key}`, message: t.unknownKey }));
      case "invalid_type":
        return [{ path, message: t.expected(issue.expected), received: issue.input }];
      default:
        return [{ path, message: issue.message }];
    }
  });
}
