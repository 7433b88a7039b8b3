"use client";

import { RATIO_CAP } from "@aidebt/model";
import { AxisBottom, AxisLeft } from "@/components/chart/axes";
import { Chart, Legend } from "@/components/chart/Chart";
import { LiveNumber, RangeControl, SelectControl } from "@/components/chart/controls";
import { DataTable } from "@/components/chart/DataTable";
import { formatMultiple, formatNumber, formatPercent } from "@/components/chart/format";
import { defaultFrame, linePath, valueScale, type Frame } from "@/components/chart/geometry";
import { fillTemplate } from "@/messages/types";
import { presetScenario } from "@/lib/simulation";
import { useUrlState } from "@/lib/use-url-state";
import { FigureFrame, Sentence } from "./FigureFrame";
import { moneyFormatter, moneySeries, moneyTick, quarterAxis, useModelRun, type FigureProps } from "./common";

// The article's trigger as the model's demand-slowdown preset: one demand shock (a level drop and slower
// growth after it). The reader moves its quarter and size; the rest of the preset stays as calibrated.
const PRESET = "demand-slowdown";
const base = presetScenario(PRESET);
const presetShock = base.demand.shocks[0];

/** Every quarter of the base horizon, the choices for the shock quarter. */
export const shockQuarters: readonly string[] = (() => {
  const [year, q] = base.startQuarter.split("Q").map(Number) as [number, number];
  return Array.from({ length: base.horizonQuarters }, (_, i) => {
    const k = year * 4 + (q - 1) + i;
    return `${Math.floor(k / 4)}Q${(k % 4) + 1}`;
  });
})();

const defaultShock = presetShock?.quarter ?? shockQuarters[Math.min(8, shockQuarters.length - 1)] ?? base.startQuarter;

export const fig5Spec = {
  growth: { kind: "number", default: base.demand.aiGrowthAnnual, min: -0.2, max: 1.5, step: 0.05 },
  shock: { kind: "enum", default: defaultShock, values: ["none", ...shockQuarters] },
  size: { kind: "number", default: presetShock?.levelChange ?? -0.2, min: -0.6, max: 0, step: 0.05 },
  rate: { kind: "number", default: base.rates.baseAnnual, min: 0, max: 0.1, step: 0.005 },
} as const;

/** The model's event messages start with their quarter; the timeline shows it in its own column. */
function withoutQuarter(message: string, quarter: string): string {
  return message.startsWith(quarter) ? message.slice(quarter.length).trimStart() : message;
}

/** The rate rise the comparison applies: three percentage points, a large shock by historical standards. */
const RATE_RISE = 0.03;

const dscrFrame: Frame = { ...defaultFrame, height: 200 };

