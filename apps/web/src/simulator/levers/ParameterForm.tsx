"use client";

import type { Preset } from "@aidebt/model";
import { useId } from "react";
import { fillTemplate, type Lang } from "@/messages/types";
import type { SimulatorMessages } from "../messages/types";
import { ParameterField } from "../ParameterField";
import { pathValue } from "../path-value";
import type { ProvenanceInfo } from "../ProvenanceBadge";
import type { SchemaModel } from "../schema";
import type { PresetChoice } from "../Simulator";
import { isLever } from "./levers";
import { leverMessages } from "./messages";
import type { ParamView } from "./view-mode";

interface Props {
  lang: Lang;
  m: SimulatorMessages;
  schema: SchemaModel;
  preset: Preset;
  presetChoices: readonly PresetChoice[];
  /** The preset the select shows (the reader's choice while the model is on its way). */
  selectedPreset: string;
  onPreset: (id: string) => void;
  /** The scenario as the reader has edited it. */
  input: unknown;
  provenance: ReadonlyMap<string, ProvenanceInfo>;
  issues: ReadonlyMap<string, string>;
  onParam: (path: string, value: unknown, source: "slider" | "input") => void;
  view: ParamView;
  onView: (view: ParamView) => void;
}

/**
 * The preset and the parameters. Every field is always in the page (a shared link, a problem or an upload
 * may concern any of them, and without JavaScript the page still lists them all); the key-levers view only
 * hides the others with CSS, so switching views keeps every value and every draft being typed.
 */
export function ParameterForm({ lang, m, schema, preset, presetChoices, selectedPreset, onPreset, input, provenance, issues, onParam, view, onView }: Props) {
  const presetSelectId = useId();
  const lm = leverMessages(lang);
  const hiddenChanged =
    view === "levers" ? schema.fields.filter((f) => !isLever(f.path) && JSON.stringify(pathValue(input, f.path)) !== JSON.stringify(pathValue(preset.scenario, f.path))).length : 0;
  return (
    <section className="sim-params" aria-labelledby="sim-params-title" data-view={view}>
      <h2 id="sim-params-title">{m.sections.parameters}</h2>
      <div className="control control-select sim-preset">
        <label htmlFor={presetSelectId}>{m.preset.label}</label>
        <select id={presetSelectId} value={selectedPreset} onChange={(event) => onPreset(event.currentTarget.value)} aria-describedby={`${presetSelectId}-desc`}>
          {presetChoices.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name[lang]}
            </option>
          ))}
        </select>
        <p className="param-allowed" id={`${presetSelectId}-desc`}>
          {preset.description[lang]} {m.preset.description}
        </p>
      </div>
      <div className="sim-view">
        {view === "levers" ? <p className="sim-note">{lm.intro}</p> : null}
        <button type="button" className="button button-quiet" data-view-toggle onClick={() => onView(view === "all" ? "levers" : "all")}>
          {view === "all" ? lm.showLevers : lm.showAll}
        </button>
        {hiddenChanged > 0 ? (
          <p className="sim-note" data-hidden-changed>
            {fillTemplate(lm.hiddenChanged, { n: hiddenChanged })}
          </p>
        ) : null}
      </div>
      {schema.groups.map((group) => (
        <fieldset key={group.id} className="param-group" data-group={group.id} data-has-lever={group.fields.some((f) => isLever(f.path)) || undefined}>
          <legend>{m.groups[group.id]}</legend>
          {group.fields.map((field) => (
            <ParameterField
              key={field.path}
              field={field}
              lever={isLever(field.path)}
              value={pathValue(input, field.path)}
              presetValue={pathValue(preset.scenario, field.path)}
              provenance={provenance.get(field.path)}
              issue={issues.get(field.path)}
              m={m}
              onChange={onParam}
            />
          ))}
        </fieldset>
      ))}
    </section>
  );
}
