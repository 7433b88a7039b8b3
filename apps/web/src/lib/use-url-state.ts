import { useCallback, useSyncExternalStore } from "react";
import { defaultsOf, readState, writeState, type StateOf, type StateSpec } from "./url-state";

// One store for the whole page: the query string. Every component that uses the same prefix (a figure and
// the live numbers in its sentence) reads the same state. The store answers at once; the address bar
// follows shortly after (history.replaceState, debounced), because browsers throttle frequent URL changes
// and a dragged slider produces dozens a second.
const listeners = new Set<() => void>();
const snapshots = new Map<string, { search: string; state: unknown }>();
const serverSnapshots = new Map<string, unknown>();
const URL_WRITE_DELAY_MS = 150;
let search: string | null = null;
let pendingWrite: ReturnType<typeof setTimeout> | null = null;

function currentSearch(): string {
  search ??= window.location.search;
  return search;
}

function notify(): void {
  for (const listener of listeners) listener();
}

function onPopState(): void {
  search = window.location.search;
  notify();
}

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) window.addEventListener("popstate", onPopState);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener("popstate", onPopState);
  };
}

/** Writes any pending state to the address bar now (before the URL is read or shared). */
export function flushUrlState(): void {
  if (pendingWrite === null) return;
  clearTimeout(pendingWrite);
  pendingWrite = null;
  const url = `${window.location.pathname}${currentSearch()}${window.location.hash}`;
  window.history.replaceState(window.history.state, "", url);
}

/**
 * State of one figure, kept in the URL. The server render and hydration use the defaults; right after
 * hydration the state from the URL takes over, so a shared link shows what its sender saw. The third
 * value tells whether the state is the default one (the one the server rendered).
 */
export function useUrlState<S extends StateSpec>(
  prefix: string,
  spec: S,
): [StateOf<S>, (patch: Partial<StateOf<S>>) => void, boolean] {
  const getServerSnapshot = useCallback((): StateOf<S> => {
    let state = serverSnapshots.get(prefix);
    if (!state) {
      state = defaultsOf(spec);
      serverSnapshots.set(prefix, state);
    }
    return state as StateOf<S>;
  }, [prefix, spec]);

  const getSnapshot = useCallback((): StateOf<S> => {
    const query = currentSearch();
    const cached = snapshots.get(prefix);
    if (cached && cached.search === query) return cached.state as StateOf<S>;
    const state = readState(query, prefix, spec);
    // Keep the previous object when nothing of this figure changed, so other figures' writes don't re-render
    // it; and the defaults object itself at the default state, so hydration is not followed by a re-render
    // of every figure for a state that equals what the server rendered.
    const previous = cached?.state ?? getServerSnapshot();
    const kept = shallowEqual(previous as Record<string, unknown>, state) ? previous : state;
    snapshots.set(prefix, { search: query, state: kept });
    return kept as StateOf<S>;
  }, [prefix, spec, getServerSnapshot]);

  const state = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);

  const setState = useCallback(
    (patch: Partial<StateOf<S>>) => {
      const query = currentSearch();
      const next = { ...readState(query, prefix, spec), ...patch };
      search = writeState(query, prefix, spec, next);
      notify();
      if (pendingWrite !== null) clearTimeout(pendingWrite);
      pendingWrite = setTimeout(flushUrlState, URL_WRITE_DELAY_MS);
    },
    [prefix, spec],
  );

  const isDefault = shallowEqual(state, getServerSnapshot());
  return [state, setState, isDefault];
}

function shallowEqual(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.is(a[key], b[key]));
}
