"use client";

import type { Scenario } from "@aidebt/model";
import { memo, useId, useState } from "react";
import { fillTemplate } from "@/messages/types";
import { checkShownInput, formatValue, quarterLabels, shownText } from "./form";
import type { ShockListId, SimulatorMessages } from "./messages/types";
import { allowedText } from "./ParameterField";
import type { ParamField, ShockKind } from "./schema";
import { newShock, shockList, type Shock } from "./shocks";

interface Props {
  scenario: Scenario;
  kinds: ShockKind[];
  m: SimulatorMessages;
  /** Issues reported by the model, keyed by path ("demand.shocks.0.quarter"). */
  issues: ReadonlyMap<string, string>;
  onChange: (list: ShockListId, shocks: Shock[]) => void;
}

export function shockRowId(list: string, index: number): string {
  return `shock-${list.replace(/\./g, "-")}-${index}`;
}

const markerClass: Record<ShockListId, string> = {
  "demand.shocks": "fill-c5",
  "core.shocks": "fill-c2",
  "rates.shocks": "fill-c4",
  "credit.shocks": "fill-c1",
  "gpu.shocks": "fill-c3",
  "ai.shocks": "fill-c2",
};

/** The scheduled shocks: a timeline of markers over the horizon and an editable row per shock. */
export const ShockEditor = memo(function ShockEditor({ scenario, kinds, m, issues, onChange }: Props) {
  const addId = useId();
  const [addKind, setAddKind] = useState<ShockListId>(kinds[0]?.list ?? "demand.shocks");
  const labels = quarterLabels(scenario.startQuarter, scenario.horizonQuarters);
  const all = kinds.flatMap((kind) => shockList(scenario, kind.list).map((shock, index) => ({ kind, shock, index })));
  const focusRow = (list: string, index: number) => document.getElementById(`${shockRowId(list, index)}-quarter`)?.focus();

  return (
    <div className="shocks">
      <div className="shock-timeline" role="group" aria-label={m.shocks.timeline}>
        <div className="shock-axis" aria-hidden="true">
          {labels.map((label, i) =>
            /Q1$/.test(label) ? (
              <span key={label} className="shock-tick" style={{ left: `${(i / Math.max(1, labels.length - 1)) * 100}%` }}>
                {label.slice(0, 4)}
              </span>
            ) : null,
          )}
        </div>
        {all.map(({ kind, shock, index }) => {
          const pos = labels.indexOf(String(shock.quarter));
          if (pos < 0) return null;
          const name = m.shocks.lists[kind.list];
          return (
            <button
              key={`${kind.list}-${index}`}
              type="button"
              className={`shock-marker ${markerClass[kind.list]}`}
              style={{ left: `${(pos / Math.max(1, labels.length - 1)) * 100}%` }}
              aria-label={fillTemplate(m.shocks.marker, { kind: name, quarter: String(shock.quarter) })}
              title={`${name} ${String(shock.quarter)}`}
              onClick={() => focusRow(kind.list, index)}
            />
          );
        })}
      </div>
      {all.length === 0 ? <p className="shock-none">{m.shocks.none}</p> : null}
      <ul className="shock-rows">
        {all.map(({ kind, shock, index }) => (
          <ShockRow
            key={`${kind.list}-${index}`}
            kind={kind}
            shock={shock}
            index={index}
            labels={labels}
            m={m}
            issues={issues}
            onChange={(next) => {
              const list = shockList(scenario, kind.list);
              onChange(kind.list, next === null ? list.filter((_, i) => i !== index) : list.map((s, i) => (i === index ? next : s)));
            }}
          />
        ))}
      </ul>
      <div className="shock-add">
        <label htmlFor={addId}>{m.shocks.addKind}</label>
        <select id={addId} value={addKind} onChange={(event) => setAddKind(event.currentTarget.value as ShockListId)}>
          {kinds.map((kind) => (
            <option key={kind.list} value={kind.list}>
              {m.shocks.lists[kind.list]}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button"
          onClick={() => {
            const kind = kinds.find((k) => k.list === addKind);
            if (!kind) return;
            const list = shockList(scenario, kind.list);
            onChange(kind.list, [...list, newShock(kind, scenario)]);
            requestAnimationFrame(() => focusRow(kind.list, list.length));
          }}
        >
          {m.shocks.add}
        </button>
      </div>
    </div>
  );
});

interface RowProps {
  kind: ShockKind;
  shock: Shock;
  index: number;
  labels: string[];
  m: SimulatorMessages;
  issues: ReadonlyMap<string, string>;
  onChange: (shock: Shock | null) => void;
}

function ShockRow({ kind, shock, index, labels, m, issues, onChange }: RowProps) {
  const rowId = shockRowId(kind.list, index);
  const base = `${kind.list}.${index}`;
  const quarterIssue = issues.get(`${base}.quarter`) ?? issues.get(base);
  const quarter = String(shock.quarter);
  const options = labels.includes(quarter) ? labels : [quarter, ...labels];
  return (
    <li className="shock-row" id={rowId} data-list={kind.list}>
      <span className="shock-kind">{m.shocks.lists[kind.list]}</span>
      <div className="shock-field">
        <label htmlFor={`${rowId}-quarter`}>{m.shocks.quarter}</label>
        <select
          id={`${rowId}-quarter`}
          value={quarter}
          aria-invalid={quarterIssue ? true : undefined}
          onChange={(event) => onChange({ ...shock, quarter: event.currentTarget.value })}
        >
          {options.map((label) => (
            <option key={label} value={label}>
              {label}
            </option>
          ))}
        </select>
        {quarterIssue ? <p className="param-problem">{quarterIssue}</p> : null}
      </div>
      {kind.fields.map((field) => (
        <ShockValue
          key={field.path}
          field={field}
          rowId={rowId}
          value={shock[field.path]}
          optional={!kind.required.includes(field.path)}
          issue={issues.get(`${base}.${field.path}`)}
          m={m}
          onChange={(value) => {
            const next = { ...shock };
            if (value === undefined) delete next[field.path];
            else next[field.path] = value;
            onChange(next);
          }}
        />
      ))}
      <button type="button" className="button button-quiet" onClick={() => onChange(null)}>
        {m.shocks.remove}
        <span className="visually-hidden">{` ${m.shocks.lists[kind.list]} ${quarter}`}</span>
      </button>
    </li>
  );
}

interface ValueProps {
  field: ParamField;
  rowId: string;
  value: string | number | boolean | undefined;
  optional: boolean;
  issue: string | undefined;
  m: SimulatorMessages;
  onChange: (value: number | boolean | undefined) => void;
}

function ShockValue({ field, rowId, value, optional, issue, m, onChange }: ValueProps) {
  const id = `${rowId}-${field.path}`;
  const label = field.label;
  // Typed in the unit the page shows (percent for rates and changes), like the parameters above.
  const boxText = (v: ValueProps["value"]) => (typeof v === "number" ? shownText(v, field, m.lang) : typeof v === "string" ? v : "");
  const [draft, setDraft] = useState(boxText(value));
  const [problem, setProblem] = useState<string | undefined>(undefined);
  // Rows are keyed by position: when a row above is removed, this one shows the next shock's value.
  // Adjusted while rendering (not in an effect), so mounting the editor schedules no second render.
  const [followed, setFollowed] = useState(value);
  if (!Object.is(followed, value)) {
    setFollowed(value);
    setDraft((current) => {
      const typed = checkShownInput(current, field, m.lang);
      return value !== undefined && current.trim() !== "" && typed.ok && typed.value === value ? current : boxText(value);
    });
    setProblem(undefined);
  }
  if (field.kind === "boolean") {
    return (
      <div className="shock-field shock-check">
        <input id={id} type="checkbox" checked={value === true} onChange={(event) => onChange(event.currentTarget.checked)} />
        <label htmlFor={id}>
          {label}: {value === true ? m.shocks.frozenOn : m.shocks.frozenOff}
        </label>
      </div>
    );
  }
  const shown = problem ?? issue;
  return (
    <div className="shock-field">
      <label htmlFor={id}>
        {label} {optional ? <span className="param-unit">{m.shocks.optional}</span> : null}
      </label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        className="param-number"
        value={draft}
        aria-invalid={shown ? true : undefined}
        aria-describedby={`${id}-allowed`}
        onChange={(event) => {
          const raw = event.currentTarget.value;
          setDraft(raw);
          if (optional && raw.trim() === "") {
            setProblem(undefined);
            onChange(undefined);
            return;
          }
          const check = checkShownInput(raw, field, m.lang);
          setProblem(check.ok ? undefined : fillTemplate(m.field.withAllowed, { problem: m.field.problems[check.reason], allowed: allowedText(field, m) }));
          if (check.ok) onChange(check.value);
        }}
      />
      <span className="param-allowed" id={`${id}-allowed`}>
        {typeof value === "number" ? `${formatValue(value, field, m.lang)} · ` : ""}
        {allowedText(field, m)}
      </span>
      {shown ? <p className="param-problem">{shown}</p> : null}
    </div>
  );
}
