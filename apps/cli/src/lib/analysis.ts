import { Worker } from "node:worker_threads";
import type { MonteCarloOptions, MonteCarloResult, Scenario, SensitivityResult, SweepResult } from "@aidebt/model";
import { errorText } from "../i18n/errors.js";
import { AbortedError, CliError, UsageError } from "./errors.js";
import type { Logger } from "./logger.js";
import { createProgress } from "./progress.js";

/** A long analysis to run in the worker: plain data only (it is structured-cloned). */
export type AnalysisJob =
  | { kind: "sensitivity"; scenario: Scenario; output: string; relativeStep: number }
  | { kind: "sweep"; scenario: Scenario; x: { path: string; values: number[] }; y: { path: string; values: number[] }; output: string }
  | { kind: "monteCarlo"; scenario: Scenario; options: Pick<MonteCarloOptions, "paths" | "seed" | "demandVolatility" | "rateVolatility"> };

export type AnalysisResult<K extends AnalysisJob["kind"]> = K extends "sensitivity" ? SensitivityResult : K extends "sweep" ? SweepResult : MonteCarloResult;

export type WorkerMessage =
  | { type: "progress"; done: number; total: number }
  | { type: "done"; result: unknown }
  | { type: "error"; name: string; message: string; stack?: string };

let running = 0;

/** How many analyses are running now: a signal with none running ends the process at once. */
export function analysesRunning(): number {
  return running;
}

/** The signal that aborted a run (the AbortSignal's reason), for the exit code. */
const signalOf = (signal: AbortSignal): NodeJS.Signals => (signal.reason === "SIGTERM" ? "SIGTERM" : "SIGINT");

/**
 * Run one of the model's analyses in a worker thread with a progress bar on stderr. Ctrl-C (the signal)
 * asks the worker to abort through the model's AbortSignal; if it has not stopped within a second and a
 * half it is terminated. Either way the promise rejects with AbortedError (exit 130).
 */
export function runAnalysis<J extends AnalysisJob>(
  job: J,
  io: { logger: Logger; signal: AbortSignal; label: string; progress?: boolean },
): Promise<AnalysisResult<J["kind"]>> {
  const flag = new SharedArrayBuffer(4);
  running += 1;
  const worker = new Worker(new URL("./analysis-worker.js", import.meta.url), { workerData: { job, flag } });
  const progress = createProgress(io.logger, io.label, { force: io.progress === true });
  return new Promise<AnalysisResult<J["kind"]>>((resolve, reject) => {
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
    const settle = (action: () => void): void => {
      if (settled) return;
      settled = true;
      running -= 1;
      if (timer !== undefined) clearTimeout(timer);
      io.signal.removeEventListener("abort", onAbort);
      progress.finish();
      action();
    };
    const onAbort = (): void => {
      Atomics.store(new Int32Array(flag), 0, 1);
      timer = setTimeout(() => {
        void worker.terminate();
        settle(() => reject(new AbortedError(signalOf(io.signal))));
      }, 1500);
    };
    if (io.signal.aborted) onAbort();
    else io.signal.addEventListener("abort", onAbort, { once: true });
    worker.on("message", (message: WorkerMessage) => {
      if (message.type === "progress") progress.update(message.done, message.total);
      else if (message.type === "done") settle(() => resolve(message.result as AnalysisResult<J["kind"]>));
      else if (message.name === "AbortError" || io.signal.aborted) settle(() => reject(new AbortedError(signalOf(io.signal))));
      else {
        const error = new CliError(errorText().workerFailed(io.label, message.message));
        if (message.stack !== undefined) error.stack = message.stack;
        settle(() => reject(error));
      }
    });
    worker.on("error", (error) => settle(() => reject(error)));
    worker.on("exit", (code) => settle(() => reject(io.signal.aborted ? new AbortedError(signalOf(io.signal)) : new CliError(errorText().workerStopped(io.label, code)))));
  });
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
