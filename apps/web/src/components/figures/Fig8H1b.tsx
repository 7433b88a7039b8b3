"use client";

import { formatMoney } from "@aidebt/model";
import { scaleLinear } from "d3-scale";
import { Chart, Legend } from "@/components/chart/Chart";
import { LiveNumber, RangeControl } from "@/components/chart/controls";
import { formatNumber, formatPercent } from "@/components/chart/format";
import type { Frame } from "@/components/chart/geometry";
import { fillTemplate } from "@/messages/types";
import { FigureFrame, Sentence } from "./FigureFrame";
import type { FigureBaseProps } from "./common";
import type { Fig8Data } from "./side-data";
import { useFigure } from "./use-figure";
import { fig8Spec } from "./specs";
import type { ExplainMessages } from "./explain-types";
import { ExplainBar } from "./Explain";
import { noticeSentence } from "./notice";
import type { Try } from "./try-this";

const frame: Frame = { width: 640, height: 220, margin: { top: 18, right: 40, bottom: 16, left: 120 } };

/** Dollars (not billions) in the model's money format. */
export function formatUsd(usd: number, lang: "ja" | "en", fxJpyPerUsd: number, currency: "usd" | "jpy" = "usd"): string {
  return formatMoney(usd / 1e9, { currency, lang, fxJpyPerUsd });
}

/**
 * Dollars in full, for the table a reader works the numbers back from: "19.5万ドル" and "$195,000", where
 * the model's money format rounds to "20万ドル".
 */
export function formatUsdExact(usd: number, lang: "ja" | "en"): string {
  if (!Number.isFinite(usd)) return "—";
  if (lang === "en") return `${usd < 0 ? "-" : ""}$${formatNumber(Math.abs(usd), lang)}`;
  return Math.abs(usd) >= 1e4 ? `${formatNumber(usd / 1e4, lang, 4)}万ドル` : `${formatNumber(usd, lang)}ドル`;
}

