/**
 * Figure state in the query string: each figure owns the keys `f<n>.<name>`, so one shared link restores
 * every figure exactly. Parsing is forgiving: a missing, malformed or out-of-range value falls back to the
 * default (clamped or ignored), never to an error.
 */

export type FieldSpec =
  | { kind: "number"; default: number; min: number; max: number; step?: number }
  | { kind: "enum"; default: string; values: readonly string[] }
  | { kind: "boolean"; default: boolean };

export type StateSpec = Record<string, FieldSpec>;

export type StateOf<S extends StateSpec> = {
  [K in keyof S]: S[K] extends { kind: "number" } ? number : S[K] extends { kind: "boolean" } ? boolean : string;
};

/** The default state of a spec. */
export function defaultsOf<S extends StateSpec>(spec: S): StateOf<S> {
  const state: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(spec)) state[name] = field.default;
  return state as StateOf<S>;
}

function parseField(field: FieldSpec, raw: string | null): number | string | boolean {
  if (raw === null) return field.default;
  switch (field.kind) {
    case "number": {
      const value = Number(raw);
      if (raw.trim() === "" || !Number.isFinite(value)) return field.default;
      const clamped = Math.min(field.max, Math.max(field.min, value));
      if (!field.step) return clamped;
      const snapped = field.min + Math.round((clamped - field.min) / field.step) * field.step;
      return Number(snapped.toFixed(10));
    }
    case "enum":
      return field.values.includes(raw) ? raw : field.default;
    case "boolean":
      return raw === "1" || raw === "true" ? true : raw === "0" || raw === "false" ? false : field.default;
  }
}

function formatField(field: FieldSpec, value: unknown): string {
  if (field.kind === "boolean") return value ? "1" : "0";
  return String(value);
}

/** Reads a figure's state from a query string (`?f5.growth=0.1&f5.shock=2027Q1`). */
export function readState<S extends StateSpec>(search: string, prefix: string, spec: S): StateOf<S> {
  const params = new URLSearchParams(search);
  const state: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(spec)) state[name] = parseField(field, params.get(`${prefix}.${name}`));
  return state as StateOf<S>;
}

/**
 * Writes a figure's state into a query string and returns the new one (with a leading `?`, or "" when
 * empty). Values equal to their default are removed, so an untouched page keeps a clean URL; other
 * figures' keys are kept as they are.
 */
export function writeState<S extends StateSpec>(search: string, prefix: string, spec: S, state: StateOf<S>): string {
  const params = new URLSearchParams(search);
  for (const [name, field] of Object.entries(spec)) {
    const key = `${prefix}.${name}`;
    const value = (state as Record<string, unknown>)[name];
    if (value === field.default) params.delete(key);
    else params.set(key, formatField(field, value));
  }
  const query = params.toString();
  return query ? `?${query}` : "";
}
