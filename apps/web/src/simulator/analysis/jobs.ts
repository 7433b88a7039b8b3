import { getPath, monteCarlo as modelMonteCarlo, numericParameterPaths, sensitivity as modelSensitivity, sweep as modelSweep, type Scenario } from "@aidebt/model";
import { clampSnap, sliderRange } from "../form";
import type { AnalysisOutput } from "../messages/types";
import { schemaModel } from "../schema-build";

/**
 * The jobs the worker runs, each a call of the model's own analysis (`sensitivity`, `sweep`, `monteCarlo`),
 * so the page gets the same numbers as the CLI. Scenarios arrive validated (the page only sends valid ones).
 */
export type Job =
  | { kind: "sensitivity"; scenario: Scenario; output: AnalysisOutput; relativeStep: number }
  | { kind: "sweep"; scenario: Scenario; x: string; y: string; steps: number; output: AnalysisOutput }
  | { kind: "monteCarlo"; scenario: Scenario; paths: number; seed: number; demandVolatility: number; rateVolatility: number };

export interface TornadoRow {
  path: string;
  low: number;
  high: number;
  /** Output at the low and high value; NaN where the model rejected the changed scenario. */
  lowValue: number;
  highValue: number;
  swing: number;
}
export interface TornadoResult {
  kind: "sensitivity";
  output: AnalysisOutput;
  base: number;
  rows: TornadoRow[];
}
export interface SweepResult {
  kind: "sweep";
  output: AnalysisOutput;
  x: string;
  y: string;
  xs: number[];
  ys: number[];
  /** values[j][i] at (xs[i], ys[j]); NaN where the model rejected the combination. */
  values: number[][];
}
export type BandTuple = [number, number, number, number, number];
export interface BandsResult {
  kind: "monteCarlo";
  seed: number;
  paths: number;
  labels: string[];
  /** Per quarter: 5th, 25th, 50th, 75th and 95th percentile (USD bn). */
  totalDebt: BandTuple[];
  hiddenDebt: BandTuple[];
  /** Lenders' cumulative loss. */
  lenderLoss: BandTuple[];
  burstProbability: number;
  /** Share of paths whose burst happened by the end of each year (cumulative), as the model reports it. */
  burstByYear: Array<{ year: number; probability: number }>;
  /** Lenders' cumulative loss at the horizon across paths (USD bn), as the model reports it. */
  finalLenderLoss: { mean: number; p5: number; p50: number; p95: number; p99: number; shareWithLoss: number };
}
export type JobResult = TornadoResult | SweepResult | BandsResult;

export interface RunControl {
  signal: AbortSignal;
  onProgress: (done: number, total: number) => void;
  /** Lets the worker's message loop run (so a cancel can arrive); resolves on the next task. */
  yieldNow: () => Promise<void>;
}

/** The model's name of an output (a path into the summary). */
export function modelOutput(output: AnalysisOutput): string {
  return `summary.${output}`;
}

const num = (v: number | string | null | undefined): number => (typeof v === "number" && Number.isFinite(v) ? v : Number.NaN);

function throwIfAborted(signal: AbortSignal): void {
  if (signal.aborted) throw new DOMException("cancelled", "AbortError");
}

/** Parameters per call of the model's sensitivity: between calls the worker yields, so a cancel arrives. */
const SENSITIVITY_CHUNK = 4;

/**
 * The model's one-at-a-time sensitivity over every numeric parameter, called a few parameters at a time
 * (each row depends only on its parameter, so the rows are those of one call) and sorted as the model sorts.
 */
