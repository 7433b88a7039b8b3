import { Command } from "commander";
import type { SensitivityResult } from "@aidebt/model";
import { resolveOutput, runAnalysis } from "../lib/analysis.js";
import { parseIntegerOption } from "../lib/axis.js";
import { tornado } from "../lib/charts.js";
import { addOutputOptions, addScenarioOptions, emit, preflight, type Context, type Currency, type Lang, type OutputOptions } from "../lib/context.js";
import { chart, heading, table, text, type Block, type Cell } from "../lib/document.js";
import { invalidValue } from "../lib/errors.js";
import type { Logger } from "../lib/logger.js";
import { formatters, type Formatters } from "../lib/numbers.js";
import { loadScenario, type LoadedScenario, type ScenarioSourceOptions } from "../lib/scenario-input.js";
import { messages } from "../messages.js";

export interface SensitivityOptions extends ScenarioSourceOptions {
  metric: string;
  step: string;
}

export interface SensitivityData {
  loaded: LoadedScenario;
  result: SensitivityResult;
}

/** One-at-a-time sensitivity (tornado) of one output to every numeric parameter: the model's sensitivity(). */
export async function collectSensitivity(
  source: string,
  options: SensitivityOptions,
  io: { readStdin: () => Promise<string>; logger: Logger; signal: AbortSignal; progress?: boolean },
): Promise<SensitivityData> {
  const relativeStep = Number(options.step);
  if (!Number.isFinite(relativeStep) || relativeStep <= 0 || relativeStep > 1) {
    throw invalidValue("--step", options.step, "a relative step above 0 and at most 1, e.g. 0.2 for ±20%");
  }
  const loaded = await loadScenario(source, options, io.readStdin);
  const output = await resolveOutput(loaded.scenario, options.metric);
  const result = await runAnalysis({ kind: "sensitivity", scenario: loaded.scenario, output, relativeStep }, { ...io, label: "sensitivity" });
  return { loaded, result };
}

/**
 * How to show a summary field: money through formatMoney, shares as percentages, covers as ratios,
 * quarter counts and indices as plain numbers.
 */
export function formatterFor(field: string, f: Formatters): (value: Cell) => string {
  const name = field.split(".").at(-1) ?? field;
  if (/Share$|utilisation|ReturnOnCapital/i.test(name)) return f.percent;
  if (/Cover|dscr/i.test(name)) return f.ratio;
  if (/Index|Quarters|Count|gw$|demand$|capacity$/i.test(name)) return f.number;
  if (/Rate|rate$/.test(name)) return f.percent;
  return f.money;
}

export async function printSensitivity(data: SensitivityData, options: { lang: Lang; currency: Currency; top?: number }): Promise<Block[]> {
  const { formatMoney } = await import("@aidebt/model");
  const m = messages(options.lang);
  const f = formatters(formatMoney, { lang: options.lang, currency: options.currency, fxJpyPerUsd: data.loaded.scenario.fxJpyPerUsd });
  const value = formatterFor(data.result.output, f);
  const r = data.result;
  const rows = r.rows.slice(0, options.top ?? r.rows.length);
  // parameter values as the scenario writes them, unrounded
  const plain = (v: Cell): string => (typeof v === "number" ? String(Number(v.toPrecision(12))) : v === null ? "–" : String(v));
  const signed = (v: Cell): string => (typeof v === "number" && v > 0 ? `+${value(v)}` : value(v));
  return [
    heading(`${m.sensitivityOf} ${r.output} — ${data.loaded.label}`, 1),
    chart(
      tornado(
        rows.map((row) => ({ label: row.path, low: row.low ? row.low.output - r.baseline : 0, high: row.high ? row.high.output - r.baseline : 0 })),
        { format: (v) => signed(v) },
      ),
      `${m.baseValue}: ${value(r.baseline)}`,
    ),
    table(
      [
        { header: m.parameter },
        { header: m.baseParameter, align: "right", format: plain },
        { header: m.lowParameter, align: "right", format: plain },
        { header: m.lowValue, align: "right", format: value },
        { header: m.highParameter, align: "right", format: plain },
        { header: m.highValue, align: "right", format: value },
        { header: m.swing, align: "right", format: value },
      ],
      rows.map((row) => [row.path, row.baseValue, row.low?.value ?? null, row.low?.output ?? null, row.high?.value ?? null, row.high?.output ?? null, row.swing]),
      { title: `${m.baseValue}: ${value(r.baseline)}`, primary: true },
    ),
    ...(/burstIndex|burstQuarter/.test(r.output) ? [text(m.burstIndexNote(data.loaded.scenario.horizonQuarters))] : []),
  ];
}

export function sensitivityCommand(ctx: Context): Command {
  const command = new Command("sensitivity")
    .description("tornado: how much one output moves when each parameter moves down and up, one at a time")
    .argument("[scenario]", "preset name, path to a .json/.yaml file, or - for stdin", "base")
    .option("-m, --metric <output>", "the output: a summary field (peakHiddenDebt, burstIndex, sponsorAiNpv, lenderLoss, …) or last.<path>", "peakHiddenDebt")
    .option("--step <relative>", "relative move of each parameter, down and up", "0.2")
    .option("--top <n>", "show only the N largest swings");
  addScenarioOptions(command, { set: "override a scenario field first (repeatable)", progress: true });
  addOutputOptions(command, ctx.env);
  return command
    .addHelpText(
      "after",
      `
Examples:
  $ aidebt sensitivity --top 10                         what drives the peak of hidden debt in base
  $ aidebt sensitivity demand-slowdown --metric burstIndex --top 10
  $ aidebt sensitivity base --metric sponsorAiNpv --step 0.1 --format csv -o tornado.csv

Is demand more decisive than rates, as the article says? Compare the rows of demand.aiGrowthAnnual and
rates.baseAnnual. A tornado chart is drawn on a terminal; a progress bar on stderr; Ctrl-C stops cleanly.`,
    )
    .action(async (source: string, options: { progress?: boolean } & OutputOptions & SensitivityOptions & { top?: string }) => {
      preflight(options);
      const top = options.top === undefined ? undefined : parseIntegerOption("--top", options.top, 1, 10_000);
      const data = await collectSensitivity(source, options, { readStdin: ctx.readStdin, logger: ctx.logger, signal: ctx.signal, progress: options.progress === true });
      const blocks = options.format === "json" ? [] : await printSensitivity(data, { lang: options.lang, currency: options.currency, ...(top === undefined ? {} : { top }) });
      emit(ctx, options, { json: data.result, document: () => ({ blocks }) });
    });
}
