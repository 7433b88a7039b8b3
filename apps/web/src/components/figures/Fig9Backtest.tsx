import type { BacktestItem } from "@aidebt/model";
import { scaleLinear, scalePoint } from "d3-scale";
import { Chart, Legend } from "@/components/chart/Chart";
import { formatNumber, formatPercent, moneyAxisValue } from "@/components/chart/format";
import { linePath, type Frame } from "@/components/chart/geometry";
import type { Lang, Messages } from "@/messages/types";
import { fillTemplate } from "@/messages/types";
import { DataTable } from "@/components/chart/DataTable";
import { FigureLayout } from "./FigureLayout";
import type { ErrorBand, Fig9Data } from "./backtest-data";
import { moneyFormatter } from "./common";

interface Props {
  n: number;
  lang: Lang;
  m: Messages["figures"]["backtest"];
  common: Messages["common"];
  data: Fig9Data;
  /** The items' labels, from the model's RESULT_FIELDS. */
  labels: Record<BacktestItem, string>;
}

const COLUMNS = 2;
const PANEL = { width: 320, height: 132, margin: { top: 40, right: 16, bottom: 20, left: 52 } };
const frame: Frame = { width: PANEL.width * COLUMNS, height: 0, margin: { top: 0, right: 0, bottom: 0, left: 0 } };
const QUARTERS = ["Q1", "Q2", "Q3", "Q4"] as const;

/** A relative error with its sign ("+8.6%", "−21.2%"). */
export function signedPercent(error: number | null, lang: Lang): string {
  if (error === null || !Number.isFinite(error)) return "–";
  const text = formatPercent(Math.abs(error), lang, 1);
  return error > 0 ? `+${text}` : error < 0 ? `−${text}` : text;
}

/** The caption's sentence from the run: which items the model gets within 10%, within 15%, or not. */
export function backtestCaption(data: Fig9Data, labels: Record<BacktestItem, string>, m: Props["m"], lang: Lang): string {
  const named = (band: ErrorBand) => {
    const items = data.panels.filter((p) => p.year.band === band).map((p) => (band === "within10" ? labels[p.item] : `${labels[p.item]} (${signedPercent(p.year.error, lang)})`));
    return items.length === 0 ? m.none : items.join(m.listSeparator);
  };
  const text = fillTemplate(m.caption, { within10: named("within10"), within15: named("within15"), outside: named("outside") });
  const undefinedItems = data.panels.filter((p) => p.year.band === "undefined");
  return undefinedItems.length === 0 ? text : `${text} ${fillTemplate(m.undefinedNote, { items: undefinedItems.map((p) => labels[p.item]).join(m.listSeparator) })}`;
}

/**
 * Figure 9: the model's `meta-2024` preset (opening from Meta's FY2024 10-K) against what Meta reported for
 * 2025, item by item: the reported quarters as dots, the model's quarters as a line, and the fiscal year's
 * relative error in each panel's heading. The figure has no state: the backtest is the model's, computed on
 * the server, and the figure is drawn there: it sends the browser no code.
 */
