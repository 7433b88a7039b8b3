"use client";

import type { ModelRunner } from "@aidebt/model/worker";
import { useCallback, useEffect, useRef, useState } from "react";
import type { Job, JobResult } from "./analysis/jobs";
import { createPagePool } from "./model-pool";

export type JobState<R extends JobResult> =
  | { status: "idle" }
  | { status: "running"; done: number; total: number }
  | { status: "done"; result: R }
  | { status: "cancelled" }
  | { status: "error"; message: string };

/**
 * If a worker does not confirm a cancel within this time, it is terminated (and a fresh one made for the next
 * run). The model stops between units of work (paths, grid points, parameters), so this is rarely needed.
 */
const HARD_CANCEL_MS = 400;
/** Workers at most, whatever the machine reports: the page shares the CPU with the reader's other tabs. */
const MAX_WORKERS = 4;

// the promise is kept, so that calls made while the pool is loading share it
let shared: Promise<ModelRunner> | null = null;

/**
 * The page's pool of model workers, made on first use and sized by the machine's cores. The pool's code (and
 * the model it combines Monte Carlo blocks with) loads only when the reader runs an analysis.
 */
function runner(): Promise<ModelRunner> {
  return (shared ??= createPagePool({ size: Math.max(1, Math.min(MAX_WORKERS, navigator.hardwareConcurrency || 1)), hardCancelMs: HARD_CANCEL_MS, name: "aidebt-model" }));
}

async function runOnPool(job: Job, control: { signal: AbortSignal; onProgress: (done: number, total: number) => void }): Promise<JobResult> {
  const [{ runJob }, pool] = await Promise.all([import("./analysis/jobs"), runner()]);
  if (control.signal.aborted) throw new DOMException("cancelled", "AbortError");
  return runJob(job, pool, control);
}

const isAbort = (error: unknown): boolean => error instanceof Error && error.name === "AbortError";

/** Runs one kind of analysis job on the pool of model workers, with progress and cancel. */
export function useWorkerJob<R extends JobResult>(): {
  state: JobState<R>;
  run: (job: Job) => void;
  cancel: () => void;
} {
  const [state, setState] = useState<JobState<R>>({ status: "idle" });
  const current = useRef<AbortController | null>(null);

  const cancel = useCallback(() => current.current?.abort(), []);

  const run = useCallback((job: Job) => {
    current.current?.abort();
    const controller = new AbortController();
    current.current = controller;
    setState({ status: "running", done: 0, total: 0 });
    const mine = () => current.current === controller;
    runOnPool(job, {
      signal: controller.signal,
      onProgress: (done, total) => {
        if (mine()) setState({ status: "running", done, total });
      },
    })
      .then((result) => {
        if (mine()) setState({ status: "done", result: result as R });
      })
      .catch((error: unknown) => {
        if (!mine()) return;
        setState(isAbort(error) ? { status: "cancelled" } : { status: "error", message: error instanceof Error ? error.message : String(error) });
      })
      .finally(() => {
        if (mine()) current.current = null;
      });
  }, []);

  useEffect(() => () => current.current?.abort(), []);

  return { state, run, cancel };
}
