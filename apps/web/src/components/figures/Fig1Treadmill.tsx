"use client";

import { AxisBottom, AxisLeft } from "@/components/chart/axes";
import { Chart, Legend, readoutOver } from "@/components/chart/Chart";
import { LiveNumber, RangeControl } from "@/components/chart/controls";
import { formatNumber, formatPercent, moneyAxisValue } from "@/components/chart/format";
import { bandPath, defaultFrame, linePath, stackLayers, stackMax, valueScale, type Frame } from "@/components/chart/geometry";
import { fig1BorrowingSentence, fig1ObsoleteSentence, fig1WhySentence } from "./captions";
import { FigureFrame, Sentence } from "./FigureFrame";
import { moneyFormatter, moneyInUnit, moneySeries, moneyTick, quarterAxis, type FigureProps } from "./common";
import type { Fig1Data, Fig1Spec } from "./data";
import { useFigure } from "./use-figure";
import { BaselineLine, ExplainBar, RunMarksLayer, baselineLegend } from "./Explain";
import { noticeSentence, seriesDiffer } from "./notice";
import type { Try } from "./try-this";

/** The lines of the main chart, each also drawn faintly from the default run once the reader's differs. */
const LINES = ["capex", "newBorrowing", "depreciation"] as const;
const LINE_TONES = { capex: "c1", newBorrowing: "c2", depreciation: "c3" } as const;

const cohortFrame: Frame = { ...defaultFrame, height: 230 };

/** Alternates colours by the vintage's year ("2027Q3" → 2027), so each year's GPUs read as one band. */
function vintageYearParity(vintage: string, index: number): number {
  const year = Number(vintage.slice(0, 4));
  return Number.isFinite(year) ? year % 2 : index % 2;
}

