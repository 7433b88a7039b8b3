// TODO(issue 4): the model's analysis functions (compare, sensitivity, sweep, monteCarlo) are not exported
// yet; this is the shape the CLI codes against, from docs/CONTRACTS.md and issue 4. Replace with the
// model's own types once they land.
import type { ResultJson, Scenario, SummaryJson } from "@aidebt/model";
import { CliError } from "./errors.js";

export interface AnalysisControl {
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

export interface CompareResult {
  labels: string[];
  results: ResultJson[];
  summaries: SummaryJson[];
}

export interface SensitivityRow {
  path: string;
  low: number;
  high: number;
  lowValue: number;
  highValue: number;
}
export interface SensitivityResult {
  output: string;
  base: number;
  rows: SensitivityRow[];
}

export interface SweepResult {
  output: string;
  x: string;
  y: string;
  xs: number[];
  ys: number[];
  /** values[j][i] at (xs[i], ys[j]); NaN or null where the model rejected the combination. */
  values: (number | null)[][];
}

export interface MonteCarloResult {
  seed: number;
  paths: number;
  burstProbabilityByYear: { year: string; probability: number }[];
  bands: Record<string, { quarter: string; p5: number; p25: number; p50: number; p75: number; p95: number }[]>;
}

export interface AnalysisModule {
  compare(scenarios: { label: string; scenario: Scenario }[], control?: AnalysisControl): CompareResult | Promise<CompareResult>;
  sensitivity(scenario: Scenario, output: string, options?: { relativeStep?: number } & AnalysisControl): SensitivityResult | Promise<SensitivityResult>;
  sweep(
    scenario: Scenario,
    x: { path: string; values: number[] },
    y: { path: string; values: number[] },
    output: string,
    control?: AnalysisControl,
  ): SweepResult | Promise<SweepResult>;
  monteCarlo(scenario: Scenario, options: { paths: number; seed: number } & AnalysisControl): MonteCarloResult | Promise<MonteCarloResult>;
}

/** The model's analysis functions, or a clear error when this build of the model does not have them yet. */
export async function analysis<K extends keyof AnalysisModule>(name: K): Promise<AnalysisModule[K]> {
  const model = (await import("@aidebt/model")) as unknown as Partial<AnalysisModule>;
  const fn = model[name];
  if (typeof fn !== "function") throw new CliError(`this build of @aidebt/model has no ${name}() yet (issue 4)`);
  return fn.bind(model) as AnalysisModule[K];
}
