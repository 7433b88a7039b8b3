"use client";

import { memo, useId, useMemo, useState } from "react";
import { fillTemplate } from "@/messages/types";
import { formatDecimal } from "@/lib/number-format";
import { checkShownInput, formatValue, shownText, shownUnit, sliderStops, stopIndex, toShown, type InputCheck } from "./form";
import type { SimulatorMessages } from "./messages/types";
import { ProvenanceBadge, type ProvenanceInfo } from "./ProvenanceBadge";
import type { ParamField } from "./schema";

function asText(value: unknown): string {
  return typeof value === "number" || typeof value === "string" ? String(value) : "";
}

export function fieldId(path: string): string {
  return `param-${path.replace(/[^A-Za-z0-9]+/g, "-")}`;
}

interface Props {
  field: ParamField;
  /** One of the key levers: shown in the key-levers view too (levers/levers.ts). */
  lever?: boolean;
  value: unknown;
  presetValue: unknown;
  provenance: ProvenanceInfo | undefined;
  /** A problem the model's schema reports for this field. */
  issue: string | undefined;
  m: SimulatorMessages;
  onChange: (path: string, value: unknown, source: "slider" | "input") => void;
}

/** The name of a field's unit as the page shows its values (億ドル, years), from the messages. */
export function unitName(field: ParamField, m: SimulatorMessages): string {
  return shownUnit(field, m.lang).kind === "years" ? m.field.years : m.units[field.unit];
}

/** The allowed range in the reader's language, from the schema's bounds, in the unit the reader types. */
export function allowedText(field: ParamField, m: SimulatorMessages): string {
  if (field.kind === "quarter") return fillTemplate(m.field.allowed, { allowed: m.field.quarterFormat });
  if (field.kind === "boolean") return fillTemplate(m.field.allowed, { allowed: m.field.onOff });
  const suffix = shownUnit(field, m.lang).kind === "percent" ? "%" : "";
  const fmt = (v: number) => `${formatDecimal(toShown(v, field, m.lang), { maximumFractionDigits: 6 })}${suffix}`;
  const range = fillTemplate(m.field.range, { min: fmt(field.min), max: fmt(field.max) });
  const years = shownUnit(field, m.lang).kind === "years";
  return fillTemplate(m.field.allowed, { allowed: years ? fillTemplate(m.field.quarterSteps, { range }) : field.kind === "integer" ? fillTemplate(m.field.integer, { range }) : range });
}

/** What a field allows, and its problem if it has one (ids the input's aria-describedby names). */
function FieldNotes({ helpId, allowed, problem }: { helpId: string; allowed: string; problem: string | undefined }) {
  return (
    <>
      <p className="param-allowed" id={`${helpId}-allowed`}>
        {allowed}
      </p>
      {problem ? (
        <p className="param-problem" id={`${helpId}-problem`}>
          {problem}
        </p>
      ) : null}
    </>
  );
}

function inputProblem(check: InputCheck, field: ParamField, m: SimulatorMessages): string | undefined {
  return check.ok ? undefined : fillTemplate(m.field.withAllowed, { problem: m.field.problems[check.reason], allowed: allowedText(field, m) });
}

