/** Two-parameter sweeps for heat maps (MODEL.md, "Analysis"). */
import type { Scenario } from "../scenario.js";
import { setPath } from "../paths.js";
import { parseScenario } from "../scenario.js";
import type { RunControl, Step } from "./control.js";
import { runSteps } from "./control.js";
import { outputEngine } from "./default-engine.js";
import type { Output } from "./output.js";
import { outputName, readOutput } from "./output.js";

export type Axis = { path: string; values: number[] } | { path: string; from: number; to: number; steps: number };

export interface SweepResult {
  x: { path: string; values: number[] };
  y: { path: string; values: number[] };
  output: string;
  /** z[yIndex][xIndex]; null where the combination is not a valid scenario. */
  z: Array<Array<number | string | null>>;
}

/** An axis's values: as given, or `from + i·step` rounded to 12 significant digits (no float dust). */
export function axisValues(a: Axis): number[] {
  if ("values" in a) return a.values;
  const n = Math.max(1, Math.floor(a.steps));
  return Array.from({ length: n }, (_, i) => (n === 1 ? a.from : Number((a.from + ((a.to - a.from) * i) / (n - 1)).toPrecision(12))));
}

/** The grid as steps: one per cell, row by row. */
export function* sweepSteps(scenario: Scenario, x: Axis, y: Axis, output: Output, control: Pick<RunControl, "engine"> = {}): Generator<Step, SweepResult, void> {
  const engine = control.engine ?? outputEngine;
  const xs = axisValues(x);
  const ys = axisValues(y);
  const total = xs.length * ys.length;
  let done = 0;
  const z: Array<Array<number | string | null>> = [];
  for (const yv of ys) {
    const row: Array<number | string | null> = [];
    for (const xv of xs) {
      const r = parseScenario(setPath(setPath(scenario, x.path, xv), y.path, yv));
      row.push(r.ok ? readOutput(engine(r.scenario), output) : null);
      yield { done: ++done, total };
    }
    z.push(row);
  }
  return { x: { path: x.path, values: xs }, y: { path: y.path, values: ys }, output: outputName(output), z };
}

/**
 * A two-parameter grid for heat maps, e.g. demand growth × GPU economic life → burst quarter.
 *
 * @example
 * const g = sweep(getPreset("base")!.scenario,
 *   { path: "demand.aiGrowthAnnual", from: 0, to: 0.6, steps: 4 },
 *   { path: "gpu.economicLifeQuarters", values: [8, 12, 16] },
 *   "summary.burstIndex");
 * g.z.length; // 3 rows (y) of 4 cells (x)
 */
export function sweep(scenario: Scenario, x: Axis, y: Axis, output: Output, control: RunControl = {}): SweepResult {
  return runSteps(sweepSteps(scenario, x, y, output, control), control);
}
