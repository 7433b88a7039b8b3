import { scaleBand, scaleLinear, scaleSqrt, scaleUtc } from "d3-scale";
import { Chart, Legend } from "@/components/chart/Chart";
import { formatNumber, formatPercent } from "@/components/chart/format";
import { linePath } from "@/components/chart/geometry";
import { moneyFormatter } from "@/components/figures/common";
import { fillTemplate, type Lang } from "@/messages/types";
import type { OneYearOnMessages } from "./messages";
import { TrackerFrame } from "./TrackerFrame";
import type { DealPoint, TrackerData } from "./tracker-data";

/**
 * The six tracker figures. Geometry from d3-scale, drawn as SVG in React on the server; captions are
 * templates filled from the rows each figure draws, and each table lists exactly those rows.
 */

interface FigureProps {
  n: number;
  lang: Lang;
  m: OneYearOnMessages;
  data: TrackerData;
}

const WIDTH = 640;
const COLORS = ["c1", "c2", "c3", "c4", "c5"] as const;
const colorOf = (keys: readonly string[], key: string): string => COLORS[Math.max(0, keys.indexOf(key)) % COLORS.length] ?? "c1";
/** Raw USD bn in tables: the value as the data hold it. */
const raw = (v: number | null, lang: Lang): string => (v === null ? "–" : formatNumber(v, lang, 3));
const sortedUnique = (values: readonly string[]): string[] => [...new Set(values)].sort();
const dateOf = (d: string): Date => new Date(`${d.length === 7 ? `${d}-15` : d}T00:00:00Z`);
const company = (m: OneYearOnMessages, id: string): string => m.companies[id] ?? id;

function signed(error: number | null, lang: Lang): string {
  if (error === null || !Number.isFinite(error)) return "–";
  const text = formatPercent(Math.abs(error), lang, 1);
  return error > 0 ? `+${text}` : error < 0 ? `−${text}` : text;
}

// ---- 1. capex -------------------------------------------------------------------------------------------------------

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
    ...points.map((p) => ({ company: company(m, p.company), period: p.period, kind: f.series?.reported ?? "", value: raw(p.value, lang), source: p.source.title })),
    ...guidance.map((g) => ({
      company: company(m, g.company),
      period: g.forPeriod,
      kind: fillTemplate(f.series?.guidanceRow ?? "", { date: g.published }),
      value: `${raw(g.low, lang)}–${raw(g.high, lang)}`,
      source: g.source.title,
    })),
  ];
  return (
    <TrackerFrame
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
      id="bonds"
      n={n}
      m={m}
      title={f.title}
      units={f.units}
      caption={caption}
      chart={
        <Chart frame={frame} label={f.chartLabel} className="tracker-chart">
          <g className="axis axis-left" aria-hidden="true">
            {y.ticks(5).map((t) => (
              <g key={t} transform={`translate(0,${y(t)})`}>
                <line className={t === 0 ? "grid grid-zero" : "grid"} x1={frame.margin.left} x2={frame.width - frame.margin.right} />
                <text x={frame.margin.left - 6} dy="0.32em" textAnchor="end">
                  {formatNumber(t, lang)}
                </text>
              </g>
            ))}
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
                    <title>{`${b.date} ${b.issuer}: ${money(b.amount ?? 0)}`}</title>
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
        rows: bonds.map((b) => ({ id: b.id, date: b.date, quarter: b.quarter, sponsor: company(m, b.sponsor), amount: raw(b.amount, lang), source: b.source.title })),
      }}
      sources={bonds.map((b) => b.source)}
    />
  );
}

// ---- 3. vehicle and private-credit deals on a timeline ----------------------------------------------------------------

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
    largest: largest?.issuer ?? "–",
    largestAmount: largest ? money(largest.amount) : "–",
  });
  const structures = sortedUnique(deals.map((d) => d.structure));
  return (
    <TrackerFrame
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
              <title>{`${d.date} ${d.issuer}: ${d.amount === null ? "–" : money(d.amount)} (${m.structures[d.structure] ?? d.structure})`}</title>
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
        rows: deals.map((d) => ({ id: d.id, date: d.date, sponsor: company(m, d.sponsor), structure: m.structures[d.structure] ?? d.structure, amount: raw(d.amount, lang), source: d.source.title })),
      }}
      sources={deals.map((d) => d.source)}
    />
  );
}

// ---- 4. lease liabilities vs leases not yet commenced ---------------------------------------------------------------

