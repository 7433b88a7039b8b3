/**
 * How the analyses run: each is a generator that yields after every unit of work (a scenario, a parameter, a
 * grid point, a Monte Carlo path), so that one definition serves a synchronous call (`runSteps`) and a worker
 * that slices the work and hears a cancel between units (`runStepsAsync`). The engine is an argument: the
 * float fast path by default, or `ledgerEngine` (the Decimal ledger) when the caller passes it.
 */
import { yieldToHost } from "../_lib/host.js";
import type { ResultJson } from "../result.js";
import type { Scenario } from "../scenario.js";

/**
 * A whole-run engine: a validated scenario in, the JSON result out. `simulateFast` (the default of every
 * analysis) or `ledgerEngine` from the package entry.
 */
export type Engine = (scenario: Scenario) => ResultJson;

/** The part of the web/Node `AbortSignal` the analyses use (no DOM types needed). */
export interface AbortSignalLike {
  readonly aborted: boolean;
  readonly reason?: unknown;
}

/** Progress, cancellation and the engine of an analysis. */
export interface RunControl {
  /** Called after each unit of work with (done, total). */
  onProgress?: (done: number, total: number) => void;
  /** Aborting rejects with the signal's reason (an AbortError). */
  signal?: AbortSignalLike;
  /** The engine each run uses (default: the float fast path). */
  engine?: Engine;
}

/** One unit of work done: how many of how many. */
export interface Step {
  done: number;
  total: number;
}

/** Throws the signal's reason (or an AbortError) when it has been aborted. */
export function checkAbort(signal: AbortSignalLike | undefined): void {
  if (signal?.aborted) {
    const reason = signal.reason;
    if (reason instanceof Error) throw reason;
    const err = new Error("The operation was aborted");
    err.name = "AbortError";
    throw err;
  }
}

/** Drive an analysis to its end in one synchronous call, checking the signal and reporting progress at each unit. */
export function runSteps<R>(steps: Generator<Step, R, void>, control: Pick<RunControl, "onProgress" | "signal"> = {}): R {
  for (;;) {
    checkAbort(control.signal);
    const next = steps.next();
    if (next.done) return next.value;
    control.onProgress?.(next.value.done, next.value.total);
  }
}

/**
 * Drive an analysis in slices of about `sliceMs` milliseconds, yielding to the event loop between slices so
 * that a worker hears a cancel (the signal is checked between units).
 */
export async function runStepsAsync<R>(
  steps: Generator<Step, R, void>,
  control: Pick<RunControl, "onProgress" | "signal"> & { sliceMs?: number; yieldNow?: () => Promise<void> } = {},
): Promise<R> {
  const sliceMs = control.sliceMs ?? 20;
  const yieldNow = control.yieldNow ?? yieldToHost;
  let sliceStart = Date.now();
  for (;;) {
    checkAbort(control.signal);
    const next = steps.next();
    if (next.done) return next.value;
    control.onProgress?.(next.value.done, next.value.total);
    if (Date.now() - sliceStart >= sliceMs) {
      await yieldNow();
      sliceStart = Date.now();
    }
  }
}
