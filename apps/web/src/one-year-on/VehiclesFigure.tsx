import { scaleBand, scaleSqrt, scaleUtc } from "d3-scale";
import { Chart, Legend } from "@/components/chart/Chart";
import { moneyFormatter } from "@/components/figures/common";
import { fillTemplate } from "@/messages/types";
import { TrackerFrame } from "./TrackerFrame";
import type { DealPoint } from "./tracker-data";
import type { FigureProps } from "./tracker-common";
import { WIDTH, colorOf, raw, sortedUnique, dateOf, company, issuerOf, titleOf } from "./tracker-common";

export function VehiclesFigure({ n, lang, m, data }: FigureProps) {
  const f = m.figures.vehicles;
  const money = moneyFormatter(lang, data.fxJpyPerUsd);
  const deals = data.vehicles;
  const sponsors = sortedUnique(deals.map((d) => d.sponsor));
  const frame = { width: WIDTH, height: 60 + sponsors.length * 44, margin: { top: 20, right: 30, bottom: 30, left: 90 } };
  const dates = deals.map((d) => dateOf(d.date));
  const x = scaleUtc()
    .domain([new Date(Math.min(...dates.map(Number))), new Date(Math.max(...dates.map(Number)))])
    .range([frame.margin.left, frame.width - frame.margin.right])
    .nice();
  const y = scaleBand<string>().domain(sponsors).range([frame.margin.top, frame.height - frame.margin.bottom]).padding(0.2);
  const r = scaleSqrt()
    .domain([0, Math.max(1, ...deals.map((d) => d.amount ?? 0))])
    .range([0, 20]);
  const disclosed = deals.filter((d): d is DealPoint & { amount: number } => d.amount !== null);
  const largest = disclosed.reduce<(typeof disclosed)[number] | undefined>((a, d) => (a === undefined || d.amount > a.amount ? d : a), undefined);
  const caption = fillTemplate(f.caption, {
    count: String(deals.length),
    first: deals[0]?.date ?? "–",
    last: deals.at(-1)?.date ?? "–",
    total: money(disclosed.reduce((s, d) => s + d.amount, 0)),
    largest: largest ? issuerOf(largest, lang) : "–",
    largestAmount: largest ? money(largest.amount) : "–",
  });
  const structures = sortedUnique(deals.map((d) => d.structure));
  return (
    <TrackerFrame
      lang={lang}
      id="vehicles"
      n={n}
      m={m}
      title={f.title}
      units={f.units}
      caption={caption}
      chart={
        <Chart frame={frame} label={f.chartLabel} className="tracker-chart">
          <g className="axis" aria-hidden="true">
            {x.ticks(6).map((t) => (
              <g key={t.toISOString()} transform={`translate(${x(t)},0)`}>
                <line className="grid" y1={frame.margin.top} y2={frame.height - frame.margin.bottom} />
                <text y={frame.height - 10} textAnchor="middle">
                  {t.toISOString().slice(0, 7)}
                </text>
              </g>
            ))}
            {sponsors.map((s) => (
              <text key={s} x={frame.margin.left - 8} y={(y(s) ?? 0) + y.bandwidth() / 2} dy="0.32em" textAnchor="end">
                {company(m, s)}
              </text>
            ))}
          </g>
          {deals.map((d) => (
            <circle
              key={d.id}
              className={`fill-${colorOf(structures, d.structure)}`}
              fillOpacity={0.6}
              cx={x(dateOf(d.date))}
              cy={(y(d.sponsor) ?? 0) + y.bandwidth() / 2}
              r={d.amount === null ? 3 : Math.max(3, r(d.amount))}
            >
              <title>{`${d.date} ${issuerOf(d, lang)}: ${d.amount === null ? "–" : money(d.amount)} (${m.structures[d.structure] ?? d.structure})`}</title>
            </circle>
          ))}
        </Chart>
      }
      legend={<Legend items={structures.map((s) => ({ key: s, label: m.structures[s] ?? s, className: `fill-${colorOf(structures, s)}` }))} />}
      table={{
        columns: [
          { key: "id", label: f.columns.id ?? "" },
          { key: "date", label: f.columns.date ?? "" },
          { key: "sponsor", label: f.columns.sponsor ?? "" },
          { key: "structure", label: f.columns.structure ?? "" },
          { key: "amount", label: f.columns.amount ?? "", numeric: true },
          { key: "source", label: f.columns.source ?? "" },
        ],
        rows: deals.map((d) => ({ id: d.id, date: d.date, sponsor: company(m, d.sponsor), structure: m.structures[d.structure] ?? d.structure, amount: raw(d.amount, lang), source: titleOf(d.source, lang) })),
      }}
      sources={deals.map((d) => d.source)}
    />
  );
}

// ---- 4. lease liabilities vs leases not yet commenced ---------------------------------------------------------------
