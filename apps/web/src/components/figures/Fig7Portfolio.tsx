"use client";

import { scaleLinear } from "d3-scale";
import { AxisBottom, AxisLeft } from "@/components/chart/axes";
import { Chart, Legend, readoutOver } from "@/components/chart/Chart";
import { LiveNumber, RangeControl } from "@/components/chart/controls";
import { formatNumber, formatPercent } from "@/components/chart/format";
import { defaultFrame, linePath, valueScale } from "@/components/chart/geometry";
import { FigureFrame, Sentence } from "./FigureFrame";
import type { FigureBaseProps } from "./common";
import type { Fig7Data } from "./side-data";
import { useFigure } from "./use-figure";
import { fig7Spec } from "./specs";
import type { ExplainMessages } from "./explain-types";
import { ExplainBar } from "./Explain";
import { noticeSentence } from "./notice";
import type { Try } from "./try-this";

/** Figure 7: the 60/40 portfolio's risk against the stock-bond correlation (the model's portfolioRisk). */
export function Fig7Portfolio({ n, lang, m, common, terms, x: xm, tries, initial }: FigureBaseProps<"portfolio"> & { x: ExplainMessages; tries: Try<typeof fig7Spec>[]; initial: Fig7Data }) {
  const { state, data, setState, prepare, pristine } = useFigure(n, fig7Spec, initial, (figures, st) => figures.fig7Data(st));
  const risk = data.risk;
  const frame = defaultFrame;
  const x = scaleLinear().domain([-1, 1]).range([frame.margin.left, frame.width - frame.margin.right]);
  const vols = risk.curve.map((p) => p.volatility * 100);
  const drawdowns = risk.curve.map((p) => p.drawdown95 * 100);
  const y = valueScale([...vols, ...drawdowns], frame);
  const ticks = [-1, -0.5, 0, 0.5, 1].map((v) => ({ at: v, text: formatNumber(v, lang, 1) }));
  const pct = (v: number) => formatPercent(v, lang, 1);
  // Off the default (a try or the reader's own move): this mix's risk against the default mix's, both from the model's portfolioRisk.
  const notice = !pristine ? noticeSentence(xm, m.series.risk, pct(data.defaultVolatility), pct(risk.volatility)) : null;

  const correlationControl = {
    label: m.controls.correlation,
    value: state.correlation,
    min: -1,
    max: 1,
    step: 0.05,
    onChange: (v: number) => setState({ correlation: v }),
    format: (v: number) => formatNumber(v, lang, 2),
  };
  const weightControl = {
    label: m.controls.stockWeight,
    value: state.stockWeight,
    min: 0,
    max: 1,
    step: 0.05,
    onChange: (v: number) => setState({ stockWeight: v }),
    format: (v: number) => formatPercent(v, lang),
  };

  return (
    <FigureFrame
      n={n}
      terms={terms}
      common={common}
      title={m.title}
      caption={m.caption}
      pristine={pristine}
      onIntent={prepare}
      explain={<ExplainBar x={xm} spec={fig7Spec} state={state} tries={tries} pristine={pristine} setState={setState} />}
      notice={notice}
      controls={
        <>
          <RangeControl name="correlation" main {...correlationControl} />
          <RangeControl name="stockWeight" {...weightControl} />
        </>
      }
      live={
        <Sentence
          template={m.live}
          slots={{
            stockWeight: <LiveNumber {...weightControl} />,
            // the bonds' share of the mix the model measured: what the Japanese sentence names beside the stocks'
            bondWeight: <span>{formatPercent(risk.bondWeight, lang)}</span>,
            correlation: <LiveNumber {...correlationControl} />,
            risk: <strong>{pct(risk.volatility)}</strong>,
          }}
        />
      }
      chart={() => (
        <Chart frame={frame} label={m.chartLabel} readout={readoutOver(risk.curve.length, (i) => x(risk.curve[i]?.correlation ?? 0), 1)}>
          <AxisLeft scale={y} frame={frame} label={m.axes.y} format={(v) => formatNumber(v, lang)} />
          <AxisBottom x={x} frame={frame} ticks={ticks} label={m.axes.x} />
          <path className="series-line stroke-c1" d={linePath(risk.curve.map((p, i) => [x(p.correlation), y(vols[i] ?? 0)]))} />
          <path className="series-line stroke-c2 dash" d={linePath(risk.curve.map((p, i) => [x(p.correlation), y(drawdowns[i] ?? 0)]))} />
          <line className="marker-line" x1={x(state.correlation)} x2={x(state.correlation)} y1={frame.margin.top} y2={frame.height - frame.margin.bottom} />
          <circle className="current-dot" cx={x(state.correlation)} cy={y(risk.volatility * 100)} r={6} />
        </Chart>
      )}
      legend={
        <Legend
          items={[
            { key: "risk", label: m.series.risk, className: "stroke-c1", shape: "line" },
            { key: "drawdown", label: m.series.drawdown, className: "stroke-c2", shape: "dash" },
            { key: "current", label: m.series.current, className: "stroke-c5", shape: "dash" },
          ]}
        />
      }
      table={{
        columns: [
          { key: "rho", label: m.axes.x },
          { key: "vol", label: m.series.risk, numeric: true },
          { key: "dd", label: m.series.drawdown, numeric: true },
        ],
        rows: () => [
          { rho: `${m.series.current} ${formatNumber(state.correlation, lang, 2)}`, vol: pct(risk.volatility), dd: pct(risk.drawdown95) },
          ...risk.curve.map((p) => ({ rho: formatNumber(p.correlation, lang, 1), vol: pct(p.volatility), dd: pct(p.drawdown95) })),
        ],
      }}
    />
  );
}
