import { RATIO_CAP, formatMoney, quarterLabels, type ResultJson, type Scenario } from "@aidebt/model";
import { memo, useId, useMemo, useState } from "react";
import { formatNumber, formatPercent, moneyAxisValue } from "@/components/chart/format";
import type { Lang } from "@/messages/types";
import { formatDecimal } from "@/lib/number-format";
import { fillTemplate } from "@/messages/types";
import type { SimulatorMessages } from "../messages/types";
import { requestSimModel, useSimModel } from "../sim-model";
import { godleyBalances, godleyMatrix, type GodleyColumn } from "./godley";
import { RunDrawing } from "./RunDrawing";
import type { DebtLabels } from "./debt-measures";
import { SeriesChart } from "./SeriesChart";

/**
 * The one rule for cover ratios: the chart's axis stops at 50× (a ratio with almost no interest runs to
 * thousands and would flatten every line near a covenant of 1.2×), lines above it run along the top edge;
 * the data table and the summary give the exact value. The caption says so.
 */
export const COVER_AXIS_CAP = 50;

interface Props {
  /** The run shown; null while the page still shows the server's run (see RunDrawing). */
  result: ResultJson | null;
  lang: Lang;
  m: SimulatorMessages;
}

/** The labels of the debt measures, from the model's RESULT_FIELDS (computed on the server). */
interface DebtProps {
  debt: DebtLabels;
}

export function moneyText(lang: Lang, fx: number): (usdBn: number) => string {
  return (v) => (Number.isFinite(v) ? formatMoney(v, { currency: "usd", lang, fxJpyPerUsd: fx }) : "–");
}

/** The article's key figures at full size, recomputed for the scenario. */
export const KeyFigures = memo(function KeyFigures({ result, lang, m, debt }: Props & DebtProps) {
  return <RunDrawing className="sim-figures" data={result} pending={m.results.computing} draw={(run) => <Figures result={run} lang={lang} m={m} debt={debt} />} />;
});

function Figures({ result, lang, m, debt }: { result: ResultJson; lang: Lang; m: SimulatorMessages } & DebtProps) {
  const r = m.results;
  const labels = result.quarters.map((q) => q.label);
  const money = moneyText(lang, result.scenario.fxJpyPerUsd);
  const axis = (pick: (q: ResultJson["quarters"][number]) => number) => result.quarters.map((q) => moneyAxisValue(pick(q), lang));
  const fromAxis = (v: number) => money(lang === "ja" ? v / 10 : v);
  const tick = (v: number) => formatNumber(v, lang);
  const ratio = (v: number) => (Number.isFinite(v) ? formatNumber(v, lang, 2) : "–");
  const common = { labels, xLabel: r.axisQuarter, showData: r.showData, quarterLabel: r.balance.quarter, tickFormat: tick };
  return (
    <>
      <SeriesChart
        id="sim-debt"
        title={r.debt.title}
        caption={r.debt.caption}
        // Stacked to total debt as the model defines it; vehicle debt, guarantees (part of it, never on top) and
        // leases not yet commenced (not debt yet) are lines beside it; adjusted and total debt are in the table.
        stacked={[
          { key: "reportedDebt", label: debt.reportedDebt, values: axis((q) => q.measures.reportedDebt), className: "fill-c1" },
          { key: "leaseLiabilities", label: debt.leaseLiabilities, values: axis((q) => q.measures.leaseLiabilities), className: "fill-c4" },
          { key: "hiddenDebt", label: debt.hiddenDebt, values: axis((q) => q.measures.hiddenDebt), className: "fill-c2" },
        ]}
        lines={[
          { key: "spvDebt", label: debt.spvDebt, values: axis((q) => q.measures.spvDebt), className: "stroke-c2", dashed: true },
          { key: "guarantees", label: debt.guarantees, values: axis((q) => q.measures.guarantees), className: "stroke-c3" },
          { key: "commitmentsNotCommenced", label: debt.commitmentsNotCommenced, values: axis((q) => q.measures.commitmentsNotCommenced), className: "stroke-c5", dashed: true },
        ]}
        tableOnly={[
          { key: "adjustedDebt", label: debt.adjustedDebt, values: axis((q) => q.measures.adjustedDebt) },
          { key: "totalDebt", label: debt.totalDebt, values: axis((q) => q.measures.totalDebt) },
        ]}
        yLabel={r.axisMoney}
        format={fromAxis}
        {...common}
      />
      <SeriesChart
        id="sim-treadmill"
        title={r.treadmill.title}
        caption={r.treadmill.caption}
        lines={[
          { key: "capex", label: r.treadmill.capex, values: axis((q) => q.measures.capex), className: "stroke-c1" },
          { key: "borrowing", label: r.treadmill.newBorrowing, values: axis((q) => q.measures.newBorrowing), className: "stroke-c2" },
          { key: "depreciation", label: r.treadmill.depreciation, values: axis((q) => q.measures.depreciation), className: "stroke-c3", dashed: true },
        ]}
        yLabel={r.axisMoney}
        format={fromAxis}
        {...common}
      />
      <SeriesChart
        id="sim-gpu"
        title={r.gpuValue.title}
        caption={r.gpuValue.caption}
        lines={[
          { key: "book", label: r.gpuValue.book, values: axis((q) => q.measures.gpuBookValue), className: "stroke-c1" },
          { key: "economic", label: r.gpuValue.economic, values: axis((q) => q.measures.gpuEconomicValue), className: "stroke-c2", dashed: true },
        ]}
        yLabel={r.axisMoney}
        format={fromAxis}
        {...common}
      />
      <SeriesChart
        id="sim-cover"
        title={r.cover.title}
        caption={fillTemplate(r.cover.caption, { cap: formatNumber(COVER_AXIS_CAP, lang) })}
        lines={[
          { key: "cover", label: r.cover.interestCover, values: result.quarters.map((q) => q.measures.interestCover), className: "stroke-c4" },
          // nothing due yet (the model's RATIO_CAP): no cover to draw, a gap, not a line along the top
          { key: "dscr", label: r.cover.spvDscr, values: result.quarters.map((q) => (q.measures.spvDscr < RATIO_CAP ? q.measures.spvDscr : Number.NaN)), className: "stroke-c2" },
        ]}
        reference={{ value: result.scenario.spv.dscrCovenant, label: r.cover.covenant }}
        cap={{ value: COVER_AXIS_CAP, label: fillTemplate(r.cover.capLabel, { cap: formatNumber(COVER_AXIS_CAP, lang) }) }}
        yLabel={r.axisRatio}
        format={ratio}
        {...common}
      />
      <SeriesChart
        id="sim-repaid"
        title={r.repaid.title}
        caption={r.repaid.caption}
        lines={[
          { key: "lenders", label: r.repaid.lenders, values: axis((q) => q.measures.lenderCashReceived), className: "stroke-c1" },
          { key: "ai", label: r.repaid.aiCashFlow, values: axis((q) => q.measures.sponsorAiCashFlow), className: "stroke-c2", dashed: true },
        ]}
        yLabel={r.axisMoney}
        format={fromAxis}
        {...common}
      />
      <SeriesChart
        id="sim-funding"
        title={r.funding.title}
        caption={r.funding.caption}
        // a quarter without capex has no share to speak of: a gap, as figure 6 draws it
        lines={[{ key: "share", label: r.funding.share, values: result.quarters.map((q) => (q.measures.capex > 0 ? q.measures.debtFundedCapexShare * 100 : Number.NaN)), className: "stroke-c4" }]}
        yLabel={r.funding.axis}
        format={(v) => formatPercent(v / 100, lang, 1)}
        {...common}
      />
    </>
  );
}

