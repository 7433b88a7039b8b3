"use client";

import { AxisBottom, AxisLeft } from "@/components/chart/axes";
import { Chart, Legend, readoutOver } from "@/components/chart/Chart";
import { LiveNumber, RangeControl, ToggleGroup } from "@/components/chart/controls";
import { formatPercent, moneyAxisValue } from "@/components/chart/format";
import { bandPath, defaultFrame, linePath, stackLayers, stackMax, valueScale } from "@/components/chart/geometry";
import { FigureFrame, Sentence } from "./FigureFrame";
import { moneyFormatter, moneySeries, moneyTick, quarterAxis, type FigureProps } from "./common";
import type { Fig2Data, Fig2Spec, FIG2_MEASURES } from "./data";
import { useFigure } from "./use-figure";
import { BaselineLine, ExplainBar, RunMarksLayer, baselineLegend } from "./Explain";
import { noticeSentence, seriesDiffer } from "./notice";
import type { Try } from "./try-this";

type Fig2Measure = (typeof FIG2_MEASURES)[number];

const layerClass = { reportedDebt: "fill-c1", leaseLiabilities: "fill-c4", hiddenDebt: "fill-c2" } as const;

/** Index of the largest value (the first one on ties). */
function argMax(values: readonly number[]): number {
  return values.reduce((best, v, i) => (v > (values[best] ?? -Infinity) ? i : best), 0);
}

/**
 * Figure 2: reported vs hidden debt. Total debt is stacked from its parts as the model defines it (reported
 * debt + lease liabilities = adjusted debt; + vehicle debt that no liability on the sponsor's books represents
 * = total). The sponsor's guarantees are part of the vehicle debt, drawn inside it, never on top; leases signed
 * but not yet commenced are not debt yet and sit above the total as an outline. Vehicle (SPV) debt is a line:
 * part of it is already in the lease liabilities.
 */
