"use client";

import type { Scenario } from "@aidebt/model";
import { useEffect, useRef, useState } from "react";
import type { BandsResult } from "../analysis/jobs";
import { useWorkerJob } from "../use-worker-job";

/**
 * The live band's Monte Carlo settings: the analysis section's defaults (a 20% yearly spread of AI demand
 * growth, no rate noise) at 1,000 paths, with a fixed seed so that the same scenario always draws the same
 * band and a moved lever changes the band only through the scenario.
 */
export const LIVE_BAND = { paths: 1000, seed: 42, demandVolatility: 0.2, rateVolatility: 0 } as const;

/**
 * A slider dragged sends dozens of values a second; the band starts when the value has held this long, so
 * the workers are not started and stopped for every pixel. The running job is cancelled at once, not after.
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
 * not loaded for a band nobody asked for. Each new scenario cancels the paths still running for the last
 * one; `band` is the last finished band, kept (and marked stale by the status) while the next one computes.
 */
export function useLiveBand(scenario: Scenario | null): { state: LiveBandState; band: BandsResult | null } {
  const { state: job, run, cancel } = useWorkerJob<BandsResult>();
  const [settling, setSettling] = useState(false);
  const last = useRef<BandsResult | null>(null);

  useEffect(() => {
    if (!scenario) return;
    cancel();
    setSettling(true);
    const timer = setTimeout(() => {
      setSettling(false);
      run({ kind: "monteCarlo", scenario, ...LIVE_BAND });
    }, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [scenario, run, cancel]);

  if (job.status === "done") last.current = job.result;
  const state: LiveBandState =
    settling || job.status === "cancelled"
      ? { status: "computing", done: 0, total: LIVE_BAND.paths }
      : job.status === "running"
        ? { status: "computing", done: job.done, total: job.total || LIVE_BAND.paths }
        : job.status === "done"
          ? { status: "done" }
          : job.status === "error"
            ? { status: "error", message: job.message }
            : { status: "idle" };
  return { state, band: last.current };
}
