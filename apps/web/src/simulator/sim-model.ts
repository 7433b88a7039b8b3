import { useSyncExternalStore } from "react";
import { serverModel } from "#sim-model-on-server";
import type * as SimModelModule from "./model-code";

export type SimModel = typeof SimModelModule;

// The simulator's page is drawn by the server with the model; the browser hydrates it without the model
// (instantiating zod and the model, and running it, was the page's longest task at load) and loads it when
// the reader heads for a control, or as soon as the address holds a scenario. Until then components keep
// the server's markup for what depends on a run.
//
// The server gets the model synchronously; the browser's bundle resolves `#sim-model-on-server` to a module
// without it (package.json "imports", by the "browser" condition) and keeps only the dynamic import below.

let model: SimModel | null = serverModel;
let loading: Promise<SimModel> | null = null;
// The last failure to load (a chunk gone after a redeploy, the network down); cleared by the next attempt.
let failure: Error | null = null;
const listeners = new Set<() => void>();
const notify = () => {
  for (const listener of listeners) listener();
};

/** Loads the simulator's model code (once; again after a failure) and resolves with it. */
export function loadSimModel(): Promise<SimModel> {
  if (!loading) {
    failure = null;
    notify();
    loading = import("./model-code").then(
      (m) => {
        model = m;
        notify();
        return m;
      },
      (error: unknown) => {
        loading = null;
        failure = error instanceof Error ? error : new Error(String(error));
        notify();
        throw failure;
      },
    );
  }
  return loading;
}

/**
 * Starts loading the model code when it is not here and has not just failed to load, for callers that do
 * not wait for it (a failure shows through useSimModelFailure; `retrySimModel` and the reader's actions try
 * again, moving the pointer over the page does not).
 */
export function requestSimModel(): void {
  if (!model && !failure) loadSimModel().catch(() => undefined);
}

/** Tries to load the model code again after a failure. */
export function retrySimModel(): void {
  if (!model) loadSimModel().catch(() => undefined);
}

/** Runs `use` with the model code: at once when it is loaded, else when it arrives (not at all if it cannot load). */
export function withSimModel(use: (code: SimModel) => void): void {
  if (model) use(model);
  else loadSimModel().then(use, () => undefined);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const getModel = () => model;
// Hydration must see what the server's HTML was drawn from in the browser: no model yet.
const getServerModel = () => serverModel;
const getFailure = () => failure;
const getNoFailure = () => null;

/** The model code, or null in the browser until it has loaded; re-renders when it arrives. */
export function useSimModel(): SimModel | null {
  return useSyncExternalStore(subscribe, getModel, getServerModel);
}

/** Why the model code could not be loaded, or null. */
export function useSimModelFailure(): Error | null {
  return useSyncExternalStore(subscribe, getFailure, getNoFailure);
}
