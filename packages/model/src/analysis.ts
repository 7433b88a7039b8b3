/**
 * Analysis on the engine: compare, one-at-a-time sensitivity, two-parameter sweeps and seeded Monte Carlo.
 * All run the float64 fast path by default (the agreement test shows it matches the Decimal ledger to 1e-9);
 * pass `engine: "decimal"` to use the ledger. Pure: no I/O; long runs report progress and honour an AbortSignal.
 */
import { decimalEngine } from "./_lib/engines.js";
import { floatNum } from "./_lib/num.js";
import { makeRng } from "./_lib/rng.js";
import { SeriesRecorder } from "./generated/engine/recorder.js";
import { runEngine as runFloatEngine } from "./generated/engine/run.js";
import type { ResultJson } from "./result.js";
import type { Scenario } from "./scenario.js";
import { getPath, numberBounds, numericParameterPaths, parseScenario, setPath } from "./scenario.js";
import { simulateFast } from "./simulate-fast.js";

/** Which engine an analysis runs. */
export type EngineChoice = "fast" | "decimal";

/** The part of the web/Node `AbortSignal` the analyses use (no DOM types needed). */
export interface AbortSignalLike {
  readonly aborted: boolean;
  readonly reason?: unknown;
}

/** Progress and cancellation for long analyses. */
export interface RunControl {
  /** Called after each unit of work with (done, total). */
  onProgress?: (done: number, total: number) => void;
  /** Aborting rejects with the signal's reason (an AbortError). */
  signal?: AbortSignalLike;
  engine?: EngineChoice;
}

/**
 * A scalar (or class) output of a run: a dotted path into the summary (`"summary.peakHiddenDebt"`) or into the
 * last quarter (`"last.measures.minskyAi"`), or a function of the JSON result. `summary.burstIndex` reads as the
 * horizon when there is no burst (a burst "after the end").
 */
export type Output = string | ((result: ResultJson) => number | string | null);

const run = (s: Scenario, engine: EngineChoice = "fast"): ResultJson => (engine === "decimal" ? decimalEngine()(s) : simulateFast(s));

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

const numeric = (v: number | string | null): number => (typeof v === "number" && Number.isFinite(v) ? v : Number.NaN);

function checkAbort(signal: AbortSignalLike | undefined): void {
  if (signal?.aborted) {
    const reason = signal.reason;
    if (reason instanceof Error) throw reason;
    const err = new Error("The operation was aborted");
    err.name = "AbortError";
    throw err;
  }
}

// ---- compare ---------------------------------------------------------------------------------------------

export interface CompareResult {
  labels: string[];
  /** Quarter labels of the longest horizon. */
  quarters: string[];
  results: ResultJson[];
  /** Per numeric summary field: each scenario's value and its difference from the first. */
  summary: Array<{ field: string; values: number[]; differences: number[] }>;
  /** Per quarter, the chosen measures for each scenario (null past a shorter horizon). */
  series: Record<string, Array<Array<number | null>>>;
}

const COMPARE_MEASURES = ["reportedDebt", "hiddenDebt", "totalDebt", "capex", "interestCover", "utilisation", "aiRevenue"] as const;

/**
 * Run several scenarios and line their quarters and summaries up, with differences from the first.
 *
 * @param scenarios - validated scenarios (e.g. presets), optionally labelled
 * @example
 * const c = compare([getPreset("base")!.scenario, getPreset("demand-slowdown")!.scenario]);
 * c.summary.find((r) => r.field === "peakHiddenDebt")!.differences[1]; // < 0: the slowdown stops the build-out
 */
export function compare(scenarios: ReadonlyArray<Scenario | { label: string; scenario: Scenario }>, control: RunControl = {}): CompareResult {
  const items = scenarios.map((x, i) => ("scenario" in x && "label" in x ? x : { label: `#${i + 1}`, scenario: x }));
  const results: ResultJson[] = [];
  items.forEach((it, i) => {
    checkAbort(control.signal);
    results.push(run(it.scenario, control.engine));
    control.onProgress?.(i + 1, items.length);
  });
  const longest = results.reduce((a, r) => (r.quarters.length > a.quarters.length ? r : a), results[0]!);
  const fields = Object.entries(results[0]?.summary ?? {})
    .filter(([, v]) => typeof v === "number")
    .map(([k]) => k);
  const summary = fields.map((field) => {
    const values = results.map((r) => numeric((r.summary as unknown as Record<string, number>)[field] ?? null));
    return { field, values, differences: values.map((v) => v - values[0]!) };
  });
  const series: Record<string, Array<Array<number | null>>> = {};
  for (const m of COMPARE_MEASURES) {
    series[m] = longest.quarters.map((_, i) => results.map((r) => r.quarters[i]?.measures[m] ?? null));
  }
  return { labels: items.map((x) => x.label), quarters: longest.quarters.map((q) => q.label), results, summary, series };
}

