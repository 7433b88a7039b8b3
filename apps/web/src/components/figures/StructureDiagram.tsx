"use client";

import { useEffect, useRef, type ReactNode } from "react";
import { RangeControl, ToggleGroup } from "@/components/chart/controls";
import { formatPercent } from "@/components/chart/format";
import type { Messages } from "@/messages/types";
import type { Fig2Spec } from "./data";
import type { StructureMessages } from "./explain-types";
import type { StructureSpec } from "./structure-data";
import { FLOWS, type FlowKey } from "./structure-flows";
import type { StructureLayout } from "./structure-geometry";
import type { StructureView } from "./structure-view";
import { useStructure } from "./use-structure";
import { FigureTable } from "./FigureFrame";

const flowClass: Record<FlowKey, string> = {
  debt: "c2",
  rent: "c3",
  interest: "c1",
  payments: "c4",
  guarantee: "c5",
  consolidated: "c4",
};

interface Props {
  lang: "ja" | "en";
  common: Messages["common"];
  m: StructureMessages;
  fig2: Fig2Spec;
  spec: StructureSpec;
  /** The default state's view, computed on the server. */
  initial: StructureView;
  layout: StructureLayout;
  scenarios: { value: string; label: string }[];
  /** The glossary terms the diagram's words use (FigureTerms), at the end of its caption. */
  terms?: ReactNode;
}

/**
 * The structure before figure 2's numbers: sponsor ⇄ vehicle ⇄ lenders, with rent, interest, payments under
 * the guarantee, the residual value guarantee itself and consolidation, each as wide as its amount in the
 * chosen quarter of figure 2's run. This leaf only draws a view: widths, amounts and caption come from the
 * server (default state) or from the figures' model chunk (any other state).
 */
export function StructureDiagram({ lang, common, m, fig2, spec, initial, layout, scenarios, terms }: Props) {
  const { inputs, view, setCampusShare, setOwn, error, prepare } = useStructure(fig2, spec, initial, lang, m);
  const { frame, boxes, lanes } = layout;
  const section = useRef<HTMLElement>(null);
  // As FigureFrame: tells the browser tests that the controls respond.
  useEffect(() => section.current?.setAttribute("data-hydrated", ""), []);
  const label = view.labels[view.quarter] ?? "";

  return (
    <section className="figure-block structure-block" id="fig-2-structure" aria-labelledby="fig-2-structure-title" data-structure="" data-anchor="" ref={section} onFocus={prepare} onPointerEnter={prepare}>
      <figure>
        <h3 id="fig-2-structure-title" className="figure-title">
          {m.title}
        </h3>
        <p className="structure-intro">{m.intro}</p>
        <div className="figure-controls">
          <ToggleGroup name="scenario" label={m.controls.scenario} value={inputs.scenario} options={scenarios} onChange={(scenario) => setOwn({ scenario })} />
          <RangeControl
            name="campusShare"
            label={m.controls.campusShare}
            value={inputs.campusShare}
            min={fig2.campusShare.min}
            max={fig2.campusShare.max}
            step={fig2.campusShare.step}
            onChange={setCampusShare}
            format={(v) => formatPercent(v, lang)}
          />
          <RangeControl
            name="quarter"
            label={m.controls.quarter}
            value={view.quarter}
            min={0}
            max={Math.max(0, view.labels.length - 1)}
            step={1}
            onChange={(quarter) => setOwn({ quarter })}
            format={(v) => view.labels[v] ?? ""}
          />
        </div>
        {error ? (
          <p className="figure-error" role="alert">
            {common.invalid}
          </p>
        ) : null}
        <div className="figure-chart">
          <svg className="structure" viewBox={`0 0 ${frame.width} ${frame.height}`} role="img" aria-label={`${m.chartLabel} (${label})`}>
            {(Object.keys(boxes) as (keyof typeof boxes)[]).map((key) => {
              const b = boxes[key];
              return (
                <g key={key} className="structure-node" data-node={key}>
                  <rect x={b.x} y={b.y} width={b.w} height={b.h} rx={6} />
                  <text x={b.x + b.w / 2} y={b.y + 18} textAnchor="middle">
                    {m.nodes[key]}
                  </text>
                </g>
              );
            })}
            {FLOWS.map((key) => {
              const lane = lanes[key];
              const w = view.widths[key];
              return (
                <g key={key} className={key === "guarantee" ? "structure-flow contingent" : "structure-flow"} data-flow={key} data-width={w}>
                  <path className={`flow-line stroke-${flowClass[key]}${w > 0 ? "" : " flow-none"}`} d={lane.d} style={{ strokeWidth: w > 0 ? w : 1 }} />
                  {w > 0 ? <path className={`fill-${flowClass[key]}`} d={lane.head} /> : null}
                  <text className="flow-label" x={lane.label.x} y={lane.label.y} textAnchor="middle">
                    {m.flows[key]}
                  </text>
                  <text className="flow-value" x={lane.value.x} y={lane.value.y} textAnchor="middle">
                    {view.values[key]}
                  </text>
                </g>
              );
            })}
          </svg>
        </div>
        <ul className="structure-values">
          {FLOWS.map((key) => (
            <li key={key} data-flow-value={key}>
              <strong>{m.flows[key]}</strong> {view.values[key]}: {m.flowNotes[key]}
            </li>
          ))}
        </ul>
        <p className="meta">{m.scales}</p>
        <figcaption>
          <span className="figure-caption">{view.caption}</span>
          {terms}
        </figcaption>
      </figure>
      <FigureTable
        summary={common.showData}
        caption={m.title}
        table={{ columns: [{ key: "q", label: common.quarter }, ...FLOWS.map((key) => ({ key, label: m.flows[key], numeric: true })), { key: "events", label: m.events }], rows: () => view.rows }}
        keep={false}
      />
    </section>
  );
}
