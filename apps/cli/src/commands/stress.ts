import { Command } from "commander";
import type { Preset, ResultJson, Scenario, SummaryJson } from "@aidebt/model";
import { helpText } from "../i18n/help.js";
import { messages } from "../i18n/labels.js";
import { addOutputOptions, addScenarioOptions, emit, invocation, outputOptions, type Context, type Currency, type Lang } from "../lib/context.js";
import { DEBT_MEASURES, debtAtEnd, debtEndColumns, endId, type DebtMeasure } from "../lib/debt.js";
import { heading, table, text, type Block, type Cell } from "../lib/document.js";
import { formatters } from "../lib/numbers.js";
import { loadScenario, type ScenarioSourceOptions } from "../lib/scenario-input.js";
import { loadUnits } from "../lib/units.js";
import { fieldColumn } from "./simulate.js";

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
  /** The debt measures of the run's last quarter, as the model reports them. */
  end: Record<DebtMeasure, number | null>;
}

export interface StressData {
  label: string;
  preset?: Preset;
  /** The scenario every trigger was applied to. */
  scenario: Scenario;
  fxJpyPerUsd: number;
  rows: StressRow[];
}

/** Ids of the stress table's columns (`--columns`, CSV header). */
export const STRESS_COLUMNS = ["trigger", "burstQuarter", "burstChain", "peakHiddenDebt", ...DEBT_MEASURES.map(endId), "lenderLoss", "sponsorAiNpv", "verdict"] as const;

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
    return { id: triggers.length === 0 ? "none" : triggers.join("+"), triggers, changes, droppedShocks: applied.dropped, summary: result.summary, end: debtAtEnd(result) };
  });
  return { label: loaded.label, ...(loaded.preset ? { preset: loaded.preset } : {}), scenario: loaded.scenario, fxJpyPerUsd: loaded.scenario.fxJpyPerUsd, rows };
}

export async function printStress(data: StressData, options: { lang: Lang; currency: Currency }): Promise<Block[]> {
  const { formatMoney } = await import("@aidebt/model");
  const units = await loadUnits();
  const m = messages(options.lang);
  const f = formatters(formatMoney, { ...options, fxJpyPerUsd: data.fxJpyPerUsd });
  const title = data.preset ? `${data.preset.name[options.lang]} (${data.preset.id})` : data.label;
  const triggerLabel = (v: Cell): string =>
    typeof v !== "string" ? "" : v === "none" ? (m.triggerNames.none ?? v) : v.split("+").map((t) => m.triggerNames[t] ?? t).join(" + ");
  const chain = (v: Cell): string => (typeof v === "string" ? v.replace(/[a-z-]+/g, (k) => m.eventKind[k] ?? k) : "–");
  const column = (name: string) => fieldColumn(units, `summary.${name}`, options.lang, f);
  return [
    heading(`${m.stressOf} ${title}`, 1),
    table(
      [
        { id: "trigger", header: m.trigger, format: triggerLabel },
        { ...column("burstQuarter"), format: (v) => (typeof v === "string" ? v : "–") },
        { ...column("burstChain"), format: chain },
        column("peakHiddenDebt"),
        ...debtEndColumns(units, options.lang, f),
        column("lenderLoss"),
        column("sponsorAiNpv"),
        column("verdict"),
      ],
      data.rows.map((row) => [
        row.id,
        row.summary.burstQuarter,
        compactChain(row.summary.burstChain.map((c) => c.kind)),
        row.summary.peakHiddenDebt,
        ...DEBT_MEASURES.map((measure) => row.end[measure]),
        row.summary.lenderLoss,
        row.summary.sponsorAiNpv,
        row.summary.verdict,
      ]),
      { primary: true },
    ),
    table(
      [
        { id: "trigger", header: m.trigger },
        { id: "changes", header: m.changes },
      ],
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
  const h = helpText().stress;
  const command = new Command("stress").description(h.description).argument("[scenario]", h.arguments.scenario, "base");
  addScenarioOptions(command);
  addOutputOptions(command, { formats: ["table", "json", "csv", "md"], currency: true, check: true, columns: STRESS_COLUMNS });
  return command.addHelpText("after", h.after).action(async (source: string) => {
    const options = outputOptions(ctx, command);
    const data = await collectStress(source, command.opts<ScenarioSourceOptions>(), ctx.readStdin);
    const blocks = options.format === "json" ? [] : await printStress(data, options);
    // like simulate's result, the JSON carries the scenario object it ran, and says how it was made
    const json = { source: data.label, scenario: data.scenario, rows: data.rows, invocation: invocation(ctx) };
    await emit(ctx, options, { json, document: () => ({ blocks }) });
  });
}
