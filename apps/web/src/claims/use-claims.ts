"use client";

import type { Scenario } from "@aidebt/model";
import type { ModelRunner } from "@aidebt/model/worker";
import { useEffect, useRef, useState } from "react";
import type { Lang } from "@/messages/types";
import { createPagePool } from "@/simulator/model-pool";
import { getClaimsMessages } from "./messages";
import { claimsView, type ClaimsView } from "./view";

/** The last report shown stays while the next one is computed. */
export type ClaimsState =
  | { status: "idle"; view: null }
  | { status: "running"; view: ClaimsView | null }
  | { status: "done"; view: ClaimsView }
  | { status: "error"; view: ClaimsView | null; message: string };

/** Quiet time after the last change before the claims are recomputed (typing a number is several changes). */
export const CLAIMS_DEBOUNCE_MS = 300;
/** A worker that does not confirm a cancel within this time is replaced (it stops between claims, ~0.2 s). */
const HARD_CANCEL_MS = 1500;

// the promise is kept, so that calls made while the pool is loading share it
let shared: Promise<ModelRunner> | null = null;

/** One model worker of its own for the claims (`kind: "claims"`), made on first use. */
function runner(): Promise<ModelRunner> {
  return (shared ??= createPagePool({ size: 1, hardCancelMs: HARD_CANCEL_MS, name: "aidebt-claims" }));
}

const isAbort = (error: unknown): boolean => error instanceof Error && error.name === "AbortError";

/**
 * The model's claims() for `scenario`, computed off the main thread once `active` (the panel has been seen) and
 * again after every change, debounced. A change while a report is being computed cancels it: the model stops
 * between claims and the worker takes the new scenario.
 */
export function useClaims(scenario: Scenario, lang: Lang, active: boolean): ClaimsState {
  const [state, setState] = useState<ClaimsState>({ status: "idle", view: null });
  const current = useRef<AbortController | null>(null);

  useEffect(() => {
    if (!active) return;
    current.current?.abort();
    const controller = new AbortController();
    current.current = controller;
    // (a slider moved key by key: one state change for the whole run of changes, not one per move)
    setState((s) => (s.status === "running" ? s : { status: "running", view: s.view }));
    const timer = window.setTimeout(() => {
      runner()
        .then((pool) => pool.run({ kind: "claims", scenario }, { signal: controller.signal }))
        .then((report) => {
          if (current.current === controller) setState({ status: "done", view: claimsView(report, scenario, lang, getClaimsMessages(lang)) });
        })
        .catch((error: unknown) => {
          if (current.current !== controller || isAbort(error)) return;
          setState((s) => ({ status: "error", view: s.view, message: error instanceof Error ? error.message : String(error) }));
        });
    }, CLAIMS_DEBOUNCE_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [scenario, lang, active]);

  return state;
}
