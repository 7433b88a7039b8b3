import { useCallback, useSyncExternalStore } from "react";
import { defaultsOf, readState, writeState, type StateOf, type StateSpec } from "./url-state";

// One store for the whole page: the query string. Every component that uses the same prefix (a figure and
// the live numbers in its sentence) reads the same state; writes go to history.replaceState.
const listeners = new Set<() => void>();
const snapshots = new Map<string, { search: string; state: unknown }>();
const serverSnapshots = new Map<string, unknown>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onPopState = () => listener();
  window.addEventListener("popstate", onPopState);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("popstate", onPopState);
  };
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
  const getSnapshot = useCallback((): StateOf<S> => {
    const search = window.location.search;
    const cached = snapshots.get(prefix);
    if (cached && cached.search === search) return cached.state as StateOf<S>;
    const state = readState(search, prefix, spec);
    // Keep the previous object when nothing of this figure changed, so other figures' writes don't re-render it.
    if (cached && shallowEqual(cached.state as Record<string, unknown>, state)) {
      snapshots.set(prefix, { search, state: cached.state });
      return cached.state as StateOf<S>;
    }
    snapshots.set(prefix, { search, state });
    return state;
  }, [prefix, spec]);

  const getServerSnapshot = useCallback((): StateOf<S> => {
    let state = serverSnapshots.get(prefix);
    if (!state) {
      state = defaultsOf(spec);
      serverSnapshots.set(prefix, state);
    }
    return state as StateOf<S>;
  }, [prefix, spec]);

  const state = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);

  const setState = useCallback(
    (patch: Partial<StateOf<S>>) => {
      const current = readState(window.location.search, prefix, spec);
      const next = { ...current, ...patch };
      const search = writeState(window.location.search, prefix, spec, next);
      const url = `${window.location.pathname}${search}${window.location.hash}`;
      window.history.replaceState(window.history.state, "", url);
      for (const listener of listeners) listener();
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
