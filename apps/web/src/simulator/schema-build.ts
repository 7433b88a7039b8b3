import { PARAMETERS, getPath, presets, type ParameterMeta, type Preset } from "@aidebt/model";
import type { Lang } from "@/messages/types";
import type { GroupId, ShockListId } from "./messages/types";
import { groupOrder, indexSchema, type ParamField, type SchemaModel, type ShockKind } from "./schema";

// Builds the form's schema model from the model's parameter table. Run by the server page (which hands it to
// the simulator as data) and by the tests, never by the page itself.

/** Which group each top-level section of the scenario belongs to on the page. */
const groupOfSection: Record<string, GroupId> = {
  horizonQuarters: "general",
  startQuarter: "general",
  fxJpyPerUsd: "general",
  discountAnnual: "general",
  sponsor: "sponsor",
  core: "sponsor",
  demand: "demand",
  ai: "demand",
  investment: "demand",
  gpu: "gpus",
  financing: "financing",
  credit: "financing",
  spv: "spv",
  rates: "rates",
};

/** The values the presets give a numeric parameter, ascending, each once. */
function valuesIn(list: readonly Preset[], path: string): number[] {
  const values = list.map((p) => getPath(p.scenario, path)).filter((v): v is number => typeof v === "number" && Number.isFinite(v));
  return [...new Set(values)].sort((a, b) => a - b);
}

function fieldOf(meta: ParameterMeta, path: string, lang: Lang, list: readonly Preset[] = []): ParamField {
  const numeric = meta.kind === "number" || meta.kind === "integer";
  const presetValues = numeric ? valuesIn(list, path) : [];
  return {
    path,
    kind: meta.kind,
    min: numeric ? meta.min : meta.kind === "boolean" ? 0 : 0,
    max: numeric ? meta.max : meta.kind === "boolean" ? 1 : 0,
    unit: meta.unit,
    label: meta.label[lang],
    help: meta.help[lang],
    ...(presetValues.length > 0 ? { presetValues } : {}),
  };
}

/**
 * The form's fields, groups and shock kinds in a language, from a parameter table and the presets whose
 * values the sliders stop at (the model's by default).
 */
export function buildSchemaModel(lang: Lang, parameters: readonly ParameterMeta[] = PARAMETERS, presetList: readonly Preset[] = presets): SchemaModel {
  const fields: ParamField[] = [];
  const shocks = new Map<string, ParameterMeta[]>();
  for (const meta of parameters) {
    if (!meta.shock) {
      fields.push(fieldOf(meta, meta.path, lang, presetList));
      continue;
    }
    const [list = "", key = ""] = meta.path.split("[].");
    if (key === "quarter") continue;
    shocks.set(list, [...(shocks.get(list) ?? []), { ...meta, path: key }]);
  }
  const shockKinds: ShockKind[] = [...shocks].map(([list, metas]) => ({
    list: list as ShockListId,
    fields: metas.map((meta) => fieldOf(meta, meta.path, lang)),
    required: metas.filter((meta) => meta.required).map((meta) => meta.path),
  }));
  const groups = groupOrder
    .filter((id) => id !== "shocks")
    .map((id) => ({ id, fields: fields.filter((f) => (groupOfSection[f.path.split(".")[0] ?? ""] ?? "general") === id) }));
  return indexSchema({ fields, groups, shockKinds });
}

const cached = new Map<Lang, SchemaModel>();

/** The schema model of the installed @aidebt/model in a language, computed once. */
export function schemaModel(lang: Lang = "ja"): SchemaModel {
  let model = cached.get(lang);
  if (!model) {
    model = buildSchemaModel(lang);
    cached.set(lang, model);
  }
  return model;
}
