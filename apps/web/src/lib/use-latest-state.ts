import { useCallback, useRef, useState, type RefObject } from "react";

/**
 * State whose latest value can also be read at once through a ref: between a change and its render, a
 * handler that runs right after the change (a download, a value arriving with a lazily loaded module) sees
 * the new value, not the one of the last render.
 */
export function useLatestState<T>(initial: T): [T, (next: T) => void, RefObject<T>] {
  const latest = useRef(initial);
  const [value, setValue] = useState(initial);
  const set = useCallback((next: T) => {
    latest.current = next;
    setValue(next);
  }, []);
  return [value, set, latest];
}
