import { UsageError } from "./errors.js";

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

/** Parse and check `--x`/`--y`; `allowed` (from the model's parameter info) goes into the error message. */
export function parseAxis(option: "--x" | "--y", spec: string): Axis {
  const bad = (message: string, hint?: string): UsageError =>
    new UsageError(`invalid ${option} range`, {
      issues: [{ path: option, message, received: spec, allowed: `PATH=FROM:TO:STEPS with STEPS an integer from 2 to ${MAX_STEPS}` }],
      hint: hint ?? `e.g. ${option} demand.aiGrowthAnnual=0:0.6:7 (run \`aidebt schema --format table\` for paths and ranges)`,
    });
  const eq = spec.indexOf("=");
  if (eq <= 0) throw bad("expected PATH=FROM:TO:STEPS");
  const path = spec.slice(0, eq).trim();
  const parts = spec.slice(eq + 1).split(":");
  if (parts.length !== 3) throw bad(`expected three numbers FROM:TO:STEPS after "=", found ${parts.length}`);
  const [from, to, steps] = parts.map((p) => (p.trim() === "" ? Number.NaN : Number(p)));
  if (from === undefined || !Number.isFinite(from)) throw bad(`FROM "${parts[0]}" is not a number`);
  if (to === undefined || !Number.isFinite(to)) throw bad(`TO "${parts[1]}" is not a number`);
  if (steps === undefined || !Number.isInteger(steps) || steps < 2 || steps > MAX_STEPS) throw bad(`STEPS "${parts[2]}" is not an integer from 2 to ${MAX_STEPS}`);
  if (from === to) throw bad("FROM and TO are equal: nothing to sweep");
  const values = Array.from({ length: steps }, (_, i) => from + ((to - from) * i) / (steps - 1));
  return { path, from, to, steps, values };
}

/** A positive integer option (`--paths`, `--seed`, …) within bounds. */
export function parseIntegerOption(option: string, raw: string, min: number, max: number): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new UsageError(`invalid ${option}`, {
      issues: [{ path: option, message: "not a whole number in range", received: raw, allowed: `an integer from ${min} to ${max}` }],
    });
  }
  return n;
}
