import { scaleLinear, scaleUtc } from "d3-scale";
import { AxisLeft } from "@/components/chart/axes";
import { Chart, Legend } from "@/components/chart/Chart";
import { formatNumber } from "@/components/chart/format";
import { linePath } from "@/components/chart/geometry";
import { fillTemplate } from "@/messages/types";
import { TrackerFrame } from "./TrackerFrame";
import type { FigureProps } from "./tracker-common";
import { WIDTH, colorOf, sortedUnique, dateOf, titleOf } from "./tracker-common";

export function GpuFigure({ n, lang, m, data }: FigureProps) {
  const f = m.figures.gpu;
  const prices = data.gpu;
  const ids = sortedUnique(prices.map((p) => p.series));
  const frame = { width: WIDTH, height: 260, margin: { top: 24, right: 20, bottom: 30, left: 48 } };
  const dates = prices.map((p) => dateOf(p.date));
  const x = scaleUtc()
    .domain([new Date(Math.min(...dates.map(Number))), new Date(Math.max(...dates.map(Number)))])
    .range([frame.margin.left, frame.width - frame.margin.right])
    .nice();
  const y = scaleLinear()
    .domain([0, Math.max(1, ...prices.map((p) => p.value))])
    .range([frame.height - frame.margin.bottom, frame.margin.top])
    .nice();
  const dollars = (v: number): string => `$${formatNumber(v, lang, 2)}`;
  const values = prices.map((p) => p.value);
  const caption = fillTemplate(f.caption, {
    count: String(prices.length),
    first: prices[0]?.date ?? "–",
    last: prices.at(-1)?.date ?? "–",
    low: values.length ? dollars(Math.min(...values)) : "–",
    high: values.length ? dollars(Math.max(...values)) : "–",
  });
  return (
    <TrackerFrame
      lang={lang}
      id="gpu"
      n={n}
      m={m}
      title={f.title}
      units={f.units}
      caption={caption}
      chart={
        <Chart frame={frame} label={f.chartLabel} className="tracker-chart">
          <AxisLeft scale={y} frame={frame} label="" format={(v) => formatNumber(v, lang, 1)} />
          <g className="axis" aria-hidden="true">
            {x.ticks(6).map((t) => (
              <text key={t.toISOString()} x={x(t)} y={frame.height - 10} textAnchor="middle">
                {t.toISOString().slice(0, 7)}
              </text>
            ))}
          </g>
          {ids.map((id) => {
            const mine = prices.filter((p) => p.series === id);
            const color = colorOf(ids, id);
            return (
              <g key={id}>
                {mine.length > 1 ? <path className={`series-line stroke-${color}`} d={linePath(mine.map((p) => [x(dateOf(p.date)), y(p.value)]))} /> : null}
                {mine.map((p) => (
                  <circle key={p.date} className={`fill-${color}`} cx={x(dateOf(p.date))} cy={y(p.value)} r={4.5}>
                    <title>{`${m.seriesNames[id] ?? id} ${p.date}: ${dollars(p.value)}`}</title>
                  </circle>
                ))}
              </g>
            );
          })}
        </Chart>
      }
      legend={<Legend items={ids.map((id) => ({ key: id, label: m.seriesNames[id] ?? id, className: `fill-${colorOf(ids, id)}` }))} />}
      table={{
        columns: [
          { key: "series", label: f.columns.series ?? "" },
          { key: "date", label: f.columns.date ?? "" },
          { key: "value", label: f.columns.value ?? "", numeric: true },
          { key: "source", label: f.columns.source ?? "" },
        ],
        rows: prices.map((p) => ({ series: m.seriesNames[p.series] ?? p.series, date: p.date, value: formatNumber(p.value, lang, 3), source: titleOf(p.source, lang) })),
      }}
      sources={prices.map((p) => p.source)}
    />
  );
}

// ---- 6. backtest per company preset ------------------------------------------------------------------------------------
