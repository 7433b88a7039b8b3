import { Command } from "commander";
import type { Preset } from "@aidebt/model";
import { addOutputOptions, emit, preflight, type Context, type Lang, type OutputOptions } from "../lib/context.js";
import { heading, table, text, type Block, type Cell } from "../lib/document.js";
import { UsageError } from "../lib/errors.js";
import { messages } from "../messages.js";

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
    throw new UsageError(`unknown preset "${name}"`, {
      issues: [{ path: "preset", message: "no such preset", received: name, allowed: presets.map((p) => p.id).join(", ") }],
      hint: "`aidebt presets` lists them with descriptions",
    });
  }
  return preset;
}

export function printPresets(presets: Preset[], lang: Lang): Block[] {
  const m = messages(lang);
  return [
    table(
      [{ header: m.id }, { header: m.name }, { header: m.description }, { header: m.sources, align: "right" }],
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
      [{ header: m.path }, { header: m.value, align: "right", format: (v) => (v === null ? "null" : String(v)) }, { header: m.provenance }, { header: m.note }, { header: m.source }],
      flattenScenario(preset.scenario).map(([path, value]) => {
        const p = provenanceOf(path);
        return [path, value, p ? (m.provenanceKind[p.kind] ?? p.kind) : null, p?.note ?? null, p?.sourceId ? (sources.get(p.sourceId) ?? p.sourceId) : null];
      }),
      { title: m.scenario, primary: true },
    ),
    table(
      [{ header: m.id }, { header: m.source }, { header: "URL" }],
      preset.sources.map((s) => [s.id, s.title, s.url ?? null]),
      { title: m.sources },
    ),
  ];
}

export function presetsCommand(ctx: Context): Command {
  const show = new Command("show")
    .description("one preset: its scenario with the provenance of every value, and its sources")
    .argument("<name>", "preset id, e.g. base");
  addOutputOptions(show, ctx.env, ["table", "json", "yaml", "csv", "md"]);
  show
    .addHelpText(
      "after",
      `
Examples:
  $ aidebt presets show base
  $ aidebt presets show demand-slowdown --format yaml > mine.yaml   edit, then: aidebt simulate mine.yaml
  $ aidebt presets show base --format json | aidebt simulate -

json and yaml print the preset as the model defines it (id, name, description, sources, scenario,
provenance); simulate accepts that file directly.`,
    )
    .action(async (name: string, options: OutputOptions) => {
      preflight(options);
      const preset = await collectPreset(name);
      const YAML = options.format === "yaml" ? await import("yaml") : undefined;
      emit(ctx, options, {
        json: preset,
        document: () => ({ blocks: printPreset(preset, options.lang) }),
        raw: { yaml: () => YAML?.stringify(preset) ?? "" },
      });
    });

  const command = new Command("presets").description("list the model's presets, or show one with `presets show NAME`").enablePositionalOptions();
  addOutputOptions(command, ctx.env);
  return command
    .addCommand(show)
    .addHelpText(
      "after",
      `
Examples:
  $ aidebt presets
  $ aidebt presets --lang en --format md
  $ aidebt presets show base --format yaml`,
    )
    .action(async (options: OutputOptions) => {
      preflight(options);
      const presets = await collectPresets();
      emit(ctx, options, { json: presets, document: () => ({ blocks: printPresets(presets, options.lang) }) });
    });
}
