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
/** Claims worker → page: `ready` once its code has loaded, then one answer per request. */
export type ClaimsResponse = { type: "ready" } | { type: "claims"; id: number; ok: true; view: ClaimsView } | { type: "claims"; id: number; ok: false; message: string };

/** The last report shown stays while the next one is computed. */
export type ClaimsState =
  | { status: "idle"; view: null }
  | { status: "running"; view: ClaimsView | null }
  | { status: "done"; view: ClaimsView }
  | { status: "error"; view: ClaimsView | null; message: string };

/** Quiet time after the last change before the claims are recomputed (typing a number is several changes). */
export const CLAIMS_DEBOUNCE_MS = 300;

const spawn = () => new Worker(new URL("./claims.worker.ts", import.meta.url), { type: "module", name: "aidebt-claims" });

/** A claims worker: whether its code has loaded, and how many requests it has not answered yet. */
interface Handle {
  worker: Worker;
  ready: boolean;
  pending: number;
}

/**
 * The model's claims() for `scenario`, computed off the main thread once `active` (the panel has been seen) and
 * again after every change, debounced. A change while a report is being computed cancels it: the worker is
 * terminated (claims() cannot stop between its runs) and a fresh one takes the new scenario. A worker still
 * loading its code is not terminated (that would only cancel its downloads); the superseded answer is dropped.
 */
export function useClaims(scenario: Scenario, lang: Lang, active: boolean): ClaimsState {
  const [state, setState] = useState<ClaimsState>({ status: "idle", view: null });
  const handle = useRef<Handle | null>(null);
  const wanted = useRef(0);

  useEffect(() => {
    if (!active) return;
    const id = ++wanted.current;
    const h = handle.current;
    if (h && h.ready && h.pending > 0) {
      h.worker.terminate();
      handle.current = null;
    }
    // (a slider moved key by key: one state change for the whole run of changes, not one per move)
    setState((s) => (s.status === "running" ? s : { status: "running", view: s.view }));
    const timer = window.setTimeout(() => {
      const target = handle.current ?? start();
      target.pending += 1;
      target.worker.postMessage({ id, scenario, lang } satisfies ClaimsRequest);
    }, CLAIMS_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);

    function start(): Handle {
      const h: Handle = { worker: spawn(), ready: false, pending: 0 };
      h.worker.addEventListener("message", (event: MessageEvent<ClaimsResponse>) => {
        const r = event.data;
        if (r.type === "ready") {
          h.ready = true;
          return;
        }
        h.pending -= 1;
        if (r.id !== wanted.current) return;
        setState((s) => (r.ok ? { status: "done", view: r.view } : { status: "error", view: s.view, message: r.message }));
      });
      h.worker.addEventListener("error", (event) => {
        if (handle.current === h) handle.current = null;
        h.worker.terminate();
        setState((s) => ({ status: "error", view: s.view, message: event.message || "worker error" }));
      });
      handle.current = h;
      return h;
    }
  }, [scenario, lang, active]);

  useEffect(
    () => () => {
      handle.current?.worker.terminate();
      handle.current = null;
    },
    [],
  );

  return state;
}
