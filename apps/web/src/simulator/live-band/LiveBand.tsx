"use client";

import type { ResultJson, Scenario } from "@aidebt/model";
import { memo, useMemo } from "react";
import { formatNumber, formatPercent, moneyAxisValue } from "@/components/chart/format";
import { fillTemplate, type Lang } from "@/messages/types";
import { leverMessages } from "../levers/messages";
import type { SimulatorMessages } from "../messages/types";
import { moneyText } from "../results/Results";
import { RunDrawing } from "../results/RunDrawing";
import { SeriesChart } from "../results/SeriesChart";
import { percentileBands } from "../results/percentile-bands";
import { moneyChartProps } from "../results/chart-props";
import type { DrawnBand } from "./default-band";
import { LIVE_BAND } from "./settings";
import { useLiveBand, type LiveBandState } from "./use-live-band";

interface Props {
  /** The run shown; null while the page still shows the server's run (see RunDrawing). */
  result: ResultJson | null;
  /** The scenario of a run the browser computed, whose band to draw; null before the reader changes anything. */
  scenario: Scenario | null;
  /** The band the server computed for the default preset, when the page opened on it. */
  initialBand: DrawnBand | null;
  lang: Lang;
  m: SimulatorMessages;
}

/**
 * The main result beside the levers: total debt as the model computes it for the scenario, drawn at once,
 * and the Monte Carlo band around it, which follows a moment later from the workers.
 */
export const LiveBand = memo(function LiveBand({ result, scenario, initialBand, lang, m }: Props) {
  const { state, band } = useLiveBand(scenario, initialBand);
  const words = leverMessages(lang).band;
  // Drawn again only for a new run or band, not for every progress report of the workers.
  const chart = useMemo(() => (result ? drawChart(result, band, lang, m) : null), [result, band, lang, m]);
  return (
    <div className="sim-live-band" data-band-state={state.status}>
      <RunDrawing data={result} pending={m.results.computing} draw={() => chart} />
      <p className="sim-status sim-band-status">
        {/* The bar moves with the paths; the status says only what changed, so a screen reader is not read every step. */}
        {state.status === "computing" ? <progress value={state.done} max={Math.max(1, state.total)} aria-label={words.title} /> : null}{" "}
        <span role="status" data-band-status>
          {statusText(state, band !== null, lang)}
        </span>
      </p>
    </div>
  );
});

/** The live band's chart for a run: the model's total debt, and the band around it once the workers have it. */
function drawChart(run: ResultJson, band: DrawnBand | null, lang: Lang, m: SimulatorMessages) {
  const words = leverMessages(lang).band;
  const axis = (v: number) => moneyAxisValue(v, lang);
  const money = moneyText(lang, run.scenario.fxJpyPerUsd);
  // A band from another horizon (the last one, while the next computes) would not line up: left out.
  const fits = band !== null && band.labels.length === run.quarters.length;
  return (
    <SeriesChart
      id="sim-live"
      title={words.title}
      caption={[fillTemplate(words.caption, { paths: formatNumber(LIVE_BAND.paths, lang), volatility: formatPercent(LIVE_BAND.demandVolatility, lang), seed: LIVE_BAND.seed }), fits ? medianSentence(run, band, money, lang) : ""].filter(Boolean).join(lang === "ja" ? "" : " ")}
      labels={run.quarters.map((q) => q.label)}
      bands={fits ? percentileBands(band.totalDebt, axis, words) : []}
      lines={[{ key: "total", label: words.line, values: run.quarters.map((q) => axis(q.measures.totalDebt)), className: "stroke-c1" }]}
      {...moneyChartProps(m, lang, run.scenario.fxJpyPerUsd)}
    />
  );
}

/** Where the band's median path ends against the scenario's own line: read from the band, never assumed. */
function medianSentence(run: ResultJson, band: DrawnBand, money: (v: number) => string, lang: Lang): string {
  const words = leverMessages(lang).band;
  const last = run.quarters.length - 1;
  const line = run.quarters[last]?.measures.totalDebt ?? Number.NaN;
  const median = band.totalDebt[last]?.[2] ?? Number.NaN;
  if (!(line > 0) || !Number.isFinite(median)) return "";
  const ratio = median / line;
  const template = Math.abs(ratio - 1) <= 0.1 ? words.medianClose : ratio > 1 ? words.medianAbove : words.medianBelow;
  return fillTemplate(template, { q: run.quarters[last]?.label ?? "", median: money(median), line: money(line), ratio: formatNumber(ratio, lang, 1) });
}

function statusText(state: LiveBandState, drawn: boolean, lang: Lang): string {
  const words = leverMessages(lang).band;
  const paths = formatNumber(LIVE_BAND.paths, lang);
  switch (state.status) {
    case "idle":
      return fillTemplate(drawn ? words.idleDrawn : words.idle, { paths });
    case "computing":
      return words.computing;
    case "done":
      return fillTemplate(words.done, { paths });
    case "error":
      return fillTemplate(words.failed, { message: state.message });
  }
}
