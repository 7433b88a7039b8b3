import { errorText } from "../i18n/errors.js";
import { UsageError } from "./errors.js";
import { quote } from "./sanitize.js";
import type { Units } from "./units.js";

/** One axis of a sweep: `path=from:to:steps`, e.g. `demand.aiGrowthAnnual=0:0.6:7`. */
export interface Axis {
  path: string;
  from: number;
  to: number;
  steps: number;
  /** The grid values, from `from` to `to` inclusive. */
  values: number[];
}

export const MAX_STEPS = 101;

const DECIMAL_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * The i-th of `steps` evenly spaced values from `from` to `to`, as from + i·step rounded to 12 significant
 * digits: the float noise of the arithmetic (0.19999999999999998) never reaches a label or a scenario.
 *
 * @example
 * gridValues(0, 0.6, 4); // [0, 0.2, 0.4, 0.6]
 */
export function gridValues(from: number, to: number, steps: number): number[] {
  const step = (to - from) / (steps - 1);
  return Array.from({ length: steps }, (_, i) => (i === steps - 1 ? to : Number((from + i * step).toPrecision(12))));
}

/** Parse `--x`/`--y` (syntax only; `checkAxis` checks it against the parameter). */
export function parseAxis(option: "--x" | "--y", spec: string): Axis {
  const t = errorText().axis;
  const bad = (message: string, hint?: string): UsageError =>
    new UsageError(t.invalidRange(option), {
      issues: [{ path: option, message, received: spec, allowed: t.allowed(MAX_STEPS) }],
      hint: hint ?? t.hint(option),
    });
  const eq = spec.indexOf("=");
  if (eq <= 0) throw bad(t.expectedSpec);
  const path = spec.slice(0, eq).trim();
  const parts = spec.slice(eq + 1).split(":").map((p) => p.trim());
  if (parts.length !== 3) throw bad(t.threeNumbers(parts.length));
  const [fromText = "", toText = "", stepsText = ""] = parts;
  if (!DECIMAL_NUMBER.test(fromText) || !Number.isFinite(Number(fromText))) throw bad(t.notNumber("FROM", quote(fromText)));
  if (!DECIMAL_NUMBER.test(toText) || !Number.isFinite(Number(toText))) throw bad(t.notNumber("TO", quote(toText)));
  const steps = Number(stepsText);
  if (!/^\d+$/.test(stepsText) || steps < 2 || steps > MAX_STEPS) throw bad(t.steps(quote(stepsText), MAX_STEPS));
  const [from, to] = [Number(fromText), Number(toText)];
  if (from === to) throw bad(t.equalEnds);
  return { path, from, to, steps, values: gridValues(from, to, steps) };
}

/**
 * Check that an axis names a numeric scenario parameter, that its ends lie in the parameter's range and
 * that an integer parameter is only given whole values.
 */
export function checkAxis(option: "--x" | "--y", axis: Axis, units: Units): void {
  const t = errorText().axis;
  const found = units.parameter(axis.path);
  const meta = found !== undefined && !found.shock && (found.kind === "number" || found.kind === "integer") ? found : undefined;
  if (meta === undefined) {
    throw new UsageError(t.invalidParameter(option), {
      issues: [{ path: option, message: t.notParameter(quote(axis.path)), allowed: t.parameterAllowed }],
      hint: t.hint(option),
    });
  }
  const outside = [axis.from, axis.to].filter((v) => v < meta.min || v > meta.max);
  if (outside.length > 0) {
    throw new UsageError(t.invalidRange(option), {
      issues: [{ path: `${option} ${axis.path}`, message: t.outside(outside.join(", ")), received: `${axis.from}:${axis.to}`, allowed: t.rangeAllowed(meta.min, meta.max) }],
    });
  }
  const fractional = meta.integer ? axis.values.find((v) => !Number.isInteger(v)) : undefined;
  if (fractional !== undefined) {
    throw new UsageError(t.invalidRange(option), {
      issues: [{ path: `${option} ${axis.path}`, message: t.integerSteps(String(fractional)), received: `${axis.from}:${axis.to}:${axis.steps}`, allowed: t.integerStepsAllowed }],
    });
  }
}
