import { useEffect, useMemo, useRef, useSyncExternalStore } from "react";
import type { StateOf, StateSpec } from "@/lib/url-state";
import { useUrlState } from "@/lib/use-url-state";
import type * as FigureModelModule from "./data";
import type { FigureRun } from "./data";

type FigureModel = typeof FigureModelModule;

// The figures' model code (./data with @aidebt/model) is its own chunk, loaded on the first interaction or
// when the URL holds a figure's state. Hydration renders from the data the server computed.
let model: FigureModel | null = null;
let loading: Promise<FigureModel> | null = null;
const listeners = new Set<() => void>();

/** Starts loading the figures' model code (once); figures re-render when it is there. */
export function loadFigureModel(): Promise<FigureModel> {
  loading ??= import("./data").then((m) => {
    model = m;
    for (const listener of listeners) listener();
    return m;
  });
  return loading;
}

/** Fetches the model code early, when the reader is about to use a figure. */
export function prepare(): void {
  void loadFigureModel();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const getModel = () => model;
const getServerModel = () => null;

/** The figures' model code once it is loaded (null on the server, while hydrating and until it arrives). */
export function useFigureModel(): FigureModel | null {
  return useSyncExternalStore(subscribe, getModel, getServerModel);
}

export interface FigureView<S extends StateSpec, D> {
  /** The state the figure shows: the one its data was computed for. */
  state: StateOf<S>;
  data: D;
  setState: (patch: Partial<StateOf<S>>) => void;
  /** The model's objection to the state the reader asked for, if any (the figure keeps its last data). */
  error: string | null;
  /** Call when the reader is about to interact (focus, pointer), to fetch the model code early. */
  prepare: () => void;
  /** True at the default state: the data is the server's. */
  pristine: boolean;
}

/**
 * A figure's state (in the URL) and the data it draws. At the default state the data is the server's
 * (the exact Decimal run, passed as props), so hydration runs no model code. Any other state is computed
 * in the browser with `compute` (simulateFast) once the model code is loaded; until then the figure keeps
 * showing the state and data it has, so chart, table and controls always agree.
 */
export function useFigure<S extends StateSpec, D>(
  n: number,
  spec: S,
  initial: D,
  compute: (m: FigureModel, state: StateOf<S>) => FigureRun<D>,
): FigureView<S, D> {
  const [state, setState, isDefault] = useUrlState(`f${n}`, spec);
  const loaded = useFigureModel();
  const key = JSON.stringify(state);
  // The serialised state is the dependency: compute is a fresh closure on every render.
  const run = useMemo(() => (isDefault || !loaded ? null : compute(loaded, state)), [isDefault, loaded, key]);
  const shown = useRef<{ state: StateOf<S>; data: D }>({ state, data: initial });

  useEffect(() => {
    if (!isDefault && !loaded) void loadFigureModel();
  }, [isDefault, loaded]);

  let error: string | null = null;
  if (isDefault) shown.current = { state, data: initial };
  else if (run?.ok) shown.current = { state, data: run.data };
  else if (run) {
    error = run.error;
    shown.current = { state, data: shown.current.data };
  }
  return { state: shown.current.state, data: shown.current.data, setState, error, prepare, pristine: isDefault };
}