// ---- sensitivity -----------------------------------------------------------------------------------------

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
  const step = options.relativeStep ?? 0.2;
  const paths = options.parameters ?? numericParameterPaths();
  const baseline = numeric(readOutput(run(scenario, options.engine), output));
  const rows: SensitivityRow[] = [];
  paths.forEach((path, i) => {
    checkAbort(options.signal);
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
      return s ? { value: x, output: numeric(readOutput(run(s, options.engine), output)) } : null;
    };
    const low = side(lowV);
    const high = side(highV);
    const swing =
      low && high ? Math.abs(high.output - low.output) : low ? Math.abs(low.output - baseline) : high ? Math.abs(high.output - baseline) : 0;
    rows.push({ path, baseValue: v, low, high, swing: Number.isFinite(swing) ? swing : 0 });
    options.onProgress?.(i + 1, paths.length);
  });
  rows.sort((a, b) => b.swing - a.swing || a.path.localeCompare(b.path));
  return { output: typeof output === "string" ? output : "custom", baseline, rows };
}

// ---- sweep -----------------------------------------------------------------------------------------------

export type Axis = { path: string; values: number[] } | { path: string; from: number; to: number; steps: number };

export interface SweepResult {
  x: { path: string; values: number[] };
  y: { path: string; values: number[] };
  output: string;
  /** z[yIndex][xIndex]; null where the combination is not a valid scenario. */
  z: Array<Array<number | string | null>>;
}

function axisValues(a: Axis): number[] {
  if ("values" in a) return a.values;
  const n = Math.max(1, Math.floor(a.steps));
  return Array.from({ length: n }, (_, i) => (n === 1 ? a.from : Number((a.from + ((a.to - a.from) * i) / (n - 1)).toPrecision(12))));
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
  const xs = axisValues(x);
  const ys = axisValues(y);
  const total = xs.length * ys.length;
  let done = 0;
  const z = ys.map((yv) =>
    xs.map((xv) => {
      checkAbort(control.signal);
      const r = parseScenario(setPath(setPath(scenario, x.path, xv), y.path, yv));
      const cell = r.ok ? readOutput(run(r.scenario, control.engine), output) : null;
      control.onProgress?.(++done, total);
      return cell;
    }),
  );
  return { x: { path: x.path, values: xs }, y: { path: y.path, values: ys }, output: typeof output === "string" ? output : "custom", z };
}

// ---- Monte Carlo -----------------------------------------------------------------------------------------

export interface MonteCarloOptions extends Omit<RunControl, "engine"> {
  /** Number of paths (default 1000). */
  paths?: number;
  /** PRNG seed (default 1). The same seed gives the same result on every machine. */
  seed?: number;
  /** Annual volatility of AI-demand growth (default 0.1): quarterly log-growth shocks N(0, σ/2). */
  demandVolatility?: number;
  /** Annual volatility of the base rate, as a random walk in rate points (default 0). */
  rateVolatility?: number;
  /** Report progress every this many paths (default paths/100). */
  progressEvery?: number;
}

export interface Bands {
  p5: number[];
  p25: number[];
  p50: number[];
  p75: number[];
  p95: number[];
}

export interface MonteCarloResult {
  paths: number;
  seed: number;
  quarters: string[];
  /** Share of paths whose burst happened by the end of each year (cumulative). */
  burstProbabilityByYear: Array<{ year: number; probability: number }>;
  burstProbability: number;
  /** Share of paths whose burst falls in each quarter. */
  burstHistogram: number[];
  hiddenDebt: Bands;
  totalDebt: Bands;
  lenderLoss: Bands;
  /** Distribution of lenders' cumulative loss at the horizon. */
  finalLenderLoss: { mean: number; p5: number; p50: number; p95: number; p99: number; shareWithLoss: number };
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const idx = p * (sorted.length - 1);
  const lo = Math.floor(idx);
  const hi = Math.min(sorted.length - 1, lo + 1);
  const w = idx - lo;
  return (sorted[lo] ?? 0) * (1 - w) + (sorted[hi] ?? 0) * w;
}

