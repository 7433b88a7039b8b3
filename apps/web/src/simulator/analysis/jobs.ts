import { numericParameterPaths, type MonteCarloResult, type Scenario } from "@aidebt/model";
import type { JobControl, ModelRunner } from "@aidebt/model/worker";
import type { AnalysisOutput } from "../messages/types";

/**
 * The page's analyses, each a job of the model's own worker protocol (`sensitivity`, `sweep`, `monteCarlo`)
 * run on the pool of model workers, so the page gets the same numbers as the CLI; the page only reshapes the
 * results for its charts. Scenarios arrive validated (the page only sends valid ones). A sweep's grid is
 * chosen on the page, from the fields' slider ranges.
 */
export type Job =
  | { kind: "sensitivity"; scenario: Scenario; output: AnalysisOutput; relativeStep: number }
  | { kind: "sweep"; scenario: Scenario; x: string; y: string; xs: number[]; ys: number[]; output: AnalysisOutput }
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

/** The model's name of an output (a path into the summary). */
export function modelOutput(output: AnalysisOutput): string {
  return `summary.${output}`;
}

const num = (v: number | string | null | undefined): number => (typeof v === "number" && Number.isFinite(v) ? v : Number.NaN);

/** The parameters a tornado varies: every numeric one but the horizon (which changes what the outputs mean). */
export const tornadoParameters = (): string[] => numericParameterPaths().filter((p) => p !== "horizonQuarters");

/** The model's one-at-a-time sensitivity over every numeric parameter, reshaped for the tornado. */
export async function sensitivity(job: Extract<Job, { kind: "sensitivity" }>, runner: ModelRunner, ctl: JobControl): Promise<TornadoResult> {
  const r = await runner.run({ kind: "sensitivity", scenario: job.scenario, output: modelOutput(job.output), relativeStep: job.relativeStep, parameters: tornadoParameters() }, ctl);
  const rows: TornadoRow[] = r.rows.map((row) => ({
    path: row.path,
    low: row.low?.value ?? row.baseValue,
    high: row.high?.value ?? row.baseValue,
    lowValue: row.low ? row.low.output : Number.NaN,
    highValue: row.high ? row.high.output : Number.NaN,
    swing: row.swing,
  }));
  return { kind: "sensitivity", output: job.output, base: r.baseline, rows };
}

/** The model's sweep of two parameters over the page's grid. */
export async function sweep(job: Extract<Job, { kind: "sweep" }>, runner: ModelRunner, ctl: JobControl): Promise<SweepResult> {
  const r = await runner.run({ kind: "sweep", scenario: job.scenario, x: { path: job.x, values: job.xs }, y: { path: job.y, values: job.ys }, output: modelOutput(job.output) }, ctl);
  return { kind: "sweep", output: job.output, x: job.x, y: job.y, xs: job.xs, ys: job.ys, values: r.z.map((row) => row.map(num)) };
}

/** The model's seeded Monte Carlo across the pool (the same bands for any number of workers). */
export async function monteCarlo(job: Extract<Job, { kind: "monteCarlo" }>, runner: ModelRunner, ctl: JobControl): Promise<BandsResult> {
  return bandsOf(await runner.monteCarlo(job.scenario, { paths: job.paths, seed: job.seed, demandVolatility: job.demandVolatility, rateVolatility: job.rateVolatility }, ctl));
}

/** The model's Monte Carlo result as the page's bands (one percentile tuple per quarter). */
export function bandsOf(r: MonteCarloResult): BandsResult {
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

/** Run a page job on the pool. */
export function runJob(job: Job, runner: ModelRunner, ctl: JobControl): Promise<JobResult> {
  switch (job.kind) {
    case "sensitivity":
      return sensitivity(job, runner, ctl);
    case "sweep":
      return sweep(job, runner, ctl);
    case "monteCarlo":
      return monteCarlo(job, runner, ctl);
  }
}
