import type { Scenario } from "@aidebt/model";
import { messages } from "../i18n/labels.js";
import type { Lang } from "../i18n/lang.js";
import type { Cell } from "./document.js";
import type { Formatters } from "./numbers.js";
import { loadUnits, type Unit } from "./units.js";

/** How to show the output an analysis reads (`--metric`): its values and differences, by its unit. */
export interface MetricFormat {
  unit: Unit | undefined;
  /** A value of the output, e.g. `$3.0bn`, `2027Q4`, `yes`, `debt`. */
  value: (v: Cell) => string;
  /** A change of the output, e.g. `+$1.2bn`, `-3`, `+2.0 pp`. */
  delta: (v: Cell) => string;
}

/** The result field an output reads: `summary.x` itself, `last.measures.x` reads `measures.x`. */
export function fieldOf(output: string): string {
  return output.startsWith("last.") ? output.slice("last.".length) : output;
}

/**
 * The format of an analysis output, from the result-field metadata. The model reads `summary.burstQuarter`
 * as the burst's quarter index (the horizon when there is none), so its values are shown as quarter labels
 * and its changes as quarters.
 */
export async function metricFormat(output: string, f: Formatters, lang: Lang, scenario: Pick<Scenario, "startQuarter" | "horizonQuarters">): Promise<MetricFormat> {
  const units = await loadUnits();
  const unit = units.resultField(fieldOf(output))?.unit;
  if (output === "summary.burstQuarter") {
    const { quarterLabels } = await import("@aidebt/model");
    const labels = quarterLabels(scenario.startQuarter, scenario.horizonQuarters);
    const none = messages(lang).none;
    return {
      unit: "quarter-label",
      value: (v) => (typeof v === "number" && Number.isInteger(v) ? (labels[v] ?? none) : f.number(v)),
      delta: f.delta("quarters"),
    };
  }
  return { unit, value: f.unit(unit), delta: f.delta(unit) };
}
