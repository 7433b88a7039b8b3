import { Command } from "commander";
import type { Preset, ResultJson, Scenario, SummaryJson } from "@aidebt/model";
import { addOutputOptions, addScenarioOptions, emit, preflight, type Context, type Currency, type Lang, type OutputOptions } from "../lib/context.js";
import { heading, table, text, type Block } from "../lib/document.js";
import { formatters } from "../lib/numbers.js";
import { loadScenario, type ScenarioSourceOptions } from "../lib/scenario-input.js";
import { messages } from "../messages.js";

/** The article's triggers, each defined by the model preset that calibrates it. */
export const TRIGGERS = [
  { id: "demand", presetId: "demand-slowdown" },
  { id: "rate", presetId: "rate-shock" },
  { id: "credit", presetId: "credit-freeze" },
  { id: "gpu", presetId: "gpu-treadmill" },
] as const;
export type TriggerId = (typeof TRIGGERS)[number]["id"];

/** Trigger combinations run after the single triggers. */
export const COMBINATIONS: readonly TriggerId[][] = [
  ["demand", "rate"],
  ["demand", "credit"],
  ["demand", "gpu"],
  ["demand", "rate", "credit", "gpu"],
];

/** One change a trigger makes: a shock list to append to, or a parameter to set. */
export interface TriggerChange {
  path: string;
  value: unknown;
  append: boolean;
}

export interface StressRow {
  id: string;
  triggers: TriggerId[];
  changes: TriggerChange[];
  /** Trigger shocks left out because they fall outside the scenario's horizon. */
  droppedShocks: number;
  /** The model's summary of the run, unchanged. */
  summary: SummaryJson;
}

export interface StressData {
  label: string;
  preset?: Preset;
  fxJpyPerUsd: number;
  rows: StressRow[];
}

const SHOCK_LISTS = ["demand.shocks", "core.shocks", "rates.shocks", "credit.shocks", "gpu.shocks"];

/**
 * What a trigger preset changes relative to the model's base preset: the shock lists it adds and the
 * parameters it sets (e.g. the GPU treadmill's economic life). Taken from the model's presets, so the CLI
 * never invents the size or timing of a shock.
 */
export function triggerChanges(
  model: { getPath: (s: unknown, p: string) => unknown; numericParameterPaths: () => string[] },
  base: Scenario,
  trigger: Scenario,
): TriggerChange[] {
  const changes: TriggerChange[] = [];
  for (const path of SHOCK_LISTS) {
    const added = model.getPath(trigger, path) as unknown[];
    const before = model.getPath(base, path) as unknown[];
    const extra = added.filter((shock) => !before.some((b) => JSON.stringify(b) === JSON.stringify(shock)));
    if (extra.length > 0) changes.push({ path, value: extra, append: true });
  }
  for (const path of model.numericParameterPaths()) {
    const value = model.getPath(trigger, path);
    if (value !== model.getPath(base, path)) changes.push({ path, value, append: false });
  }
  return changes;
}

/**
 * Apply trigger changes to a scenario with the model's setPath. Shocks are appended to the scenario's own
 * lists; those the model rejects (outside the scenario's horizon) are left out and counted.
 */
export function applyChanges(
  model: { getPath: (s: unknown, p: string) => unknown; setPath: <S>(s: S, p: string, v: unknown) => S; parseScenario: (x: unknown) => { ok: boolean } },
  scenario: Scenario,
  changes: TriggerChange[],
): { scenario: Scenario; dropped: number } {
  let next: Scenario = scenario;
  let dropped = 0;
  for (const change of changes) {
    if (!change.append) {
      next = model.setPath(next, change.path, change.value);
      continue;
    }
    let list = [...(model.getPath(next, change.path) as unknown[])];
    for (const shock of change.value as unknown[]) {
      const candidate = model.setPath(next, change.path, [...list, shock]);
      if (model.parseScenario(candidate).ok) list = [...list, shock];
      else dropped += 1;
    }
    next = model.setPath(next, change.path, list);
  }
  return { scenario: next, dropped };
}

