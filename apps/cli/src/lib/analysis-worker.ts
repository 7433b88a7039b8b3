// Runs one of the model's long analyses (sensitivity, sweep, Monte Carlo) off the main thread. The model's
// functions are synchronous; here they block only this worker, so the main thread stays free to draw the
// progress bar and to hear Ctrl-C. Ctrl-C sets a shared flag; the next onProgress call aborts this worker's
// AbortController and the model stops at its next check with an AbortError.
import { parentPort, workerData } from "node:worker_threads";
import type { AnalysisJob, WorkerMessage } from "./analysis.js";

const { job, flag } = workerData as { job: AnalysisJob; flag: SharedArrayBuffer };
const stop = new Int32Array(flag);
const controller = new AbortController();
const post = (message: WorkerMessage): void => parentPort?.postMessage(message);
const onProgress = (done: number, total: number): void => {
  if (Atomics.load(stop, 0) === 1) controller.abort();
  post({ type: "progress", done, total });
};

try {
  const model = await import("@aidebt/model");
  const control = { onProgress, signal: controller.signal };
  switch (job.kind) {
    case "sensitivity":
      post({ type: "done", result: model.sensitivity(job.scenario, job.output, { ...control, relativeStep: job.relativeStep }) });
      break;
    case "sweep":
      post({ type: "done", result: model.sweep(job.scenario, job.x, job.y, job.output, control) });
      break;
    case "monteCarlo":
      // progress (and so the Ctrl-C check) at least every 50 paths
      post({ type: "done", result: model.monteCarlo(job.scenario, { ...control, ...job.options, progressEvery: Math.max(1, Math.min(50, Math.floor((job.options.paths ?? 1000) / 100))) }) });
      break;
  }
} catch (error) {
  const e = error instanceof Error ? error : new Error(String(error));
  post({ type: "error", name: controller.signal.aborted ? "AbortError" : e.name, message: e.message, ...(e.stack === undefined ? {} : { stack: e.stack }) });
}