export function Fig2HiddenDebt({ n, lang, m, common, terms, spec, initial, fields, x: xm, metric, tries }: FigureProps<"hiddenDebt", Fig2Spec, Fig2Data> & { fields: Record<Fig2Measure, string>; tries: Try<Fig2Spec>[] }) {
  const { state, data, setState, error, prepare, pristine } = useFigure(n, spec, initial, (figures, st) => figures.fig2Data(st, false));
  const money = moneyFormatter(lang, data.fx);
  const { x, ticks, labels } = quarterAxis(data.labels);
  const investorsOnly = state.view === "investors";

  const layers = stackLayers([
    { key: "reportedDebt", values: moneySeries(data.reportedDebt, lang) },
    { key: "leaseLiabilities", values: moneySeries(data.leaseLiabilities, lang) },
    { key: "hiddenDebt", values: moneySeries(data.hiddenDebt, lang) },
  ]);
  const total = moneySeries(data.totalDebt, lang);
  const guaranteeBands = labels.map((_, i) => {
    const lo = moneyAxisValue(data.adjustedDebt[i] ?? 0, lang);
    return [lo, lo + moneyAxisValue(Math.min(data.guarantees[i] ?? 0, data.hiddenDebt[i] ?? 0), lang)] as [number, number];
  });
  const commitmentBands = labels.map((_, i) => {
    const lo = total[i] ?? 0;
    return [lo, lo + moneyAxisValue(data.commitmentsNotCommenced[i] ?? 0, lang)] as [number, number];
  });
  const spv = moneySeries(data.spvDebt, lang);
  // The default run's top line beside the reader's: total debt, or what investors see in their view.
  const baseKey = investorsOnly ? "adjustedDebt" : "totalDebt";
  const showBaseline = !pristine && seriesDiffer([data[baseKey]], [initial[baseKey]]);
  const baseline = showBaseline ? moneySeries(initial[baseKey], lang) : [];
  // The scale always fits everything that exists, so switching views shows the gap rather than rescaling it away.
  const y = valueScale([stackMax(layers), ...commitmentBands.map((b) => b[1]), ...spv, ...baseline], defaultFrame);
  const peak = argMax(data.totalDebt);
  const at = (series: readonly number[]) => (labels.length > 0 ? (series[peak] ?? Number.NaN) : Number.NaN);

  const shareControl = {
    label: m.controls.campusShare,
    value: state.campusShare,
    min: spec.campusShare.min,
    max: spec.campusShare.max,
    step: spec.campusShare.step,
    onChange: (v: number) => setState({ campusShare: v }),
    format: (v: number) => formatPercent(v, lang),
  };
  const dash = "–";
  const notice = !pristine ? noticeSentence(xm, metric, money(initial.peakHiddenDebt), money(data.peakHiddenDebt)) : null;

  return (
    <FigureFrame
      n={n}
      terms={terms}
      common={common}
      title={m.title}
      caption={m.caption}
      pristine={pristine}
      invalid={error !== null}
      onIntent={prepare}
      explain={<ExplainBar x={xm} spec={spec} state={state} tries={tries} pristine={pristine} setState={setState} />}
      notice={notice}
      controls={
        <>
          <RangeControl name="campusShare" main {...shareControl} />
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
            campusShare: <LiveNumber {...shareControl} />,
            gpuShare: <strong>{formatPercent(data.gpuShare, lang)}</strong>,
            peakQuarter: <strong>{labels[peak] ?? dash}</strong>,
            total: <strong>{money(at(data.totalDebt))}</strong>,
            adjusted: <strong>{money(at(data.adjustedDebt))}</strong>,
            leases: <strong>{money(at(data.leaseLiabilities))}</strong>,
            hiddenShare: <strong>{formatPercent(at(data.hiddenShare), lang)}</strong>,
            commitments: <strong>{money(at(data.commitmentsNotCommenced))}</strong>,
          }}
        />
      }
      chart={() => (
        <Chart frame={defaultFrame} label={m.chartLabel} className={investorsOnly ? "view-investors" : "view-all"} readout={readoutOver(labels.length, x)}>
          <AxisLeft scale={y} frame={defaultFrame} label={m.axes.y} format={moneyTick(lang)} />
          <AxisBottom x={x} frame={defaultFrame} ticks={ticks} label={m.axes.x} />
          {investorsOnly ? null : <path className="commitment-band" data-series="commitmentsNotCommenced" d={bandPath(commitmentBands, x, y)} />}
          {layers.map((layer) =>
            investorsOnly && layer.key === "hiddenDebt" ? null : (
              <path
                key={layer.key}
                className={`area ${layerClass[layer.key as keyof typeof layerClass]}`}
                data-series={layer.key}
                d={bandPath(layer.bands, x, y)}
              />
            ),
          )}
          {investorsOnly ? null : <path className="guarantee-band" data-series="guarantees" d={bandPath(guaranteeBands, x, y)} />}
          {showBaseline ? <BaselineLine series={baseKey} d={linePath(baseline.map((v, i) => [x(i), y(v)]))} /> : null}
          <RunMarksLayer marks={data.marks} labels={labels} x={x} frame={defaultFrame} m={xm} />
          {investorsOnly ? (
            <path className="series-line stroke-c5 dash" data-series="totalDebt" d={linePath(total.map((v, i) => [x(i), y(v)]))} />
          ) : (
            <path className="series-line stroke-c2 dash" data-series="spvDebt" d={linePath(spv.map((v, i) => [x(i), y(v)]))} />
          )}
        </Chart>
      )}
      legend={
        <Legend
          items={[
            { key: "reportedDebt", label: fields.reportedDebt, className: "fill-c1" },
            { key: "leaseLiabilities", label: fields.leaseLiabilities, className: "fill-c4" },
            ...(investorsOnly
              ? [{ key: "totalDebt", label: `${fields.totalDebt} (${m.viewAll})`, className: "stroke-c5", shape: "dash" as const }]
              : [
                  { key: "hiddenDebt", label: fields.hiddenDebt, className: "fill-c2" },
                  { key: "guarantees", label: m.series.guarantees, className: "guarantee-band" },
                  { key: "spvDebt", label: fields.spvDebt, className: "stroke-c2", shape: "dash" as const },
                  { key: "commitmentsNotCommenced", label: m.series.commitments, className: "commitment-band" },
                ]),
            ...baselineLegend(xm, showBaseline),
          ]}
        />
      }
      table={{
        columns: [
          { key: "q", label: common.quarter },
          ...(["reportedDebt", "leaseLiabilities", "adjustedDebt", "spvDebt", "hiddenDebt", "guarantees", "totalDebt", "commitmentsNotCommenced"] as const).map((k) => ({
            key: k,
            label: fields[k],
            numeric: true,
          })),
          { key: "hiddenShare", label: fields.hiddenShare, numeric: true },
        ],
        rows: () =>
          labels.map((q, i) => {
            const hidden = (v: string) => (investorsOnly ? dash : v);
            return {
              q,
              reportedDebt: money(data.reportedDebt[i] ?? Number.NaN),
              leaseLiabilities: money(data.leaseLiabilities[i] ?? Number.NaN),
              adjustedDebt: money(data.adjustedDebt[i] ?? Number.NaN),
              spvDebt: hidden(money(data.spvDebt[i] ?? Number.NaN)),
              hiddenDebt: hidden(money(data.hiddenDebt[i] ?? Number.NaN)),
              guarantees: hidden(money(data.guarantees[i] ?? Number.NaN)),
              totalDebt: hidden(money(data.totalDebt[i] ?? Number.NaN)),
              commitmentsNotCommenced: hidden(money(data.commitmentsNotCommenced[i] ?? Number.NaN)),
              hiddenShare: hidden(formatPercent(data.hiddenShare[i] ?? Number.NaN, lang)),
            };
          }),
      }}
    />
  );
}