/** One scenario parameter: label, unit, provenance, a slider over its range and an exact number box. */
export const ParameterField = memo(function ParameterField({ field, lever = false, value, presetValue, provenance, issue, m, onChange }: Props) {
  const id = fieldId(field.path);
  const helpId = useId();
  const label = field.label;
  const unit = unitName(field, m);
  const percent = shownUnit(field, m.lang).kind === "percent";
  // A percentage already says "%": "40% a year", not "40% % a year".
  const valueUnit = percent ? unit.replace(/^%\s*/, "") : unit;
  // The number box holds the value in the unit the reader types (40 for 40%, 億ドル on the Japanese page).
  const boxText = (v: unknown) => (typeof v === "number" && (field.kind === "number" || field.kind === "integer") ? shownText(v, field, m.lang) : asText(v));
  const [draft, setDraft] = useState(boxText(value));
  const [draftProblem, setDraftProblem] = useState<string | undefined>(undefined);
  // Follow changes from elsewhere (slider, reset, preset, link), but keep what the reader is typing ("0.") when
  // it already means the current value. Adjusted while rendering, not in an effect, so that mounting 60 fields
  // schedules no second render.
  const [followed, setFollowed] = useState(value);
  if (!Object.is(followed, value)) {
    setFollowed(value);
    setDraft((current) => {
      const typed = checkShownInput(current, field, m.lang);
      return current.trim() !== "" && typed.ok && typed.value === value ? current : boxText(value);
    });
    setDraftProblem(undefined);
  }

  const changed = JSON.stringify(value) !== JSON.stringify(presetValue);
  const problem = draftProblem ?? issue;
  const describedBy = `${helpId}-allowed${problem ? ` ${helpId}-problem` : ""}`;

  const numeric = typeof value === "number" ? value : Number(value);
  const presetNumber = typeof presetValue === "number" ? presetValue : numeric;
  const windowAnchor = Number.isFinite(numeric) ? numeric : presetNumber;
  // Recomputed when the window around the value can change, not on every render.
  const stops = useMemo(() => (field.kind === "number" || field.kind === "integer" ? sliderStops(field, presetNumber, windowAnchor) : []), [field, presetNumber, windowAnchor]);

  if (field.kind === "boolean") {
    // A yes/no parameter (the model's "flag" unit): a checkbox, whose state is the scenario's true/false.
    return (
      <div className={changed ? "param param-changed" : "param"} data-path={field.path} data-lever={lever || undefined}>
        <div className="param-head">
          <input id={id} type="checkbox" checked={value === true} aria-describedby={describedBy} onChange={(event) => onChange(field.path, event.currentTarget.checked, "input")} />
          <label htmlFor={id}>{label}</label>
          <span className="param-unit">{unit}</span>
          <ProvenanceBadge info={provenance} param={label} m={m.provenance} />
        </div>
        <FieldNotes helpId={helpId} allowed={allowedText(field, m)} problem={problem} />
      </div>
    );
  }

  if (field.kind === "quarter") {
    return (
      <div className="param" data-path={field.path} data-lever={lever || undefined}>
        <div className="param-head">
          <label htmlFor={id}>{label}</label>
          <span className="param-unit">{unit}</span>
          <ProvenanceBadge info={provenance} param={label} m={m.provenance} />
        </div>
        <input
          id={id}
          className="param-text"
          type="text"
          value={draft}
          aria-invalid={problem ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => {
            setDraft(event.currentTarget.value);
            onChange(field.path, event.currentTarget.value.trim(), "input");
          }}
        />
        <FieldNotes helpId={helpId} allowed={allowedText(field, m)} problem={problem} />
      </div>
    );
  }

  const text = formatValue(numeric, field, m.lang);
  const position = stopIndex(stops, Number.isFinite(numeric) ? numeric : presetNumber);
  return (
    <div className={changed ? "param param-changed" : "param"} data-path={field.path} data-lever={lever || undefined}>
      <div className="param-head">
        <label htmlFor={id}>{label}</label>
        <span className="param-unit">{unit}</span>
        <ProvenanceBadge info={provenance} param={label} m={m.provenance} />
      </div>
      <div className="param-controls">
        <input
          id={id}
          type="range"
          // Positions, not values: see sliderStops. The value itself is in data-value and aria-valuetext.
          min={0}
          max={stops.length - 1}
          step={1}
          value={position}
          data-value={stops[position]}
          aria-valuetext={`${text} ${valueUnit}`}
          aria-describedby={describedBy}
          onChange={(event) => onChange(field.path, stops[Number(event.currentTarget.value)] ?? numeric, "slider")}
        />
        <input
          className="param-number"
          type="text"
          inputMode="decimal"
          aria-label={fillTemplate(m.field.numberLabel, { param: label })}
          value={draft}
          aria-invalid={problem ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => {
            const raw = event.currentTarget.value;
            setDraft(raw);
            const check = checkShownInput(raw, field, m.lang);
            setDraftProblem(inputProblem(check, field, m));
            if (check.ok) onChange(field.path, check.value, "input");
          }}
        />
        {percent ? (
          <span className="param-suffix" aria-hidden="true">
            %
          </span>
        ) : null}
        <output htmlFor={id} className="param-output">
          {text}
        </output>
        {changed ? (
          <button type="button" className="param-reset" onClick={() => onChange(field.path, presetValue, "input")} title={fillTemplate(m.field.changed, { value: formatValue(presetNumber, field, m.lang) })}>
            {m.field.reset}
            <span className="visually-hidden">{` ${label}`}</span>
          </button>
        ) : null}
      </div>
      <FieldNotes helpId={helpId} allowed={allowedText(field, m)} problem={problem} />
    </div>
  );
});
