import { getPath, getPreset, parseScenario, setPath, simulate, simulateFast, type ResultJson, type Scenario } from "@aidebt/model";

/** A change to a preset: a scenario path (as the model's setPath takes it) and its new value. */
export type Patch = readonly [path: string, value: unknown];

export type RunResult = { ok: true; result: ResultJson; scenario: Scenario } | { ok: false; issues: string[] };

const cache = new Map<string, RunResult>();
const CACHE_LIMIT = 64;

/** The scenario of a preset, or an error naming the missing preset. */
export function presetScenario(presetId: string): Scenario {
  const preset = getPreset(presetId);
  if (!preset) throw new Error(`unknown preset ${presetId}`);
  return preset.scenario;
}

/**
 * Runs the model on a preset with patches applied, validated by the model's own schema. Results are cached
 * by input, so figures that share a scenario compute it once.
 *
 * `exact` selects the Decimal ledger (`simulate`): the server renders every figure's default state with it and
 * hands the figure the result as props, so hydration draws the same numbers without running the model. For
 * any other state the browser uses the float64 twin (`simulateFast`, about ten times faster), which keeps
 * each redraw within a frame.
 */
export function runScenario(presetId: string, patches: readonly Patch[] = [], exact = true): RunResult {
  // Patches that only restate the preset are dropped, so figures at their defaults share one run.
  const preset = presetScenario(presetId);
  const effective = patches.filter(([path, value]) => stableJson(getPath(preset, path)) !== stableJson(value));
  const key = JSON.stringify([presetId, effective, exact]);
  const hit = cache.get(key);
  if (hit) return hit;
  let input: unknown = preset;
  for (const [path, value] of effective) input = setPath(input, path, value);
  const parsed = parseScenario(input);
  const run: RunResult = parsed.ok
    ? { ok: true, result: exact ? simulate(parsed.scenario).toJSON() : simulateFast(parsed.scenario), scenario: parsed.scenario }
    : { ok: false, issues: parsed.issues.map((issue) => `${issue.path}: ${issue.message}`) };
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(key, run);
  return run;
}

/** JSON with object keys sorted, to compare values regardless of key order. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
