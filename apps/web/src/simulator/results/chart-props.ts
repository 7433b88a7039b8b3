import { formatNumber } from "@/components/chart/format";
import type { Lang } from "@/messages/types";
import type { SimulatorMessages } from "../messages/types";
import { moneyText } from "./Results";

/**
 * What every quarterly money chart of the simulator shares with the others: its axes' words, money in the page's
 * units (the axis is in 億ドル on the Japanese page, the model's $bn in English) and its table's words.
 */
export function moneyChartProps(m: SimulatorMessages, lang: Lang, fxJpyPerUsd: number) {
  const money = moneyText(lang, fxJpyPerUsd);
  return {
    yLabel: m.results.axisMoney,
    xLabel: m.results.axisQuarter,
    format: (v: number) => money(lang === "ja" ? v / 10 : v),
    tickFormat: (v: number) => formatNumber(v, lang),
    showData: m.results.showData,
    quarterLabel: m.results.balance.quarter,
  };
}
