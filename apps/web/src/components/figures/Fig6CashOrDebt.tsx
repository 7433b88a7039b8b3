"use client";

import { AxisBottom, AxisLeft } from "@/components/chart/axes";
import { Chart, Legend, readoutOver } from "@/components/chart/Chart";
import { LiveNumber, RangeControl, SelectControl } from "@/components/chart/controls";
import { formatPercent } from "@/components/chart/format";
import { Gauge } from "@/components/chart/Gauge";
import { defaultFrame, innerWidth, linePath, valueScale } from "@/components/chart/geometry";
import { fillTemplate } from "@/messages/types";
import { FigureFrame, Sentence } from "./FigureFrame";
import { quarterAxis, type FigureProps } from "./common";
import type { Fig6Data, Fig6Spec } from "./data";
import { useFigure } from "./use-figure";
import { BaselineLine, ExplainBar, baselineLegend } from "./Explain";
import { noticeSentence, seriesDiffer } from "./notice";
import type { Try } from "./try-this";

const minskyClasses = ["hedge", "speculative", "ponzi"] as const;
/** The model's verdicts, left to right on the gauge, coloured like the Minsky classes they echo. */
const verdicts = [
  { key: "cash-flow", className: "fill-hedge" },
  { key: "balanced", className: "fill-speculative" },
  { key: "debt", className: "fill-ponzi" },
] as const;

