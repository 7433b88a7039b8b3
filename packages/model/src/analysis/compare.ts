/** Compare scenarios: quarters and summaries lined up, with differences from the first (MODEL.md, "Analysis"). */
import type { ResultJson } from "../result.js";
import type { Scenario } from "../scenario.js";
import type { RunControl, Step } from "./control.js";
import { runSteps } from "./control.js";
import { defaultEngine } from "./default-engine.js";
import { numeric } from "./output.js";

export interface CompareResult {
  labels: string[];
  /** Quarter labels of the longest horizon. */
  quarters: string[];
  results: ResultJson[];
  /** Per numeric summary field: each scenario's value and its difference from the first. */
  summary: Array<{ field: string; values: number[]; differences: number[] }>;
  /** Per quarter, the chosen measures for each scenario (null past a shorter horizon). */
  series: Record<string, Array<Array<number | null>>>;
}

/** A scenario to compare, optionally labelled. */
export type CompareItem = Scenario | { label: string; scenario: Scenario };

const COMPARE_MEASURES = ["reportedDebt", "leaseLiabilities", "adjustedDebt", "hiddenDebt", "totalDebt", "commitmentsNotCommenced", "capex", "interestCover", "utilisation", "aiRevenue"] as const;

/** The comparison as steps: one per scenario run. */
export function* compareSteps(scenarios: readonly CompareItem[], control: Pick<RunControl, "engine"> = {}): Generator<Step, CompareResult, void> {
  const engine = control.engine ?? defaultEngine;
  const items = scenarios.map((x, i) => ("scenario" in x && "label" in x ? x : { label: `#${i + 1}`, scenario: x }));
  const results: ResultJson[] = [];
  for (let i = 0; i < items.length; i++) {
    results.push(engine(items[i]!.scenario));
    yield { done: i + 1, total: items.length };
  }
  const longest = results.reduce((a, r) => (r.quarters.length > a.quarters.length ? r : a), results[0]!);
  const fields = Object.entries(results[0]?.summary ?? {})
    .filter(([, v]) => typeof v === "number")
    .map(([k]) => k);
  const summary = fields.map((field) => {
    const values = results.map((r) => numeric((r.summary as unknown as Record<string, number>)[field] ?? null));
    return { field, values, differences: values.map((v) => v - values[0]!) };
  });
  const series: Record<string, Array<Array<number | null>>> = {};
  for (const m of COMPARE_MEASURES) {
    series[m] = longest.quarters.map((_, i) => results.map((r) => r.quarters[i]?.measures[m] ?? null));
  }
  return { labels: items.map((x) => x.label), quarters: longest.quarters.map((q) => q.label), results, summary, series };
}

/**
 * Run several scenarios and line their quarters and summaries up, with differences from the first.
 *
 * @param scenarios - validated scenarios (e.g. presets), optionally labelled
 * @param control - progress, cancellation, and the engine (default: the fast path; `ledgerEngine` for Decimal)
 * @example
 * const c = compare([getPreset("base")!.scenario, getPreset("demand-slowdown")!.scenario]);
 * c.summary.find((r) => r.field === "peakHiddenDebt")!.differences[1]; // the slowdown's difference
 */
export function compare(scenarios: readonly CompareItem[], control: RunControl = {}): CompareResult {
  return runSteps(compareSteps(scenarios, control), control);
}
