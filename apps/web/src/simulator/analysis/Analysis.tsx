"use client";

import { quarterLabel, type Scenario } from "@aidebt/model";
import { scaleBand, scaleLinear } from "d3-scale";
import { memo, useId, useState, type ReactNode } from "react";
import { Chart } from "@/components/chart/Chart";
import { DataTable } from "@/components/chart/DataTable";
import { formatNumber, moneyAxisValue } from "@/components/chart/format";
import { fillTemplate, type Lang } from "@/messages/types";
import { formatDecimal } from "@/lib/number-format";
import { formatValue } from "../form";
import type { AnalysisOutput, SimulatorMessages } from "../messages/types";
import { moneyText } from "../results/Results";
import { percentileBands } from "../results/percentile-bands";
import { moneyChartProps } from "../results/chart-props";
import { SeriesChart } from "../results/SeriesChart";
import type { SchemaModel } from "../schema";
import { useWorkerJob, type JobState } from "../use-worker-job";
import { gridOf } from "./grid";
import { heatScale, IMPLAUSIBLE_REVENUE_YEARS, type CellFlag } from "./heat-scale";
import type { BandsResult, JobResult, SweepResult, TornadoResult } from "./jobs";

interface Props {
  scenario: Scenario;
  lang: Lang;
  m: SimulatorMessages;
}

const outputs: readonly AnalysisOutput[] = ["peakTotalDebt", "peakHiddenDebt", "sponsorAiNpv", "lenderLoss", "minInterestCover", "burstIndex"];

/**
 * Writes an output value. The burst is a quarter index from the start: written as its quarter label, and as
 * "not within the horizon" at the horizon, which is how the model's readOutput reports no burst.
 */
export function outputFormat(output: AnalysisOutput, lang: Lang, scenario: Scenario, m: SimulatorMessages): (v: number) => string {
  if (output === "burstIndex") {
    return (v) => (!Number.isFinite(v) ? "–" : v >= scenario.horizonQuarters ? m.results.noBurst : quarterLabel(scenario.startQuarter, Math.round(v)));
  }
  const fx = scenario.fxJpyPerUsd;
  return output === "minInterestCover" ? (v) => (Number.isFinite(v) ? formatNumber(v, lang, 2) : "–") : moneyText(lang, fx);
}

function Runner<R extends JobResult>({ state, onRun, onCancel, m, name }: { state: JobState<R>; onRun: () => void; onCancel: () => void; m: SimulatorMessages; name: string }) {
  const a = m.analysis;
  const running = state.status === "running";
  return (
    <div className="sim-runner" data-runner={name}>
      <button type="button" className="button" onClick={onRun} disabled={running}>
        {a.run}
      </button>
      <button type="button" className="button button-quiet" onClick={onCancel} disabled={!running}>
        {a.cancel}
      </button>
      <span role="status" className="sim-status" data-status={state.status}>
        {running ? (
          <>
            <progress value={state.done} max={Math.max(1, state.total)} aria-label={a.running} />{" "}
            {state.total > 0 ? fillTemplate(a.progress, { done: state.done, total: state.total }) : a.running}
          </>
        ) : state.status === "cancelled" ? (
          a.cancelled
        ) : state.status === "error" ? (
          fillTemplate(a.failed, { message: state.message })
        ) : null}
      </span>
    </div>
  );
}

function OutputSelect({ value, onChange, m }: { value: AnalysisOutput; onChange: (v: AnalysisOutput) => void; m: SimulatorMessages }) {
  const id = useId();
  return (
    <div className="control control-select">
      <label htmlFor={id}>{m.analysis.output}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.currentTarget.value as AnalysisOutput)}>
        {outputs.map((o) => (
          <option key={o} value={o}>
            {m.analysis.outputs[o]}
          </option>
        ))}
      </select>
    </div>
  );
}

function NumberSelect({ label, value, options, onChange, format }: { label: string; value: number; options: readonly number[]; onChange: (v: number) => void; format?: (v: number) => string }) {
  const id = useId();
  return (
    <div className="control control-select">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(Number(event.currentTarget.value))}>
        {options.map((o) => (
          <option key={o} value={o}>
            {format ? format(o) : o}
          </option>
        ))}
      </select>
    </div>
  );
}

