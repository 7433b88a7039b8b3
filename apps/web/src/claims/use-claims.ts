"use client";

import type { Scenario } from "@aidebt/model";
import { useEffect, useRef, useState } from "react";
import type { Lang } from "@/messages/types";
import type { ClaimsView } from "./view";

/** Page → claims worker. */
export interface ClaimsRequest {
  id: number;
  scenario: Scenario;
  lang: Lang;
}
/** Claims worker → page. */
export type ClaimsResponse = { id: number; ok: true; view: ClaimsView } | { id: number; ok: false; message: string };

/** The last report shown stays while the next one is computed. */
export type ClaimsState =
  | { status: "idle"; view: null }
  | { status: "running"; view: ClaimsView | null }
  | { status: "done"; view: ClaimsView }
  | { status: "error"; view: ClaimsView | null; message: string };

/** Quiet time after the last change before the claims are recomputed (typing a number is several changes). */
export const CLAIMS_DEBOUNCE_MS = 300;

const spawn = () => new Worker(new URL("./claims.worker.ts", import.meta.url), { type: "module", name: "aidebt-claims" });

/**
 * The model's claims() for `scenario`, computed off the main thread once `active` (the panel has been seen) and
 * again after every change, debounced. A change while a report is being computed cancels it: the worker is
 * terminated (claims() cannot stop between its runs) and a fresh one takes the new scenario.
 */
export function useClaims(scenario: Scenario, lang: Lang, active: boolean): ClaimsState {
  const [state, setState] = useState<ClaimsState>({ status: "idle", view: null });
  const worker = useRef<Worker | null>(null);
  const busy = useRef(false);
  const wanted = useRef(0);

  useEffect(() => {
    if (!active) return;
    const id = ++wanted.current;
    // superseded: stop the report being computed now rather than let it finish for nothing
    if (busy.current) {
      worker.current?.terminate();
      worker.current = null;
      busy.current = false;
    }
    setState((s) => ({ status: "running", view: s.view }));
    const timer = window.setTimeout(() => {
      if (!worker.current) {
        const w = spawn();
        w.addEventListener("message", (event: MessageEvent<ClaimsResponse>) => {
          const r = event.data;
          busy.current = false;
          if (r.id !== wanted.current) return;
          setState((s) => (r.ok ? { status: "done", view: r.view } : { status: "error", view: s.view, message: r.message }));
        });
        w.addEventListener("error", (event) => {
          busy.current = false;
          if (worker.current === w) worker.current = null;
          w.terminate();
          setState((s) => ({ status: "error", view: s.view, message: event.message || "worker error" }));
        });
        worker.current = w;
      }
      busy.current = true;
      worker.current.postMessage({ id, scenario, lang } satisfies ClaimsRequest);
    }, CLAIMS_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [scenario, lang, active]);

  useEffect(
    () => () => {
      worker.current?.terminate();
      worker.current = null;
    },
    [],
  );

  return state;
}