/** The scenario under no trigger, each trigger alone, and the combinations: one model run each. */
export async function collectStress(source: string, options: ScenarioSourceOptions, readStdin: () => Promise<string>): Promise<StressData> {
  const loaded = await loadScenario(source, options, readStdin);
  const model = await import("@aidebt/model");
  const base = model.getPreset("base");
  if (base === undefined) throw new Error("the model has no base preset");
  const changesOf = new Map<TriggerId, TriggerChange[]>();
  for (const t of TRIGGERS) {
    const preset = model.getPreset(t.presetId);
    if (preset === undefined) throw new Error(`the model has no ${t.presetId} preset`);
    changesOf.set(t.id, triggerChanges(model, base.scenario, preset.scenario));
  }
  const variants: TriggerId[][] = [[], ...TRIGGERS.map((t) => [t.id]), ...COMBINATIONS];
  const rows = variants.map((triggers): StressRow => {
    const changes = triggers.flatMap((t) => changesOf.get(t) ?? []);
    const applied = applyChanges(model, loaded.scenario, changes);
    const result: ResultJson = model.simulate(model.assertScenario(applied.scenario)).toJSON();
    return { id: triggers.length === 0 ? "none" : triggers.join("+"), triggers, changes, droppedShocks: applied.dropped, summary: result.summary };
  });
  return { label: loaded.label, ...(loaded.preset ? { preset: loaded.preset } : {}), fxJpyPerUsd: loaded.scenario.fxJpyPerUsd, rows };
}

export async function printStress(data: StressData, options: { lang: Lang; currency: Currency }): Promise<Block[]> {
  const { formatMoney } = await import("@aidebt/model");
  const m = messages(options.lang);
  const f = formatters(formatMoney, { ...options, fxJpyPerUsd: data.fxJpyPerUsd });
  const title = data.preset ? `${data.preset.name[options.lang]} (${data.preset.id})` : data.label;
  const label = (row: StressRow): string => (row.triggers.length === 0 ? m.triggerNames.none ?? "none" : row.triggers.map((t) => m.triggerNames[t] ?? t).join(" + "));
  return [
    heading(`${m.stressOf} ${title}`, 1),
    table(
      [
        { header: m.trigger },
        { header: m.burstQuarter },
        { header: m.burstChain },
        { header: m.peakHiddenDebt, align: "right", format: f.money },
        { header: m.lenderLoss, align: "right", format: f.money },
        { header: m.sponsorAiNpv, align: "right", format: f.money },
        { header: m.verdict },
      ],
      data.rows.map((row) => [
        label(row),
        row.summary.burstQuarter,
        compactChain(row.summary.burstChain.map((c) => c.kind)),
        row.summary.peakHiddenDebt,
        row.summary.lenderLoss,
        row.summary.sponsorAiNpv,
        row.summary.verdict,
      ]),
      { primary: true },
    ),
    table(
      [{ header: m.trigger }, { header: m.changes }],
      TRIGGERS.map((t) => {
        const row = data.rows.find((r) => r.id === t.id);
        return [`${m.triggerNames[t.id] ?? t.id} (${t.presetId})`, (row?.changes ?? []).map((c) => `${c.path}${c.append ? " +=" : " ="} ${JSON.stringify(c.value)}`).join("; ")];
      }),
      { title: m.triggerDefinitions },
    ),
    ...(data.rows.some((r) => r.droppedShocks > 0) ? [text(m.droppedShocks)] : []),
  ];
}

/** `a → b → b → c` as `a → b ×2 → c`: the table stays readable, --format json keeps every link. */
export function compactChain(kinds: string[]): string | null {
  const runs: { kind: string; count: number }[] = [];
  for (const kind of kinds) {
    const last = runs[runs.length - 1];
    if (last?.kind === kind) last.count += 1;
    else runs.push({ kind, count: 1 });
  }
  return runs.length === 0 ? null : runs.map((r) => (r.count > 1 ? `${r.kind} ×${r.count}` : r.kind)).join(" → ");
}

export function stressCommand(ctx: Context): Command {
  const command = new Command("stress")
    .description("run a scenario under each trigger (demand slowdown, rate shock, credit freeze, GPU treadmill) and combinations")
    .argument("[scenario]", "preset name, path to a .json/.yaml file, or - for stdin", "base");
  addScenarioOptions(command, { set: "override a scenario field before stressing (repeatable)" });
  addOutputOptions(command, ctx.env);
  return command
    .addHelpText(
      "after",
      `
Examples:
  $ aidebt stress                      the base preset under every trigger
  $ aidebt stress soft-landing --lang en
  $ aidebt stress base --set financing.offBalanceShare=0.6 --format csv
  $ aidebt stress base --check 'rows.0.summary.burstQuarter == null'

Each trigger is what the model's preset of that name changes relative to base (its shocks are appended
to the scenario's own; parameters are set). json: { rows: [{ id, triggers, changes, summary }] } with the
model's summary unchanged.`,
    )
    .action(async (source: string, options: OutputOptions & ScenarioSourceOptions) => {
      preflight(options);
      const data = await collectStress(source, options, ctx.readStdin);
      const blocks = options.format === "json" ? [] : await printStress(data, options);
      emit(ctx, options, { json: { scenario: data.label, rows: data.rows }, document: () => ({ blocks }) });
    });
}