function Panel({ id, title, caption, children }: { id: string; title: string; caption: string; children: ReactNode }) {
  return (
    <section className="figure-block sim-analysis" aria-labelledby={`${id}-title`} id={id}>
      <h3 id={`${id}-title`} className="figure-title">
        {title}
      </h3>
      <p className="sim-note">{caption}</p>
      {children}
    </section>
  );
}

const pct = (v: number) => formatDecimal(v, { percent: true });
/** Percentages with a decimal where one matters: 0.5% stays 0.5%, not 1%. */
const pct1 = (v: number) => formatDecimal(v, { percent: true, maximumFractionDigits: 1 });

export const Tornado = memo(function Tornado({ scenario, lang, m, schema }: Props & { schema: SchemaModel }) {
  const t = m.analysis.tornado;
  const [output, setOutput] = useState<AnalysisOutput>("peakTotalDebt");
  const [step, setStep] = useState(0.2);
  const { state, run, cancel } = useWorkerJob<TornadoResult>();
  const result = state.status === "done" ? state.result : null;
  const fmt = outputFormat(result?.output ?? output, lang, scenario, m);
  const label = (path: string) => schema.byPath.get(path)?.label ?? path;
  const rows = result ? result.rows.slice(0, 12) : [];
  const frame = { width: 640, height: 40 + rows.length * 26, margin: { top: 24, right: 16, bottom: 16, left: 230 } };
  const values = rows.flatMap((r) => [r.lowValue, r.highValue]).filter(Number.isFinite);
  const x = scaleLinear()
    .domain([Math.min(result?.base ?? 0, ...values), Math.max(result?.base ?? 1, ...values)])
    .nice()
    .range([frame.margin.left, frame.width - frame.margin.right]);
  const y = scaleBand<number>()
    .domain(rows.map((_, i) => i))
    .range([frame.margin.top, frame.height - frame.margin.bottom])
    .padding(0.25);
  const bar = (from: number, to: number) => (Number.isFinite(to) ? { x: Math.min(x(from), x(to)), width: Math.max(1, Math.abs(x(to) - x(from))) } : { x: x(from), width: 0 });
  return (
    <Panel id="sim-tornado" title={t.title} caption={t.caption}>
      <div className="figure-controls">
        <OutputSelect value={output} onChange={setOutput} m={m} />
        <NumberSelect label={t.delta} value={step} options={[0.05, 0.1, 0.2, 0.3, 0.5]} onChange={setStep} format={pct} />
      </div>
      <Runner name="tornado" state={state} m={m} onCancel={cancel} onRun={() => run({ kind: "sensitivity", scenario, output, relativeStep: step })} />
      {result ? (
        <>
          <Chart frame={frame} label={`${t.title}: ${m.analysis.outputs[result.output]}`}>
            <line className="grid-zero" x1={x(result.base)} x2={x(result.base)} y1={frame.margin.top - 6} y2={frame.height - frame.margin.bottom} stroke="currentColor" />
            <text x={x(result.base)} y={frame.margin.top - 10} textAnchor="middle">
              {`${t.base} ${fmt(result.base)}`}
            </text>
            {rows.map((r, i) => {
              const lo = bar(result.base, r.lowValue);
              const hi = bar(result.base, r.highValue);
              const yy = y(i) ?? 0;
              return (
                <g key={r.path}>
                  <text x={frame.margin.left - 8} y={yy + y.bandwidth() / 2} dy="0.32em" textAnchor="end">
                    {label(r.path)}
                  </text>
                  <rect className="fill-c1" x={lo.x} width={lo.width} y={yy} height={y.bandwidth() / 2} />
                  <rect className="fill-c2" x={hi.x} width={hi.width} y={yy + y.bandwidth() / 2} height={y.bandwidth() / 2} />
                </g>
              );
            })}
          </Chart>
          <ul className="legend">
            <li>
              <svg width="18" height="10" aria-hidden="true" className="legend-swatch">
                <rect width="18" height="10" rx="2" className="fill-c1" />
              </svg>
              {t.low}
            </li>
            <li>
              <svg width="18" height="10" aria-hidden="true" className="legend-swatch">
                <rect width="18" height="10" rx="2" className="fill-c2" />
              </svg>
              {t.high}
            </li>
          </ul>
          <DataTable
            summary={m.results.showData}
            caption={t.title}
            columns={[
              { key: "p", label: m.analysis.output },
              { key: "low", label: t.low, numeric: true },
              { key: "lowValue", label: m.analysis.outputs[result.output], numeric: true },
              { key: "high", label: t.high, numeric: true },
              { key: "highValue", label: m.analysis.outputs[result.output], numeric: true },
            ]}
            rows={result.rows.map((r) => {
              const field = schema.byPath.get(r.path);
              const f = (v: number) => (field ? formatValue(v, field, lang) : String(v));
              return { p: label(r.path), low: f(r.low), lowValue: fmt(r.lowValue), high: f(r.high), highValue: fmt(r.highValue) };
            })}
          />
        </>
      ) : null}
    </Panel>
  );
});