export function LeasesFigure({ n, lang, m, data }: FigureProps) {
  const f = m.figures.leases;
  const money = moneyFormatter(lang, data.fxJpyPerUsd);
  const leases = data.leases;
  const companies = Object.keys(m.companies).filter((c) => leases.some((l) => l.company === c));
  // each company at the latest quarter it reported leases not yet commenced, beside its lease liabilities then
  const at = companies.map((c) => {
    const nc = leases.filter((l) => l.company === c && l.item === "leasesNotCommenced").at(-1);
    const period = nc?.period ?? leases.filter((l) => l.company === c).at(-1)?.period ?? "";
    const op = leases.find((l) => l.company === c && l.period === period && l.item === "operatingLeaseLiabilities")?.value;
    const fin = leases.find((l) => l.company === c && l.period === period && l.item === "financeLeaseLiabilities")?.value;
    return { company: c, period, notCommenced: nc?.value, operating: op, finance: fin };
  });
  const frame = { width: WIDTH, height: 40 + companies.length * 46, margin: { top: 16, right: 20, bottom: 28, left: 130 } };
  const x = scaleLinear()
    .domain([0, Math.max(1, ...at.flatMap((a) => [a.notCommenced ?? 0, (a.operating ?? 0) + (a.finance ?? 0)]))])
    .range([frame.margin.left, frame.width - frame.margin.right])
    .nice();
  const y = scaleBand<string>().domain(companies).range([frame.margin.top, frame.height - frame.margin.bottom]).padding(0.2);
  const both = at.filter((a) => a.notCommenced !== undefined && (a.operating !== undefined || a.finance !== undefined));
  const pick = both.reduce<(typeof both)[number] | undefined>((a, b) => (a === undefined || (b.notCommenced ?? 0) > (a.notCommenced ?? 0) ? b : a), undefined);
  const liabilities = pick ? (pick.operating ?? 0) + (pick.finance ?? 0) : 0;
  const caption = fillTemplate(f.caption, {
    quarter: pick?.period ?? "–",
    company: pick ? company(m, pick.company) : "–",
    notCommenced: pick?.notCommenced === undefined ? "–" : money(pick.notCommenced),
    liabilities: pick ? money(liabilities) : "–",
    multiple: pick && liabilities > 0 ? fillTemplate(m.model.ratio, { n: formatNumber((pick.notCommenced ?? 0) / liabilities, lang, 1) }) : "–",
    rows: String(leases.length),
  });
  const series = f.series ?? {};
  const h = y.bandwidth() / 2;
  return (
    <TrackerFrame
      id="leases"
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
                <text y={frame.height - 10} textAnchor="middle">
                  {formatNumber(t, lang)}
                </text>
              </g>
            ))}
            {at.map((a) => (
              <text key={a.company} x={frame.margin.left - 8} y={(y(a.company) ?? 0) + h} dy="0.32em" textAnchor="end">
                {`${company(m, a.company)} ${a.period}`}
              </text>
            ))}
          </g>
          {at.map((a) => {
            const top = y(a.company) ?? 0;
            const x0 = x(0);
            const op = a.operating ?? 0;
            const fin = a.finance ?? 0;
            return (
              <g key={a.company}>
                <rect className="fill-c1" x={x0} y={top} height={h - 2} width={Math.max(0, x(op) - x0)}>
                  <title>{`${series.operatingLeaseLiabilities ?? ""} ${money(op)}`}</title>
                </rect>
                <rect className="fill-c3" x={x(op)} y={top} height={h - 2} width={Math.max(0, x(op + fin) - x(op))}>
                  <title>{`${series.financeLeaseLiabilities ?? ""} ${money(fin)}`}</title>
                </rect>
                <rect className="fill-c2" x={x0} y={top + h} height={h - 2} width={Math.max(0, x(a.notCommenced ?? 0) - x0)}>
                  <title>{`${series.leasesNotCommenced ?? ""} ${a.notCommenced === undefined ? "–" : money(a.notCommenced)}`}</title>
                </rect>
              </g>
            );
          })}
        </Chart>
      }
      legend={
        <Legend
          items={[
            { key: "op", label: series.operatingLeaseLiabilities ?? "", className: "fill-c1" },
            { key: "fin", label: series.financeLeaseLiabilities ?? "", className: "fill-c3" },
            { key: "nc", label: series.leasesNotCommenced ?? "", className: "fill-c2" },
          ]}
        />
      }
      table={{
        columns: [
          { key: "company", label: f.columns.company ?? "" },
          { key: "period", label: f.columns.period ?? "" },
          { key: "item", label: f.columns.item ?? "" },
          { key: "value", label: f.columns.value ?? "", numeric: true },
          { key: "source", label: f.columns.source ?? "" },
        ],
        rows: leases.map((l) => ({ company: company(m, l.company), period: l.period, item: series[l.item] ?? l.item, value: raw(l.value, lang), source: l.source.title })),
      }}
      sources={leases.map((l) => l.source)}
    />
  );
}

// ---- 5. GPU rental prices ----------------------------------------------------------------------------------------------

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
      id="gpu"
      n={n}
      m={m}
      title={f.title}
      units={f.units}
      caption={caption}
      chart={
        <Chart frame={frame} label={f.chartLabel} className="tracker-chart">
          <g className="axis" aria-hidden="true">
            {y.ticks(5).map((t) => (
              <g key={t} transform={`translate(0,${y(t)})`}>
                <line className={t === 0 ? "grid grid-zero" : "grid"} x1={frame.margin.left} x2={frame.width - frame.margin.right} />
                <text x={frame.margin.left - 6} dy="0.32em" textAnchor="end">
                  {formatNumber(t, lang, 1)}
                </text>
              </g>
            ))}
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
        rows: prices.map((p) => ({ series: m.seriesNames[p.series] ?? p.series, date: p.date, value: formatNumber(p.value, lang, 3), source: p.source.title })),
      }}
      sources={prices.map((p) => p.source)}
    />
  );
}

// ---- 6. backtest per company preset ------------------------------------------------------------------------------------

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
          source: r.source ?? "",
        })),
      }}
      sources={rows.flatMap(({ r }) => (r.url ? [{ url: r.url, title: r.source ?? r.url }] : []))}
    />
  );
}