/** Figure 8: the H-1B fee against a startup's hiring budget (the model's h1bFeeImpact). */
export function Fig8H1b({ n, lang, m, common, terms, fx, x: xm, tries, initial }: FigureBaseProps<"h1b"> & { fx: number; x: ExplainMessages; tries: Try<typeof fig8Spec>[]; initial: Fig8Data }) {
  const { state, data, setState, prepare, pristine } = useFigure(n, fig8Spec, initial, (figures, st) => figures.fig8Data(st));
  const impact = data.impact;
  const maxHires = Math.max(1, impact.hiresWithoutFee);
  const cell = Math.min(22, (frame.width - frame.margin.left - frame.margin.right) / maxHires);
  const x = scaleLinear().domain([0, maxHires]).range([frame.margin.left, frame.margin.left + cell * maxHires]);
  const rows = [
    { key: "without", label: m.series.hiresWithout, hires: impact.hiresWithoutFee, y: 24 },
    { key: "with", label: m.series.hiresWith, hires: impact.hiresWithFee, y: 86 },
  ];
  const usd = (v: number) => formatUsd(v, lang, fx);
  // Off the default (a try or the reader's own move): hires with the fee in this state against the default's, both from the model's h1bFeeImpact.
  const notice = !pristine
    ? noticeSentence(xm, m.series.hiresMade, formatNumber(data.defaultHiresWithFee, lang), formatNumber(impact.hiresWithFee, lang))
    : null;
  // The budget as one bar: first-year pay of the hires made, the fees on them, and what is left unspent.
  const pay = impact.hiresWithFee * impact.costPerHireUsd;
  const budgetX = scaleLinear()
    .domain([0, Math.max(1, state.budget)])
    .range([frame.margin.left, frame.width - frame.margin.right]);
  const budgetParts = [
    { key: "pay", className: "fill-c2", from: 0, to: Math.min(pay, state.budget) },
    { key: "fees", className: "fill-c5", from: Math.min(pay, state.budget), to: Math.min(pay + impact.feesPaidUsd, state.budget) },
  ];

  const feeControl = {
    label: m.controls.fee,
    value: state.fee,
    min: fig8Spec.fee.min,
    max: fig8Spec.fee.max,
    step: fig8Spec.fee.step,
    onChange: (v: number) => setState({ fee: v }),
    format: usd,
  };
  const budgetControl = {
    label: m.controls.budget,
    value: state.budget,
    min: fig8Spec.budget.min,
    max: fig8Spec.budget.max,
    step: fig8Spec.budget.step,
    onChange: (v: number) => setState({ budget: v }),
    format: usd,
  };
  const salaryControl = {
    label: m.controls.salary,
    value: state.salary,
    min: fig8Spec.salary.min,
    max: fig8Spec.salary.max,
    step: fig8Spec.salary.step,
    onChange: (v: number) => setState({ salary: v }),
    format: usd,
  };

  return (
    <FigureFrame
      n={n}
      terms={terms}
      common={common}
      title={m.title}
      caption={m.caption}
      pristine={pristine}
      onIntent={prepare}
      explain={<ExplainBar x={xm} spec={fig8Spec} state={state} tries={tries} pristine={pristine} setState={setState} />}
      notice={notice}
      controls={
        <>
          <RangeControl name="fee" main {...feeControl} />
          <RangeControl name="budget" {...budgetControl} />
          <RangeControl name="salary" {...salaryControl} />
        </>
      }
      live={
        <Sentence
          // "from 10 to 10" is no change: said as such
          template={impact.hiresWithFee === impact.hiresWithoutFee ? m.liveSame : m.live}
          slots={{
            fee: <LiveNumber {...feeControl} />,
            budget: <LiveNumber {...budgetControl} />,
            hiresWithout: <strong>{formatNumber(impact.hiresWithoutFee, lang)}</strong>,
            hiresWith: <strong>{formatNumber(impact.hiresWithFee, lang)}</strong>,
            hires: <strong>{formatNumber(impact.hiresWithFee, lang)}</strong>,
          }}
        />
      }
      chart={() => (
        <Chart frame={frame} label={m.chartLabel}>
          {rows.map((row) => (
            <g key={row.key}>
              <text className="bar-label" x={frame.margin.left - 8} y={row.y + 16} textAnchor="end">
                {row.label}
              </text>
              {Array.from({ length: maxHires }, (_, i) => (
                <rect
                  key={i}
                  className={i < row.hires ? (row.key === "with" ? "fill-c2" : "fill-c1") : "fill-obsolete hire-lost"}
                  x={x(i) + 1}
                  y={row.y}
                  width={Math.max(1, cell - 3)}
                  height={Math.max(8, Math.min(32, cell * 1.4))}
                  rx={2}
                />
              ))}
              <text className="bar-value" x={x(maxHires) + 6} y={row.y + 16}>
                {formatNumber(row.hires, lang)}
              </text>
            </g>
          ))}
          <g className="budget-bar">
            <text className="bar-label" x={frame.margin.left - 8} y={186} textAnchor="end">
              {m.controls.budget}
            </text>
            <rect className="budget-track" x={budgetX(0)} y={170} width={budgetX(state.budget) - budgetX(0)} height={24} rx={2} />
            {budgetParts.map((part) => (
              <rect key={part.key} className={part.className} x={budgetX(part.from)} y={170} width={Math.max(0, budgetX(part.to) - budgetX(part.from))} height={24} />
            ))}
          </g>
        </Chart>
      )}
      legend={
        <Legend
          items={[
            { key: "without", label: m.series.hiresWithout, className: "fill-c1" },
            { key: "with", label: m.series.hiresWith, className: "fill-c2" },
            { key: "lost", label: m.series.hiresLost, className: "fill-obsolete" },
            { key: "fees", label: m.series.feesPaid, className: "fill-c5" },
          ]}
        />
      }
      aside={
        <>
          <p className="figure-summary">{m.summary.replace("{feeShare}", formatPercent(impact.feeShareOfCost, lang))}</p>
          {/* the model's own overhead and visa share, as this run used them */}
          <p className="meta" data-assumptions="">
            {fillTemplate(m.assumptions, { overhead: formatPercent(impact.overheadShare, lang), visa: formatPercent(impact.visaShare, lang) })}
          </p>
        </>
      }
      table={{
        columns: [
          { key: "case", label: m.axes.y },
          { key: "hires", label: m.series.hires, numeric: true },
          { key: "cost", label: m.series.costPerHire, numeric: true },
          { key: "fees", label: m.series.feesPaid, numeric: true },
        ],
        rows: () => [
          { case: m.series.hiresWithout, hires: formatNumber(impact.hiresWithoutFee, lang), cost: formatUsdExact(impact.costPerHireUsd, lang), fees: formatUsdExact(0, lang) },
          {
            case: m.series.hiresWith,
            hires: formatNumber(impact.hiresWithFee, lang),
            cost: formatUsdExact(impact.costPerHireWithFeeUsd, lang),
            fees: formatUsdExact(impact.feesPaidUsd, lang),
          },
        ],
      }}
    />
  );
}
