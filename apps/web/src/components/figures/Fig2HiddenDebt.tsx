"use client";

import { AxisBottom, AxisLeft } from "@/components/chart/axes";
import { Chart, Legend } from "@/components/chart/Chart";
import { LiveNumber, RangeControl, ToggleGroup } from "@/components/chart/controls";
import { DataTable } from "@/components/chart/DataTable";
import { formatPercent, moneyAxisValue } from "@/components/chart/format";
import { bandPath, defaultFrame, linePath, stackLayers, stackMax, valueScale } from "@/components/chart/geometry";
import { presetScenario } from "@/lib/simulation";
import { useUrlState } from "@/lib/use-url-state";
import { FigureFrame, Sentence } from "./FigureFrame";
import { moneyFormatter, moneySeries, moneyTick, quarterAxis, useModelRun, type FigureProps } from "./common";

const base = presetScenario("base");

export const fig2Spec = {
  offBalance: { kind: "number", default: base.financing.offBalanceShare, min: 0, max: 1, step: 0.05 },
  view: { kind: "enum", default: "all", values: ["all", "investors"] },
} as const;

const layerClass = { reported: "fill-c1", spv: "fill-c2" } as const;

/** Figure 2: reported vs hidden debt, with the investors' view that hides what is off the balance sheet. */
export function Fig2HiddenDebt({ n, lang, m, common }: FigureProps<"hiddenDebt">) {
  const [state, setState, isDefault] = useUrlState(`f${n}`, fig2Spec);
  const { result, error } = useModelRun("base", [["financing.offBalanceShare", state.offBalance]], isDefault);
  const money = moneyFormatter(lang, result.scenario.fxJpyPerUsd);
  const { x, ticks } = quarterAxis(result);
  const investorsOnly = state.view === "investors";

  // Total debt = reported + SPV debt; the sponsor's guarantees are part of the SPV debt, drawn inside it.
  const layers = stackLayers([
    { key: "reported", values: moneySeries(result, lang, (q) => q.measures.reportedDebt) },
    { key: "spv", values: moneySeries(result, lang, (q) => q.measures.spvDebt) },
  ]);
  const guaranteeBands = result.quarters.map((q) => {
    const lo = moneyAxisValue(q.measures.reportedDebt, lang);
    return [lo, lo + moneyAxisValue(Math.min(q.measures.guarantees, q.measures.spvDebt), lang)] as [number, number];
  });
  // The scale always fits everything that exists, so switching views shows the gap rather than rescaling it away.
  const y = valueScale([stackMax(layers)], defaultFrame);
  const total = moneySeries(result, lang, (q) => q.measures.totalDebt);
  const peak = result.quarters.reduce((best, q) => (q.measures.totalDebt > (best?.measures.totalDebt ?? -1) ? q : best), result.quarters[0]);
  const peakHiddenShare = peak ? peak.measures.hiddenShare : 0;

  const shareControl = {
    label: m.controls.offBalanceShare,
    value: state.offBalance,
    min: 0,
    max: 1,
    step: 0.05,
    onChange: (v: number) => setState({ offBalance: v }),
    format: (v: number) => formatPercent(v, lang),
  };

  return (
    <FigureFrame
      n={n}
      numberLabel={common.figure.replace("{n}", String(n))}
      title={m.title}
      caption={m.caption}
      error={error ? common.invalid : null}
      controls={
        <>
          <RangeControl name="offBalance" main {...shareControl} />
          <ToggleGroup
            name="view"
            label={m.controls.view}
            value={state.view}
            options={[
              { value: "all", label: m.viewAll },
              { value: "investors", label: m.viewInvestors },
            ]}
            onChange={(view) => setState({ view })}
          />
        </>
      }
      live={
        <Sentence
          template={m.live}
          slots={{
            offBalanceShare: <LiveNumber {...shareControl} />,
            hiddenShare: <strong>{formatPercent(peakHiddenShare, lang)}</strong>,
          }}
        />
      }
      chart={
        <Chart frame={defaultFrame} label={m.chartLabel} className={investorsOnly ? "view-investors" : "view-all"}>
          <AxisLeft scale={y} frame={defaultFrame} label={m.axes.y} format={moneyTick(lang)} />
          <AxisBottom x={x} frame={defaultFrame} ticks={ticks} label={m.axes.x} />
          {layers.map((layer) =>
            investorsOnly && layer.key !== "reported" ? null : (
              <path key={layer.key} className={`area ${layerClass[layer.key as keyof typeof layerClass]}`} d={bandPath(layer.bands, x, y)} />
            ),
          )}
          {investorsOnly ? null : <path className="guarantee-band" d={bandPath(guaranteeBands, x, y)} />}
          {investorsOnly ? (
            <path className="series-line stroke-c5 dash" d={linePath(total.map((v, i) => [x(i), y(v)]))} />
          ) : null}
        </Chart>
      }
      legend={
        <Legend
          items={[
            { key: "reported", label: m.series.reported, className: "fill-c1" },
            ...(investorsOnly
              ? [{ key: "total", label: m.viewAll, className: "stroke-c5", shape: "dash" as const }]
              : [
                  { key: "spv", label: m.series.spv, className: "fill-c2" },
                  { key: "guarantees", label: m.series.guarantees, className: "guarantee-band" },
                ]),
          ]}
        />
      }
      table={
        <DataTable
          summary={common.showData}
          caption={m.title}
          columns={[
            { key: "q", label: common.quarter },
            { key: "reported", label: m.series.reported, numeric: true },
            { key: "spv", label: m.series.spv, numeric: true },
            { key: "guarantees", label: m.series.guarantees, numeric: true },
            { key: "share", label: m.series.hiddenShare, numeric: true },
          ]}
          rows={result.quarters.map((q) => ({
            q: q.label,
            reported: money(q.measures.reportedDebt),
            spv: investorsOnly ? "–" : money(q.measures.spvDebt),
            guarantees: investorsOnly ? "–" : money(q.measures.guarantees),
            share: investorsOnly ? "–" : formatPercent(q.measures.hiddenShare, lang),
          }))}
        />
      }
    />
  );
}