/** Figure 5: the trigger — a demand shock, its chain of events, and a base-rate control to compare. */
export function Fig5Trigger({ n, lang, m, common }: FigureProps<"trigger">) {
  const [state, setState, isDefault] = useUrlState(`f${n}`, fig5Spec);
  const shocks =
    state.shock === "none"
      ? []
      : [{ ...(presetShock?.growthAnnual === undefined ? {} : { growthAnnual: presetShock.growthAnnual }), quarter: state.shock, levelChange: state.size }];
  const { result, error } = useModelRun(PRESET, [
    ["demand.aiGrowthAnnual", state.growth],
    ["demand.shocks", shocks],
    ["rates.baseAnnual", state.rate],
  ], isDefault);
  // The article's claim that rates matter less than demand, tested: the same rise in the base rate at the
  // same quarter, with no demand shock.
  const rateOnlyQuarter = state.shock === "none" ? (shockQuarters[8] ?? base.startQuarter) : state.shock;
  const rateOnly = useModelRun(
    PRESET,
    [
      ["demand.aiGrowthAnnual", state.growth],
      ["demand.shocks", []],
      ["rates.baseAnnual", state.rate],
      ["rates.shocks", [{ quarter: rateOnlyQuarter, baseAnnual: Math.min(0.25, state.rate + RATE_RISE) }]],
    ],
    isDefault,
  ).result.summary.burstQuarter;
  const money = moneyFormatter(lang, result.scenario.fxJpyPerUsd);
  const { x, ticks, labels } = quarterAxis(result);
  const xd = quarterAxis(result, dscrFrame).x;
  const ai = moneySeries(result, lang, (q) => q.measures.aiRevenue);
  const core = moneySeries(result, lang, (q) => q.measures.coreRevenue);
  const y = valueScale([...ai, ...core], defaultFrame);
  // RATIO_CAP is the model's mark for "nothing due this quarter": no point to draw.
  const dscr = result.quarters.map((q) =>
    Number.isFinite(q.measures.spvDscr) && q.measures.spvDscr < RATIO_CAP ? Math.min(q.measures.spvDscr, 5) : Number.NaN,
  );
  const covenant = result.scenario.spv.dscrCovenant;
  const yd = valueScale([...dscr, covenant], dscrFrame);
  const shockIndex = labels.indexOf(state.shock);
  const burst = result.summary.burstQuarter;
  const burstIndex = burst ? labels.indexOf(burst) : -1;
  const chain = result.summary.burstChain.length > 0 ? result.summary.burstChain : result.events.slice(0, 8);
  const outcome = burst ? fillTemplate(common.burstAt, { quarter: burst }) : common.noBurst;

  const growthControl = {
    label: m.controls.growth,
    value: state.growth,
    min: fig5Spec.growth.min,
    max: fig5Spec.growth.max,
    step: 0.05,
    onChange: (v: number) => setState({ growth: v }),
    format: (v: number) => formatPercent(v, lang),
  };
  const sizeControl = {
    label: m.controls.shockSize,
    value: state.size,
    min: fig5Spec.size.min,
    max: fig5Spec.size.max,
    step: 0.05,
    onChange: (v: number) => setState({ size: v }),
    format: (v: number) => formatPercent(v, lang),
  };
  const rateControl = {
    label: m.controls.rate,
    value: state.rate,
    min: fig5Spec.rate.min,
    max: fig5Spec.rate.max,
    step: 0.005,
    onChange: (v: number) => setState({ rate: v }),
    format: (v: number) => formatPercent(v, lang, 1),
  };
  const quarterOptions = [{ value: "none", label: common.none }, ...shockQuarters.map((q) => ({ value: q, label: q }))];

  const markers = (xs: (i: number) => number, frame: Frame) => (
    <>
      {shockIndex >= 0 ? (
        <line className="marker-line shock" x1={xs(shockIndex)} x2={xs(shockIndex)} y1={frame.margin.top} y2={frame.height - frame.margin.bottom} />
      ) : null}
      {burstIndex >= 0 ? (
        <g>
          <line className="marker-line burst" x1={xs(burstIndex)} x2={xs(burstIndex)} y1={frame.margin.top} y2={frame.height - frame.margin.bottom} />
          <text className="marker-text" x={xs(burstIndex) + 4} y={frame.margin.top + 10}>
            {burst}
          </text>
        </g>
      ) : null}
    </>
  );

  return (
    <FigureFrame
      n={n}
      numberLabel={common.figure.replace("{n}", String(n))}
      title={m.title}
      caption={m.caption}
      error={error ? common.invalid : null}
      controls={
        <>
          <RangeControl name="growth" main {...growthControl} />
          <SelectControl
            name="shock"
            label={m.controls.shockQuarter}
            value={state.shock}
            options={quarterOptions}
            onChange={(shock) => setState({ shock })}
          />
          <RangeControl name="size" {...sizeControl} />
          <RangeControl name="rate" {...rateControl} />
        </>
      }
      live={
        <Sentence
          template={m.live}
          slots={{
            growth: <LiveNumber {...growthControl} />,
            shockQuarter: <strong>{state.shock === "none" ? common.none : state.shock}</strong>,
            shockSize: <LiveNumber {...sizeControl} />,
            outcome: <strong>{outcome}</strong>,
          }}
        />
      }
      chart={
        <>
          <Chart frame={defaultFrame} label={m.chartLabel}>
            <AxisLeft scale={y} frame={defaultFrame} label={m.axes.y} format={moneyTick(lang)} />
            <AxisBottom x={x} frame={defaultFrame} ticks={ticks} label={m.axes.x} />
            {markers(x, defaultFrame)}
            <path className="series-line stroke-c1" d={linePath(ai.map((v, i) => [x(i), y(v)]))} />
            <path className="series-line stroke-c3" d={linePath(core.map((v, i) => [x(i), y(v)]))} />
          </Chart>
          <Chart frame={dscrFrame} label={m.series.dscr}>
            <AxisLeft scale={yd} frame={dscrFrame} label={m.axes.y2 ?? ""} format={(v) => formatNumber(v, lang, 1)} ticks={4} />
            <AxisBottom x={xd} frame={dscrFrame} ticks={ticks} label={m.axes.x} />
            {markers(xd, dscrFrame)}
            <line className="covenant-line" x1={dscrFrame.margin.left} x2={dscrFrame.width - dscrFrame.margin.right} y1={yd(covenant)} y2={yd(covenant)} />
            <path className="series-line stroke-c2" d={linePath(dscr.map((v, i) => [xd(i), yd(v)]))} />
          </Chart>
        </>
      }
      legend={
        <Legend
          items={[
            { key: "ai", label: m.series.aiRevenue, className: "stroke-c1", shape: "line" },
            { key: "core", label: m.series.coreRevenue, className: "stroke-c3", shape: "line" },
            { key: "dscr", label: m.series.dscr, className: "stroke-c2", shape: "line" },
            { key: "covenant", label: m.covenant, className: "stroke-muted", shape: "dash" },
            { key: "burst", label: m.burstMarker, className: "stroke-c5", shape: "dash" },
          ]}
        />
      }
      aside={
        <div className="timeline-box">
          <h4>{m.timeline}</h4>
          <p className="compare">
            {fillTemplate(m.compareRate, {
              quarter: rateOnlyQuarter,
              rise: formatPercent(RATE_RISE, lang),
              outcome: rateOnly ? fillTemplate(common.burstAt, { quarter: rateOnly }) : common.noBurst,
            })}
          </p>
          {chain.length === 0 ? (
            <p>{m.noEvents}</p>
          ) : (
            <ol className="timeline">
              {chain.map((event, i) => (
                <li key={`${event.quarter}-${event.kind}-${i}`}>
                  <span className="when">{event.quarter}</span>
                  {withoutQuarter(event.message[lang], event.quarter)}
                </li>
              ))}
            </ol>
          )}
        </div>
      }
      table={
        <DataTable
          summary={common.showData}
          caption={m.title}
          columns={[
            { key: "q", label: common.quarter },
            { key: "ai", label: m.series.aiRevenue, numeric: true },
            { key: "core", label: m.series.coreRevenue, numeric: true },
            { key: "dscr", label: m.series.dscr, numeric: true },
            { key: "events", label: m.timeline },
          ]}
          rows={result.quarters.map((q) => ({
            q: q.label,
            ai: money(q.measures.aiRevenue),
            core: money(q.measures.coreRevenue),
            dscr: q.measures.spvDscr < RATIO_CAP ? formatMultiple(q.measures.spvDscr, lang, common.multiple) : "–",
            events: result.events
              .filter((e) => e.quarter === q.label)
              .map((e) => e.message[lang])
              .join(" / "),
          }))}
        />
      }
    />
  );
}
