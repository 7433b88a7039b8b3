/**
 * The front end's side of the protocol: a pool of model workers. `run` sends a job to a free worker with
 * progress and cancel; `monteCarlo` splits the paths into a few blocks per worker and combines the blocks, which
 * gives the same result as one thread (each path's random stream depends only on the seed and its index).
 */
import { host } from "../_lib/host.js";
import type { AbortSignalLike } from "../analysis/control.js";
import type { MonteCarloResult, PathBlock } from "../analysis/monte-carlo.js";
import { combinePaths } from "../analysis/monte-carlo.js";
import type { Scenario } from "../scenario.js";
import type { JobResult, ModelJob, MonteCarloSettings, WorkerRequest, WorkerResponse } from "./protocol.js";

/** A worker as the runner drives it: a Web Worker or a Node worker thread, adapted. */
export interface WorkerHandle {
  post(message: WorkerRequest): void;
  listen(handler: (message: WorkerResponse) => void): void;
  /** Called when the worker fails outside any job (a load error): pending jobs reject with it. */
  onFailure?(handler: (error: Error) => void): void;
  terminate(): void;
}

/** A Web Worker as a {@link WorkerHandle}. */
export function webWorkerHandle(worker: {
  postMessage(message: unknown): void;
  addEventListener(type: "message" | "error", listener: (event: { data?: unknown; message?: string }) => void): void;
  terminate(): void;
}): WorkerHandle {
  return {
    post: (message) => worker.postMessage(message),
    listen: (handler) => worker.addEventListener("message", (event) => handler(event.data as WorkerResponse)),
    onFailure: (handler) => worker.addEventListener("error", (event) => handler(new Error(event.message ?? "the model worker failed to load"))),
    terminate: () => worker.terminate(),
  };
}

/** A Node `worker_threads.Worker` as a {@link WorkerHandle}. */
export function nodeWorkerHandle(worker: {
  postMessage(message: unknown): void;
  // Node's Worker declares `on` as overloads ending in `(event: string | symbol, listener: (...args: any[]) => void)`.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  on(event: string, listener: (...args: any[]) => void): unknown;
  terminate(): unknown;
}): WorkerHandle {
  return {
    post: (message) => worker.postMessage(message),
    listen: (handler) => void worker.on("message", (message: WorkerResponse) => handler(message)),
    onFailure: (handler) => {
      worker.on("error", (error: Error) => handler(error));
      worker.on("exit", (code: number) => handler(new Error(`the model worker stopped (exit ${code})`)));
    },
    terminate: () => void worker.terminate(),
  };
}

/** Progress and cancellation of a job sent to the pool. */
export interface JobControl {
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignalLike & { addEventListener?(type: "abort", listener: () => void): void; removeEventListener?(type: "abort", listener: () => void): void };
}

export interface ModelRunner {
  /** Number of workers in the pool. */
  readonly size: number;
  /** Run one job on one worker. Rejects with an `AbortError` when the signal aborts. */
  run<J extends ModelJob>(job: J, control?: JobControl): Promise<JobResult<J>>;
  /** Monte Carlo across the pool: a few blocks of paths per worker, combined in path order. */
  monteCarlo(scenario: Scenario, options: MonteCarloSettings, control?: JobControl): Promise<MonteCarloResult>;
  /** Terminate every worker; jobs waiting for one are refused (a later job starts new workers). */
  close(): void;
}

export interface RunnerOptions {
  /** Makes a worker that runs `exposeModelWorker`. */
  spawn: () => WorkerHandle;
  /** Workers in the pool (default 1); made on first use. */
  size?: number;
  /** A worker that has not confirmed a cancel after this many milliseconds is terminated and replaced (default 1000). */
  hardCancelMs?: number;
}

/** Monte Carlo blocks per worker of a pool (one for a pool of one). */
const BLOCKS_PER_WORKER = 4;

interface Slot {
  handle: WorkerHandle | null;
  busy: boolean;
}

function abortError(signal: AbortSignalLike | undefined): Error {
  if (signal?.reason instanceof Error) return signal.reason;
  const err = new Error("The operation was aborted");
  err.name = "AbortError";
  return err;
}

/**
 * A pool of model workers behind one protocol.
 *
 * @example
 * // Node
 * const runner = createModelRunner({ size: 2, spawn: () => nodeWorkerHandle(new Worker(new URL("./model-worker.js", import.meta.url))) });
 * const mc = await runner.monteCarlo(scenario, { paths: 10_000, seed: 7 });
 * runner.close();
 */
