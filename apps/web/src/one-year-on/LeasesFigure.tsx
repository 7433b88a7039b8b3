import { scaleBand, scaleLinear } from "d3-scale";
import { Chart, Legend } from "@/components/chart/Chart";
import { formatNumber } from "@/components/chart/format";
import { moneyFormatter } from "@/components/figures/common";
import { fillTemplate } from "@/messages/types";
import { TrackerFrame } from "./TrackerFrame";
import type { FigureProps } from "./tracker-common";
import { WIDTH, raw, company, titleOf } from "./tracker-common";

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
      lang={lang}
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
        rows: leases.map((l) => ({ company: company(m, l.company), period: l.period, item: series[l.item] ?? l.item, value: raw(l.value, lang), source: titleOf(l.source, lang) })),
      }}
      sources={leases.map((l) => l.source)}
    />
  );
}

// ---- 5. GPU rental prices ----------------------------------------------------------------------------------------------
