import type { Lang } from "@/messages/types";
import { moneyFormatter } from "./common";
import type { FigureRun } from "./data";
import type { StructureMessages } from "./explain-types";
import { structureAmounts, structureCaption } from "./structure-caption";
import { structureData, type StructureData, type StructureInputs } from "./structure-data";
import { FLOWS, type FlowKey } from "./structure-flows";
import { flowKind, flowWidths } from "./structure-geometry";

/**
 * What the structure diagram shows for one state, ready to draw: widths, amounts as text, the caption and
 * the table's rows. The server computes it for the default state; any other state is computed in the
 * figures' lazily loaded chunk (with the model), so the page's first JavaScript carries none of this.
 */
export interface StructureView {
  quarter: number;
  labels: string[];
  widths: Record<FlowKey, number>;
  values: Record<FlowKey, string>;
  caption: string;
  rows: Record<string, string>[];
}

/** The largest amount of each kind over every quarter of the runs given: the top of the width scales. */
function reachOf(runs: readonly StructureData[]): { flow: number; balance: number } {
  const reach = { flow: 0, balance: 0 };
  for (const d of runs) {
    d.labels.forEach((_, i) => {
      const a = structureAmounts(d, i);
      for (const key of FLOWS) if (Number.isFinite(a[key])) reach[flowKind[key]] = Math.max(reach[flowKind[key]], a[key]);
    });
  }
  return reach;
}

/**
 * The view of quarter `quarter` of run `d`, its widths measured against the largest amounts of `d` and of the
 * default run, so the reader's changes read against where the article starts.
 */
export function structureView(d: StructureData, base: StructureData, quarter: number, lang: Lang, m: StructureMessages): StructureView {
  const money = moneyFormatter(lang, d.fx);
  const qi = Math.max(0, Math.min(quarter, d.labels.length - 1));
  const amounts = structureAmounts(d, qi);
  const text = (a: Record<FlowKey, number>) => Object.fromEntries(FLOWS.map((key) => [key, money(a[key])])) as Record<FlowKey, string>;
  return {
    quarter: qi,
    labels: d.labels,
    widths: flowWidths(amounts, reachOf([d, base])),
    values: text(amounts),
    caption: structureCaption(m, d, qi, money),
    rows: d.labels.map((q, i) => ({ q, ...text(structureAmounts(d, i)), events: (d.events[i] ?? []).join(" / ") })),
  };
}

/** The diagram's view for a state, from the model (the fast path), or the model's objection to the state. */
export function structureRun(inputs: StructureInputs, defaults: StructureInputs, quarter: number, lang: Lang, m: StructureMessages): FigureRun<StructureView> {
  const run = structureData(inputs, false, lang);
  if (!run.ok) return run;
  const base = structureData(defaults, false, lang);
  return { ok: true, data: structureView(run.data, base.ok ? base.data : run.data, quarter, lang, m) };
}
