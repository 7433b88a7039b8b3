"use client";

import { useEffect, useRef } from "react";
import { DataTable } from "@/components/chart/DataTable";
import { RangeControl, ToggleGroup } from "@/components/chart/controls";
import { formatPercent } from "@/components/chart/format";
import type { Messages } from "@/messages/types";
import { moneyFormatter } from "./common";
import type { Fig2Spec } from "./data";
import type { ExplainMessages } from "./explain-types";
import { structureAmounts, structureCaption } from "./structure-caption";
import type { StructureData, StructureSpec } from "./structure-data";
import { boxes, flowKind, flowWidths, lanes, structureFrame, type FlowKey } from "./structure-geometry";
import { useStructure } from "./use-structure";

/** Drawing order: balances under flows, so a quarter's rent stays visible over the debt behind it. */
const FLOWS: readonly FlowKey[] = ["guarantee", "debt", "consolidated", "rent", "payments", "interest"];
const flowClass: Record<FlowKey, string> = {
  debt: "stroke-c2",
  rent: "stroke-c3",
  interest: "stroke-c1",
  payments: "stroke-c4",
  guarantee: "stroke-c5",
  consolidated: "stroke-c4",
};

/** The largest amount of each kind over every quarter of the runs given: the top of the width scales. */
function reachOf(runs: readonly StructureData[]): { flow: number; balance: number } {
  let flow = 0;
  let balance = 0;
  for (const d of runs) {
    d.labels.forEach((_, i) => {
      const a = structureAmounts(d, i);
      for (const key of Object.keys(a) as FlowKey[]) {
        const v = a[key];
        if (!Number.isFinite(v)) continue;
        if (flowKind[key] === "flow") flow = Math.max(flow, v);
        else balance = Math.max(balance, v);
      }
    });
  }
  return { flow, balance };
}

interface Props {
  lang: "ja" | "en";
  common: Messages["common"];
  x: ExplainMessages;
  fig2: Fig2Spec;
  spec: StructureSpec;
  initial: StructureData;
  scenarios: { value: string; label: string }[];
}

/**
 * The structure before figure 2's numbers: sponsor ⇄ vehicle ⇄ lenders, with rent, interest, payments under
 * the guarantee, the residual value guarantee itself and consolidation, each as wide as its amount in the
 * chosen quarter of figure 2's run. Widths are measured against the largest amount of the run and of the
 * default run, so the reader's changes read against where the article starts.
 */
export function StructureDiagram({ lang, common, x, fig2, spec, initial, scenarios }: Props) {
  const m = x.structure;
  const view = useStructure(fig2, spec, initial, lang);
  const { data, quarter: qi, inputs } = view;
  const money = moneyFormatter(lang, data.fx);
  const amounts = structureAmounts(data, qi);
  const widths = flowWidths(amounts, reachOf([data, initial]));
  const section = useRef<HTMLElement>(null);
  // As FigureFrame: tells the browser tests that the controls respond.
  useEffect(() => section.current?.setAttribute("data-hydrated", ""), []);

  const quarterControl = {
    label: m.controls.quarter,
    value: qi,
    min: 0,
    max: Math.max(0, data.labels.length - 1),
    step: 1,
    onChange: (v: number) => view.setOwn({ quarter: v }),
    format: (v: number) => data.labels[v] ?? "",
  };

  return (
    <section className="figure-block structure-block" id="fig-2-structure" aria-labelledby="fig-2-structure-title" data-structure="" data-anchor="" ref={section} onFocus={view.prepare} onPointerEnter={view.prepare}>
      <figure>
        <h3 id="fig-2-structure-title" className="figure-title">
          {m.title}
        </h3>
        <p className="structure-intro">{m.intro}</p>
        <div className="figure-controls">
          <ToggleGroup name="scenario" label={m.controls.scenario} value={inputs.scenario} options={scenarios} onChange={(scenario) => view.setOwn({ scenario })} />
          <RangeControl
            name="campusShare"
            label={m.controls.campusShare}
            value={inputs.campusShare}
            min={fig2.campusShare.min}
            max={fig2.campusShare.max}
            step={fig2.campusShare.step}
            onChange={view.setCampusShare}
            format={(v) => formatPercent(v, lang)}
          />
          <RangeControl name="quarter" {...quarterControl} />
        </div>
        {view.error ? (
          <p className="figure-error" role="alert">
            {common.invalid}
          </p>
        ) : null}
        <div className="figure-chart">
          <svg className="structure" viewBox={`0 0 ${structureFrame.width} ${structureFrame.height}`} role="img" aria-label={`${m.chartLabel} (${data.labels[qi] ?? ""})`}>
            {(Object.entries(boxes) as [keyof typeof boxes, (typeof boxes)[keyof typeof boxes]][]).map(([key, b]) => (
              <g key={key} className="structure-node" data-node={key}>
                <rect x={b.x} y={b.y} width={b.w} height={b.h} rx={6} />
                <text x={b.x + b.w / 2} y={b.y + 18} textAnchor="middle">
                  {m.nodes[key]}
                </text>
              </g>
            ))}
            {FLOWS.map((key) => {
              const lane = lanes[key];
              const w = widths[key];
              return (
                <g key={key} className={`structure-flow ${key === "guarantee" ? "contingent" : ""}`} data-flow={key} data-width={w}>
                  <path className={`flow-line ${flowClass[key]}${w > 0 ? "" : " flow-none"}`} d={lane.d} style={{ strokeWidth: w > 0 ? w : 1 }} />
                  {w > 0 ? <path className={`flow-head ${flowClass[key].replace("stroke", "fill")}`} d={lane.head} /> : null}
                  <text className="flow-label" x={lane.label.x} y={lane.label.y} textAnchor="middle">
                    {m.flows[key]}
                  </text>
                  <text className="flow-value" x={lane.value.x} y={lane.value.y} textAnchor="middle">
                    {money(amounts[key])}
                  </text>
                </g>
              );
            })}
          </svg>
        </div>
        <ul className="structure-values">
          {FLOWS.map((key) => (
            <li key={key} data-flow-value={key}>
              <strong>{m.flows[key]}</strong> {money(amounts[key])}: {m.flowNotes[key]}
            </li>
          ))}
        </ul>
        <p className="meta">{m.scales}</p>
        <figcaption>
          <span className="figure-caption">{structureCaption(m, data, qi, money)}</span>
        </figcaption>
      </figure>
      <DataTable
        summary={common.showData}
        caption={m.title}
        columns={[
          { key: "q", label: common.quarter },
          ...FLOWS.map((key) => ({ key, label: m.flows[key], numeric: true })),
          { key: "events", label: m.events },
        ]}
        rows={data.labels.map((q, i) => {
          const a = structureAmounts(data, i);
          return { q, ...Object.fromEntries(FLOWS.map((key) => [key, money(a[key])])), events: (data.events[i] ?? []).join(" / ") };
        })}
      />
    </section>
  );
}
