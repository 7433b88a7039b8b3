/**
 * Reading and writing a scenario by dotted path (`gpu.bookLifeQuarters`, `demand.shocks.0.levelChange`). The
 * paths a scenario may have come from the parameter table, so this module needs no zod: a page can edit a
 * scenario before the model's schema has loaded, and the model validates the whole scenario when it runs it.
 */
import { PARAMETERS, parameterMeta } from "./parameters.js";
import { ScenarioError } from "./scenario-issue.js";

/** The value at a path of keys, or undefined. Own keys only: `__proto__` is never walked into. */
export function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const key of path) {
    if (v === null || typeof v !== "object" || !Object.hasOwn(v, key)) return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

const keysOf = (path: string): PropertyKey[] => path.split(".").map((p) => (/^\d+$/.test(p) ? Number(p) : p));

/** Every path a scenario may have, leaves and the objects and lists above them (list items as `[]`). */
const KNOWN_PATHS: ReadonlySet<string> = (() => {
  const known = new Set<string>(["schemaVersion"]);
  for (const p of PARAMETERS) {
    const parts = p.path.split(".");
    for (let i = 1; i <= parts.length; i++) {
      const prefix = parts.slice(0, i).join(".");
      known.add(prefix);
      if (prefix.endsWith("[]")) known.add(prefix.slice(0, -2));
    }
  }
  return known;
})();

/** Whether a dotted path (list indices as numbers) names a place in a scenario. */
function isScenarioPath(path: string): boolean {
  return KNOWN_PATHS.has(path.replace(/\.\d+(?=\.|$)/g, "[]"));
}

/**
 * Return a copy of `scenario` with the value at a dotted path replaced (pure; the input is not touched).
 * The path must exist in the scenario schema; the result is not validated (pass it to `parseScenario`).
 * Array items are addressed by index (`demand.shocks.0.growthAnnual`); an index one past the end appends.
 *
 * @throws ScenarioError when the path is not part of the schema
 * @example
 * setPath(getPreset("base")!.scenario, "gpu.bookLifeQuarters", 24).gpu.bookLifeQuarters; // 24
 */
export function setPath<S>(scenario: S, path: string, value: unknown): S {
  if (path === "" || !isScenarioPath(path)) {
    throw new ScenarioError([{ path, code: "unknown-key", message: "no such parameter", allowed: "a dotted scenario path, e.g. gpu.bookLifeQuarters" }]);
  }
  const keys = keysOf(path);
  const put = (node: unknown, i: number): unknown => {
    if (i === keys.length) return value;
    const key = keys[i] as PropertyKey;
    if (Array.isArray(node)) {
      const copy = [...(node as unknown[])];
      copy[key as number] = put(copy[key as number], i + 1);
      return copy;
    }
    const obj = node !== null && typeof node === "object" ? (node as Record<PropertyKey, unknown>) : {};
    return { ...obj, [key]: put(Object.hasOwn(obj, key) ? obj[key] : undefined, i + 1) };
  };
  return put(scenario, 0) as S;
}

/**
 * Read the value at a dotted path (undefined when absent).
 *
 * @example
 * getPath(getPreset("base")!.scenario, "spv.opening.couponAnnual"); // 0.0658
 */
export function getPath(scenario: unknown, path: string): unknown {
  return valueAt(scenario, keysOf(path));
}

/**
 * Every numeric parameter path (shocks excluded), in schema order: the parameters a sensitivity analysis varies
 * and the simulator page shows.
 *
 * @example
 * numericParameterPaths().slice(0, 3); // ["horizonQuarters", "fxJpyPerUsd", "discountAnnual"]
 */
export function numericParameterPaths(): string[] {
  return PARAMETERS.filter((p) => !p.shock && (p.kind === "number" || p.kind === "integer")).map((p) => p.path);
}

/**
 * The allowed range of a numeric scenario path (internal: sensitivity clamps its steps to it).
 *
 * @example
 * numberBounds("gpu.bookLifeQuarters"); // { min: 4, max: 40, int: true }
 */
export function numberBounds(path: string): { min: number; max: number; int: boolean } {
  const meta = parameterMeta(path);
  if (!meta || (meta.kind !== "number" && meta.kind !== "integer")) throw new Error(`not a numeric parameter: ${path}`);
  return { min: meta.min, max: meta.max, int: meta.integer };
}