export function createModelRunner(options: RunnerOptions): ModelRunner {
  const size = Math.max(1, Math.floor(options.size ?? 1));
  const hardCancelMs = options.hardCancelMs ?? 1000;
  const slots: Slot[] = Array.from({ length: size }, () => ({ handle: null, busy: false }));
  const waiting: Array<() => void> = [];
  const handlers = new Map<number, { onMessage: (m: WorkerResponse) => void; onFailure: (e: Error) => void; slot: Slot }>();
  let nextId = 1;
  /** Times the pool was closed: a job that waited for a worker across a close is refused. */
  let closes = 0;

  const ensure = (slot: Slot): WorkerHandle => {
    if (slot.handle) return slot.handle;
    const handle = options.spawn();
    handle.listen((message) => handlers.get(message.id)?.onMessage(message));
    handle.onFailure?.((error) => {
      if (slot.handle !== handle) return;
      for (const h of [...handlers.values()]) if (h.slot === slot) h.onFailure(error);
      slot.handle = null;
    });
    slot.handle = handle;
    return handle;
  };
  const acquire = async (): Promise<Slot> => {
    for (;;) {
      const free = slots.find((s) => !s.busy);
      if (free) {
        free.busy = true;
        return free;
      }
      await new Promise<void>((resolve) => waiting.push(resolve));
    }
  };
  const release = (slot: Slot): void => {
    slot.busy = false;
    waiting.shift()?.();
  };

  const run = async <J extends ModelJob>(job: J, control: JobControl = {}): Promise<JobResult<J>> => {
    if (control.signal?.aborted) throw abortError(control.signal);
    const closesBefore = closes;
    const slot = await acquire();
    // a job that waited for a worker may have been cancelled meanwhile (its abort event has passed), or the
    // pool closed (a Monte Carlo whose other block failed): it must not start on a new worker
    if (control.signal?.aborted || closes !== closesBefore) {
      release(slot);
      throw control.signal?.aborted ? abortError(control.signal) : new Error("the model runner was closed");
    }
    const handle = ensure(slot);
    const id = nextId++;
    return new Promise<JobResult<J>>((resolve, reject) => {
      let timer: unknown;
      const settle = (action: () => void): void => {
        if (!handlers.has(id)) return;
        handlers.delete(id);
        if (timer !== undefined) host.clearTimeout(timer);
        control.signal?.removeEventListener?.("abort", onAbort);
        release(slot);
        action();
      };
      const onAbort = (): void => {
        handle.post({ type: "cancel", id });
        // a worker stuck in one long unit of work is replaced rather than waited for
        timer = host.setTimeout(() => {
          if (slot.handle === handle) {
            handle.terminate();
            slot.handle = null;
          }
          settle(() => reject(abortError(control.signal)));
        }, hardCancelMs);
      };
      handlers.set(id, {
        slot,
        onMessage: (message) => {
          if (message.type === "progress") control.onProgress?.(message.done, message.total);
          else if (message.type === "done") settle(() => resolve(message.result as JobResult<J>));
          else if (message.type === "cancelled") settle(() => reject(abortError(control.signal)));
          else {
            const error = new Error(message.message);
            error.name = message.name;
            settle(() => reject(error));
          }
        },
        onFailure: (error) => settle(() => reject(error)),
      });
      control.signal?.addEventListener?.("abort", onAbort);
      handle.post({ type: "run", id, job });
    });
  };

  const monteCarlo = async (scenario: Scenario, settings: MonteCarloSettings, control: JobControl = {}): Promise<MonteCarloResult> => {
    const paths = Math.max(1, Math.floor(settings.paths ?? 1000));
    // a few blocks per worker, handed out as workers come free: on a shared machine one worker can run slower
    // than the other, and with one block each the pool would wait for the slower one
    const parts = Math.min(size === 1 ? 1 : size * BLOCKS_PER_WORKER, paths);
    const done = new Array<number>(parts).fill(0);
    const blocks: Array<Promise<PathBlock>> = [];
    let first = 0;
    for (let i = 0; i < parts; i++) {
      const count = Math.floor(paths / parts) + (i < paths % parts ? 1 : 0);
      const part = i;
      blocks.push(
        run(
          { kind: "paths", scenario, options: settings, first, count },
          {
            ...(control.signal ? { signal: control.signal } : {}),
            onProgress: (d) => {
              done[part] = d;
              control.onProgress?.(
                done.reduce((a, b) => a + b, 0),
                paths,
              );
            },
          },
        ),
      );
      first += count;
    }
    return combinePaths(scenario, settings, await Promise.all(blocks));
  };

  return {
    size,
    run,
    monteCarlo,
    close: () => {
      closes++;
      for (const slot of slots) {
        slot.handle?.terminate();
        slot.handle = null;
      }
    },
  };
}
