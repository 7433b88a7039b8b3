"use client";

import { AxisBottom, AxisLeft } from "@/components/chart/axes";
import { Chart, Legend } from "@/components/chart/Chart";
import { LiveNumber, RangeControl } from "@/components/chart/controls";
import { formatPercent } from "@/components/chart/format";
import { defaultFrame, innerWidth, linePath, valueScale, type Frame } from "@/components/chart/geometry";
import { fillTemplate } from "@/messages/types";
import { fig4Caption } from "./captions";
import { FigureFrame, Sentence } from "./FigureFrame";
import { moneyFormatter, moneySeries, moneyTick, quarterAxis, type FigureProps } from "./common";
import type { Fig4Data, Fig4Spec } from "./data";
import { useFigure } from "./use-figure";

const returnFrame: Frame = { ...defaultFrame, height: 200 };

/** Figure 4: "repaid, yet no profit" — what lenders receive against what the sponsor earns on its AI capital. */
export function Fig4RepayNoProfit({ n, lang, m, common, spec, initial }: FigureProps<"repayNoProfit", Fig4Spec, Fig4Data>) {
  const { state, data, setState, error, prepare, pristine } = useFigure(n, spec, initial, (figures, st) => figures.fig4Data(st, false));
  const money = moneyFormatter(lang, data.fx);
  const { x, ticks, labels } = quarterAxis(data.labels);
  const xr = quarterAxis(data.labels, returnFrame).x;
  const lender = moneySeries(data.lenderCashReceived, lang);
  const sponsor = moneySeries(data.sponsorAiCashFlow, lang);
  const y = valueScale([...lender, ...sponsor], defaultFrame);
  const roc = data.sponsorAiReturnOnCapital.map((v) => v * 100);
  const costOfCapital = data.discountAnnual * 100;
  const yr = valueScale([...roc, costOfCapital], returnFrame);
  const barWidth = Math.max(1, (innerWidth(defaultFrame) / Math.max(1, labels.length)) * 0.6);
  const { lenderRepaid, lenderLoss, sponsorAiNpv } = data;

  const growthControl = {
    label: m.controls.growth,
    value: state.growth,
    min: spec.growth.min,
    max: spec.growth.max,
    step: 0.05,
    onChange: (v: number) => setState({ growth: v }),
    format: (v: number) => formatPercent(v, lang),
  };

  return (
    <FigureFrame
      n={n}
      common={common}
      title={m.title}
      caption={fig4Caption(m, data, money)}
      pristine={pristine}
      invalid={error !== null}
      onIntent={prepare}
      controls={<RangeControl name="growth" main {...growthControl} />}
      live={
        <Sentence
          template={m.live}
          slots={{
            growth: <LiveNumber {...growthControl} />,
            repaid: <strong>{money(lenderRepaid)}</strong>,
            npv: <strong>{money(sponsorAiNpv)}</strong>,
          }}
        />
      }
      chart={() => (
        <>
          <Chart frame={defaultFrame} label={m.chartLabel}>
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
            <path className="series-line stroke-c4" d={linePath(sponsor.map((v, i) => [x(i), y(v)]))} />
          </Chart>
          <Chart frame={returnFrame} label={m.series.returnOnCapital}>
            <AxisLeft scale={yr} frame={returnFrame} label={m.axes.y2 ?? ""} format={moneyTick(lang)} ticks={4} />
            <AxisBottom x={xr} frame={returnFrame} ticks={ticks} label={m.axes.x} />
            <line className="marker-line" x1={returnFrame.margin.left} x2={returnFrame.width - returnFrame.margin.right} y1={yr(costOfCapital)} y2={yr(costOfCapital)} />
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
          lender: money(data.lenderCashReceived[i] ?? Number.NaN),
          sponsor: money(data.sponsorAiCashFlow[i] ?? Number.NaN),
          roc: formatPercent(data.sponsorAiReturnOnCapital[i] ?? Number.NaN, lang, 1),
        })),
      }}
    />
  );
}
