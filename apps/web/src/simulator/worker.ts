/// <reference lib="webworker" />
// The simulator's background worker: sensitivity, sweeps and Monte Carlo run here so the page never freezes.
// Protocol: { type: "run", id, job } → progress* → done | cancelled | error; { type: "cancel", id } aborts
// the run's AbortSignal, which the job checks between model runs (it yields to this loop every few runs).
import { runJob, type Job, type JobResult } from "./analysis/jobs";

export type WorkerRequest = { type: "run"; id: number; job: Job } | { type: "cancel"; id: number };
export type WorkerResponse =
  | { type: "progress"; id: number; done: number; total: number }
  | { type: "done"; id: number; result: JobResult }
  | { type: "cancelled"; id: number }
  | { type: "error"; id: number; message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;
const running = new Map<number, AbortController>();

function post(message: WorkerResponse): void {
  scope.postMessage(message);
}

const yieldNow = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

scope.addEventListener("message", (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === "cancel") {
    running.get(request.id)?.abort();
    return;
  }
  const controller = new AbortController();
  running.set(request.id, controller);
  let lastPost = 0;
  const onProgress = (done: number, total: number) => {
    const now = performance.now();
    if (done === total || now - lastPost > 50) {
      lastPost = now;
      post({ type: "progress", id: request.id, done, total });
    }
  };
  runJob(request.job, { signal: controller.signal, onProgress, yieldNow })
    .then((result) => post({ type: "done", id: request.id, result }))
    .catch((error: unknown) => {
      if (controller.signal.aborted) post({ type: "cancelled", id: request.id });
      else post({ type: "error", id: request.id, message: error instanceof Error ? error.message : String(error) });
    })
    .finally(() => running.delete(request.id));
});
