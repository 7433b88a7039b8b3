/**
 * What an analysis reads from each run: a dotted path into the summary or the last quarter, or a function of
 * the result.
 */
import type { ResultJson } from "../result.js";
import { getPath } from "../paths.js";

/**
 * A scalar (or class) output of a run: a dotted path into the summary (`"summary.peakHiddenDebt"`) or into the
 * last quarter (`"last.measures.minskyAi"`), or a function of the JSON result. `summary.burstIndex` reads as the
 * horizon when there is no burst (a burst "after the end").
 */
export type Output = string | ((result: ResultJson) => number | string | null);

/**
 * Read an output from a result.
 *
 * @example
 * readOutput(simulateFast(getPreset("base")!.scenario), "summary.burstIndex"); // 40: no burst in the horizon
 */
export function readOutput(result: ResultJson, output: Output): number | string | null {
  if (typeof output === "function") return output(result);
  const [head, ...rest] = output.split(".");
  const tail = rest.join(".");
  if (head === "summary") {
    if (tail === "burstIndex" || tail === "burstQuarter") return result.summary.burstIndex ?? result.quarters.length;
    const v = getPath(result.summary, tail);
    return typeof v === "number" || typeof v === "string" ? v : typeof v === "boolean" ? Number(v) : null;
  }
  if (head === "last") {
    const v = getPath(result.quarters.at(-1), tail);
    return typeof v === "number" || typeof v === "string" ? v : typeof v === "boolean" ? Number(v) : null;
  }
  throw new Error(`unknown output "${output}": use summary.<field> or last.<path>`);
}

/** A number, or NaN for anything else (a class, null, infinity). */
export const numeric = (v: number | string | null): number => (typeof v === "number" && Number.isFinite(v) ? v : Number.NaN);

/** The name of an output for a result's `output` field. */
export const outputName = (output: Output): string => (typeof output === "string" ? output : "custom");
