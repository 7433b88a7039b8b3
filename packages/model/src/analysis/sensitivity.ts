/**
 * One-at-a-time sensitivity (a tornado): each numeric parameter moved down and up within its allowed range, the
 * output read, rows sorted by swing (MODEL.md, "Analysis").
 */
import type { Scenario } from "../scenario.js";
import { getPath, numberBounds, numericParameterPaths, setPath } from "../paths.js";
import { parseScenario } from "../scenario.js";
import type { RunControl, Step } from "./control.js";
import { runSteps } from "./control.js";
import { outputEngine } from "./default-engine.js";
import type { Output } from "./output.js";
import { numeric, outputName, readOutput } from "./output.js";

export interface SensitivityOptions extends RunControl {
  /** Relative change of each parameter, both ways (default 0.2 = ±20%). */
  relativeStep?: number;
  /** Parameters to vary (default: every numeric parameter). */
  parameters?: string[];
}

export interface SensitivityRow {
  path: string;
  baseValue: number;
  low: { value: number; output: number } | null;
  high: { value: number; output: number } | null;
  /** |output(high) − output(low)|, or one side against the baseline when the other is not valid. */
  swing: number;
}

export interface SensitivityResult {
  output: string;
  baseline: number;
  /** Sorted by swing, largest first. */
  rows: SensitivityRow[];
}

function variant(s: Scenario, path: string, value: number): Scenario | null {
  const r = parseScenario(setPath(s, path, value));
  return r.ok ? r.scenario : null;
}

/** The tornado as steps: one per parameter (both sides). */
export function* sensitivitySteps(scenario: Scenario, output: Output, options: Omit<SensitivityOptions, "onProgress" | "signal"> = {}): Generator<Step, SensitivityResult, void> {
  const engine = options.engine ?? outputEngine;
  const step = options.relativeStep ?? 0.2;
  const paths = options.parameters ?? numericParameterPaths();
  const baseline = numeric(readOutput(engine(scenario), output));
  const rows: SensitivityRow[] = [];
  for (let i = 0; i < paths.length; i++) {
    const path = paths[i]!;
    const v = getPath(scenario, path);
    if (typeof v !== "number") throw new Error(`not a numeric parameter: ${path}`);
    const b = numberBounds(path);
    const delta = v === 0 ? step * Math.min(1, b.max) : Math.abs(v) * step;
    const clamp = (x: number) => {
      const y = Math.min(b.max, Math.max(b.min, x));
      return b.int ? Math.round(y) : y;
    };
    let lowV = clamp(v - delta);
    let highV = clamp(v + delta);
    if (b.int && lowV === v && v - 1 >= b.min) lowV = v - 1;
    if (b.int && highV === v && v + 1 <= b.max) highV = v + 1;
    const side = (x: number) => {
      if (x === v) return null;
      const s = variant(scenario, path, x);
      return s ? { value: x, output: numeric(readOutput(engine(s), output)) } : null;
    };
    const low = side(lowV);
    const high = side(highV);
    const swing =
      low && high ? Math.abs(high.output - low.output) : low ? Math.abs(low.output - baseline) : high ? Math.abs(high.output - baseline) : 0;
    rows.push({ path, baseValue: v, low, high, swing: Number.isFinite(swing) ? swing : 0 });
    yield { done: i + 1, total: paths.length };
  }
  rows.sort((a, b) => b.swing - a.swing || a.path.localeCompare(b.path));
  return { output: outputName(output), baseline, rows };
}

/**
 * One-at-a-time sensitivity (a tornado): each numeric parameter moved down and up by `relativeStep`, within
 * its allowed range, and the output read; rows sorted by swing.
 *
 * @param scenario - the baseline
 * @param output - e.g. "summary.peakHiddenDebt", "summary.burstIndex", "summary.sponsorAiNpv"
 * @example
 * const t = sensitivity(getPreset("demand-slowdown")!.scenario, "summary.burstIndex", { relativeStep: 0.2 });
 * t.rows[0].path; // the parameter that moves the burst most
 */
export function sensitivity(scenario: Scenario, output: Output, options: SensitivityOptions = {}): SensitivityResult {
  return runSteps(sensitivitySteps(scenario, output, options), options);
}