const heatLow = "#f3efe6";
const heatHigh = "#9c2f45";
/** Cells where the hidden debt does not surface within the horizon. */
const heatNone = "#b9d3c3";

export const HeatMap = memo(function HeatMap({ scenario, lang, m, schema }: Props & { schema: SchemaModel }) {
  const h = m.analysis.heatmap;
  const numeric = schema.fields.filter((f) => (f.kind === "number" || f.kind === "integer") && f.path !== "horizonQuarters");
  const xId = useId();
  const yId = useId();
  const hatchId = `heat-hatch${useId().replace(/:/g, "")}`;
  const [xPath, setX] = useState("demand.aiGrowthAnnual");
  const [yPath, setY] = useState("gpu.economicLifeQuarters");
  const [steps, setSteps] = useState(9);
  const [output, setOutput] = useState<AnalysisOutput>("peakHiddenDebt");
  const { state, run, cancel } = useWorkerJob<SweepResult>();
  const result = state.status === "done" ? state.result : null;
  const fmt = outputFormat(result?.output ?? output, lang, scenario, m);
  const paramSelect = (id: string, label: string, value: string, set: (v: string) => void) => (
    <div className="control control-select">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => set(event.currentTarget.value)}>
        {numeric.map((f) => (
          <option key={f.path} value={f.path}>
            {f.label}
          </option>
        ))}
      </select>
    </div>
  );
  let grid: ReactNode = null;
  if (result) {
    const xf = schema.byPath.get(result.x);
    const yf = schema.byPath.get(result.y);
    const fx = (v: number) => (xf ? formatValue(v, xf, lang) : String(v));
    const fy = (v: number) => (yf ? formatValue(v, yf, lang) : String(v));
    // Burst timing: an earlier burst is the darker cell; "no burst within the horizon" has a colour of its own.
    const burst = result.output === "burstIndex";
    const noBurst = (v: number) => burst && v >= scenario.horizonQuarters;
    const money = result.output !== "minInterestCover" && !burst;
    const scale = heatScale(result.values, { range: burst ? [heatHigh, heatLow] : [heatLow, heatHigh], money, revenueAnnual: scenario.sponsor.revenueAnnual, apart: noBurst });
    const flagOf = (i: number, j: number) => scale.flags[j]?.[i];
    const fill = (v: number, flag: CellFlag | undefined) => (flag ? `url(#${hatchId})` : noBurst(v) ? heatNone : Number.isFinite(v) ? scale.color(v) : "transparent");
    const reason = (flag: CellFlag) => fillTemplate(h.flags[flag], { years: IMPLAUSIBLE_REVENUE_YEARS });
    const cellText = (v: number, flag: CellFlag | undefined) => (flag ? `${fmt(v)} (${reason(flag)})` : fmt(v));
    const anyFlag = scale.flags.some((row) => row.some(Boolean));
    const [lo, hi] = scale.domain;
    const frame = { width: 640, height: 420, margin: { top: 16, right: 16, bottom: 56, left: 90 } };
    const cx = scaleBand<number>().domain(result.xs.map((_, i) => i)).range([frame.margin.left, frame.width - frame.margin.right]);
    const cy = scaleBand<number>().domain(result.ys.map((_, j) => j)).range([frame.height - frame.margin.bottom, frame.margin.top]);
    const every = Math.ceil(result.xs.length / 6);
    grid = (
      <>
        <Chart frame={frame} label={`${h.title}: ${m.analysis.outputs[result.output]}`}>
          <defs>
            <pattern id={hatchId} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="6" height="6" className="heat-hatch-bg" />
              <line x1="0" y1="0" x2="0" y2="6" className="heat-hatch-line" strokeWidth="2" />
            </pattern>
          </defs>
          {result.values.map((row, j) =>
            row.map((v, i) => {
              const flag = flagOf(i, j);
              return (
                <rect key={`${i}-${j}`} x={cx(i)} y={cy(j)} width={cx.bandwidth()} height={cy.bandwidth()} fill={fill(v, flag)} className={flag ? "heat-cell heat-flagged" : "heat-cell"} data-flag={flag}>
                  <title>{fillTemplate(h.cell, { x: fx(result.xs[i] ?? 0), y: fy(result.ys[j] ?? 0), value: cellText(v, flag) })}</title>
                </rect>
              );
            }),
          )}
          {result.xs.map((v, i) =>
            i % every === 0 ? (
              <text key={`x${i}`} x={(cx(i) ?? 0) + cx.bandwidth() / 2} y={frame.height - frame.margin.bottom + 16} textAnchor="middle">
                {fx(v)}
              </text>
            ) : null,
          )}
          {result.ys.map((v, j) =>
            j % every === 0 ? (
              <text key={`y${j}`} x={frame.margin.left - 6} y={(cy(j) ?? 0) + cy.bandwidth() / 2} dy="0.32em" textAnchor="end">
                {fy(v)}
              </text>
            ) : null,
          )}
          <text className="axis-label" x={frame.width - frame.margin.right} y={frame.height - 8} textAnchor="end">
            {schema.byPath.get(result.x)?.label ?? result.x}
          </text>
          <text className="axis-label" x={frame.margin.left} y={frame.margin.top - 4} textAnchor="start">
            {schema.byPath.get(result.y)?.label ?? result.y}
          </text>
        </Chart>
        <div className="heat-scale" aria-hidden="true">
          {hi >= lo ? (
            <>
              <span data-heat-low>{scale.clippedLow ? fillTemplate(h.orLess, { value: fmt(lo) }) : fmt(lo)}</span>
              <span className="heat-ramp" style={{ background: `linear-gradient(to right, ${burst ? heatHigh : heatLow}, ${burst ? heatLow : heatHigh})` }} />
              <span data-heat-high>{scale.clippedHigh ? fillTemplate(h.orMore, { value: fmt(hi) }) : fmt(hi)}</span>
            </>
          ) : null}
          {anyFlag ? (
            <>
              <svg width="18" height="10" aria-hidden="true" className="legend-swatch">
                <rect width="18" height="10" fill={`url(#${hatchId})`} />
              </svg>
              <span>{h.flagged}</span>
            </>
          ) : null}
          {burst && result.values.flat().some(noBurst) ? (
            <>
              <span className="heat-ramp heat-none" style={{ background: heatNone }} />
              <span>{m.results.noBurst}</span>
            </>
          ) : null}
        </div>
        <DataTable
          summary={m.results.showData}
          caption={`${h.title}: ${m.analysis.outputs[result.output]}`}
          columns={[{ key: "y", label: `${schema.byPath.get(result.y)?.label ?? result.y} \\ ${schema.byPath.get(result.x)?.label ?? result.x}` }, ...result.xs.map((v, i) => ({ key: `x${i}`, label: fx(v), numeric: true }))]}
          rows={result.ys.map((yv, j) => {
            const row: Record<string, string> = { y: fy(yv) };
            result.xs.forEach((_, i) => (row[`x${i}`] = cellText(result.values[j]?.[i] ?? Number.NaN, flagOf(i, j))));
            return row;
          })}
        />
      </>
    );
  }
  return (
    <Panel id="sim-heatmap" title={h.title} caption={h.caption}>
      <div className="figure-controls">
        {paramSelect(xId, h.x, xPath, setX)}
        {paramSelect(yId, h.y, yPath, setY)}
        <NumberSelect label={h.steps} value={steps} options={[5, 7, 9, 11, 15]} onChange={setSteps} />
        <OutputSelect value={output} onChange={setOutput} m={m} />
      </div>
      <Runner name="heatmap" state={state} m={m} onCancel={cancel} onRun={() => run({ kind: "sweep", scenario, x: xPath, y: yPath, xs: gridOf(schema, xPath, scenario, steps), ys: gridOf(schema, yPath, scenario, steps), output })} />
      {grid}
    </Panel>
  );
});