export function Fig9Backtest({ n, lang, m, common, data, labels }: Props) {
  const money = moneyFormatter(lang, data.fx);
  const rows = Math.ceil(data.panels.length / COLUMNS);
  const chartFrame = { ...frame, height: rows * PANEL.height };
  const x = scalePoint<string>().domain(QUARTERS).range([PANEL.margin.left, PANEL.width - PANEL.margin.right]).padding(0.3);
  const caption = backtestCaption(data, labels, m, lang);
  const rowsOf = () =>
    data.panels.map((p) => ({
      item: labels[p.item],
      period: p.year.period,
      model: money(p.year.model),
      reported: money(p.year.actual),
      error: signedPercent(p.year.error, lang),
      band: m.bands[p.year.band],
      source: p.year.source ?? p.year.url ?? "",
    }));

  return (
    <FigureLayout
      n={n}
      common={common}
      title={m.title}
      caption={caption}
      hydrated
      controls={null}
      chart={
        <Chart frame={chartFrame} label={m.chartLabel} className="backtest-chart">
          {data.panels.map((panel, i) => {
            const left = (i % COLUMNS) * PANEL.width;
            const top = Math.floor(i / COLUMNS) * PANEL.height;
            const values = panel.quarters.flatMap((q) => [moneyAxisValue(q.model, lang), moneyAxisValue(q.actual, lang)]);
            const y = scaleLinear()
              .domain([Math.min(0, ...values), Math.max(1, ...values)])
              .range([PANEL.height - PANEL.margin.bottom, PANEL.margin.top])
              .nice(3);
            const at = (period: string) => x(period.slice(4)) ?? 0;
            return (
              <g key={panel.item} transform={`translate(${left},${top})`} data-item={panel.item} data-band={panel.year.band}>
                <text className="panel-title" x={PANEL.margin.left - 44} y={14}>
                  {labels[panel.item]}
                </text>
                <text className={`panel-year band-${panel.year.band}`} x={PANEL.margin.left - 44} y={29}>
                  {fillTemplate(m.panelYear, {
                    year: panel.year.period,
                    model: money(panel.year.model),
                    reported: money(panel.year.actual),
                    error: signedPercent(panel.year.error, lang),
                  })}
                </text>
                <g className="axis axis-left" aria-hidden="true">
                  {y.ticks(3).map((tick) => (
                    <g key={tick} transform={`translate(0,${y(tick)})`}>
                      <line className={tick === 0 ? "grid grid-zero" : "grid"} x1={PANEL.margin.left} x2={PANEL.width - PANEL.margin.right} />
                      <text x={PANEL.margin.left - 6} dy="0.32em" textAnchor="end">
                        {formatNumber(tick, lang)}
                      </text>
                    </g>
                  ))}
                  {QUARTERS.map((q) => (
                    <text key={q} x={x(q)} y={PANEL.height - 6} textAnchor="middle">
                      {q}
                    </text>
                  ))}
                </g>
                <path className="series-line stroke-c1" d={linePath(panel.quarters.map((q) => [at(q.period), y(moneyAxisValue(q.model, lang))]))} />
                {panel.quarters.map((q) => (
                  <g key={q.period}>
                    <circle className="backtest-model" cx={at(q.period)} cy={y(moneyAxisValue(q.model, lang))} r={3.5} />
                    <circle className="backtest-reported fill-c2" cx={at(q.period)} cy={y(moneyAxisValue(q.actual, lang))} r={4}>
                      <title>{`${q.period} ${m.series.reported} ${money(q.actual)} · ${m.series.model} ${money(q.model)} (${signedPercent(q.error, lang)})`}</title>
                    </circle>
                  </g>
                ))}
              </g>
            );
          })}
        </Chart>
      }
      legend={
        <>
          <Legend
            items={[
              { key: "model", label: m.series.model, className: "stroke-c1", shape: "line" },
              { key: "reported", label: m.series.reported, className: "fill-c2" },
            ]}
          />
          <p className="meta">{fillTemplate(m.unitNote, { unit: common.moneyAxisUnit, start: data.startQuarter })}</p>
          <div className="backtest-sources">
          <h4>{m.sourcesHeading}</h4>
          <ul>
            {data.sources.map((s) => (
              <li key={s.url}>
                <a href={s.url} rel="noopener noreferrer external">
                  {s.title}
                </a>
              </li>
            ))}
          </ul>
        </div>
        </>
      }
      dataTable={
        <DataTable
          summary={common.showData}
          caption={m.title}
          rows={rowsOf()}
          columns={[
            { key: "item", label: m.columns.item },
            { key: "period", label: m.columns.period },
            { key: "model", label: m.columns.model, numeric: true },
            { key: "reported", label: m.columns.reported, numeric: true },
            { key: "error", label: m.columns.error, numeric: true },
            { key: "band", label: m.columns.band },
            { key: "source", label: m.columns.source },
          ]}
        />
      }
    />
  );
}
