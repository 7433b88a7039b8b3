import { scaleLinear } from "d3-scale";
import { Chart, Legend } from "@/components/chart/Chart";
import { formatNumber } from "@/components/chart/format";
import { moneyFormatter } from "@/components/figures/common";
import { fillTemplate } from "@/messages/types";
import { TrackerFrame } from "./TrackerFrame";
import type { FigureProps } from "./tracker-common";
import { WIDTH, raw, signed, titleOf } from "./tracker-common";
import { backtestSource } from "./tracker-data";

export function BacktestFigure({ n, lang, m, data, labels }: FigureProps & { labels: Record<string, string> }) {
  const f = m.figures.backtest;
  const money = moneyFormatter(lang, data.fxJpyPerUsd);
  const panels = data.backtests;
  const rows = panels.flatMap((p) => p.rows.map((r) => ({ p, r })));
  const frame = { width: WIDTH, height: 30 + rows.length * 34 + panels.length * 24, margin: { top: 10, right: 80, bottom: 24, left: 190 } };
  const values = rows.flatMap(({ r }) => [r.model, r.actual]);
  const x = scaleLinear()
    .domain([Math.min(0, ...values), Math.max(1, ...values)])
    .range([frame.margin.left, frame.width - frame.margin.right])
    .nice();
  const first = panels[0];
  const within = first ? first.rows.filter((r) => r.error !== null && Math.abs(r.error) <= 0.1).length : 0;
  const worst = first?.rows.reduce<(typeof first.rows)[number] | undefined>((a, r) => (r.error !== null && (a === undefined || Math.abs(r.error) > Math.abs(a.error ?? 0)) ? r : a), undefined);
  const caption =
    first === undefined
      ? m.backtestNone
      : fillTemplate(f.caption, {
          preset: `${first.presetName[lang]} (${first.preset})`,
          start: first.startQuarter,
          year: first.rows[0]?.period ?? "–",
          within: String(within),
          count: String(first.rows.length),
          worst: worst ? (labels[worst.item] ?? worst.item) : "–",
          worstError: signed(worst?.error ?? null, lang),
        });
  let cursor = frame.margin.top;
  const series = f.series ?? {};
  return (
    <TrackerFrame
      lang={lang}
      id="backtest"
      n={n}
      m={m}
      title={f.title}
      units={f.units}
      caption={caption}
      chart={
        <Chart frame={frame} label={f.chartLabel} className="tracker-chart">
          <g className="axis" aria-hidden="true">
            {x.ticks(5).map((t) => (
              <g key={t} transform={`translate(${x(t)},0)`}>
                <line className={t === 0 ? "grid grid-zero" : "grid"} y1={frame.margin.top} y2={frame.height - frame.margin.bottom} />
                <text y={frame.height - 8} textAnchor="middle">
                  {formatNumber(t, lang)}
                </text>
              </g>
            ))}
          </g>
          {panels.map((p) => {
            const top = cursor;
            cursor += 24 + p.rows.length * 34;
            return (
              <g key={p.preset} data-preset={p.preset}>
                <text className="panel-title" x={8} y={top + 14}>
                  {`${p.presetName[lang]} (${p.preset})`}
                </text>
                {p.rows.map((r, i) => {
                  const yy = top + 24 + i * 34;
                  const x0 = x(0);
                  const bar = (v: number, dy: number, cls: string) => <rect className={cls} x={Math.min(x0, x(v))} y={yy + dy} height={12} width={Math.abs(x(v) - x0)} />;
                  return (
                    <g key={r.item}>
                      <text x={frame.margin.left - 8} y={yy + 12} dy="0.32em" textAnchor="end">
                        {labels[r.item] ?? r.item}
                      </text>
                      {bar(r.model, 0, "fill-c1")}
                      {bar(r.actual, 14, "fill-c2")}
                      <text x={frame.width - frame.margin.right + 6} y={yy + 12} dy="0.32em">
                        {signed(r.error, lang)}
                      </text>
                      <title>{`${labels[r.item] ?? r.item} ${r.period}: ${series.model ?? ""} ${money(r.model)} · ${series.reported ?? ""} ${money(r.actual)}`}</title>
                    </g>
                  );
                })}
              </g>
            );
          })}
        </Chart>
      }
      legend={
        <Legend
          items={[
            { key: "model", label: series.model ?? "", className: "fill-c1" },
            { key: "reported", label: series.reported ?? "", className: "fill-c2" },
          ]}
        />
      }
      table={{
        columns: [
          { key: "preset", label: f.columns.preset ?? "" },
          { key: "item", label: f.columns.item ?? "" },
          { key: "period", label: f.columns.period ?? "" },
          { key: "model", label: f.columns.model ?? "", numeric: true },
          { key: "reported", label: f.columns.reported ?? "", numeric: true },
          { key: "error", label: f.columns.error ?? "", numeric: true },
          { key: "source", label: f.columns.source ?? "" },
        ],
        rows: rows.map(({ p, r }) => ({
          preset: p.preset,
          item: labels[r.item] ?? r.item,
          period: r.period,
          model: raw(r.model, lang),
          reported: raw(r.actual, lang),
          error: signed(r.error, lang),
          source: r.url ? titleOf(backtestSource(r.url, r.source ?? r.url), lang) : (r.source ?? ""),
        })),
      }}
      sources={rows.flatMap(({ r }) => (r.url ? [backtestSource(r.url, r.source ?? r.url)] : []))}
    />
  );
}
