import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Scenario } from "@aidebt/model";
import type { JobResult, ModelJob } from "@aidebt/model/worker";
import { errorText } from "../i18n/errors.js";
import { AbortedError, CliError, UsageError } from "./errors.js";
import type { Logger } from "./logger.js";
import { createProgress } from "./progress.js";

/** A long analysis to run in worker threads (plain data: it is structured-cloned). */
export type AnalysisJob = Extract<ModelJob, { kind: "sensitivity" | "sweep" | "monteCarlo" }>;

/** Worker threads a Monte Carlo uses by default: the machine's cores. */
export const defaultJobs = (): number => availableParallelism();

let running = 0;

/** How many analyses are running now: a signal with none running ends the process at once. */
export function analysesRunning(): number {
  return running;
}

/** The signal that aborted a run (the AbortSignal's reason), for the exit code. */
const signalOf = (signal: AbortSignal): NodeJS.Signals => (signal.reason === "SIGTERM" ? "SIGTERM" : "SIGINT");

/**
 * Run one of the model's analyses in worker threads (the model's worker protocol) with a progress bar on
 * stderr. Monte Carlo splits its paths over `jobs` workers, with the same result whatever their number. Ctrl-C
 * (the signal) cancels inside the model; a worker that does not stop within a second and a half is terminated.
 * Either way the promise rejects with AbortedError (exit 130).
 */
export async function runAnalysis<J extends AnalysisJob>(
  job: J,
  io: { logger: Logger; signal: AbortSignal; label: string; progress?: boolean; jobs?: number },
): Promise<JobResult<J>> {
  const { createModelRunner, nodeWorkerHandle } = await import("@aidebt/model/worker");
  const size = job.kind === "monteCarlo" ? Math.max(1, io.jobs ?? 1) : 1;
  const runner = createModelRunner({
    size,
    hardCancelMs: 1500,
    spawn: () => nodeWorkerHandle(new Worker(new URL("./analysis-worker.js", import.meta.url))),
  });
  const progress = createProgress(io.logger, io.label, { force: io.progress === true });
  const control = { signal: io.signal, onProgress: (done: number, total: number) => progress.update(done, total) };
  running += 1;
  try {
    const result = job.kind === "monteCarlo" ? await runner.monteCarlo(job.scenario, job.options, control) : await runner.run(job, control);
    return result as JobResult<J>;
  } catch (error) {
    if (io.signal.aborted || (error instanceof Error && error.name === "AbortError")) throw new AbortedError(signalOf(io.signal));
    const e = error instanceof Error ? error : new Error(String(error));
    const wrapped = new CliError(errorText().workerFailed(io.label, e.message));
    if (e.stack !== undefined) wrapped.stack = e.stack;
    throw wrapped;
  } finally {
    running -= 1;
    progress.finish();
    runner.close();
  }
}

/**
 * Check an output name against a real run before a long analysis starts: `peakHiddenDebt` means
 * `summary.peakHiddenDebt`; `last.<path>` reads the last quarter. Unknown names are usage errors listing the
 * summary's fields.
 */
export async function resolveOutput(scenario: Scenario, metric: string, option = "--metric", numericOnly = true): Promise<string> {
  const { readOutput, simulateFast } = await import("@aidebt/model");
  const { quote } = await import("./sanitize.js");
  const t = errorText().metric;
  const output = metric.startsWith("summary.") || metric.startsWith("last.") ? metric : `summary.${metric}`;
  const result = simulateFast(scenario);
  let value: number | string | null;
  try {
    value = readOutput(result, output);
  } catch {
    value = null;
  }
  if (value === null || (numericOnly && typeof value !== "number")) {
    const fields = Object.entries(result.summary)
      .filter(([, v]) => typeof v === "number" || typeof v === "boolean" || (!numericOnly && typeof v === "string"))
      .map(([k]) => k);
    throw new UsageError(t.unknown(option, quote(metric)), {
      issues: [{ path: option, message: numericOnly ? t.notNumeric : t.notOutput, received: metric, allowed: t.allowed(fields.join(", ")) }],
      hint: t.hint,
    });
  }
  return output;
}
