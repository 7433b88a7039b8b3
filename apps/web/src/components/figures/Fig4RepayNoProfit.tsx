"use client";

import { AxisBottom, AxisLeft } from "@/components/chart/axes";
import { Chart, Legend } from "@/components/chart/Chart";
import { LiveNumber, RangeControl } from "@/components/chart/controls";
import { DataTable } from "@/components/chart/DataTable";
import { formatPercent } from "@/components/chart/format";
import { defaultFrame, innerWidth, linePath, valueScale, type Frame } from "@/components/chart/geometry";
import { fillTemplate } from "@/messages/types";
import { presetScenario } from "@/lib/simulation";
import { useUrlState } from "@/lib/use-url-state";
import { FigureFrame, Sentence } from "./FigureFrame";
import { moneyFormatter, moneySeries, moneyTick, quarterAxis, useModelRun, type FigureProps } from "./common";

const base = presetScenario("base");

export const fig4Spec = {
  growth: { kind: "number", default: base.demand.aiGrowthAnnual, min: -0.2, max: 1.5, step: 0.05 },
} as const;

const returnFrame: Frame = { ...defaultFrame, height: 200 };

/** Figure 4: "repaid, yet no profit" — what lenders receive against what the sponsor earns on its AI capital. */
export function Fig4RepayNoProfit({ n, lang, m, common }: FigureProps<"repayNoProfit">) {
  const [state, setState, isDefault] = useUrlState(`f${n}`, fig4Spec);
  const { result, error } = useModelRun("base", [["demand.aiGrowthAnnual", state.growth]], isDefault);
  const money = moneyFormatter(lang, result.scenario.fxJpyPerUsd);
  const { x, ticks } = quarterAxis(result);
  const xr = quarterAxis(result, returnFrame).x;
  const lender = moneySeries(result, lang, (q) => q.measures.lenderCashReceived);
  const sponsor = moneySeries(result, lang, (q) => q.measures.sponsorAiCashFlow);
  const y = valueScale([...lender, ...sponsor], defaultFrame);
  const roc = result.quarters.map((q) => q.measures.sponsorAiReturnOnCapital * 100);
  const costOfCapital = result.scenario.discountAnnual * 100;
  const yr = valueScale([...roc, costOfCapital], returnFrame);
  const barWidth = Math.max(1, (innerWidth(defaultFrame) / Math.max(1, result.quarters.length)) * 0.6);
  const { lenderRepaid, lenderLoss, sponsorAiNpv } = result.summary;

  const growthControl = {
    label: m.controls.growth,
    value: state.growth,
    min: fig4Spec.growth.min,
    max: fig4Spec.growth.max,
    step: 0.05,
    onChange: (v: number) => setState({ growth: v }),
    format: (v: number) => formatPercent(v, lang),
  };

  return (
    <FigureFrame
      n={n}
      numberLabel={common.figure.replace("{n}", String(n))}
      title={m.title}
      caption={m.caption}
      error={error ? common.invalid : null}
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
      chart={
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
            <path className="series-line stroke-c4" d={linePath(roc.map((v, i) => [xr(i), yr(v)]))} />
          </Chart>
        </>
      }
      aside={
        <p className="figure-summary">
          {fillTemplate(m.summary, { repaid: money(lenderRepaid), loss: money(lenderLoss), npv: money(sponsorAiNpv) })}
        </p>
      }
      legend={
        <Legend
          items={[
            { key: "lender", label: m.series.lenderCash, className: "fill-c3" },
            { key: "sponsor", label: m.series.sponsorCash, className: "stroke-c4", shape: "line" },
            { key: "roc", label: m.series.returnOnCapital, className: "stroke-c4", shape: "line" },
            { key: "coc", label: m.costOfCapital, className: "stroke-c5", shape: "dash" },
          ]}
        />
      }
      table={
        <DataTable
          summary={common.showData}
          caption={m.title}
          columns={[
            { key: "q", label: common.quarter },
            { key: "lender", label: m.series.lenderCash, numeric: true },
            { key: "sponsor", label: m.series.sponsorCash, numeric: true },
            { key: "roc", label: m.series.returnOnCapital, numeric: true },
          ]}
          rows={result.quarters.map((q) => ({
            q: q.label,
            lender: money(q.measures.lenderCashReceived),
            sponsor: money(q.measures.sponsorAiCashFlow),
            roc: formatPercent(q.measures.sponsorAiReturnOnCapital, lang, 1),
          }))}
        />
      }
    />
  );
}
