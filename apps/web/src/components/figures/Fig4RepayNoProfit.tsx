"use client";

import { AxisBottom, AxisLeft } from "@/components/chart/axes";
import { Chart, Legend, readoutOver } from "@/components/chart/Chart";
import { LiveNumber, RangeControl } from "@/components/chart/controls";
import { formatPercent } from "@/components/chart/format";
import { defaultFrame, innerWidth, linePath, valueScale, type Frame } from "@/components/chart/geometry";
import { fillTemplate } from "@/messages/types";
import { fig4Caption, fig4GrowthTemplate, fig4Reason } from "./captions";
import { FigureFrame, Sentence } from "./FigureFrame";
import { moneyFormatter, moneyInUnit, moneySeries, moneyTick, quarterAxis, type FigureProps } from "./common";
import type { Fig4Data, Fig4Spec } from "./data";
import { useFigure } from "./use-figure";
import { BaselineLine, ExplainBar, RunMarksLayer, baselineLegend } from "./Explain";
import { noticeSentence, seriesDiffer } from "./notice";
import type { Try } from "./try-this";

const returnFrame: Frame = { ...defaultFrame, height: 200 };

/** Figure 4: "repaid, yet no profit" — what lenders receive against what the sponsor earns on its AI capital. */
export function Fig4RepayNoProfit({ n, lang, m, common, terms, spec, initial, x: xm, metric, tries }: FigureProps<"repayNoProfit", Fig4Spec, Fig4Data> & { tries: Try<Fig4Spec>[] }) {
  const { state, data, setState, error, prepare, pristine } = useFigure(n, spec, initial, (figures, st) => figures.fig4Data(st, false));
  const money = moneyFormatter(lang, data.fx);
  const { x, ticks, labels } = quarterAxis(data.labels);
  const xr = quarterAxis(data.labels, returnFrame).x;
  const lender = moneySeries(data.lenderCashReceived, lang);
  const sponsor = moneySeries(data.sponsorAiCashFlow, lang);
  const showBaseline = !pristine && seriesDiffer([data.sponsorAiCashFlow, data.sponsorAiReturnOnCapital], [initial.sponsorAiCashFlow, initial.sponsorAiReturnOnCapital]);
  const baseSponsor = showBaseline ? moneySeries(initial.sponsorAiCashFlow, lang) : [];
  const baseRoc = showBaseline ? initial.sponsorAiReturnOnCapital.map((v) => v * 100) : [];
  const y = valueScale([...lender, ...sponsor, ...baseSponsor], defaultFrame);
  const roc = data.sponsorAiReturnOnCapital.map((v) => v * 100);
  const costOfCapital = data.discountAnnual * 100;
  const yr = valueScale([...roc, ...baseRoc, costOfCapital], returnFrame);
  const barWidth = Math.max(1, (innerWidth(defaultFrame) / Math.max(1, labels.length)) * 0.6);
  const { lenderRepaid, lenderLoss, sponsorAiNpv } = data;

  const notice = !pristine ? noticeSentence(xm, metric, money(initial.sponsorAiNpv), money(data.sponsorAiNpv)) : null;

  const growthControl = {
    label: m.controls.growth,
    value: state.growth,
    min: spec.growth.min,
    max: spec.growth.max,
    step: 0.05,
    onChange: (v: number) => setState({ growth: v }),
    format: (v: number) => formatPercent(v, lang),
  };
  const priceControl = {
    label: m.controls.priceDecline,
    value: state.priceDecline,
    min: spec.priceDecline.min,
    max: spec.priceDecline.max,
    step: 0.05,
    onChange: (v: number) => setState({ priceDecline: v }),
    format: (v: number) => formatPercent(v, lang),
  };
  // the sentence says "shrinking 20%", not "growing -20%": its number is the size of the change
  const shrinking = state.growth < 0;
  const liveGrowth = shrinking ? { ...growthControl, label: m.shrinking, format: (v: number) => formatPercent(Math.abs(v), lang) } : growthControl;
  const percent = (v: number) => formatPercent(v, lang);

  return (
    <FigureFrame
      n={n}
      terms={terms}
      common={common}
      title={m.title}
      caption={`${fig4Caption(m, data, money)}${lang === "ja" ? "" : " "}${fig4Reason(m, data, money, percent)}`}
      pristine={pristine}
      invalid={error !== null}
      onIntent={prepare}
      explain={<ExplainBar x={xm} spec={spec} state={state} tries={tries} pristine={pristine} setState={setState} />}
      notice={notice}
      controls={
        <>
          <RangeControl name="growth" main {...growthControl} />
          <RangeControl name="priceDecline" {...priceControl} />
        </>
      }
      live={
        <Sentence
          template={fig4GrowthTemplate(m, state.growth)}
          slots={{
            growth: <LiveNumber {...liveGrowth} />,
            priceDecline: <LiveNumber {...priceControl} />,
            repaid: <strong>{money(lenderRepaid)}</strong>,
            npv: <strong>{money(sponsorAiNpv)}</strong>,
          }}
        />
      }
      chart={() => (
        <>
          <Chart frame={defaultFrame} label={m.chartLabel} readout={readoutOver(labels.length, x)}>
            <AxisLeft scale={y} frame={defaultFrame} label={m.axes.y} format={moneyTick(lang)} />
            <AxisBottom x={x} frame={defaultFrame} ticks={ticks} label={m.axes.x} />
            {lender.map((v, i) => (
              <rect
                key={i}
                className="fill-c3"
                x={x(i) - barWidth / 2}
                width={barWidth}
                y={Math.min(y(v), y(0))}
                height={Math.abs(y(0) - y(v))}
              />
            ))}
            {showBaseline ? <BaselineLine series="sponsorAiCashFlow" tone="c4" d={linePath(baseSponsor.map((v, i) => [x(i), y(v)]))} /> : null}
            <RunMarksLayer marks={data.marks} labels={labels} x={x} frame={defaultFrame} m={xm} only={["burst"]} />
            <path className="series-line stroke-c4" d={linePath(sponsor.map((v, i) => [x(i), y(v)]))} />
          </Chart>
          <Chart frame={returnFrame} label={m.series.returnOnCapital} readout={readoutOver(labels.length, xr)}>
            <AxisLeft scale={yr} frame={returnFrame} label={m.axes.y2 ?? ""} format={moneyTick(lang)} ticks={4} />
            <AxisBottom x={xr} frame={returnFrame} ticks={ticks} label={m.axes.x} />
            <line className="marker-line" x1={returnFrame.margin.left} x2={returnFrame.width - returnFrame.margin.right} y1={yr(costOfCapital)} y2={yr(costOfCapital)} />
            {showBaseline ? <BaselineLine series="sponsorAiReturnOnCapital" tone="c1" d={linePath(baseRoc.map((v, i) => [xr(i), yr(v)]))} /> : null}
            <path className="series-line stroke-c1" d={linePath(roc.map((v, i) => [xr(i), yr(v)]))} />
          </Chart>
        </>
      )}
      aside={
        <p className="figure-summary">
          {fillTemplate(m.summary, { received: money(data.lenderCashTotal), repaid: money(lenderRepaid), loss: money(lenderLoss), npv: money(sponsorAiNpv) })}
        </p>
      }
      legend={
        <Legend
          items={[
            { key: "lender", label: m.series.lenderCash, className: "fill-c3" },
            { key: "sponsor", label: m.series.sponsorCash, className: "stroke-c4", shape: "line" },
            { key: "roc", label: m.series.returnOnCapital, className: "stroke-c1", shape: "line" },
            { key: "coc", label: m.costOfCapital, className: "stroke-c5", shape: "dash" },
            ...baselineLegend(xm, showBaseline),
          ]}
        />
      }
      table={{
        columns: [
          { key: "q", label: common.quarter },
          { key: "lender", label: m.series.lenderCash, numeric: true },
          { key: "sponsor", label: m.series.sponsorCash, numeric: true },
          { key: "roc", label: m.series.returnOnCapital, numeric: true },
        ],
        rows: () => labels.map((q, i) => ({
          q,
          lender: moneyInUnit(lang)(data.lenderCashReceived[i] ?? Number.NaN),
          sponsor: moneyInUnit(lang)(data.sponsorAiCashFlow[i] ?? Number.NaN),
          roc: formatPercent(data.sponsorAiReturnOnCapital[i] ?? Number.NaN, lang, 1),
        })),
      }}
    />
  );
}
