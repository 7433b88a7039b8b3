"use client";

import type { Scenario } from "@aidebt/model";
import { useEffect, useRef, useState } from "react";
import type { BandsResult } from "../analysis/jobs";
import { useWorkerJob } from "../use-worker-job";
import type { DrawnBand } from "./default-band";
import { LIVE_BAND } from "./settings";

/**
 * A slider dragged sends dozens of values a second; the band starts when the value has held this long, so
 * the workers are not started and stopped for every pixel.
 */
const SETTLE_MS = 150;

export type LiveBandState =
  | { status: "idle" }
  | { status: "computing"; done: number; total: number }
  | { status: "done" }
  | { status: "error"; message: string };

/**
 * The uncertainty band of the scenario shown, on the page's pool of model workers (the model's monteCarlo,
 * as the analysis section runs it). Null scenario: the page still shows the server's run, and the model is
 * not loaded for a band nobody asked for.
 *
 * A new scenario cancels the paths still running for the last one and starts its own, with one exception:
 * while the workers are still starting (no path reported yet) they cannot hear a cancel, and the pool would
 * have to kill them mid-load; the newest scenario then starts as soon as the first paths report. `band` is
 * the last finished band, kept (the status says it is being recomputed) until the next one is done; before
 * any, the band the server drew for the default preset (`initial`), if the page opened on it.
 */
export function useLiveBand(scenario: Scenario | null, initial: DrawnBand | null): { state: LiveBandState; band: DrawnBand | null } {
  const { state: job, run } = useWorkerJob<BandsResult>();
  const [settled, setSettled] = useState<Scenario | null>(null);
  // Set by effects only, so the server (which draws its own run) and hydration both say "idle".
  const [settling, setSettling] = useState(false);
  const started = useRef<Scenario | null>(null);
  // the server's band of the default preset stands for the last finished band until the workers have one
  const last = useRef<DrawnBand | null>(initial);

  useEffect(() => {
    if (!scenario) return;
    setSettling(true);
    const timer = setTimeout(() => {
      setSettling(false);
      setSettled(scenario);
    }, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [scenario]);

  const booting = job.status === "running" && job.done === 0;
  useEffect(() => {
    if (!settled || started.current === settled || booting) return;
    started.current = settled;
    // run() cancels the job before it: the model stops between paths.
    run({ kind: "monteCarlo", scenario: settled, ...LIVE_BAND });
  }, [settled, booting, run]);

  if (job.status === "done") last.current = job.result;
  const behind = settling || (settled !== null && started.current !== settled);
  const state: LiveBandState =
    behind || job.status === "running" || job.status === "cancelled"
      ? { status: "computing", done: job.status === "running" ? job.done : 0, total: job.status === "running" && job.total > 0 ? job.total : LIVE_BAND.paths }
      : job.status === "done"
        ? { status: "done" }
        : job.status === "error"
          ? { status: "error", message: job.message }
          : { status: "idle" };
  return { state, band: last.current };
}
