"use client";

import { AxisBottom, AxisLeft } from "@/components/chart/axes";
import { Chart, Legend } from "@/components/chart/Chart";
import { LiveNumber, RangeControl, ToggleGroup } from "@/components/chart/controls";
import { formatPercent, moneyAxisValue } from "@/components/chart/format";
import { bandPath, defaultFrame, linePath, stackLayers, stackMax, valueScale } from "@/components/chart/geometry";
import { FigureFrame, Sentence } from "./FigureFrame";
import { moneyFormatter, moneySeries, moneyTick, quarterAxis, type FigureProps } from "./common";
import type { Fig2Data, Fig2Spec } from "./data";
import { useFigure } from "./use-figure";

const layerClass = { reported: "fill-c1", spv: "fill-c2" } as const;

/** Figure 2: reported vs hidden debt, with the investors' view that hides what is off the balance sheet. */
export function Fig2HiddenDebt({ n, lang, m, common, spec, initial }: FigureProps<"hiddenDebt", Fig2Spec, Fig2Data>) {
  const { state, data, setState, error, prepare, pristine } = useFigure(n, spec, initial, (figures, st) => figures.fig2Data(st, false));
  const money = moneyFormatter(lang, data.fx);
  const { x, ticks, labels } = quarterAxis(data.labels);
  const investorsOnly = state.view === "investors";

  // Total debt = reported + SPV debt; the sponsor's guarantees are part of the SPV debt, drawn inside it.
  const layers = stackLayers([
    { key: "reported", values: moneySeries(data.reportedDebt, lang) },
    { key: "spv", values: moneySeries(data.spvDebt, lang) },
  ]);
  const guaranteeBands = labels.map((_, i) => {
    const lo = moneyAxisValue(data.reportedDebt[i] ?? 0, lang);
    return [lo, lo + moneyAxisValue(Math.min(data.guarantees[i] ?? 0, data.spvDebt[i] ?? 0), lang)] as [number, number];
  });
  // The scale always fits everything that exists, so switching views shows the gap rather than rescaling it away.
  const y = valueScale([stackMax(layers)], defaultFrame);
  const total = moneySeries(data.totalDebt, lang);
  const peak = data.totalDebt.reduce((best, v, i) => (v > (data.totalDebt[best] ?? -1) ? i : best), 0);
  const peakHiddenShare = data.labels.length > 0 ? (data.hiddenShare[peak] ?? 0) : 0;

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
      common={common}
      title={m.title}
      caption={m.caption}
      pristine={pristine}
      invalid={error !== null}
      onIntent={prepare}
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
      chart={() => (
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
      )}
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
      table={{
        columns: [
          { key: "q", label: common.quarter },
          { key: "reported", label: m.series.reported, numeric: true },
          { key: "spv", label: m.series.spv, numeric: true },
          { key: "guarantees", label: m.series.guarantees, numeric: true },
          { key: "share", label: m.series.hiddenShare, numeric: true },
        ],
        rows: () => labels.map((q, i) => ({
          q,
          reported: money(data.reportedDebt[i] ?? Number.NaN),
          spv: investorsOnly ? "–" : money(data.spvDebt[i] ?? Number.NaN),
          guarantees: investorsOnly ? "–" : money(data.guarantees[i] ?? Number.NaN),
          share: investorsOnly ? "–" : formatPercent(data.hiddenShare[i] ?? Number.NaN, lang),
        })),
      }}
    />
  );
}