function bands(matrix: Float64Array, paths: number, H: number): Bands {
  const out: Bands = { p5: [], p25: [], p50: [], p75: [], p95: [] };
  const col = new Float64Array(paths);
  for (let t = 0; t < H; t++) {
    for (let p = 0; p < paths; p++) col[p] = matrix[p * H + t] ?? 0;
    col.sort();
    out.p5.push(percentile(col, 0.05));
    out.p25.push(percentile(col, 0.25));
    out.p50.push(percentile(col, 0.5));
    out.p75.push(percentile(col, 0.75));
    out.p95.push(percentile(col, 0.95));
  }
  return out;
}

/**
 * Seeded Monte Carlo over demand (and optionally rate) paths on the fast path: burst probability by year and
 * percentile bands (5/25/50/75/95) of hidden debt, total debt and lenders' loss.
 *
 * @example
 * const mc = monteCarlo(getPreset("base")!.scenario, { paths: 1000, seed: 7, demandVolatility: 0.3 });
 * mc.burstProbabilityByYear.at(-1)!.probability; // share of paths with a burst within the horizon
 */
export function monteCarlo(scenario: Scenario, options: MonteCarloOptions = {}): MonteCarloResult {
  const paths = Math.max(1, Math.floor(options.paths ?? 1000));
  const seed = options.seed ?? 1;
  const sd = (options.demandVolatility ?? 0.1) / 2;
  const sr = (options.rateVolatility ?? 0) / 2;
  const H = scenario.horizonQuarters;
  const every = Math.max(1, Math.floor(options.progressEvery ?? paths / 100));
  const rng = makeRng(seed);
  const demandNoise = new Float64Array(H);
  const rateNoise = new Float64Array(H);
  const hidden = new Float64Array(paths * H);
  const total = new Float64Array(paths * H);
  const loss = new Float64Array(paths * H);
  const burstCount = new Float64Array(H);
  for (let p = 0; p < paths; p++) {
    if (p % every === 0) checkAbort(options.signal);
    let walk = 0;
    for (let t = 0; t < H; t++) {
      demandNoise[t] = sd * rng.normal();
      if (sr > 0) {
        walk += sr * rng.normal();
        rateNoise[t] = walk;
      }
    }
    const recorder = new SeriesRecorder<number>(H);
    const r = runFloatEngine(floatNum, scenario, recorder, { demand: demandNoise, ...(sr > 0 ? { rate: rateNoise } : {}) });
    hidden.set(recorder.series.hiddenDebt, p * H);
    total.set(recorder.series.totalDebt, p * H);
    loss.set(recorder.series.lenderLoss, p * H);
    if (r.summary.burstIndex !== null) burstCount[r.summary.burstIndex] = (burstCount[r.summary.burstIndex] ?? 0) + 1;
    if ((p + 1) % every === 0 || p + 1 === paths) options.onProgress?.(p + 1, paths);
  }
  const quarters = Array.from({ length: H }, (_, t) => labelAt(scenario.startQuarter, t));
  const byYear: Array<{ year: number; probability: number }> = [];
  let cum = 0;
  for (let t = 0; t < H; t++) {
    cum += burstCount[t] ?? 0;
    const label = quarters[t]!;
    const year = Number(label.slice(0, 4));
    if (label.endsWith("Q4") || t === H - 1) byYear.push({ year, probability: cum / paths });
  }
  const finalLoss = new Float64Array(paths);
  for (let p = 0; p < paths; p++) finalLoss[p] = loss[p * H + H - 1] ?? 0;
  let sum = 0;
  let withLoss = 0;
  for (const v of finalLoss) {
    sum += v;
    if (v > 1e-9) withLoss++;
  }
  finalLoss.sort();
  return {
    paths,
    seed,
    quarters,
    burstProbabilityByYear: byYear,
    burstProbability: cum / paths,
    burstHistogram: Array.from(burstCount, (c) => c / paths),
    hiddenDebt: bands(hidden, paths, H),
    totalDebt: bands(total, paths, H),
    lenderLoss: bands(loss, paths, H),
    finalLenderLoss: {
      mean: sum / paths,
      p5: percentile(finalLoss, 0.05),
      p50: percentile(finalLoss, 0.5),
      p95: percentile(finalLoss, 0.95),
      p99: percentile(finalLoss, 0.99),
      shareWithLoss: withLoss / paths,
    },
  };
}

function labelAt(start: string, t: number): string {
  const year = Number(start.slice(0, 4));
  const q = Number(start.slice(5)) - 1 + t;
  return `${year + Math.floor(q / 4)}Q${(q % 4) + 1}`;
}
