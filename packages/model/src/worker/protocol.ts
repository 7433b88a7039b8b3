/**
 * The one message protocol between a front end and a model worker (a Web Worker on the site, a worker thread
 * in the CLI): `run` → `progress`* → `done` | `cancelled` | `error`, and `cancel` at any time. Jobs and results
 * are plain data (structured-cloned; Monte Carlo blocks transfer their arrays).
 */
import type { CompareItem, CompareResult } from "../analysis/compare.js";
import type { MonteCarloOptions, MonteCarloResult, PathBlock } from "../analysis/monte-carlo.js";
import type { SensitivityResult } from "../analysis/sensitivity.js";
import type { Axis, SweepResult } from "../analysis/sweep.js";
import type { ClaimsReport } from "../claims.js";
import type { Scenario } from "../scenario.js";

/** Monte Carlo settings that cross the worker boundary (no callbacks). */
export type MonteCarloSettings = Pick<MonteCarloOptions, "paths" | "seed" | "demandVolatility" | "rateVolatility" | "progressEvery">;

/** A job for a model worker. `engine` names an engine the worker was given (default: the fast path). */
export type ModelJob =
  | { kind: "compare"; scenarios: CompareItem[]; engine?: string }
  | { kind: "sensitivity"; scenario: Scenario; output: string; relativeStep?: number; parameters?: string[]; engine?: string }
  | { kind: "sweep"; scenario: Scenario; x: Axis; y: Axis; output: string; engine?: string }
  | { kind: "monteCarlo"; scenario: Scenario; options: MonteCarloSettings }
  | { kind: "paths"; scenario: Scenario; options: MonteCarloSettings; first: number; count: number }
  | { kind: "claims"; scenario: Scenario; engine?: string };

/** The result of each kind of job. */
export interface JobResults {
  compare: CompareResult;
  sensitivity: SensitivityResult;
  sweep: SweepResult;
  monteCarlo: MonteCarloResult;
  paths: PathBlock;
  claims: ClaimsReport;
}

/** The result of a job. */
export type JobResult<J extends ModelJob> = JobResults[J["kind"]];

/** Front end → worker. */
export type WorkerRequest = { type: "run"; id: number; job: ModelJob } | { type: "cancel"; id: number };

/** Worker → front end. */
export type WorkerResponse =
  | { type: "progress"; id: number; done: number; total: number }
  | { type: "done"; id: number; result: JobResults[keyof JobResults] }
  | { type: "cancelled"; id: number }
  | { type: "error"; id: number; name: string; message: string };