export async function sensitivity(job: Extract<Job, { kind: "sensitivity" }>, ctl: RunControl): Promise<TornadoResult> {
  const paths = numericParameterPaths().filter((p) => p !== "horizonQuarters");
  const rows: TornadoRow[] = [];
  let base = Number.NaN;
  for (let i = 0; i < paths.length; i += SENSITIVITY_CHUNK) {
    throwIfAborted(ctl.signal);
    const chunk = paths.slice(i, i + SENSITIVITY_CHUNK);
    const r = modelSensitivity(job.scenario, modelOutput(job.output), {
      relativeStep: job.relativeStep,
      parameters: chunk,
      signal: ctl.signal,
      onProgress: (done) => ctl.onProgress(i + done, paths.length),
    });
    base = r.baseline;
    for (const row of r.rows) {
      rows.push({
        path: row.path,
        low: row.low?.value ?? row.baseValue,
        high: row.high?.value ?? row.baseValue,
        lowValue: row.low ? row.low.output : Number.NaN,
        highValue: row.high ? row.high.output : Number.NaN,
        swing: row.swing,
      });
    }
    await ctl.yieldNow();
  }
  rows.sort((a, b) => b.swing - a.swing || a.path.localeCompare(b.path));
  return { kind: "sensitivity", output: job.output, base, rows };
}

/** Evenly spaced values over a field's slider range (its schema range, windowed for very wide money ranges). */
export function gridOf(path: string, scenario: Scenario, steps: number): number[] {
  const field = schemaModel().byPath.get(path);
  if (!field) return [];
  const value = getPath(scenario, path);
  const range = sliderRange(field, typeof value === "number" ? value : field.min);
  const n = Math.max(2, Math.min(25, Math.round(steps)));
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(clampSnap(range.min + ((range.max - range.min) * i) / (n - 1), range.min, range.max, range.step));
  return [...new Set(out)];
}

/** The model's sweep of two parameters, one row (y value) per call, yielding between rows. */
export async function sweep(job: Extract<Job, { kind: "sweep" }>, ctl: RunControl): Promise<SweepResult> {
  const xs = gridOf(job.x, job.scenario, job.steps);
  const ys = gridOf(job.y, job.scenario, job.steps);
  const total = xs.length * ys.length;
  const values: number[][] = [];
  for (const [j, y] of ys.entries()) {
    throwIfAborted(ctl.signal);
    const r = modelSweep(job.scenario, { path: job.x, values: xs }, { path: job.y, values: [y] }, modelOutput(job.output), {
      signal: ctl.signal,
      onProgress: (done) => ctl.onProgress(j * xs.length + done, total),
    });
    values.push((r.z[0] ?? []).map(num));
    await ctl.yieldNow();
  }
  return { kind: "sweep", output: job.output, x: job.x, y: job.y, xs, ys, values };
}

/**
 * The model's seeded Monte Carlo, in one call (splitting it would change the draws). It checks the signal
 * every 1% of paths; a cancel that cannot reach this synchronous run is completed by terminating the worker.
 */
export async function monteCarlo(job: Extract<Job, { kind: "monteCarlo" }>, ctl: RunControl): Promise<BandsResult> {
  await ctl.yieldNow();
  throwIfAborted(ctl.signal);
  const r = modelMonteCarlo(job.scenario, {
    paths: job.paths,
    seed: job.seed,
    demandVolatility: job.demandVolatility,
    rateVolatility: job.rateVolatility,
    signal: ctl.signal,
    onProgress: ctl.onProgress,
  });
  const zip = (b: { p5: number[]; p25: number[]; p50: number[]; p75: number[]; p95: number[] }): BandTuple[] =>
    b.p50.map((_, i) => [b.p5[i] ?? 0, b.p25[i] ?? 0, b.p50[i] ?? 0, b.p75[i] ?? 0, b.p95[i] ?? 0]);
  return {
    kind: "monteCarlo",
    seed: r.seed,
    paths: r.paths,
    labels: r.quarters,
    totalDebt: zip(r.totalDebt),
    hiddenDebt: zip(r.hiddenDebt),
    lenderLoss: zip(r.lenderLoss),
    burstProbability: r.burstProbability,
    burstByYear: r.burstProbabilityByYear,
    finalLenderLoss: r.finalLenderLoss,
  };
}

export function runJob(job: Job, ctl: RunControl): Promise<JobResult> {
  switch (job.kind) {
    case "sensitivity":
      return sensitivity(job, ctl);
    case "sweep":
      return sweep(job, ctl);
    case "monteCarlo":
      return monteCarlo(job, ctl);
  }
}
