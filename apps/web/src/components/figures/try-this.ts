import type { StateOf, StateSpec } from "@/lib/url-state";
import { defaultsOf } from "@/lib/url-state";

/** A "try this" button: a whole state of the figure (its defaults with a few fields changed) and its label. */
export interface Try<S extends StateSpec> {
  id: string;
  label: string;
  state: StateOf<S>;
}

/** A try whose state is the spec's defaults with `patch` applied; null when the patch changes nothing (it would teach nothing). */
export function tryOf<S extends StateSpec>(spec: S, id: string, label: string, patch: Partial<StateOf<S>>): Try<S> | null {
  const base = defaultsOf(spec);
  const state = { ...base, ...patch };
  return sameState(state, base) ? null : { id, label, state };
}

export function sameState(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.is(a[k], b[k]));
}

/** The try whose state is on show, if any: its sentence is the one the caption adds. */
export function activeTry<S extends StateSpec>(tries: readonly Try<S>[], state: StateOf<S>): Try<S> | undefined {
  return tries.find((t) => sameState(t.state, state));
}

/** A value on a number field's grid, within its range: what a try may set without the URL snapping it elsewhere. */
export function onGrid(field: { min: number; max: number; step?: number }, value: number): number {
  const clamped = Math.min(field.max, Math.max(field.min, value));
  if (!field.step) return clamped;
  return Number((field.min + Math.round((clamped - field.min) / field.step) * field.step).toFixed(10));
}

/** Drops the tries that changed nothing. */
export function present<T>(items: readonly (T | null)[]): T[] {
  return items.filter((t): t is T => t !== null);
}
