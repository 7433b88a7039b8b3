"use client";

import type { CompareResult, ResultJson, Scenario } from "@aidebt/model";
import { memo, useEffect, useId, useMemo, useState } from "react";
import { useKeepServerMarkup } from "@/lib/use-server-markup";
import { formatNumber, moneyAxisValue } from "@/components/chart/format";
import { fillTemplate, type Lang } from "@/messages/types";
import type { SimulatorMessages } from "./messages/types";
import { moneyText } from "./results/Results";
import { RunDrawing } from "./results/RunDrawing";
import { requestSimModel, useSimModel } from "./sim-model";
import { SeriesChart } from "./results/SeriesChart";

export interface KeptScenario {
  id: number;
  name: string;
  scenario: Scenario;
}

export const MAX_KEPT = 3;

type Measure = keyof SimulatorMessages["compare"]["measures"];
const strokes = ["stroke-c2", "stroke-c3", "stroke-c4"];

interface Props {
  current: Scenario;
  /** The simulator's run of `current` (simulateFast, compare's engine), or null while the server's run is shown. */
  currentRun: ResultJson | null;
  /** True while the page shows the server's run of `current` (nothing kept, nothing computed in the browser yet). */
  serverRun: boolean;
  kept: readonly KeptScenario[];
  lang: Lang;
  m: SimulatorMessages;
  onKeep: () => void;
  onRemove: (id: number) => void;
}

const DEFAULT_MEASURE: Measure = "totalDebt";
const summaryFields = ["peakHiddenDebt", "peakTotalDebt", "lenderLoss", "sponsorAiNpv"] as const;

// The runs of scenarios compared before, by scenario (kept scenarios are kept objects).
const runs = new WeakMap<Scenario, ResultJson>();
function keptRun(scenario: Scenario, simulate: (scenario: Scenario) => ResultJson): ResultJson {
  let run = runs.get(scenario);
  if (!run) runs.set(scenario, (run = simulate(scenario)));
  return run;
}

/** Up to three kept scenarios overlaid on the current one (the model's `compare`), with their summaries and differences. */
export const Compare = memo(function Compare({ current, currentRun, serverRun, kept, lang, m, onKeep, onRemove }: Props) {
  const c = m.compare;
  const selectId = useId();
  const [measure, setMeasure] = useState<Measure>(DEFAULT_MEASURE);
  // The server drew the current scenario alone on the default measure. From the first change on (and once
  // for all: back at the defaults it still draws its own) the comparison is computed here.
  const serverDrawing = useKeepServerMarkup(serverRun && kept.length === 0 && measure === DEFAULT_MEASURE);
  const sm = useSimModel();
  const compared = useMemo(() => {
    if (serverDrawing || !sm) return null;
    // compare's engine is simulateFast: the run the simulator already has, and the kept scenarios' runs from
    // before, are the runs it would make (a lever's step runs one scenario, not one per kept scenario as well)
    const engine = (scenario: Scenario) => (scenario === current && currentRun ? currentRun : keptRun(scenario, sm.simulateFast));
    return sm.compare([{ label: c.current, scenario: current }, ...kept.map((k) => ({ label: k.name, scenario: k.scenario }))], { engine });
  }, [serverDrawing, sm, current, currentRun, kept, c.current]);
  useEffect(() => {
    if (!serverDrawing && !sm) requestSimModel();
  }, [serverDrawing, sm]);
  return (
    <div className="sim-compare">
      <p>{c.intro}</p>
      <div className="sim-row">
        <button type="button" className="button" onClick={onKeep} disabled={kept.length >= MAX_KEPT} aria-describedby={kept.length >= MAX_KEPT ? `${selectId}-full` : undefined}>
          {c.add}
        </button>
        {kept.length >= MAX_KEPT ? <span id={`${selectId}-full`}>{c.full}</span> : null}
        <div className="control control-select">
          <label htmlFor={selectId}>{c.measure}</label>
          <select id={selectId} value={measure} onChange={(event) => setMeasure(event.currentTarget.value as Measure)}>
            {(Object.keys(c.measures) as Measure[]).map((key) => (
              <option key={key} value={key}>
                {c.measures[key]}
              </option>
            ))}
          </select>
        </div>
      </div>
      {kept.length > 0 ? (
        <ul className="kept-list">
          {kept.map((k, i) => (
            <li key={k.id}>
              <svg width="18" height="10" aria-hidden="true" className="legend-swatch">
                <line x1="0" x2="18" y1="5" y2="5" className={strokes[i]} strokeWidth="3" />
              </svg>
              {k.name}{" "}
              <button type="button" className="button button-quiet" onClick={() => onRemove(k.id)}>
                {fillTemplate(c.remove, { name: k.name })}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <RunDrawing
        data={compared}
        pending={m.results.computing}
        draw={(run) => <Compared compared={run} current={current} kept={kept} measure={measure} lang={lang} m={m} />}
      />
    </div>
  );
});

function Compared({ compared, current, kept, measure, lang, m }: { compared: CompareResult; current: Scenario; kept: readonly KeptScenario[]; measure: Measure; lang: Lang; m: SimulatorMessages }) {
  const c = m.compare;
  const pick = (r: ResultJson) =>
    r.quarters.map((q) => (measure === "interestCover" ? Math.min(q.measures.interestCover, 50) : moneyAxisValue(q.measures[measure], lang)));
  const labels = compared.quarters;
  const format = measure === "interestCover" ? (v: number) => formatNumber(v, lang, 2) : moneyText(lang, current.fxJpyPerUsd);
  const fmt = measure === "interestCover" ? format : (v: number) => format(lang === "ja" ? v / 10 : v);
  const all = compared.results.map((result, i) => ({ id: i === 0 ? 0 : (kept[i - 1]?.id ?? i), name: compared.labels[i] ?? "", result }));
  const money = moneyText(lang, current.fxJpyPerUsd);
  const signed = (v: number) => (v > 0 ? `+${money(v)}` : money(v));
  return (
    <>
  <SeriesChart
    id="sim-compare-chart"
    title={c.measures[measure]}
    caption={c.intro}
    labels={labels}
    lines={all.map((s, i) => ({
      key: `s${s.id}`,
      label: s.name,
      values: pick(s.result),
      className: i === 0 ? "stroke-c1" : (strokes[i - 1] ?? "stroke-c5"),
      dashed: i > 0,
    }))}
    yLabel={measure === "interestCover" ? m.results.axisRatio : m.results.axisMoney}
    xLabel={m.results.axisQuarter}
    format={fmt}
    tickFormat={(v) => formatNumber(v, lang)}
    showData={m.results.showData}
    quarterLabel={m.results.balance.quarter}
  />
  {kept.length > 0 ? (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={c.table}>
      <table className="compare-table">
        <caption>{c.table}</caption>
        <thead>
          <tr>
            <th scope="col">{c.scenario}</th>
            {all.map((s) => (
              <th key={s.id} scope="col" className="num">
                {s.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{m.results.summaryRows.burstQuarter}</th>
            {all.map((s) => (
              <td key={s.id} className="num">
                {s.result.summary.burstQuarter ?? m.results.noBurst}
              </td>
            ))}
          </tr>
          {summaryFields.map((key) => {
            const row = compared.summary.find((r) => r.field === key);
            if (!row) return null;
            return (
              <tr key={key}>
                <th scope="row">{m.results.summaryRows[key]}</th>
                {row.values.map((v, i) => (
                  <td key={i} className="num">
                    {money(v)}
                    {i > 0 ? <span className="compare-diff"> ({signed(row.differences[i] ?? 0)})</span> : null}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  ) : null}
    </>
  );
}
