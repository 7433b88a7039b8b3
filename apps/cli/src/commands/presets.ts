import { Command } from "commander";
import type { Preset } from "@aidebt/model";
import { errorText } from "../i18n/errors.js";
import { helpText } from "../i18n/help.js";
import { messages } from "../i18n/labels.js";
import { addOutputOptions, emit, outputOptions, type Context, type Lang } from "../lib/context.js";
import { heading, table, text, type Block, type Cell } from "../lib/document.js";
import { UsageError } from "../lib/errors.js";
import { quote } from "../lib/sanitize.js";

/** Every preset the model ships. */
export async function collectPresets(): Promise<Preset[]> {
  const { presets } = await import("@aidebt/model");
  return [...presets];
}

/** One preset by id; an unknown id is a usage error that lists the available ones. */
export async function collectPreset(name: string): Promise<Preset> {
  const { getPreset, presets } = await import("@aidebt/model");
  const preset = getPreset(name);
  if (preset === undefined) {
    const t = errorText().preset;
    throw new UsageError(t.unknown(quote(name)), {
      issues: [{ path: "preset", message: t.noSuch, received: name, allowed: presets.map((p) => p.id).join(", ") }],
      hint: t.hint,
    });
  }
  return preset;
}

export function printPresets(presets: Preset[], lang: Lang): Block[] {
  const m = messages(lang);
  return [
    table(
      [
        { id: "id", header: m.id },
        { id: "name", header: m.name },
        { id: "description", header: m.description },
        { id: "sources", header: m.sources, unit: "count", align: "right" },
      ],
      presets.map((p) => [p.id, p.name[lang], p.description[lang], p.sources.length]),
      { title: m.presetsTitle },
    ),
  ];
}

/** Flatten a scenario to `path = value` rows, arrays by index, so each row can carry its provenance. */
export function flattenScenario(value: unknown, prefix = ""): [string, Cell][] {
  if (value !== null && typeof value === "object") {
    const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
    if (entries.length === 0) return [[prefix, Array.isArray(value) ? "[]" : "{}"]];
    return entries.flatMap(([key, inner]) => flattenScenario(inner, prefix === "" ? key : `${prefix}.${key}`));
  }
  const cell: Cell = typeof value === "number" || typeof value === "string" || typeof value === "boolean" || value === null ? value : JSON.stringify(value) ?? null;
  return [[prefix, cell]];
}

export function printPreset(preset: Preset, lang: Lang): Block[] {
  const m = messages(lang);
  const provenanceOf = (path: string): Preset["provenance"][string] | undefined => {
    // the most specific provenance entry that covers this path
    let best: string | undefined;
    for (const key of Object.keys(preset.provenance)) {
      if ((path === key || path.startsWith(`${key}.`)) && (best === undefined || key.length > best.length)) best = key;
    }
    return best === undefined ? undefined : preset.provenance[best];
  };
  const sources = new Map(preset.sources.map((s) => [s.id, s.title]));
  return [
    heading(`${preset.name[lang]} (${preset.id})`, 1),
    text(preset.description[lang]),
    table(
      [
        { id: "path", header: m.path },
        { id: "value", header: m.value, align: "right", format: (v) => (v === null ? "null" : String(v)) },
        { id: "provenance", header: m.provenance, format: (v) => (typeof v === "string" ? (m.provenanceKind[v] ?? v) : "–") },
        { id: "note", header: m.note },
        { id: "source", header: m.source, format: (v) => (typeof v === "string" ? (sources.get(v) ?? v) : "–") },
      ],
      flattenScenario(preset.scenario).map(([path, value]) => {
        const p = provenanceOf(path);
        return [path, value, p?.kind ?? null, p?.note ?? null, p?.sourceId ?? null];
      }),
      { title: m.scenario, primary: true },
    ),
    table(
      [
        { id: "id", header: m.id },
        { id: "title", header: m.source },
        { id: "url", header: "URL" },
      ],
      preset.sources.map((s) => [s.id, s.title, s.url ?? null]),
      { title: m.sources },
    ),
  ];
}

export const PRESET_COLUMNS = ["id", "name", "description", "sources"] as const;
export const PRESET_SHOW_COLUMNS = ["path", "value", "provenance", "note", "source"] as const;

export function presetsCommand(ctx: Context): Command {
  const hs = helpText().presetsShow;
  const show = new Command("show").description(hs.description).argument("<name>", hs.arguments.name);
  addOutputOptions(show, { formats: ["table", "json", "yaml", "csv", "md"], columns: PRESET_SHOW_COLUMNS });
  show.addHelpText("after", hs.after).action(async (name: string) => {
    const options = outputOptions(ctx, show);
    const preset = await collectPreset(name);
    const YAML = options.format === "yaml" ? await import("yaml") : undefined;
    await emit(ctx, options, {
      json: preset,
      document: () => ({ blocks: printPreset(preset, options.lang) }),
      raw: { yaml: () => YAML?.stringify(preset) ?? "" },
    });
  });

  const h = helpText().presets;
  const command = new Command("presets").description(h.description).enablePositionalOptions();
  addOutputOptions(command, { formats: ["table", "json", "csv", "md"], columns: PRESET_COLUMNS });
  return command
    .addCommand(show)
    .addHelpText("after", h.after)
    .action(async () => {
      const options = outputOptions(ctx, command);
      const presets = await collectPresets();
      await emit(ctx, options, { json: presets, document: () => ({ blocks: printPresets(presets, options.lang) }) });
    });
}
