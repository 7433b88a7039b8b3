"use client";

import { AxisBottom, AxisLeft } from "@/components/chart/axes";
import { Chart, Legend } from "@/components/chart/Chart";
import { LiveNumber, RangeControl } from "@/components/chart/controls";
import { DataTable } from "@/components/chart/DataTable";
import { formatNumber, formatPercent, moneyAxisValue } from "@/components/chart/format";
import { bandPath, defaultFrame, linePath, stackLayers, stackMax, valueScale, type Frame } from "@/components/chart/geometry";
import { presetScenario } from "@/lib/simulation";
import { useUrlState } from "@/lib/use-url-state";
import { FigureFrame, Sentence } from "./FigureFrame";
import { moneyFormatter, moneySeries, moneyTick, quarterAxis, useModelRun, type FigureProps } from "./common";

const base = presetScenario("base");

export const fig1Spec = {
  economicLife: { kind: "number", default: base.gpu.economicLifeQuarters, min: 4, max: 28, step: 1 },
  costShare: { kind: "number", default: base.gpu.costShare, min: 0.3, max: 0.8, step: 0.05 },
} as const;

const cohortFrame: Frame = { ...defaultFrame, height: 230 };

/** Alternates colours by the vintage's year ("2027Q3" → 2027), so each year's GPUs read as one band. */
function vintageYearParity(vintage: string, index: number): number {
  const year = Number(vintage.slice(0, 4));
  return Number.isFinite(year) ? year % 2 : index % 2;
}

/** Figure 1: the debt treadmill — capex, new borrowing and depreciation, and GPU generations that expire. */
export function Fig1Treadmill({ n, lang, m, common }: FigureProps<"treadmill">) {
  const [state, setState, isDefault] = useUrlState(`f${n}`, fig1Spec);
  const { result, error } = useModelRun("base", [
    ["gpu.economicLifeQuarters", state.economicLife],
    ["gpu.costShare", state.costShare],
  ], isDefault);
  const money = moneyFormatter(lang, result.scenario.fxJpyPerUsd);
  const { x, ticks } = quarterAxis(result);

  const capex = moneySeries(result, lang, (q) => q.measures.capex);
  const borrowing = moneySeries(result, lang, (q) => q.measures.newBorrowing);
  const depreciation = moneySeries(result, lang, (q) => q.measures.depreciation);
  const y = valueScale([...capex, ...borrowing, ...depreciation], defaultFrame);

  // One layer per GPU vintage: its remaining book value each quarter, greyed once it is obsolete.
  const byVintage = result.quarters.map((q) => new Map(q.cohorts.map((c) => [c.vintage, c])));
  const vintages = [...new Set(result.quarters.flatMap((q) => q.cohorts.map((c) => c.vintage)))];
  const layers = stackLayers(
    vintages.map((vintage) => ({
      key: vintage,
      values: byVintage.map((cohorts) => moneyAxisValue(cohorts.get(vintage)?.gpuBookValue ?? 0, lang)),
    })),
  );
  const obsolete = (vintage: string, i: number) => byVintage[i]?.get(vintage)?.economicallyObsolete ?? false;
  const yc = valueScale([stackMax(layers)], cohortFrame);
  const xc = quarterAxis(result, cohortFrame).x;
  const totalBorrowing = result.quarters.reduce((sum, q) => sum + q.measures.newBorrowing, 0);

  const table = (
    <DataTable
      summary={common.showData}
      caption={m.title}
      columns={[
        { key: "q", label: common.quarter },
        { key: "capex", label: m.series.capex, numeric: true },
        { key: "borrowing", label: m.series.newBorrowing, numeric: true },
        { key: "depreciation", label: m.series.depreciation, numeric: true },
        { key: "book", label: m.series.cohorts, numeric: true },
        { key: "obsolete", label: m.series.obsolete, numeric: true },
      ]}
      rows={result.quarters.map((q) => ({
        q: q.label,
        capex: money(q.measures.capex),
        borrowing: money(q.measures.newBorrowing),
        depreciation: money(q.measures.depreciation),
        book: money(q.cohorts.reduce((s, c) => s + c.gpuBookValue, 0)),
        obsolete: money(q.cohorts.filter((c) => c.economicallyObsolete).reduce((s, c) => s + c.gpuBookValue, 0)),
      }))}
    />
  );

  const lifeControl = {
    label: m.controls.economicLife,
    value: state.economicLife,
    min: fig1Spec.economicLife.min,
    max: fig1Spec.economicLife.max,
    step: 1,
    onChange: (v: number) => setState({ economicLife: v }),
    format: (v: number) => formatNumber(v, lang),
  };
  const shareControl = {
    label: m.controls.costShare,
    value: state.costShare,
    min: fig1Spec.costShare.min,
    max: fig1Spec.costShare.max,
    step: 0.05,
    onChange: (v: number) => setState({ costShare: v }),
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
          <RangeControl name="economicLife" main {...lifeControl} />
          <RangeControl name="costShare" {...shareControl} />
        </>
      }
      live={
        <Sentence
          template={m.live}
          slots={{
            economicLife: <LiveNumber {...lifeControl} />,
            costShare: <LiveNumber {...shareControl} />,
            borrowing: <strong>{money(totalBorrowing)}</strong>,
          }}
        />
      }
      chart={
        <>
          <Chart frame={defaultFrame} label={m.chartLabel}>
            <AxisLeft scale={y} frame={defaultFrame} label={m.axes.y} format={moneyTick(lang)} />
            <AxisBottom x={x} frame={defaultFrame} ticks={ticks} label={m.axes.x} />
            <path className="series-line stroke-c1" d={linePath(capex.map((v, i) => [x(i), y(v)]))} />
            <path className="series-line stroke-c2 dash" d={linePath(borrowing.map((v, i) => [x(i), y(v)]))} />
            <path className="series-line stroke-c3" d={linePath(depreciation.map((v, i) => [x(i), y(v)]))} />
          </Chart>
          <Chart frame={cohortFrame} label={m.series.cohorts} className="chart-cohorts">
            <AxisLeft scale={yc} frame={cohortFrame} label={m.axes.y2 ?? ""} format={moneyTick(lang)} ticks={4} />
            <AxisBottom x={xc} frame={cohortFrame} ticks={ticks} label={m.axes.x} />
            {layers.map((layer, li) => (
              <g key={layer.key}>
                <path
                  className={`area cohort ${vintageYearParity(layer.key, li) === 0 ? "fill-c1" : "fill-c4"}`}
                  d={bandPath(layer.bands, xc, yc, (i) => !obsolete(layer.key, i) || (i > 0 && !obsolete(layer.key, i - 1)))}
                />
                <path className="area fill-obsolete" d={bandPath(layer.bands, xc, yc, (i) => obsolete(layer.key, i))} />
              </g>
            ))}
          </Chart>
        </>
      }
      legend={
        <Legend
          items={[
            { key: "capex", label: m.series.capex, className: "stroke-c1", shape: "line" },
            { key: "borrowing", label: m.series.newBorrowing, className: "stroke-c2", shape: "dash" },
            { key: "dep", label: m.series.depreciation, className: "stroke-c3", shape: "line" },
            { key: "cohorts", label: m.series.cohorts, className: "fill-c1" },
            { key: "obsolete", label: m.series.obsolete, className: "fill-obsolete" },
          ]}
        />
      }
      table={table}
    />
  );
}
