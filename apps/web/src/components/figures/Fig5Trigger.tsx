"use client";

import { AxisBottom, AxisLeft } from "@/components/chart/axes";
import { Chart, Legend, readoutOver } from "@/components/chart/Chart";
import { LiveNumber, RangeControl, SelectControl } from "@/components/chart/controls";
import { digitsAgainst, formatMultiple, formatMultipleAgainst, formatNumber, formatPercent } from "@/components/chart/format";
import { defaultFrame, linePath, valueScale, type Frame } from "@/components/chart/geometry";
import { fillTemplate } from "@/messages/types";
import { useEffect, useState } from "react";
import { useFigure, useFigureModel } from "./use-figure";
import type { ShockHandle as ShockHandleType } from "./ShockHandle";
import { FigureFrame, Sentence } from "./FigureFrame";
import { moneyFormatter, moneySeries, moneyTick, quarterAxis, type FigureProps } from "./common";
import type { ChainEvent, Fig5Data, Fig5Spec } from "./data";
import { RATE_RISE } from "./specs";
import { BaselineLine, ExplainBar, RunMarksLayer, baselineLegend } from "./Explain";
import { noticeSentence, seriesDiffer } from "./notice";
import type { Try } from "./try-this";

/** The model's event messages start with their quarter; the timeline shows it in its own column. */
function withoutQuarter(message: string, quarter: string): string {
  return message.startsWith(quarter) ? message.slice(quarter.length).trimStart() : message;
}

/** The AI demand growth the shock sets from its quarter on (the preset's), or the reader's growth when it sets none. */
function growthAfter(data: Fig5Data, growth: number): number {
  return data.growthAfterShock ?? growth;
}

const dscrFrame: Frame = { ...defaultFrame, height: 200 };

