"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { Job, JobResult } from "./analysis/jobs";
import type { WorkerRequest, WorkerResponse } from "./worker";

export type JobState<R extends JobResult> =
  | { status: "idle" }
  | { status: "running"; done: number; total: number }
  | { status: "done"; result: R }
  | { status: "cancelled" }
  | { status: "error"; message: string };

/**
 * If the worker does not confirm a cancel within this time, it is terminated (and a fresh one made for the
 * next run). Sensitivity and sweeps stop at their next chunk through the AbortSignal; the model's Monte
 * Carlo is one synchronous call, so its cancel usually ends here.
 */
const HARD_CANCEL_MS = 400;

let shared: Worker | null = null;
let nextId = 1;
const handlers = new Map<number, (message: WorkerResponse) => void>();

function getWorker(): Worker {
  if (!shared) {
    shared = new Worker(new URL("./worker.ts", import.meta.url), { type: "module", name: "aidebt-simulator" });
    shared.addEventListener("message", (event: MessageEvent<WorkerResponse>) => handlers.get(event.data.id)?.(event.data));
  }
  return shared;
}

function killWorker(): void {
  shared?.terminate();
  shared = null;
}

/** Runs one kind of analysis job in the shared Web Worker, with progress and cancel. */
export function useWorkerJob<R extends JobResult>(): {
  state: JobState<R>;
  run: (job: Job) => void;
  cancel: () => void;
} {
  const [state, setState] = useState<JobState<R>>({ status: "idle" });
  const current = useRef<number | null>(null);
  const hardCancel = useRef<ReturnType<typeof setTimeout> | null>(null);

  const finish = useCallback((id: number) => {
    handlers.delete(id);
    if (current.current === id) current.current = null;
    if (hardCancel.current) clearTimeout(hardCancel.current);
    hardCancel.current = null;
  }, []);

  const cancel = useCallback(() => {
    const id = current.current;
    if (id === null) return;
    const message: WorkerRequest = { type: "cancel", id };
    getWorker().postMessage(message);
    hardCancel.current = setTimeout(() => {
      if (current.current !== id) return;
      killWorker();
      finish(id);
      setState({ status: "cancelled" });
    }, HARD_CANCEL_MS);
  }, [finish]);

  const run = useCallback(
    (job: Job) => {
      if (current.current !== null) {
        const old = current.current;
        getWorker().postMessage({ type: "cancel", id: old } satisfies WorkerRequest);
        finish(old);
      }
      const id = nextId++;
      current.current = id;
      setState({ status: "running", done: 0, total: 0 });
      handlers.set(id, (message) => {
        if (current.current !== id) return;
        if (message.type === "progress") setState({ status: "running", done: message.done, total: message.total });
        else {
          finish(id);
          if (message.type === "done") setState({ status: "done", result: message.result as R });
          else if (message.type === "cancelled") setState({ status: "cancelled" });
          else setState({ status: "error", message: message.message });
        }
      });
      try {
        getWorker().postMessage({ type: "run", id, job } satisfies WorkerRequest);
      } catch (error) {
        finish(id);
        setState({ status: "error", message: error instanceof Error ? error.message : String(error) });
      }
    },
    [finish],
  );

  useEffect(
    () => () => {
      const id = current.current;
      if (id !== null && shared) shared.postMessage({ type: "cancel", id } satisfies WorkerRequest);
      if (id !== null) finish(id);
    },
    [finish],
  );

  return { state, run, cancel };
}
