import { formatMoney, type ResultJson } from "@aidebt/model";
import { useMemo, useRef } from "react";
import type { Lang, Messages } from "@/messages/types";
import { runScenario, type Patch } from "@/lib/simulation";
import { formatNumber, moneyAxisValue } from "@/components/chart/format";
import { defaultFrame, quarterScale, quarterTickLabel, quarterTicks, type Frame } from "@/components/chart/geometry";

/** Props every figure takes from the server page: plain strings and numbers only. */
export interface FigureProps<K extends keyof Messages["figures"]> {
  n: number;
  lang: Lang;
  m: Messages["figures"][K];
  common: Messages["common"];
}

export type Quarter = ResultJson["quarters"][number];

/**
 * Runs the model for a figure. When the reader's inputs are rejected by the model's schema, the figure
 * keeps showing the last valid result and reports the problem.
 */
export function useModelRun(
  presetId: string,
  patches: readonly Patch[],
  exact: boolean,
): { result: ResultJson; error: string | null } {
  const key = JSON.stringify([presetId, patches, exact]);
  // The serialised inputs are the dependency: patches arrive as a fresh array on every render.
  const run = useMemo(() => runScenario(presetId, patches, exact), [key]);
  const lastGood = useRef<ResultJson | null>(null);
  if (run.ok) {
    lastGood.current = run.result;
    return { result: run.result, error: null };
  }
  const preset = runScenario(presetId);
  const result = lastGood.current ?? (preset.ok ? preset.result : null);
  if (!result) throw new Error(run.issues.join("; "));
  return { result, error: run.issues.join("; ") };
}

/** Money for tables and sentences, in the model's own format (億ドル/$bn). */
export function moneyFormatter(lang: Lang, fxJpyPerUsd: number): (usdBn: number) => string {
  return (usdBn) => (Number.isFinite(usdBn) ? formatMoney(usdBn, { currency: "usd", lang, fxJpyPerUsd }) : "–");
}

/** Tick text for a money axis whose values are already in the display unit. */
export function moneyTick(lang: Lang): (value: number) => string {
  return (value) => formatNumber(value, lang);
}

/** The x axis over a result's quarters. */
export function quarterAxis(result: ResultJson, frame: Frame = defaultFrame) {
  const labels = result.quarters.map((q) => q.label);
  const x = quarterScale(labels.length, frame);
  const ticks = quarterTicks(labels).map((i) => ({ at: i, text: quarterTickLabel(labels[i] ?? "") }));
  return { x, ticks, labels };
}

/** A series of a quarterly measure converted to the axis unit. */
export function moneySeries(result: ResultJson, lang: Lang, pick: (q: Quarter) => number): number[] {
  return result.quarters.map((q) => moneyAxisValue(pick(q), lang));
}
