"use client";

import { AxisBottom, AxisLeft } from "@/components/chart/axes";
import { Chart, Legend, readoutOver } from "@/components/chart/Chart";
import { LiveNumber, RangeControl } from "@/components/chart/controls";
import { formatNumber } from "@/components/chart/format";
import { bandPath, defaultFrame, linePath, valueScale } from "@/components/chart/geometry";
import { fig3Caption, fig3Outcome } from "./captions";
import { FigureFrame, Sentence } from "./FigureFrame";
import { moneyFormatter, moneyInUnit, moneySeries, moneyTick, quarterAxis, type FigureProps } from "./common";
import type { Fig3Data, Fig3Spec } from "./data";
import { useFigure } from "./use-figure";
import { BaselineLine, ExplainBar, RunMarksLayer, baselineLegend } from "./Explain";
import { noticeSentence, seriesDiffer } from "./notice";
import type { Try } from "./try-this";

/** Figure 3: GPU book value against economic value — the depreciation that a long accounting life hides. */
export function Fig3GpuValue({ n, lang, m, common, terms, spec, initial, x: xm, metric, tries }: FigureProps<"gpuValue", Fig3Spec, Fig3Data> & { tries: Try<Fig3Spec>[] }) {
  const { state, data, setState, error, prepare, pristine } = useFigure(n, spec, initial, (figures, st) => figures.fig3Data(st, false));
  const money = moneyFormatter(lang, data.fx);
  const { x, ticks, labels } = quarterAxis(data.labels);
  const book = moneySeries(data.gpuBookValue, lang);
  const economic = moneySeries(data.gpuEconomicValue, lang);
  const obsoleteDebt = moneySeries(data.obsoleteGpuDebt, lang);
  const writeDowns = moneySeries(data.writeDowns, lang);
  const hasWriteDowns = data.writeDowns.some((v) => v > 0);
  const showBaseline = !pristine && seriesDiffer([data.gpuBookValue, data.gpuEconomicValue], [initial.gpuBookValue, initial.gpuEconomicValue]);
  const baseBook = showBaseline ? moneySeries(initial.gpuBookValue, lang) : [];
  const baseEconomic = showBaseline ? moneySeries(initial.gpuEconomicValue, lang) : [];
  const y = valueScale([...book, ...economic, ...obsoleteDebt, ...writeDowns, ...baseBook, ...baseEconomic], defaultFrame);
  // the band is the depreciation not yet recognised: only where the books carry more than the GPUs are worth
  const gapBands = book.map((b, i) => [economic[i] ?? b, Math.max(b, economic[i] ?? b)] as [number, number]);
  const cell = moneyInUnit(lang);

  const notice = !pristine ? noticeSentence(xm, metric, money(initial.widestGap), money(data.widestGap)) : null;

  const quartersText = (v: number) => formatNumber(v, lang);
  const bookControl = {
    label: m.controls.bookLife,
    value: state.bookLife,
    min: spec.bookLife.min,
    max: spec.bookLife.max,
    step: 1,
    onChange: (v: number) => setState({ bookLife: v }),
    format: quartersText,
  };
  const lifeControl = {
    label: m.controls.economicLife,
    value: state.economicLife,
    min: spec.economicLife.min,
    max: spec.economicLife.max,
    step: 1,
    onChange: (v: number) => setState({ economicLife: v }),
    format: quartersText,
  };

  return (
    <FigureFrame
      n={n}
      terms={terms}
      common={common}
      title={m.title}
      caption={fig3Caption(m, data, money, lang === "ja" ? "" : " ")}
      pristine={pristine}
      invalid={error !== null}
      onIntent={prepare}
      explain={<ExplainBar x={xm} spec={spec} state={state} tries={tries} pristine={pristine} setState={setState} />}
      notice={notice}
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
            outcome: <strong>{fig3Outcome(m, data, money)}</strong>,
          }}
        />
      }
      chart={() => (
        <Chart frame={defaultFrame} label={m.chartLabel} readout={readoutOver(labels.length, x)}>
          <AxisLeft scale={y} frame={defaultFrame} label={m.axes.y} format={moneyTick(lang)} />
          <AxisBottom x={x} frame={defaultFrame} ticks={ticks} label={m.axes.x} />
          <path className="area-soft fill-c5" d={bandPath(gapBands, x, y)} />
          {showBaseline ? <BaselineLine series="gpuBookValue" tone="c1" d={linePath(baseBook.map((v, i) => [x(i), y(v)]))} /> : null}
          {showBaseline ? <BaselineLine series="gpuEconomicValue" tone="c2" d={linePath(baseEconomic.map((v, i) => [x(i), y(v)]))} /> : null}
          <RunMarksLayer marks={data.marks} labels={labels} x={x} frame={defaultFrame} m={xm} only={["burst"]} />
          <path className="series-line stroke-c1" d={linePath(book.map((v, i) => [x(i), y(v)]))} />
          <path className="series-line stroke-c2" d={linePath(economic.map((v, i) => [x(i), y(v)]))} />
          <path className="series-line stroke-c4 dash" d={linePath(obsoleteDebt.map((v, i) => [x(i), y(v)]))} />
          {hasWriteDowns ? <path className="series-line stroke-c3" data-series="writeDowns" d={linePath(writeDowns.map((v, i) => [x(i), y(v)]))} /> : null}
        </Chart>
      )}
      legend={
        <Legend
          items={[
            { key: "book", label: m.series.book, className: "stroke-c1", shape: "line" },
            { key: "economic", label: m.series.economic, className: "stroke-c2", shape: "line" },
            { key: "gap", label: m.series.gap, className: "fill-c5 area-soft" },
            { key: "debt", label: m.series.obsoleteDebt, className: "stroke-c4", shape: "dash" },
            ...(hasWriteDowns ? [{ key: "writeDowns", label: m.series.writeDowns, className: "stroke-c3", shape: "line" as const }] : []),
            ...baselineLegend(xm, showBaseline),
          ]}
        />
      }
      table={{
        columns: [
          { key: "q", label: common.quarter },
          { key: "book", label: m.series.book, numeric: true },
          { key: "economic", label: m.series.economic, numeric: true },
          { key: "gap", label: m.series.gap, numeric: true },
          { key: "debt", label: m.series.obsoleteDebt, numeric: true },
          { key: "writeDowns", label: m.series.writeDowns, numeric: true },
        ],
        rows: () => labels.map((q, i) => ({
          q,
          book: cell(data.gpuBookValue[i] ?? Number.NaN),
          economic: cell(data.gpuEconomicValue[i] ?? Number.NaN),
          gap: cell(data.bookMinusEconomic[i] ?? Number.NaN),
          debt: cell(data.obsoleteGpuDebt[i] ?? Number.NaN),
          writeDowns: cell(data.writeDowns[i] ?? Number.NaN),
        })),
      }}
    />
  );
}
