import { getPath, numericParameterPaths, parseScenario, setPath, simulateFast, type ResultJson, type Scenario } from "@aidebt/model";
import type { AnalysisOutput } from "../messages/types";
import { clampSnap, sliderRange, stepOf } from "../form";
import { schemaModel } from "../schema";

/** The jobs the worker runs. Scenarios arrive validated (the page only sends valid ones). */
export type Job =
  | { kind: "sensitivity"; scenario: Scenario; output: AnalysisOutput; relativeStep: number }
  | { kind: "sweep"; scenario: Scenario; x: string; y: string; steps: number; output: AnalysisOutput }
  | { kind: "monteCarlo"; scenario: Scenario; paths: number; seed: number; spread: number };

export interface TornadoRow {
  path: string;
  low: number;
  high: number;
  lowValue: number;
  highValue: number;
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
export interface BandsResult {
  kind: "monteCarlo";
  seed: number;
  paths: number;
  labels: string[];
  /** Per quarter: 5th, 25th, 50th, 75th and 95th percentile of total debt (USD bn). */
  totalDebt: Array<[number, number, number, number, number]>;
  burstShare: number;
}
export type JobResult = TornadoResult | SweepResult | BandsResult;

export interface RunControl {
  signal: AbortSignal;
  onProgress: (done: number, total: number) => void;
  /** Lets the worker's message loop run (so a cancel can arrive); resolves on the next task. */
  yieldNow: () => Promise<void>;
}

/** A scalar output of a run. */
export function outputValue(result: ResultJson, output: AnalysisOutput): number {
  const s = result.summary;
  switch (output) {
    case "peakTotalDebt":
      return s.peakTotalDebt;
    case "peakHiddenDebt":
      return s.peakHiddenDebt;
    case "sponsorAiNpv":
      return s.sponsorAiNpv;
    case "lenderLoss":
      return s.lenderLoss;
    case "minInterestCover":
      return s.minInterestCover;
  }
}

function runWith(scenario: Scenario, changes: ReadonlyArray<readonly [string, number]>, output: AnalysisOutput): number {
  let input: unknown = scenario;
  for (const [path, value] of changes) input = setPath(input, path, value);
  const parsed = parseScenario(input);
  return parsed.ok ? outputValue(simulateFast(parsed.scenario), output) : Number.NaN;
}

const YIELD_EVERY = 8;

function abortError(): Error {
  return new DOMException("cancelled", "AbortError");
}

/** One-at-a-time sensitivity: each numeric parameter moved down and up by `relativeStep`, sorted by swing. */
export async function sensitivity(job: Extract<Job, { kind: "sensitivity" }>, ctl: RunControl): Promise<TornadoResult> {
  const { scenario, output, relativeStep } = job;
  const model = schemaModel();
  const paths = numericParameterPaths().filter((p) => p !== "horizonQuarters");
  const base = outputValue(simulateFast(scenario), output);
  const rows: TornadoRow[] = [];
  for (let i = 0; i < paths.length; i++) {
    if (ctl.signal.aborted) throw abortError();
    const path = paths[i] as string;
    const field = model.byPath.get(path);
    const value = getPath(scenario, path) as number;
    if (!field) continue;
    const step = stepOf(field);
    const delta = value === 0 ? (field.max - field.min) * relativeStep * 0.1 : Math.abs(value) * relativeStep;
    const low = clampSnap(value - delta, field.min, field.max, step);
    const high = clampSnap(value + delta, field.min, field.max, step);
    rows.push({ path, low, high, lowValue: runWith(scenario, [[path, low]], output), highValue: runWith(scenario, [[path, high]], output) });
    ctl.onProgress(i + 1, paths.length);
    if (i % YIELD_EVERY === YIELD_EVERY - 1) await ctl.yieldNow();
  }
  const swing = (r: TornadoRow) => {
    const a = Number.isFinite(r.lowValue) ? Math.abs(r.lowValue - base) : 0;
    const b = Number.isFinite(r.highValue) ? Math.abs(r.highValue - base) : 0;
    return Math.max(a, b);
  };
  rows.sort((a, b) => swing(b) - swing(a));
  return { kind: "sensitivity", output, base, rows };
}

/** Evenly spaced values over a field's slider range (its schema range, windowed for very wide money ranges). */
export function gridOf(path: string, scenario: Scenario, steps: number): number[] {
  const field = schemaModel().byPath.get(path);
  if (!field) return [];
  const value = getPath(scenario, path) as number;
  const range = sliderRange(field, value);
  const n = Math.max(2, Math.min(25, Math.round(steps)));
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(clampSnap(range.min + ((range.max - range.min) * i) / (n - 1), range.min, range.max, range.step));
  return [...new Set(out)];
}

/** A grid of two parameters for a heat map. */
export async function sweep(job: Extract<Job, { kind: "sweep" }>, ctl: RunControl): Promise<SweepResult> {
  const xs = gridOf(job.x, job.scenario, job.steps);
  const ys = gridOf(job.y, job.scenario, job.steps);
  const total = xs.length * ys.length;
  const values: number[][] = [];
  let done = 0;
  for (const y of ys) {
    const row: number[] = [];
    for (const x of xs) {
      if (ctl.signal.aborted) throw abortError();
      row.push(runWith(job.scenario, [[job.x, x], [job.y, y]], job.output));
      done++;
      ctl.onProgress(done, total);
      if (done % YIELD_EVERY === 0) await ctl.yieldNow();
    }
    values.push(row);
  }
  return { kind: "sweep", output: job.output, x: job.x, y: job.y, xs, ys, values };
}

/** mulberry32: a small seeded PRNG; the same seed gives the same draws on every machine. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normal(rand: () => number): number {
  const u = Math.max(rand(), Number.EPSILON);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const idx = (sorted.length - 1) * p;
  const lo = Math.floor(idx);
  const hi = Math.ceil(idx);
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (idx - lo);
}

/** Seeded Monte Carlo: AI demand growth and the base rate drawn around the scenario; bands of total debt. */
export async function monteCarlo(job: Extract<Job, { kind: "monteCarlo" }>, ctl: RunControl): Promise<BandsResult> {
  const rand = mulberry32(job.seed);
  const { scenario } = job;
  const growth = schemaModel().byPath.get("demand.aiGrowthAnnual");
  const rate = schemaModel().byPath.get("rates.baseAnnual");
  const perQuarter: number[][] = Array.from({ length: scenario.horizonQuarters }, () => []);
  let bursts = 0;
  let labels: string[] = [];
  for (let k = 0; k < job.paths; k++) {
    if (ctl.signal.aborted) throw abortError();
    const g = Math.min(growth?.max ?? 3, Math.max(growth?.min ?? -0.5, scenario.demand.aiGrowthAnnual + job.spread * normal(rand)));
    const r = Math.min(rate?.max ?? 0.25, Math.max(rate?.min ?? -0.01, scenario.rates.baseAnnual + (job.spread / 10) * normal(rand)));
    const drawn = setPath(setPath(scenario, "demand.aiGrowthAnnual", g), "rates.baseAnnual", r);
    const result = simulateFast(drawn);
    if (k === 0) labels = result.quarters.map((q) => q.label);
    result.quarters.forEach((q, i) => perQuarter[i]?.push(q.measures.totalDebt));
    if (result.summary.burstQuarter) bursts++;
    ctl.onProgress(k + 1, job.paths);
    if (k % YIELD_EVERY === YIELD_EVERY - 1) await ctl.yieldNow();
  }
  const totalDebt = perQuarter.map((values) => {
    const sorted = [...values].sort((a, b) => a - b);
    return [0.05, 0.25, 0.5, 0.75, 0.95].map((p) => percentile(sorted, p)) as [number, number, number, number, number];
  });
  return { kind: "monteCarlo", seed: job.seed, paths: job.paths, labels, totalDebt, burstShare: job.paths ? bursts / job.paths : 0 };
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