/** Figure 5: the trigger — a demand shock, its chain of events, and a base-rate control to compare. */
export function Fig5Trigger({ n, lang, m, common, terms, spec, initial, x: xm, metric, tries }: FigureProps<"trigger", Fig5Spec, Fig5Data> & { tries: Try<Fig5Spec>[] }) {
  const { state, data, setState, error, prepare, pristine } = useFigure(n, spec, initial, (figures, st) => figures.fig5Data(st, false, lang));
  // the draggable shock marker loads once the reader turns to a figure (with the figures' model code): the page's
  // first script stays within its budget, and the select does the same job until then
  const modelLoaded = useFigureModel() !== null;
  const [ShockHandle, setShockHandle] = useState<typeof ShockHandleType | null>(null);
  useEffect(() => {
    if (modelLoaded) void import("./ShockHandle").then((m) => setShockHandle(() => m.ShockHandle));
  }, [modelLoaded]);
  const rateOnly = data.rateOnlyBurst;
  const rateOnlyQuarter = data.rateOnlyQuarter;
  const money = moneyFormatter(lang, data.fx);
  const { x, ticks, labels } = quarterAxis(data.labels);
  const xd = quarterAxis(data.labels, dscrFrame).x;
  const ai = moneySeries(data.aiRevenue, lang);
  const core = moneySeries(data.coreRevenue, lang);
  // The default run's AI revenue and cover, faint, once the reader's run differs from it.
  const initialDscr = initial.dscr.map((v) => (v === null ? Number.NaN : Math.min(v, 5)));
  const showBaseline = !pristine && seriesDiffer([data.aiRevenue, data.dscr.map((v) => v ?? Number.NaN)], [initial.aiRevenue, initial.dscr.map((v) => v ?? Number.NaN)]);
  const baseAi = showBaseline ? moneySeries(initial.aiRevenue, lang) : [];
  const baseDscr = showBaseline ? initialDscr : [];
  const y = valueScale([...ai, ...core, ...baseAi], defaultFrame);
  // No point where nothing is due this quarter (null).
  const dscr = data.dscr.map((v) => (v === null ? Number.NaN : Math.min(v, 5)));
  // A quarter with a DSCR between two without one is a point of the line too: drawn as a dot, not lost.
  const isolated = dscr.flatMap((v, i) => (Number.isFinite(v) && !Number.isFinite(dscr[i - 1] ?? Number.NaN) && !Number.isFinite(dscr[i + 1] ?? Number.NaN) ? [i] : []));
  const covenant = data.covenant;
  // Each breach of the chain, drawn at the breaching vehicle's DSCR: below the covenant line, as the model's test has it.
  const breaches = data.breaches.map((b) => ({ ...b, value: Math.min(b.value, 5) }));
  const yd = valueScale([...dscr, ...baseDscr, covenant, ...breaches.map((b) => b.value)], dscrFrame);
  const shockIndex = labels.indexOf(state.shock);
  const burst = data.burstQuarter;
  const burstIndex = burst ? labels.indexOf(burst) : -1;
  const chain = data.chain;
  const outcome = burst ? fillTemplate(common.burstAt, { quarter: burst }) : common.noBurst;
  /**
   * An event's line in the chain and the table: the model's message, but a breach with the digits that show it
   * below the covenant (and no verb that presumes an earlier value), and a shock the preset carries named as such.
   */
  const eventText = (e: ChainEvent): string => {
    const text = withoutQuarter(e.message, e.quarter);
    const arrow = text.indexOf(" → ");
    const cause = arrow >= 0 ? text.slice(0, arrow + 3) : "";
    if (e.kind === "covenant-breach") {
      return fillTemplate(m.breachEvent, { cause, value: formatNumber(e.value, lang, digitsAgainst(e.value, covenant)), covenant: formatNumber(covenant, lang, 2) });
    }
    if (e.kind === "core-shock" && e.value !== 0) {
      return fillTemplate(e.value < 0 ? m.coreFall : m.coreRise, { cause, change: formatPercent(Math.abs(e.value), lang, 1), preset: data.presetName });
    }
    return text;
  };

  const growthControl = {
    label: m.controls.growth,
    value: state.growth,
    min: spec.growth.min,
    max: spec.growth.max,
    step: 0.05,
    onChange: (v: number) => setState({ growth: v }),
    format: (v: number) => formatPercent(v, lang),
  };
  const sizeControl = {
    label: m.controls.shockSize,
    value: state.size,
    min: spec.size.min,
    max: spec.size.max,
    step: 0.05,
    onChange: (v: number) => setState({ size: v }),
    format: (v: number) => formatPercent(v, lang),
  };
  const rateControl = {
    label: m.controls.rate,
    value: state.rate,
    min: spec.rate.min,
    max: spec.rate.max,
    step: 0.005,
    onChange: (v: number) => setState({ rate: v }),
    format: (v: number) => formatPercent(v, lang, 1),
  };
  const after = formatPercent(growthAfter(data, state.growth), lang);
  // A shock of 0% drops no level: it only sets the growth after it (no shock at all when that is the reader's growth too).
  const noDrop = state.shock !== "none" && Math.abs(state.size) < 1e-9;
  const liveTemplate = state.shock === "none" || (noDrop && Math.abs(growthAfter(data, state.growth) - state.growth) < 1e-9) ? m.liveNoShock : noDrop ? m.liveNoDrop : m.live;
  const rateText = data.rateEffect
    ? fillTemplate(data.rateEffect.figureChanged ? m.rateChanged : m.rateSame, {
        rate: formatPercent(state.rate, lang, 1),
        base: formatPercent(spec.rate.default, lang, 1),
        from: formatMultiple(data.rateEffect.minCoverAtDefault, lang, common.multiple),
        to: formatMultiple(data.rateEffect.minCover, lang, common.multiple),
      })
    : null;
  const notice = !pristine ? noticeSentence(xm, metric, initial.burstQuarter ?? xm.never, data.burstQuarter ?? xm.never) : null;
  const shockQuarters = spec.shock.values.filter((q) => q !== "none");
  const quarterOptions = [{ value: "none", label: common.none }, ...shockQuarters.map((q) => ({ value: q, label: q }))];
  const shockLabel = fillTemplate(m.controls.shockQuarter, { after: formatPercent(growthAfter(data, state.growth), lang) });
  const setShock = (shock: string) => setState({ shock });

  const markers = (xs: (i: number) => number, frame: Frame) => (
    <>
      {shockIndex >= 0 ? (
        <line className="marker-line shock" x1={xs(shockIndex)} x2={xs(shockIndex)} y1={frame.margin.top} y2={frame.height - frame.margin.bottom} />
      ) : null}
      {burstIndex >= 0 ? (
        <g data-mark="burst" data-quarter={burst ?? ""}>
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
      terms={terms}
      common={common}
      title={m.title}
      caption={m.caption}
      // with the handle loaded the chart is drawn again (the server's drawing has no handle)
      pristine={pristine && !ShockHandle}
      invalid={error !== null}
      onIntent={prepare}
      explain={<ExplainBar x={xm} spec={spec} state={state} tries={tries} pristine={pristine} setState={setState} />}
      notice={notice}
      controls={
        <>
          <RangeControl name="growth" main {...growthControl} />
          <SelectControl
            name="shock"
            label={shockLabel}
            value={state.shock}
            options={quarterOptions}
            onChange={setShock}
          />
          <RangeControl name="size" {...sizeControl} />
          <RangeControl name="rate" {...rateControl} />
        </>
      }
      live={
        <>
          <Sentence
            template={liveTemplate}
            slots={{
              // "shrinking 20% a year", not "growing -20% a year": the number is the size of the change
              growthPhrase: (
                <Sentence
                  template={state.growth < 0 ? m.growthDown : m.growthUp}
                  slots={{
                    growth:
                      state.growth < 0 ? <LiveNumber {...growthControl} label={m.shrinkingLabel} format={(v: number) => formatPercent(Math.abs(v), lang)} /> : <LiveNumber {...growthControl} />,
                  }}
                />
              ),
              shockQuarter: <strong>{state.shock}</strong>,
              // The sentence says "a 20% drop": the size without its sign.
              shockSize: <LiveNumber {...sizeControl} format={(v: number) => formatPercent(Math.abs(v), lang)} />,
              after: <strong>{after}</strong>,
              outcome: <strong>{outcome}</strong>,
            }}
          />
          {rateText ? <span className="rate-effect"> {rateText}</span> : null}
          {data.steps ? <span className="steps"> {fillTemplate(m.steps, { leaseStart: data.steps.leaseStart, cure: data.steps.cure })}</span> : null}
        </>
      }
      chart={() => (
        <>
          <Chart frame={defaultFrame} label={m.chartLabel} readout={readoutOver(labels.length, x)} holdsControl>
            <AxisLeft scale={y} frame={defaultFrame} label={m.axes.y} format={moneyTick(lang)} />
            <AxisBottom x={x} frame={defaultFrame} ticks={ticks} label={m.axes.x} />
            {markers(x, defaultFrame)}
            {showBaseline ? <BaselineLine series="aiRevenue" tone="c1" d={linePath(baseAi.map((v, i) => [x(i), y(v)]))} /> : null}
            <path className="series-line stroke-c1" d={linePath(ai.map((v, i) => [x(i), y(v)]))} />
            <path className="series-line stroke-c3" d={linePath(core.map((v, i) => [x(i), y(v)]))} />
            {ShockHandle ? <ShockHandle x={x} frame={defaultFrame} labels={labels} allowed={shockQuarters} value={state.shock} label={shockLabel} onChange={setShock} /> : null}
          </Chart>
          <Chart frame={dscrFrame} label={m.series.dscr} readout={readoutOver(labels.length, xd)}>
            <AxisLeft scale={yd} frame={dscrFrame} label={m.axes.y2 ?? ""} format={(v) => formatNumber(v, lang, 1)} ticks={4} />
            <AxisBottom x={xd} frame={dscrFrame} ticks={ticks} label={m.axes.x} />
            {markers(xd, dscrFrame)}
            <RunMarksLayer marks={data.marks} labels={labels} x={xd} frame={dscrFrame} m={xm} only={["leaseStart", "covenant"]} labelsAt="bottom" />
            {showBaseline ? <BaselineLine series="dscr" tone="c2" d={linePath(baseDscr.map((v, i) => [xd(i), yd(v)]))} /> : null}
            <line className="covenant-line" x1={dscrFrame.margin.left} x2={dscrFrame.width - dscrFrame.margin.right} y1={yd(covenant)} y2={yd(covenant)} />
            <path className="series-line stroke-c2" d={linePath(dscr.map((v, i) => [xd(i), yd(v)]))} />
            {isolated.map((i) => (
              <circle key={i} className="series-dot fill-c2" cx={xd(i)} cy={yd(dscr[i] ?? 0)} r={2.5} />
            ))}
            {breaches.map((b) => (
              <circle key={b.index} className="breach-dot fill-c5" data-breach={labels[b.index] ?? ""} data-value={b.value} cx={xd(b.index)} cy={yd(b.value)} r={4.5} />
            ))}
          </Chart>
        </>
      )}
      legend={
        <Legend
          items={[
            { key: "ai", label: m.series.aiRevenue, className: "stroke-c1", shape: "line" },
            { key: "core", label: m.series.coreRevenue, className: "stroke-c3", shape: "line" },
            { key: "dscr", label: m.series.dscr, className: "stroke-c2", shape: "line" },
            { key: "covenant", label: m.covenant, className: "stroke-muted", shape: "dash" },
            { key: "burst", label: m.burstMarker, className: "stroke-c5", shape: "dash" },
            ...(breaches.length > 0 ? [{ key: "breach", label: m.breachDot, className: "fill-c5" }] : []),
            ...baselineLegend(xm, showBaseline),
          ]}
        />
      }
      aside={
        <div className="timeline-box">
          <h4>{m.timeline}</h4>
          <p className="compare">
            {fillTemplate(m.compareRate, {
              quarter: rateOnlyQuarter,
              rise: fillTemplate(m.rise, { n: formatNumber(RATE_RISE * 100, lang) }),
              outcome: rateOnly ? fillTemplate(common.burstAt, { quarter: rateOnly }) : common.noBurst,
            })}
          </p>
          {data.omitted > 0 ? <p className="meta">{fillTemplate(m.omitted, { n: data.omitted, threshold: money(data.materiality) })}</p> : null}
          {chain.length === 0 ? (
            <p>{m.noEvents}</p>
          ) : (
            <ol className="timeline">
              {chain.map((event, i) => (
                <li key={`${event.quarter}-${event.kind}-${i}`} data-kind={event.kind} data-cause={event.cause ?? ""}>
                  <span className="when">{event.quarter}</span>
                  {eventText(event)}
                </li>
              ))}
            </ol>
          )}
        </div>
      }
      table={{
        columns: [
          { key: "q", label: common.quarter },
          { key: "ai", label: m.series.aiRevenue, numeric: true },
          { key: "core", label: m.series.coreRevenue, numeric: true },
          { key: "dscr", label: m.series.dscr, numeric: true },
          { key: "events", label: m.timeline },
        ],
        rows: () => labels.map((q, i) => {
          const d = data.dscr[i];
          return {
            q,
            ai: money(data.aiRevenue[i] ?? Number.NaN),
            core: money(data.coreRevenue[i] ?? Number.NaN),
            dscr: d === null || d === undefined ? "–" : formatMultipleAgainst(d, covenant, lang, common.multiple),
            events: (data.events[i] ?? []).map(eventText).join(" / "),
          };
        }),
      }}
    />
  );
}
