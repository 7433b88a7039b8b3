import type { Scenario } from "@aidebt/model";
import type { ShockKind } from "./schema";
import { quarterLabels } from "./form";

export type Shock = Record<string, string | number | boolean>;

/** A new shock of a kind: in the middle of the horizon, with a value that makes the shock visible. */
export function newShock(kind: ShockKind, scenario: Scenario): Shock {
  const labels = quarterLabels(scenario.startQuarter, scenario.horizonQuarters);
  const shock: Shock = { quarter: labels[Math.floor(labels.length / 2)] ?? scenario.startQuarter };
  const defaults: Record<string, number | boolean> = {
    growthAnnual: 0,
    revenueChange: -0.1,
    baseAnnual: Math.min(0.25, scenario.rates.baseAnnual + 0.02),
    economicLifeQuarters: Math.max(2, scenario.gpu.economicLifeQuarters - 4),
    frozen: true,
  };
  for (const field of kind.fields) {
    if (!kind.required.includes(field.path) && field.path !== "growthAnnual") continue;
    const value = defaults[field.path];
    if (typeof value === "boolean") shock[field.path] = value;
    else shock[field.path] = Math.min(field.max, Math.max(field.min, value ?? 0));
  }
  return shock;
}

/** The shock list of a scenario at a dotted path such as "demand.shocks". */
export function shockList(scenario: Scenario, list: string): Shock[] {
  const [section] = list.split(".");
  const holder = (scenario as unknown as Record<string, { shocks?: Shock[] }>)[section ?? ""];
  return holder?.shocks ?? [];
}

/** Index of a quarter label within the horizon, or -1. */
export function quarterPosition(scenario: Scenario, quarter: string): number {
  return quarterLabels(scenario.startQuarter, scenario.horizonQuarters).indexOf(quarter);
}
