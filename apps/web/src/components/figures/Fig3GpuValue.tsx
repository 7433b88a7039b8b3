"use client";

import { AxisBottom, AxisLeft } from "@/components/chart/axes";
import { Chart, Legend } from "@/components/chart/Chart";
import { LiveNumber, RangeControl } from "@/components/chart/controls";
import { DataTable } from "@/components/chart/DataTable";
import { formatNumber } from "@/components/chart/format";
import { bandPath, defaultFrame, linePath, valueScale } from "@/components/chart/geometry";
import { presetScenario } from "@/lib/simulation";
import { useUrlState } from "@/lib/use-url-state";
import { FigureFrame, Sentence } from "./FigureFrame";
import { moneyFormatter, moneySeries, moneyTick, quarterAxis, useModelRun, type FigureProps } from "./common";

const base = presetScenario("base");

export const fig3Spec = {
  bookLife: { kind: "number", default: base.gpu.bookLifeQuarters, min: 4, max: 32, step: 1 },
  economicLife: { kind: "number", default: base.gpu.economicLifeQuarters, min: 4, max: 32, step: 1 },
} as const;

/** Figure 3: GPU book value against economic value — the depreciation that a long accounting life hides. */
export function Fig3GpuValue({ n, lang, m, common }: FigureProps<"gpuValue">) {
  const [state, setState, isDefault] = useUrlState(`f${n}`, fig3Spec);
  const { result, error } = useModelRun("base", [
    ["gpu.bookLifeQuarters", state.bookLife],
    ["gpu.economicLifeQuarters", state.economicLife],
  ], isDefault);
  const money = moneyFormatter(lang, result.scenario.fxJpyPerUsd);
  const { x, ticks } = quarterAxis(result);
  const book = moneySeries(result, lang, (q) => q.measures.gpuBookValue);
  const economic = moneySeries(result, lang, (q) => q.measures.gpuEconomicValue);
  const obsoleteDebt = moneySeries(result, lang, (q) => q.measures.obsoleteGpuDebt);
  const y = valueScale([...book, ...economic, ...obsoleteDebt], defaultFrame);
  const gapBands = book.map((b, i) => [Math.min(b, economic[i] ?? b), Math.max(b, economic[i] ?? b)] as [number, number]);
  const peakGap = Math.max(0, ...result.quarters.map((q) => q.measures.bookMinusEconomic));

  const quartersText = (v: number) => formatNumber(v, lang);
  const bookControl = {
    label: m.controls.bookLife,
    value: state.bookLife,
    min: fig3Spec.bookLife.min,
    max: fig3Spec.bookLife.max,
    step: 1,
    onChange: (v: number) => setState({ bookLife: v }),
    format: quartersText,
  };
  const lifeControl = {
    label: m.controls.economicLife,
    value: state.economicLife,
    min: fig3Spec.economicLife.min,
    max: fig3Spec.economicLife.max,
    step: 1,
    onChange: (v: number) => setState({ economicLife: v }),
    format: quartersText,
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
          <RangeControl name="bookLife" main {...bookControl} />
          <RangeControl name="economicLife" {...lifeControl} />
        </>
      }
      live={
        <Sentence
          template={m.live}
          slots={{
            bookLife: <LiveNumber {...bookControl} />,
            economicLife: <LiveNumber {...lifeControl} />,
            gap: <strong>{money(peakGap)}</strong>,
          }}
        />
      }
      chart={
        <Chart frame={defaultFrame} label={m.chartLabel}>
          <AxisLeft scale={y} frame={defaultFrame} label={m.axes.y} format={moneyTick(lang)} />
          <AxisBottom x={x} frame={defaultFrame} ticks={ticks} label={m.axes.x} />
          <path className="area-soft fill-c5" d={bandPath(gapBands, x, y)} />
          <path className="series-line stroke-c1" d={linePath(book.map((v, i) => [x(i), y(v)]))} />
          <path className="series-line stroke-c2" d={linePath(economic.map((v, i) => [x(i), y(v)]))} />
          <path className="series-line stroke-c4 dash" d={linePath(obsoleteDebt.map((v, i) => [x(i), y(v)]))} />
        </Chart>
      }
      legend={
        <Legend
          items={[
            { key: "book", label: m.series.book, className: "stroke-c1", shape: "line" },
            { key: "economic", label: m.series.economic, className: "stroke-c2", shape: "line" },
            { key: "gap", label: m.series.gap, className: "fill-c5 area-soft" },
            { key: "debt", label: m.series.obsoleteDebt, className: "stroke-c4", shape: "dash" },
          ]}
        />
      }
      table={
        <DataTable
          summary={common.showData}
          caption={m.title}
          columns={[
            { key: "q", label: common.quarter },
            { key: "book", label: m.series.book, numeric: true },
            { key: "economic", label: m.series.economic, numeric: true },
            { key: "gap", label: m.series.gap, numeric: true },
            { key: "debt", label: m.series.obsoleteDebt, numeric: true },
          ]}
          rows={result.quarters.map((q) => ({
            q: q.label,
            book: money(q.measures.gpuBookValue),
            economic: money(q.measures.gpuEconomicValue),
            gap: money(q.measures.bookMinusEconomic),
            debt: money(q.measures.obsoleteGpuDebt),
          }))}
        />
      }
    />
  );
}