const columns: readonly GodleyColumn[] = ["sponsor", "spv", "lenders", "outside"];

/** The three balance sheets of a chosen quarter as a Godley matrix: each financial row and each column sums to zero. */
export const GodleyTable = memo(function GodleyTable({ result, scenario, lang, m }: Props & { scenario: Scenario }) {
  const selectId = useId();
  const b = m.results.balance;
  const labels = useMemo(
    () => (result ? result.quarters.map((q) => q.label) : quarterLabels(scenario.startQuarter, scenario.horizonQuarters)),
    [result, scenario],
  );
  const last = labels.length - 1;
  const [picked, setPicked] = useState<number | null>(null);
  const index = picked === null || picked > last ? last : picked;
  // While the page shows the server's run, another quarter needs the run itself: computed once the model is here.
  const sm = useSimModel();
  const needOwnRun = result === null && picked !== null;
  const ownRun = useMemo(() => (needOwnRun && sm ? sm.simulateFast(scenario) : null), [needOwnRun, sm, scenario]);
  return (
    <section className="figure-block sim-godley" aria-labelledby="sim-godley-title">
      <h3 id="sim-godley-title" className="figure-title">
        {b.title}
      </h3>
      <p className="sim-note">{b.intro}</p>
      <div className="control control-select">
        <label htmlFor={selectId}>{b.quarter}</label>
        <select
          id={selectId}
          value={index}
          onChange={(event) => {
            setPicked(Number(event.currentTarget.value));
            requestSimModel();
          }}
        >
          {labels.map((label, i) => (
            <option key={label} value={i}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <RunDrawing data={result ?? ownRun} pending={m.results.computing} draw={(run) => <GodleyMatrix result={run} index={index} lang={lang} m={m} />} />
    </section>
  );
});

function GodleyMatrix({ result, index, lang, m }: { result: ResultJson; index: number; lang: Lang; m: SimulatorMessages }) {
  const b = m.results.balance;
  const q = result.quarters[Math.min(index, result.quarters.length - 1)];
  if (!q) return null;
  const rows = godleyMatrix(q);
  const ok = godleyBalances(rows);
  const fmt = (v: number) => {
    const clean = Math.abs(v) < 5e-7 ? 0 : v;
    return formatDecimal(clean, { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: "exceptZero" });
  };
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={`${b.title} ${q.label}`}>
      <table className="godley">
        <caption>
          {b.title} · {q.label} · {m.results.axisMoney} ·{" "}
          <span className={ok ? "godley-ok" : "godley-bad"}>{ok ? b.check : b.checkFail}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{b.instrument}</th>
            {columns.map((c) => (
              <th key={c} scope="col" className="num">
                {b[c]}
              </th>
            ))}
            <th scope="col" className="num">
              {b.sum}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className={row.id === "total" ? "godley-total" : row.real ? "godley-real" : undefined}>
              <th scope="row">{b.rows[row.id]}</th>
              {columns.map((c) => (
                <td key={c} className="num">
                  {row.real && c === "outside" ? "" : fmt(moneyIn(row.cells[c], lang))}
                </td>
              ))}
              <td className="num godley-sum">{fmt(moneyIn(row.sum, lang))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function moneyIn(usdBn: number, lang: Lang): number {
  return moneyAxisValue(usdBn, lang);
}

/** Every event of the run, in order, with the model's own message in the reader's language. */
export const EventLog = memo(function EventLog({ result, lang, m }: Props) {
  const e = m.results.events;
  return (
    <section className="figure-block sim-events" aria-labelledby="sim-events-title">
      <h3 id="sim-events-title" className="figure-title">
        {e.title}
      </h3>
      <RunDrawing
        data={result}
        pending={m.results.computing}
        draw={(run) =>
          run.events.length === 0 ? (
            <p>{e.none}</p>
          ) : (
            <ol className="event-log">
              {run.events.map((event, i) => (
                <li key={i} data-kind={event.kind}>
                  <span className="event-quarter">{event.quarter}</span> <span>{event.message[lang].replace(`${event.quarter} `, "")}</span>
                </li>
              ))}
            </ol>
          )
        }
      />
    </section>
  );
});

/** The run's summary: the model's reading and the main figures. */
export const Summary = memo(function Summary({ result, lang, m, debt }: Props & DebtProps) {
  return (
    <section className="figure-block sim-summary" aria-labelledby="sim-summary-title">
      <h3 id="sim-summary-title" className="figure-title">
        {m.results.summary}
      </h3>
      <RunDrawing data={result} pending={m.results.computing} draw={(run) => <SummaryList result={run} lang={lang} m={m} debt={debt} />} />
    </section>
  );
});

function SummaryList({ result, lang, m, debt }: { result: ResultJson; lang: Lang; m: SimulatorMessages } & DebtProps) {
  const s = result.summary;
  const r = m.results;
  const money = moneyText(lang, result.scenario.fxJpyPerUsd);
  const end = result.quarters.at(-1)?.measures;
  const atEnd = (label: string) => fillTemplate(r.atEnd, { measure: label, quarter: result.quarters.at(-1)?.label ?? "" });
  const rows: Array<[string, string, string]> = [
    ["burstQuarter", r.summaryRows.burstQuarter, s.burstQuarter ?? r.noBurst],
    ["peakHiddenDebt", r.summaryRows.peakHiddenDebt, money(s.peakHiddenDebt)],
    ["peakTotalDebt", r.summaryRows.peakTotalDebt, money(s.peakTotalDebt)],
    ["peakReportedDebt", r.summaryRows.peakReportedDebt, money(s.peakReportedDebt)],
    ["leaseLiabilities", atEnd(debt.leaseLiabilities), money(end?.leaseLiabilities ?? Number.NaN)],
    ["adjustedDebt", atEnd(debt.adjustedDebt), money(end?.adjustedDebt ?? Number.NaN)],
    ["spvDebt", atEnd(debt.spvDebt), money(end?.spvDebt ?? Number.NaN)],
    ["commitmentsNotCommenced", atEnd(debt.commitmentsNotCommenced), money(end?.commitmentsNotCommenced ?? Number.NaN)],
    ["lenderRepaid", r.summaryRows.lenderRepaid, money(s.lenderRepaid)],
    ["lenderLoss", r.summaryRows.lenderLoss, money(s.lenderLoss)],
    ["sponsorAiNpv", r.summaryRows.sponsorAiNpv, money(s.sponsorAiNpv)],
    ["debtFundedCapexShare", r.summaryRows.debtFundedCapexShare, formatPercent(s.debtFundedCapexShare, lang)],
    ["minInterestCover", r.summaryRows.minInterestCover, formatNumber(s.minInterestCover, lang, 2)],
    ["verdict", r.summaryRows.verdict, r.verdict[s.verdict]],
  ];
  return (
    <>
      <p className="sim-headline" data-testid="sim-headline">
        {s.headline[lang]}
      </p>
      <dl className="sim-summary-list">
        {rows.map(([key, label, value]) => (
          <div key={key}>
            <dt>{label}</dt>
            <dd data-summary={key}>{value}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
