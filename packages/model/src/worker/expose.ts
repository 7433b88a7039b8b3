/**
 * The worker side of the protocol: `exposeModelWorker` answers `run` requests with the model's analyses, sliced
 * so that the worker's event loop hears `cancel` between units of work (paths, grid points, parameters).
 */
import type { HostAbortController } from "../_lib/host.js";
import { host } from "../_lib/host.js";
import type { Engine, Step } from "../analysis/control.js";
import { runStepsAsync } from "../analysis/control.js";
import { compareSteps } from "../analysis/compare.js";
import { claimsSteps } from "../claims.js";
import { monteCarloSteps, pathSteps } from "../analysis/monte-carlo.js";
import { sensitivitySteps } from "../analysis/sensitivity.js";
import { sweepSteps } from "../analysis/sweep.js";
import type { JobResults, ModelJob, WorkerRequest, WorkerResponse } from "./protocol.js";

/** The worker's end of its channel: Node's `parentPort` or a Web Worker's global scope, adapted. */
export interface WorkerPort {
  post(message: WorkerResponse, transfer?: ArrayBuffer[]): void;
  listen(handler: (message: WorkerRequest) => void): void;
}

/**
 * A Web Worker's global scope as a {@link WorkerPort}.
 *
 * @example
 * exposeModelWorker(webWorkerPort(self));
 */
export function webWorkerPort(scope: {
  postMessage(message: unknown, transfer: ArrayBuffer[]): void;
  addEventListener(type: "message", listener: (event: { data: unknown }) => void): void;
}): WorkerPort {
  return {
    post: (message, transfer = []) => scope.postMessage(message, transfer),
    listen: (handler) => scope.addEventListener("message", (event) => handler(event.data as WorkerRequest)),
  };
}

/**
 * Node's `worker_threads.parentPort` as a {@link WorkerPort}.
 *
 * @example
 * exposeModelWorker(nodeWorkerPort(parentPort!));
 */
export function nodeWorkerPort(port: {
  postMessage(message: unknown, transfer?: readonly ArrayBuffer[]): void;
  on(event: "message", listener: (message: unknown) => void): unknown;
}): WorkerPort {
  return {
    post: (message, transfer = []) => port.postMessage(message, transfer),
    listen: (handler) => void port.on("message", (message) => handler(message as WorkerRequest)),
  };
}

/** Options of a model worker. */
export interface ExposeOptions {
  /** Engines jobs may name besides the fast path (e.g. `{ ledger: ledgerEngine }`, which brings decimal.js). */
  engines?: Record<string, Engine>;
  /** Milliseconds of work between two looks at the message queue (default 20). */
  sliceMs?: number;
}

function engineOf(job: { engine?: string }, options: ExposeOptions): Engine | undefined {
  if (job.engine === undefined || job.engine === "fast") return undefined;
  const engine = options.engines?.[job.engine];
  if (!engine) throw new Error(`engine "${job.engine}" is not available in this worker (available: fast${Object.keys(options.engines ?? {}).map((k) => `, ${k}`).join("")})`);
  return engine;
}

function stepsOf(job: ModelJob, options: ExposeOptions): Generator<Step, JobResults[keyof JobResults], void> {
  switch (job.kind) {
    case "compare":
      return compareSteps(job.scenarios, { ...(engineOf(job, options) ? { engine: engineOf(job, options)! } : {}) });
    case "sensitivity":
      return sensitivitySteps(job.scenario, job.output, {
        ...(job.relativeStep === undefined ? {} : { relativeStep: job.relativeStep }),
        ...(job.parameters === undefined ? {} : { parameters: job.parameters }),
        ...(engineOf(job, options) ? { engine: engineOf(job, options)! } : {}),
      });
    case "sweep":
      return sweepSteps(job.scenario, job.x, job.y, job.output, { ...(engineOf(job, options) ? { engine: engineOf(job, options)! } : {}) });
    case "monteCarlo":
      return monteCarloSteps(job.scenario, job.options);
    case "paths":
      return pathSteps(job.scenario, job.options, job.first, job.count);
    case "claims":
      return claimsSteps(job.scenario, { ...(engineOf(job, options) ? { engine: engineOf(job, options)! } : {}) });
  }
}

/** Buffers a result can hand over instead of copying (a Monte Carlo block's arrays). */
function transferables(result: unknown): ArrayBuffer[] {
  if (result === null || typeof result !== "object" || !("burstIndex" in result)) return [];
  const block = result as { burstIndex: Int32Array; hiddenDebt: Float64Array; totalDebt: Float64Array; lenderLoss: Float64Array };
  return [block.burstIndex.buffer, block.hiddenDebt.buffer, block.totalDebt.buffer, block.lenderLoss.buffer] as ArrayBuffer[];
}

/**
 * Serve the model's analyses on a worker's channel. Each `run` is driven in slices; a `cancel` aborts it at
 * the next unit of work and answers `cancelled`.
 *
 * @example
 * // worker.ts (browser)
 * import { exposeModelWorker, webWorkerPort } from "@aidebt/model/worker";
 * exposeModelWorker(webWorkerPort(self));
 */
export function exposeModelWorker(port: WorkerPort, options: ExposeOptions = {}): void {
  const running = new Map<number, HostAbortController>();
  port.listen((request) => {
    if (request.type === "cancel") {
      running.get(request.id)?.abort();
      return;
    }
    const { id, job } = request;
    const controller = new host.AbortController();
    running.set(id, controller);
    let lastPost = 0;
    const onProgress = (done: number, total: number): void => {
      const now = Date.now();
      if (done === total || now - lastPost > 50) {
        lastPost = now;
        port.post({ type: "progress", id, done, total });
      }
    };
    const run = async () => runStepsAsync(stepsOf(job, options), { signal: controller.signal, onProgress, sliceMs: options.sliceMs ?? 20 });
    run()
      .then((result) => port.post({ type: "done", id, result }, transferables(result)))
      .catch((error: unknown) => {
        if (controller.signal.aborted) port.post({ type: "cancelled", id });
        else {
          const e = error instanceof Error ? error : new Error(String(error));
          port.post({ type: "error", id, name: e.name, message: e.message });
        }
      })
      .finally(() => running.delete(id));
  });
}
