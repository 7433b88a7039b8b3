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
const listeners = new Set<() => void>();

/** Starts loading the simulator's model code (once) and resolves with it. */
export function loadSimModel(): Promise<SimModel> {
  loading ??= import("./model-code").then((m) => {
    model = m;
    for (const listener of listeners) listener();
    return m;
  });
  return loading;
}

/** The model code if it is loaded (always on the server), else null. */
export function simModelNow(): SimModel | null {
  return model;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const getModel = () => model;
// Hydration must see what the server's HTML was drawn from in the browser: no model yet.
const getServerModel = () => serverModel;

/** The model code, or null in the browser until it has loaded; re-renders when it arrives. */
export function useSimModel(): SimModel | null {
  return useSyncExternalStore(subscribe, getModel, getServerModel);
}