/** Figure 1: the debt treadmill — capex, new borrowing and depreciation, and GPU generations that expire. */
export function Fig1Treadmill({ n, lang, m, common, terms, spec, initial, x: xm, metric, tries }: FigureProps<"treadmill", Fig1Spec, Fig1Data> & { tries: Try<Fig1Spec>[] }) {
  const { state, data, setState, error, prepare, pristine } = useFigure(n, spec, initial, (figures, st) => figures.fig1Data(st, false));
  const money = moneyFormatter(lang, data.fx);
  const { x, ticks, labels } = quarterAxis(data.labels);

  const capex = moneySeries(data.capex, lang);
  const borrowing = moneySeries(data.newBorrowing, lang);
  const depreciation = moneySeries(data.depreciation, lang);
  const showBaseline = !pristine && seriesDiffer(LINES.map((k) => data[k]), LINES.map((k) => initial[k]));
  const baselines = showBaseline ? LINES.map((k) => ({ key: k, values: moneySeries(initial[k], lang) })) : [];
  const y = valueScale([...capex, ...borrowing, ...depreciation, ...baselines.flatMap((b) => b.values)], defaultFrame);

  const bookAt = (v: (typeof data.vintages)[number], i: number) => (i >= v.from ? (v.book[i - v.from] ?? 0) : 0);
  const obsoleteAt = (v: (typeof data.vintages)[number], i: number) => (i >= v.from ? (v.obsolete[i - v.from] ?? false) : false);
  // One layer per GPU vintage: its remaining book value each quarter, greyed once it is obsolete. Stacked only
  // when the chart is drawn (not while hydrating the server's drawing).
  const cohorts = () => {
    const layers = stackLayers(
      data.vintages.map((v) => ({ key: v.key, values: labels.map((_, i) => moneyAxisValue(bookAt(v, i), lang)) })),
    );
    const byKey = new Map(data.vintages.map((v) => [v.key, v]));
    const obsolete = (vintage: string, i: number) => {
      const v = byKey.get(vintage);
      return v ? obsoleteAt(v, i) : false;
    };
    return { layers, obsolete, yc: valueScale([stackMax(layers)], cohortFrame), xc: quarterAxis(data.labels, cohortFrame).x };
  };
  const totalBorrowing = data.newBorrowing.reduce((sum, v) => sum + v, 0);
  // GPUs past their economic life still on the books (the grey bands), each quarter
  const obsoleteBook = labels.map((_, i) => data.vintages.reduce((s, v) => s + (obsoleteAt(v, i) ? bookAt(v, i) : 0), 0));
  const hasGrey = obsoleteBook.some((v) => v > 0);
  const cell = moneyInUnit(lang);

  const table = {
    columns: [
      { key: "q", label: common.quarter },
      { key: "capex", label: m.series.capex, numeric: true },
      { key: "borrowing", label: m.series.newBorrowing, numeric: true },
      { key: "depreciation", label: m.series.depreciation, numeric: true },
      { key: "book", label: m.series.cohorts, numeric: true },
      { key: "obsolete", label: m.series.obsolete, numeric: true },
    ],
    rows: () => labels.map((q, i) => ({
      q,
      capex: cell(data.capex[i] ?? Number.NaN),
      borrowing: cell(data.newBorrowing[i] ?? Number.NaN),
      depreciation: cell(data.depreciation[i] ?? Number.NaN),
      book: cell(data.vintages.reduce((s, v) => s + bookAt(v, i), 0)),
      obsolete: cell(obsoleteBook[i] ?? 0),
    })),
  };

  const gap = lang === "ja" ? "" : " ";
  const notice = !pristine
    ? `${noticeSentence(xm, metric, money(initial.cumulativeBorrowing), money(data.cumulativeBorrowing))}${gap}${fig1WhySentence(m, initial, data, money, (v) => formatPercent(v, lang), gap)}`
    : null;

  const lifeControl = {
    label: m.controls.economicLife,
    value: state.economicLife,
    min: spec.economicLife.min,
    max: spec.economicLife.max,
    step: 1,
    onChange: (v: number) => setState({ economicLife: v }),
    format: (v: number) => formatNumber(v, lang),
  };
  const shareControl = {
    label: m.controls.costShare,
    value: state.costShare,
    min: spec.costShare.min,
    max: spec.costShare.max,
    step: 0.05,
    onChange: (v: number) => setState({ costShare: v }),
    format: (v: number) => formatPercent(v, lang),
  };

  return (
    <FigureFrame
      n={n}
      terms={terms}
      common={common}
      title={m.title}
      caption={[m.caption, fig1ObsoleteSentence(m, obsoleteBook, labels, data, money), fig1BorrowingSentence(m, data.newBorrowing, labels, money)].join(gap)}
      pristine={pristine}
      invalid={error !== null}
      onIntent={prepare}
      explain={<ExplainBar x={xm} spec={spec} state={state} tries={tries} pristine={pristine} setState={setState} />}
      notice={notice}
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
      chart={() => {
        const { layers, obsolete, yc, xc } = cohorts();
        return (
          <>
            <Chart frame={defaultFrame} label={m.chartLabel} readout={readoutOver(labels.length, x)}>
              <AxisLeft scale={y} frame={defaultFrame} label={m.axes.y} format={moneyTick(lang)} />
              <AxisBottom x={x} frame={defaultFrame} ticks={ticks} label={m.axes.x} />
              {baselines.map((b) => (
                <BaselineLine key={b.key} series={b.key} tone={LINE_TONES[b.key]} d={linePath(b.values.map((v, i) => [x(i), y(v)]))} />
              ))}
              <RunMarksLayer marks={data.marks} labels={labels} x={x} frame={defaultFrame} m={xm} only={["burst"]} />
              <path className="series-line stroke-c1" d={linePath(capex.map((v, i) => [x(i), y(v)]))} />
              <path className="series-line stroke-c2 dash" d={linePath(borrowing.map((v, i) => [x(i), y(v)]))} />
              <path className="series-line stroke-c3" d={linePath(depreciation.map((v, i) => [x(i), y(v)]))} />
            </Chart>
            <Chart frame={cohortFrame} label={m.series.cohorts} className="chart-cohorts" readout={readoutOver(labels.length, xc)}>
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
        );
      }}
      legend={
        <Legend
          items={[
            { key: "capex", label: m.series.capex, className: "stroke-c1", shape: "line" },
            { key: "borrowing", label: m.series.newBorrowing, className: "stroke-c2", shape: "dash" },
            { key: "dep", label: m.series.depreciation, className: "stroke-c3", shape: "line" },
            { key: "cohorts", label: m.series.cohorts, className: "fill-c1" },
            { key: "cohortsAlternate", label: m.cohortsAlternate, className: "fill-c4" },
            ...(hasGrey ? [{ key: "obsolete", label: m.series.obsolete, className: "fill-obsolete" }] : []),
            ...baselineLegend(xm, showBaseline),
          ]}
        />
      }
      table={table}
    />
  );
}