const bandMeasures = ["totalDebt", "hiddenDebt", "lenderLoss"] as const;
type BandMeasure = (typeof bandMeasures)[number];

function bandMeasureLabel(measure: BandMeasure, m: SimulatorMessages): string {
  return measure === "lenderLoss" ? m.results.summaryRows.lenderLoss : m.compare.measures[measure];
}

export const MonteCarlo = memo(function MonteCarlo({ scenario, lang, m }: Props) {
  const mc = m.analysis.monteCarlo;
  const seedId = useId();
  const measureId = useId();
  const [seed, setSeed] = useState(42);
  const [paths, setPaths] = useState(500);
  const [demandVolatility, setDemandVolatility] = useState(0.2);
  const [rateVolatility, setRateVolatility] = useState(0);
  const [measure, setMeasure] = useState<BandMeasure>("totalDebt");
  const { state, run, cancel } = useWorkerJob<BandsResult>();
  const result = state.status === "done" ? state.result : null;
  const money = moneyText(lang, scenario.fxJpyPerUsd);
  const axis = (v: number) => moneyAxisValue(v, lang);
  return (
    <Panel id="sim-montecarlo" title={mc.title} caption={mc.caption}>
      <div className="figure-controls">
        <div className="control">
          <label htmlFor={seedId}>{mc.seed}</label>
          <input
            id={seedId}
            type="number"
            min={0}
            max={4294967295}
            step={1}
            value={seed}
            onChange={(event) => {
              const v = Number(event.currentTarget.value);
              if (Number.isInteger(v) && v >= 0 && v <= 4294967295) setSeed(v);
            }}
          />
        </div>
        <NumberSelect label={mc.runs} value={paths} options={[100, 500, 1000, 5000, 20000]} onChange={setPaths} format={(v) => formatNumber(v, lang)} />
        <NumberSelect label={mc.spread} value={demandVolatility} options={[0.05, 0.1, 0.2, 0.4]} onChange={setDemandVolatility} format={pct} />
        <NumberSelect label={mc.rateVolatility} value={rateVolatility} options={[0, 0.005, 0.01, 0.02]} onChange={setRateVolatility} format={pct1} />
        <div className="control control-select">
          <label htmlFor={measureId}>{mc.measure}</label>
          <select id={measureId} value={measure} onChange={(event) => setMeasure(bandMeasures.find((b) => b === event.currentTarget.value) ?? "totalDebt")}>
            {bandMeasures.map((b) => (
              <option key={b} value={b}>
                {bandMeasureLabel(b, m)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <Runner name="montecarlo" state={state} m={m} onCancel={cancel} onRun={() => run({ kind: "monteCarlo", scenario, paths, seed, demandVolatility, rateVolatility })} />
      {result ? (
        <>
          <p className="sim-note" data-burst-probability>
            {fillTemplate(mc.burstProbability, { p: pct(result.burstProbability) })}
          </p>
          <p className="sim-note" data-final-lender-loss>
            {fillTemplate(mc.finalLoss, {
              mean: money(result.finalLenderLoss.mean),
              p50: money(result.finalLenderLoss.p50),
              p95: money(result.finalLenderLoss.p95),
              p99: money(result.finalLenderLoss.p99),
              share: pct(result.finalLenderLoss.shareWithLoss),
            })}
          </p>
          <DataTable
            summary={mc.byYear}
            caption={mc.byYear}
            columns={[
              { key: "year", label: mc.year },
              { key: "p", label: mc.probability, numeric: true },
            ]}
            rows={result.burstByYear.map((y) => ({ year: String(y.year), p: formatDecimal(y.probability, { percent: true, maximumFractionDigits: 1 }) }))}
          />
        </>
      ) : null}
      {result ? (
        <SeriesChart
          id="sim-mc"
          title={`${mc.title}: ${bandMeasureLabel(measure, m)}`}
          caption={`${mc.caption} (${mc.seed} ${result.seed}, ${fillTemplate(mc.pathCount, { paths: formatNumber(result.paths, lang) })})`}
          labels={result.labels}
          bands={percentileBands(result[measure], axis, mc)}
          lines={[{ key: "median", label: mc.median, values: result[measure].map((b) => axis(b[2])), className: "stroke-c1" }]}
          {...moneyChartProps(m, lang, scenario.fxJpyPerUsd)}
        />
      ) : null}
    </Panel>
  );
});
