"use client";

import type { LegendItem } from "@/components/chart/Chart";
import type { Frame } from "@/components/chart/geometry";
import type { StateOf, StateSpec } from "@/lib/url-state";
import { defaultsOf } from "@/lib/url-state";
import type { ExplainMessages } from "./explain-types";
import { MARK_KINDS, type RunMarks } from "./run-marks";
import { activeTry, type Try } from "./try-this";

/** The default run's line, drawn faintly under the reader's (only when the two differ), in its series' colour when given. */
export function BaselineLine({ d, series, tone }: { d: string; series: string; tone?: string }) {
  return <path className={tone ? `baseline tone-${tone}` : "baseline"} data-baseline={series} d={d} />;
}

/** The legend's entry for the faint line, present only while a baseline is drawn. */
export function baselineLegend(x: ExplainMessages, shown: boolean): LegendItem[] {
  return shown ? [{ key: "baseline", label: x.baseline, className: "baseline", shape: "dash" }] : [];
}

/**
 * The run's marks on a chart: a thin line at each quarter the model reports an event for, labelled with what
 * happened and the quarter. Marks the run does not have are not drawn; labels stack so that they never overlap,
 * at the top of the plot or, where the series run high (a cover ratio near its covenant), at the bottom.
 */
export function RunMarksLayer({ marks, labels, x, frame, m, only, labelsAt = "top" }: { marks: RunMarks; labels: readonly string[]; x: (i: number) => number; frame: Frame; m: ExplainMessages; only?: readonly (keyof RunMarks)[]; labelsAt?: "top" | "bottom" }) {
  const kinds = MARK_KINDS.filter((k) => marks[k] !== null && (!only || only.includes(k)));
  return (
    <g className="run-marks">
      {kinds.map((kind, row) => {
        const i = marks[kind] ?? 0;
        const quarter = labels[i] ?? "";
        const at = x(i);
        // Past the middle, a label reads leftwards so that it stays inside the chart.
        const leftwards = at > (frame.width - frame.margin.right + frame.margin.left) / 2;
        return (
          <g key={kind} className={`run-mark ${kind}`} data-mark={kind} data-quarter={quarter}>
            <line x1={at} x2={at} y1={frame.margin.top} y2={frame.height - frame.margin.bottom} />
            {/* rows are stacked in ems, so that labels set larger on a narrow screen (globals.css) still clear each other */}
            <text x={leftwards ? at - 4 : at + 4} y={labelsAt === "top" ? frame.margin.top + 22 : frame.height - frame.margin.bottom - 6} dy={`${(labelsAt === "top" ? row : -row) * 1.5}em`} textAnchor={leftwards ? "end" : "start"}>
              {`${m.marks[kind]} ${quarter}`}
            </text>
          </g>
        );
      })}
    </g>
  );
}

interface ExplainBarProps<S extends StateSpec> {
  x: ExplainMessages;
  spec: S;
  state: StateOf<S>;
  tries: readonly Try<S>[];
  pristine: boolean;
  setState: (patch: Partial<StateOf<S>>) => void;
}

/** Reset to the default and the figure's "try this" states, as native buttons (the pressed one is the state on show). */
export function ExplainBar<S extends StateSpec>({ x, spec, state, tries, pristine, setState }: ExplainBarProps<S>) {
  const active = activeTry(tries, state);
  return (
    <div className="explain-bar" role="group" aria-label={x.tryLabel}>
      <span className="control-label" aria-hidden="true">
        {x.tryLabel}
      </span>
      {tries.map((t) => (
        <button key={t.id} type="button" data-try={t.id} aria-pressed={active?.id === t.id} onClick={() => setState(t.state)}>
          {t.label}
        </button>
      ))}
      <button type="button" data-reset="" disabled={pristine} onClick={() => setState(defaultsOf(spec))}>
        {x.reset}
      </button>
    </div>
  );
}