/** Figure 6: cash flow or debt? — Minsky's class as a gauge, and the debt-funded share of capex over time. */
export function Fig6CashOrDebt({ n, lang, m, common, terms, spec, initial, presetOptions, x: xm, metric, tries }: FigureProps<"cashOrDebt", Fig6Spec, Fig6Data> & { presetOptions: { value: string; label: string }[]; tries: Try<Fig6Spec>[] }) {
  const { state, data, setState, error, prepare, pristine } = useFigure(n, spec, initial, (figures, st) => figures.fig6Data(st, false));
  const { x, ticks, labels } = quarterAxis(data.labels);
  const last = labels.length - 1;
  const qi = Math.min(state.quarter, last);
  // A quarter without capex has no debt-funded share: a gap, not a dip to zero.
  const share = data.debtFundedCapexShare.map((v, i) => ((data.capex[i] ?? 0) > 0 ? v * 100 : Number.NaN));
  // The default preset's share, faint, when the reader's preset draws a different one (moving the quarter does not).
  const showBaseline = !pristine && seriesDiffer([data.debtFundedCapexShare], [initial.debtFundedCapexShare]);
  const baseShare = showBaseline ? initial.debtFundedCapexShare.map((v, i) => ((initial.capex[i] ?? 0) > 0 ? v * 100 : Number.NaN)) : [];
  const y = valueScale([...share, ...baseShare, 100], defaultFrame);
  const cell = innerWidth(defaultFrame) / Math.max(1, labels.length);
  const stripY = defaultFrame.height - defaultFrame.margin.bottom + 26;
  const minsky = data.minskyAi[qi] ?? "hedge";
  const verdictIndex = verdicts.findIndex((v) => v.key === data.verdict);
  const presetLabel = presetOptions.find((p) => p.value === state.preset)?.label ?? state.preset;
  const caption = fillTemplate(m.caption, {
    preset: presetLabel,
    internal: formatPercent(data.internalFundingShare, lang),
    verdict: common.verdict[data.verdict],
    debtShare: formatPercent(data.cumulativeDebtShare, lang),
    ponzi: data.ponziQuartersAi > 0 ? fillTemplate(m.ponziSome, { n: data.ponziQuartersAi, total: labels.length }) : m.ponziNone,
  });

  const notice = !pristine ? noticeSentence(xm, metric, formatPercent(initial.cumulativeDebtShare, lang), formatPercent(data.cumulativeDebtShare, lang)) : null;

  const quarterControl = {
    label: m.controls.quarter,
    value: qi,
    min: 0,
    max: last,
    step: 1,
    onChange: (v: number) => setState({ quarter: v }),
    format: (v: number) => labels[v] ?? "",
  };

  return (
    <FigureFrame
      n={n}
      terms={terms}
      common={common}
      title={m.title}
      caption={caption}
      pristine={pristine}
      invalid={error !== null}
      onIntent={prepare}
      explain={<ExplainBar x={xm} spec={spec} state={state} tries={tries} pristine={pristine} setState={setState} />}
      notice={notice}
      controls={
        <>
          <SelectControl
            name="preset"
            main
            label={m.controls.preset}
            value={state.preset}
            options={presetOptions}
            onChange={(preset) => setState({ preset })}
          />
          <RangeControl name="quarter" {...quarterControl} />
        </>
      }
      live={
        <Sentence
          // a quarter without capex has no debt-funded share to state (the line has a gap there)
          template={Number.isFinite(share[qi]) ? m.live : m.liveNoCapex}
          slots={{
            quarter: <LiveNumber {...quarterControl} />,
            share: <strong>{formatPercent(data.debtFundedCapexShare[qi] ?? Number.NaN, lang)}</strong>,
            minsky: <strong>{common.minsky[minsky]}</strong>,
          }}
        />
      }
      aside={
        <div className="gauge-box">
          <Gauge
            label={`${m.gaugeLabel}: ${common.verdict[data.verdict]}`}
            active={verdictIndex}
            segments={verdicts.map((v) => ({ key: v.key, label: common.verdictShort[v.key], className: v.className }))}
          />
          <p>
            <strong className="verdict">{common.verdict[data.verdict]}</strong>
          </p>
          <p className="meta">{fillTemplate(m.gaugeHelp, { internal: formatPercent(data.internalFundingShare, lang) })}</p>
        </div>
      }
      chart={() => (
        <Chart frame={{ ...defaultFrame, height: defaultFrame.height + 20 }} label={m.chartLabel} readout={readoutOver(labels.length, x)}>
          <AxisLeft scale={y} frame={defaultFrame} label={m.axes.y} format={(v) => String(v)} />
          <AxisBottom x={x} frame={defaultFrame} ticks={ticks} label="" />
          {labels.map((q, i) => (
            <rect key={q} className={`fill-${data.minskyAi[i]}`} x={x(i) - cell / 2} width={cell} y={stripY} height={8}>
              <title>{`${q} ${common.minsky[data.minskyAi[i] ?? "hedge"]}`}</title>
            </rect>
          ))}
          <line className="marker-line" x1={x(qi)} x2={x(qi)} y1={defaultFrame.margin.top} y2={stripY + 8} />
          {showBaseline ? <BaselineLine series="debt-share" tone="c2" d={linePath(baseShare.map((v, i) => [x(i), y(v)]))} /> : null}
          <path className="series-line stroke-c2" data-series="debt-share" d={linePath(share.map((v, i) => [x(i), y(v)]))} />
          {Number.isFinite(share[qi]) ? <circle className="current-dot" cx={x(qi)} cy={y(share[qi] ?? 0)} r={5} /> : null}
        </Chart>
      )}
      legend={
        <Legend
          items={[
            { key: "share", label: m.series.debtShare, className: "stroke-c2", shape: "line" },
            ...minskyClasses.map((k) => ({ key: k, label: `${m.series.minskyAi}: ${common.minsky[k]}`, className: `fill-${k}` })),
            ...baselineLegend(xm, showBaseline),
          ]}
        />
      }
      table={{
        columns: [
          { key: "q", label: common.quarter },
          { key: "share", label: m.series.debtShare, numeric: true },
          { key: "ai", label: m.series.minskyAi },
          { key: "sponsor", label: m.series.minskySponsor },
        ],
        rows: () => labels.map((q, i) => ({
          q,
          share: formatPercent((share[i] ?? Number.NaN) / 100, lang),
          ai: common.minsky[data.minskyAi[i] ?? "hedge"],
          sponsor: common.minsky[data.minskySponsor[i] ?? "hedge"],
        })),
      }}
    />
  );
}
