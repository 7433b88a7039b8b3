import { Command } from "commander";
import type { SensitivityResult } from "@aidebt/model";
import { errorText } from "../i18n/errors.js";
import { helpText } from "../i18n/help.js";
import { messages } from "../i18n/labels.js";
import { resolveOutput, runAnalysis } from "../lib/analysis.js";
import { tornado } from "../lib/charts.js";
import { addOutputOptions, addScenarioOptions, emit, invocation, outputOptions, type Context, type Currency, type Lang } from "../lib/context.js";
import { chart, heading, table, text, type Block, type Cell } from "../lib/document.js";
import type { Logger } from "../lib/logger.js";
import { metricFormat } from "../lib/metric.js";
import { formatters } from "../lib/numbers.js";
import { loadScenario, type LoadedScenario, type ScenarioSourceOptions } from "../lib/scenario-input.js";
import { integerOption, numberOption } from "../lib/values.js";

export interface SensitivityOptions extends ScenarioSourceOptions {
  metric: string;
  step: string;
}

export interface SensitivityData {
  loaded: LoadedScenario;
  result: SensitivityResult;
  relativeStep: number;
}

/** Ids of the sensitivity table's columns (`--columns`, CSV header). */
export const SENSITIVITY_COLUMNS = ["parameter", "baseValue", "lowValue", "lowOutput", "highValue", "highOutput", "swing"] as const;

/** One-at-a-time sensitivity (tornado) of one output to every numeric parameter: the model's sensitivity(). */
export async function collectSensitivity(
  source: string,
  options: SensitivityOptions,
  io: { readStdin: () => Promise<string>; logger: Logger; signal: AbortSignal; progress?: boolean },
): Promise<SensitivityData> {
  const relativeStep = await numberOption("--step", options.step, { min: 0, max: 1, exclusiveMin: true }, errorText().values.stepAllowed);
  const loaded = await loadScenario(source, options, io.readStdin);
  const output = await resolveOutput(loaded.scenario, options.metric);
  const result = await runAnalysis({ kind: "sensitivity", scenario: loaded.scenario, output, relativeStep }, { ...io, label: "sensitivity" });
  return { loaded, result, relativeStep };
}

export async function printSensitivity(data: SensitivityData, options: { lang: Lang; currency: Currency; top?: number }): Promise<Block[]> {
  const { formatMoney, RATIO_CAP } = await import("@aidebt/model");
  const m = messages(options.lang);
  const f = formatters(formatMoney, { lang: options.lang, currency: options.currency, fxJpyPerUsd: data.loaded.scenario.fxJpyPerUsd, ratioCap: RATIO_CAP });
  const metric = await metricFormat(data.result.output, f, options.lang, data.loaded.scenario);
  const r = data.result;
  const rows = r.rows.slice(0, options.top ?? r.rows.length);
  // parameter values as the scenario writes them, unrounded
  const plain = (v: Cell): string => (typeof v === "number" ? String(Number(v.toPrecision(12))) : v === null ? "–" : String(v));
  const swing = (v: Cell): string => (v === 0 ? "0" : metric.delta(v).replace(/^\+/, ""));
  return [
    heading(`${m.sensitivityOf} ${r.output} — ${data.loaded.label}`, 1),
    chart(
      tornado(
        rows.map((row) => ({ label: row.path, low: row.low ? row.low.output - r.baseline : 0, high: row.high ? row.high.output - r.baseline : 0 })),
        { format: (v) => (v === 0 ? "0" : metric.delta(v)) },
      ),
      `${m.baseValue}: ${metric.value(r.baseline)}`,
    ),
    table(
      [
        { id: "parameter", header: m.parameter },
        { id: "baseValue", header: m.baseParameter, align: "right", format: plain },
        { id: "lowValue", header: m.lowParameter, align: "right", format: plain },
        { id: "lowOutput", header: m.lowValue, align: "right", format: metric.value, ...(metric.unit === undefined ? {} : { unit: metric.unit }) },
        { id: "highValue", header: m.highParameter, align: "right", format: plain },
        { id: "highOutput", header: m.highValue, align: "right", format: metric.value, ...(metric.unit === undefined ? {} : { unit: metric.unit }) },
        { id: "swing", header: m.swing, align: "right", format: swing },
      ],
      rows.map((row) => [row.path, row.baseValue, row.low?.value ?? null, row.low?.output ?? null, row.high?.value ?? null, row.high?.output ?? null, row.swing]),
      { title: `${m.baseValue}: ${metric.value(r.baseline)}`, primary: true },
    ),
    ...(/burstIndex|burstQuarter/.test(r.output) ? [text(m.burstIndexNote(data.loaded.scenario.horizonQuarters))] : []),
  ];
}

export function sensitivityCommand(ctx: Context): Command {
  const h = helpText().sensitivity;
  const command = new Command("sensitivity")
    .description(h.description)
    .argument("[scenario]", h.arguments.scenario, "base")
    .option("-m, --metric <output>", h.options.metric, "peakHiddenDebt")
    .option("--step <relative>", h.options.step, "0.2")
    .option("--top <n>", h.options.top);
  addScenarioOptions(command, { progress: true });
  addOutputOptions(command, { formats: ["table", "json", "csv", "md"], currency: true, check: true, columns: SENSITIVITY_COLUMNS });
  return command.addHelpText("after", h.after).action(async (source: string) => {
    const options = outputOptions(ctx, command);
    const raw = command.opts<SensitivityOptions & { top?: string; progress?: boolean }>();
    const top = raw.top === undefined ? undefined : await integerOption("--top", raw.top, 1, 10_000);
    const data = await collectSensitivity(source, raw, { readStdin: ctx.readStdin, logger: ctx.logger, signal: ctx.signal, progress: raw.progress === true });
    const blocks = options.format === "json" ? [] : await printSensitivity(data, { lang: options.lang, currency: options.currency, ...(top === undefined ? {} : { top }) });
    const json = {
      ...data.result,
      source: data.loaded.label,
      scenario: data.loaded.scenario,
      inputs: { metric: data.result.output, step: data.relativeStep, top: top ?? null },
      invocation: invocation(ctx),
    };
    await emit(ctx, options, { json, document: () => ({ blocks }) });
  });
}
