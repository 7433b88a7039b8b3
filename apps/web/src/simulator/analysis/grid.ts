import type { Scenario } from "@aidebt/model";
import { clampSnap, sliderRange } from "../form";
import type { SchemaModel } from "../schema";

/** The number at a dotted path of a scenario (the page's own read: the model need not have loaded). */
function numberAt(scenario: Scenario, path: string): number | undefined {
  let node: unknown = scenario;
  for (const key of path.split(".")) node = node !== null && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined;
  return typeof node === "number" ? node : undefined;
}

/** Evenly spaced values over a field's slider range (its schema range, windowed for very wide money ranges). */
export function gridOf(schema: SchemaModel, path: string, scenario: Scenario, steps: number): number[] {
  const field = schema.byPath.get(path);
  if (!field) return [];
  const range = sliderRange(field, numberAt(scenario, path) ?? field.min);
  const n = Math.max(2, Math.min(25, Math.round(steps)));
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(clampSnap(range.min + ((range.max - range.min) * i) / (n - 1), range.min, range.max, range.step));
  return [...new Set(out)];
}
