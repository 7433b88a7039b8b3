import { formatMoney } from "@aidebt/model";
import type { ReactNode } from "react";
import type { Lang, Messages } from "@/messages/types";
import type { ExplainMessages } from "./explain-types";
import { moneyAxisValue } from "@/components/chart/format";
import { defaultFrame, quarterScale, quarterTickLabel, quarterTicks, type Frame } from "@/components/chart/geometry";
import { formatNumber } from "@/components/chart/format";

/**
 * Props every figure takes from the server page: plain strings and numbers only — the messages, the state
 * spec of its URL state and the data it draws at the default state.
 */
export interface FigureBaseProps<K extends keyof Messages["figures"]> {
  n: number;
  lang: Lang;
  m: Messages["figures"][K];
  common: Messages["common"];
  /** The glossary terms the figure's words use, as buttons that open their definitions (drawn on the server). */
  terms?: ReactNode;
}

/**
 * A figure drawn from the model's run: its URL state spec and its data at the default state, from the server;
 * the explaining layer's words (`x`) and the label of the summary field its "try this" sentences compare (`metric`).
 */
export interface FigureProps<K extends keyof Messages["figures"], S, D> extends FigureBaseProps<K> {
  spec: S;
  initial: D;
  x: ExplainMessages;
  metric: string;
}

/** Money for tables and sentences, in the model's own format (億ドル/$bn). */
export function moneyFormatter(lang: Lang, fxJpyPerUsd: number): (usdBn: number) => string {
  return (usdBn) => (Number.isFinite(usdBn) ? formatMoney(usdBn, { currency: "usd", lang, fxJpyPerUsd }) : "–");
}

/**
 * Money in a figure's axis unit whatever its size (億ドル, $bn), for data tables: a column reads in one unit
 * ("0.96億ドル", not "9569万ドル" among "2714億ドル"). Two decimals below one unit, one below ten.
 */
export function moneyInUnit(lang: Lang): (usdBn: number) => string {
  return (usdBn) => {
    if (!Number.isFinite(usdBn)) return "–";
    const v = moneyAxisValue(usdBn, lang);
    const abs = Math.abs(v);
    const text = formatNumber(abs, lang, abs >= 10 ? 0 : abs >= 1 ? 1 : 2);
    const sign = v < 0 && text !== "0" ? "-" : "";
    return lang === "ja" ? `${sign}${text}億ドル` : `${sign}$${text}bn`;
  };
}

/** Tick text for a money axis whose values are already in the display unit. */
export function moneyTick(lang: Lang): (value: number) => string {
  return (value) => formatNumber(value, lang);
}

/** The x axis over a run's quarters. */
export function quarterAxis(labels: readonly string[], frame: Frame = defaultFrame) {
  const x = quarterScale(labels.length, frame);
  const ticks = quarterTicks(labels).map((i) => ({ at: i, text: quarterTickLabel(labels[i] ?? "") }));
  return { x, ticks, labels };
}

/** A series of amounts (USD bn) converted to the axis unit. */
export function moneySeries(values: readonly number[], lang: Lang): number[] {
  return values.map((v) => moneyAxisValue(v, lang));
}
