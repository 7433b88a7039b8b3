import { scaleBand, scaleLinear } from "d3-scale";
import { AxisLeft } from "@/components/chart/axes";
import { Chart, Legend } from "@/components/chart/Chart";
import { formatNumber } from "@/components/chart/format";
import { moneyFormatter } from "@/components/figures/common";
import { fillTemplate } from "@/messages/types";
import { TrackerFrame } from "./TrackerFrame";
import type { FigureProps } from "./tracker-common";
import { WIDTH, colorOf, raw, sortedUnique, company, issuerOf, titleOf } from "./tracker-common";

export function BondsFigure({ n, lang, m, data }: FigureProps) {
  const f = m.figures.bonds;
  const money = moneyFormatter(lang, data.fxJpyPerUsd);
  const bonds = data.bonds;
  const sponsors = Object.keys(m.companies).filter((c) => bonds.some((b) => b.sponsor === c));
  const quarters = sortedUnique(bonds.map((b) => b.quarter));
  const totals = quarters.map((q) => ({ q, total: bonds.filter((b) => b.quarter === q).reduce((s, b) => s + (b.amount ?? 0), 0) }));
  const frame = { width: WIDTH, height: 280, margin: { top: 24, right: 12, bottom: 30, left: 48 } };
  const x = scaleBand<string>().domain(quarters).range([frame.margin.left, frame.width - frame.margin.right]).padding(0.25);
  const y = scaleLinear()
    .domain([0, Math.max(1, ...totals.map((t) => t.total))])
    .range([frame.height - frame.margin.bottom, frame.margin.top])
    .nice();
  const topQ = totals.reduce<(typeof totals)[number] | undefined>((a, t) => (a === undefined || t.total > a.total ? t : a), undefined);
  const caption = fillTemplate(f.caption, {
    count: String(bonds.length),
    first: bonds[0]?.date ?? "–",
    last: bonds.at(-1)?.date ?? "–",
    total: money(bonds.reduce((s, b) => s + (b.amount ?? 0), 0)),
    topQuarter: topQ?.q ?? "–",
    topValue: topQ ? money(topQ.total) : "–",
  });
  return (
    <TrackerFrame
      lang={lang}
      id="bonds"
      n={n}
      m={m}
      title={f.title}
      units={f.units}
      caption={caption}
      chart={
        <Chart frame={frame} label={f.chartLabel} className="tracker-chart">
          <AxisLeft scale={y} frame={frame} label="" format={(v) => formatNumber(v, lang)} />
          <g className="axis axis-left" aria-hidden="true">
            {quarters.map((q) => (
              <text key={q} x={(x(q) ?? 0) + x.bandwidth() / 2} y={frame.height - 10} textAnchor="middle">
                {q}
              </text>
            ))}
          </g>
          {quarters.map((q) => {
            let base = 0;
            return bonds
              .filter((b) => b.quarter === q && b.amount !== null)
              .map((b) => {
                const y0 = base;
                base += b.amount ?? 0;
                return (
                  <rect key={b.id} className={`fill-${colorOf(sponsors, b.sponsor)}`} x={x(q) ?? 0} width={x.bandwidth()} y={y(base)} height={Math.max(0, y(y0) - y(base))} stroke="var(--bg, #fff)">
                    <title>{`${b.date} ${issuerOf(b, lang)}: ${money(b.amount ?? 0)}`}</title>
                  </rect>
                );
              });
          })}
        </Chart>
      }
      legend={<Legend items={sponsors.map((s) => ({ key: s, label: company(m, s), className: `fill-${colorOf(sponsors, s)}` }))} />}
      table={{
        columns: [
          { key: "id", label: f.columns.id ?? "" },
          { key: "date", label: f.columns.date ?? "" },
          { key: "quarter", label: f.columns.quarter ?? "" },
          { key: "sponsor", label: f.columns.sponsor ?? "" },
          { key: "amount", label: f.columns.amount ?? "", numeric: true },
          { key: "source", label: f.columns.source ?? "" },
        ],
        rows: bonds.map((b) => ({ id: b.id, date: b.date, quarter: b.quarter, sponsor: company(m, b.sponsor), amount: raw(b.amount, lang), source: titleOf(b.source, lang) })),
      }}
      sources={bonds.map((b) => b.source)}
    />
  );
}

// ---- 3. vehicle and private-credit deals on a timeline ----------------------------------------------------------------
