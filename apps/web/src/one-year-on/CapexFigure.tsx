import { scaleBand, scaleLinear } from "d3-scale";
import { Chart, Legend } from "@/components/chart/Chart";
import { formatNumber } from "@/components/chart/format";
import { moneyFormatter } from "@/components/figures/common";
import { fillTemplate } from "@/messages/types";
import { TrackerFrame } from "./TrackerFrame";
import type { FigureProps } from "./tracker-common";
import { WIDTH, raw, sortedUnique, company, titleOf } from "./tracker-common";

export function CapexFigure({ n, lang, m, data }: FigureProps) {
  const f = m.figures.capex;
  const money = moneyFormatter(lang, data.fxJpyPerUsd);
  const { quarters, points, bands, guidance } = data.capex;
  const companies = sortedUnique([...points.map((p) => p.company), ...bands.map((b) => b.company)]);
  const ordered = Object.keys(m.companies).filter((c) => companies.includes(c));
  const cols = 2;
  const panel = { width: WIDTH / cols, height: 150, top: 30, bottom: 22, left: 40, right: 10 };
  const height = Math.ceil(ordered.length / cols) * panel.height;
  const x = scaleBand<string>().domain(quarters).range([panel.left, panel.width - panel.right]).padding(0.2);
  const latest = points.reduce<string>((a, p) => (p.period > a ? p.period : a), "");
  const top = points.reduce<(typeof points)[number] | undefined>((a, p) => (a === undefined || p.value > a.value ? p : a), undefined);
  const lastGuidance = guidance.at(-1);
  const caption = fillTemplate(f.caption, {
    latest,
    topCompany: top ? company(m, top.company) : "–",
    topValue: top ? money(top.value) : "–",
    topQuarter: top?.period ?? "–",
    guidanceCount: String(guidance.length),
    guidanceDate: lastGuidance?.published ?? "–",
    guidanceCompany: lastGuidance ? company(m, lastGuidance.company) : "–",
    guidancePeriod: lastGuidance?.forPeriod ?? "–",
    guidanceLow: lastGuidance ? money(lastGuidance.low) : "–",
    guidanceHigh: lastGuidance ? money(lastGuidance.high) : "–",
  });
  const rows = [
    ...points.map((p) => ({ company: company(m, p.company), period: p.period, kind: f.series?.reported ?? "", value: raw(p.value, lang), source: titleOf(p.source, lang) })),
    ...guidance.map((g) => ({
      company: company(m, g.company),
      period: g.forPeriod,
      kind: fillTemplate(f.series?.guidanceRow ?? "", { date: g.published }),
      value: `${raw(g.low, lang)}–${raw(g.high, lang)}`,
      source: titleOf(g.source, lang),
    })),
  ];
  return (
    <TrackerFrame
      lang={lang}
      id="capex"
      n={n}
      m={m}
      title={f.title}
      units={f.units}
      caption={caption}
      chart={
        <Chart frame={{ width: WIDTH, height, margin: { top: 0, right: 0, bottom: 0, left: 0 } }} label={f.chartLabel} className="tracker-chart">
          {ordered.map((c, i) => {
            const mine = points.filter((p) => p.company === c);
            const myBands = bands.filter((b) => b.company === c);
            const max = Math.max(1, ...mine.map((p) => p.value), ...myBands.map((b) => b.high / 4));
            const y = scaleLinear().domain([0, max]).range([panel.height - panel.bottom, panel.top]).nice(3);
            return (
              <g key={c} transform={`translate(${(i % cols) * panel.width},${Math.floor(i / cols) * panel.height})`} data-company={c}>
                <text className="panel-title" x={panel.left - 34} y={14}>
                  {company(m, c)}
                </text>
                <g className="axis axis-left" aria-hidden="true">
                  {y.ticks(3).map((t) => (
                    <g key={t} transform={`translate(0,${y(t)})`}>
                      <line className={t === 0 ? "grid grid-zero" : "grid"} x1={panel.left} x2={panel.width - panel.right} />
                      <text x={panel.left - 4} dy="0.32em" textAnchor="end">
                        {formatNumber(t, lang)}
                      </text>
                    </g>
                  ))}
                  {quarters.map((q, k) =>
                    k % 4 === 0 ? (
                      <text key={q} x={(x(q) ?? 0) + x.bandwidth() / 2} y={panel.height - 6} textAnchor="middle">
                        {q}
                      </text>
                    ) : null,
                  )}
                </g>
                {myBands.map((b) => {
                  const inside = b.quarters.filter((q) => quarters.includes(q));
                  const x0 = x(inside[0] ?? "") ?? panel.left;
                  const x1 = (x(inside.at(-1) ?? "") ?? panel.left) + x.bandwidth();
                  return (
                    <rect key={b.forPeriod} className="fill-c2 guidance-band" fillOpacity={0.3} x={x0} width={Math.max(0, x1 - x0)} y={y(b.high / 4)} height={Math.max(1, y(b.low / 4) - y(b.high / 4))}>
                      <title>{`${company(m, c)} ${b.forPeriod}: ${money(b.low)}–${money(b.high)} (${b.published})`}</title>
                    </rect>
                  );
                })}
                {mine.map((p) => (
                  <rect key={p.period} className="fill-c1" x={x(p.period) ?? 0} width={x.bandwidth()} y={y(p.value)} height={Math.max(0, y(0) - y(p.value))}>
                    <title>{`${company(m, c)} ${p.period}: ${money(p.value)}`}</title>
                  </rect>
                ))}
              </g>
            );
          })}
        </Chart>
      }
      legend={
        <Legend
          items={[
            { key: "reported", label: f.series?.reported ?? "", className: "fill-c1" },
            { key: "guidance", label: f.series?.guidance ?? "", className: "fill-c2" },
          ]}
        />
      }
      table={{
        columns: [
          { key: "company", label: f.columns.company ?? "" },
          { key: "period", label: f.columns.period ?? "" },
          { key: "kind", label: f.columns.kind ?? "" },
          { key: "value", label: f.columns.value ?? "", numeric: true },
          { key: "source", label: f.columns.source ?? "" },
        ],
        rows,
      }}
      sources={[...points.map((p) => p.source), ...guidance.map((g) => g.source)]}
    />
  );
}

// ---- 2. bonds by quarter ---------------------------------------------------------------------------------------------
