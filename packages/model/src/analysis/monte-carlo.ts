/**
 * Seeded Monte Carlo over demand (and optionally rate) paths on the fast path (MODEL.md, "Monte Carlo"). Path p
 * draws from its own random stream, derived from (seed, p) alone, so any split of the paths into blocks — one
 * thread or a pool of workers — gives the same result bit for bit: `simulatePaths` runs a block, and
 * `combinePaths` turns blocks into the result.
 */
import { floatNum } from "../_lib/num.js";
import { quarterLabel } from "../_lib/quarter.js";
import { makeRng } from "../_lib/rng.js";
import { selectRanks } from "../_lib/select.js";
import type { RunBuffers } from "../generated/engine/opening.js";
import { prepare } from "../generated/engine/prepare.js";
import { SeriesRecorder } from "../generated/engine/recorder.js";
import { runEngine as runFloatEngine } from "../generated/engine/run.js";
import type { Scenario } from "../scenario.js";
import type { RunControl, Step } from "./control.js";
import { runSteps } from "./control.js";

export interface MonteCarloOptions extends Omit<RunControl, "engine"> {
  /** Number of paths (default 1000). */
  paths?: number;
  /** PRNG seed (default 1). The same seed gives the same result on every machine and with any number of workers. */
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

/** The runs of paths `first … first + count − 1`: each path's burst quarter (−1: none) and its three series. */
export interface PathBlock {
  first: number;
  count: number;
  horizon: number;
  burstIndex: Int32Array;
  /** horizon × count values, quarter by quarter: quarter t of path first + k at t × count + k. */
  hiddenDebt: Float64Array;
  totalDebt: Float64Array;
  lenderLoss: Float64Array;
}

/** The options every path of a run shares, with defaults applied. */
function settings(options: MonteCarloOptions): { paths: number; seed: number; sd: number; sr: number } {
  return {
    paths: Math.max(1, Math.floor(options.paths ?? 1000)),
    seed: options.seed ?? 1,
    sd: (options.demandVolatility ?? 0.1) / 2,
    sr: (options.rateVolatility ?? 0) / 2,
  };
}

/** The seed of path p's stream: a 32-bit hash of (seed, p) (murmur3's finaliser), so streams do not overlap. */
export function pathSeed(seed: number, path: number): number {
  let h = (seed ^ Math.imul(path + 1, 0x9e3779b9)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** A block of paths as steps: a step every `every` paths. */
export function* pathSteps(scenario: Scenario, options: MonteCarloOptions, first: number, count: number): Generator<Step, PathBlock, void> {
  const { paths, seed, sd, sr } = settings(options);
  const every = Math.max(1, Math.floor(options.progressEvery ?? paths / 100));
  const H = scenario.horizonQuarters;
  const block: PathBlock = {
    first,
    count,
    horizon: H,
    burstIndex: new Int32Array(count),
    hiddenDebt: new Float64Array(count * H),
    totalDebt: new Float64Array(count * H),
    lenderLoss: new Float64Array(count * H),
  };
  const recorder = new SeriesRecorder<number>(H, block, count);
  const prepared = prepare(scenario);
  const demand = new Float64Array(H);
  const rate = new Float64Array(H);
  const noise = sr > 0 ? { demand, rate } : { demand };
  const buffers: RunBuffers<number> = {}; // the paths of a block run one after another in the same containers
  for (let k = 0; k < count; k++) {
    const rng = makeRng(pathSeed(seed, first + k));
    let walk = 0;
    for (let t = 0; t < H; t++) {
      demand[t] = sd * rng.normal();
      if (sr > 0) {
        walk += sr * rng.normal();
        rate[t] = walk;
      }
    }
    recorder.path = k;
    block.burstIndex[k] = runFloatEngine(floatNum, prepared, recorder, noise, buffers).summary.burstIndex ?? -1;
    if ((k + 1) % every === 0 || k + 1 === count) yield { done: k + 1, total: count };
  }
  return block;
}

/**
 * Run paths `first … first + count − 1` of a Monte Carlo (a worker's share of a pool).
 *
 * @example
 * const block = simulatePaths(getPreset("base")!.scenario, { paths: 100, seed: 7 }, 0, 50);
 * block.burstIndex.length; // 50
 */
export function simulatePaths(scenario: Scenario, options: MonteCarloOptions, first: number, count: number): PathBlock {
  return runSteps(pathSteps(scenario, options, first, count), options);
}

const BAND_LEVELS = [0.05, 0.25, 0.5, 0.75, 0.95] as const;

/** Ranks a percentile interpolates between, in a column of n values. */
const ranksOf = (n: number, p: number): [number, number] => {
  const lo = Math.floor(p * (n - 1));
  return [lo, Math.min(n - 1, lo + 1)];
};

/** The p-th percentile (linear between ranks) of a column whose ranks are in place (sorted, or selected). */
function percentile(col: Float64Array, p: number): number {
  if (col.length === 0) return Number.NaN;
  const idx = p * (col.length - 1);
  const [lo, hi] = ranksOf(col.length, p);
  const w = idx - lo;
  return (col[lo] ?? 0) * (1 - w) + (col[hi] ?? 0) * w;
}

/** Percentile bands of a horizon × paths matrix (quarter by quarter), each quarter's column selected in a copy. */
function bands(matrix: Float64Array, paths: number, H: number): Bands {
  const out: Bands = { p5: [], p25: [], p50: [], p75: [], p95: [] };
  const col = new Float64Array(paths);
  const ranks = BAND_LEVELS.flatMap((p) => ranksOf(paths, p));
  for (let t = 0; t < H; t++) {
    col.set(matrix.subarray(t * paths, (t + 1) * paths));
    selectRanks(col, ranks);
    out.p5.push(percentile(col, 0.05));
    out.p25.push(percentile(col, 0.25));
    out.p50.push(percentile(col, 0.5));
    out.p75.push(percentile(col, 0.75));
    out.p95.push(percentile(col, 0.95));
  }
  return out;
}

/**
 * A Monte Carlo result from blocks that together hold every path exactly once (in any order).
 *
 * @throws Error when the blocks miss or repeat a path
 */
export function combinePaths(scenario: Scenario, options: MonteCarloOptions, blocks: readonly PathBlock[]): MonteCarloResult {
  const { paths, seed } = settings(options);
  const H = scenario.horizonQuarters;
  const ordered = [...blocks].sort((a, b) => a.first - b.first);
  let next = 0;
  for (const b of ordered) {
    if (b.first !== next || b.horizon !== H) throw new Error(`Monte Carlo blocks do not cover paths 0…${paths - 1} once (at path ${next})`);
    next += b.count;
  }
  if (next !== paths) throw new Error(`Monte Carlo blocks hold ${next} paths, not ${paths}`);
  // one horizon × paths matrix per series: each block's column of quarter t goes to its paths' place in it
  const join = (key: "hiddenDebt" | "totalDebt" | "lenderLoss"): Float64Array => {
    if (ordered.length === 1) return ordered[0]![key];
    const all = new Float64Array(paths * H);
    for (const b of ordered) for (let t = 0; t < H; t++) all.set(b[key].subarray(t * b.count, (t + 1) * b.count), t * paths + b.first);
    return all;
  };
  const hidden = join("hiddenDebt");
  const total = join("totalDebt");
  const loss = join("lenderLoss");
  const burstCount = new Float64Array(H);
  for (const b of ordered) for (const i of b.burstIndex) if (i >= 0) burstCount[i] = (burstCount[i] ?? 0) + 1;
  const quarters = Array.from({ length: H }, (_, t) => quarterLabel(scenario.startQuarter, t));
  const byYear: Array<{ year: number; probability: number }> = [];
  let cum = 0;
  for (let t = 0; t < H; t++) {
    cum += burstCount[t] ?? 0;
    const label = quarters[t]!;
    if (label.endsWith("Q4") || t === H - 1) byYear.push({ year: Number(label.slice(0, 4)), probability: cum / paths });
  }
  const finalLoss = loss.slice((H - 1) * paths, H * paths);
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

/** The whole Monte Carlo as steps in one block (what a single thread runs). */
export function* monteCarloSteps(scenario: Scenario, options: MonteCarloOptions = {}): Generator<Step, MonteCarloResult, void> {
  const block = yield* pathSteps(scenario, options, 0, settings(options).paths);
  return combinePaths(scenario, options, [block]);
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
  return runSteps(monteCarloSteps(scenario, options), options);
}
