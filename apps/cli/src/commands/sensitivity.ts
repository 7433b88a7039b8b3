import { Command } from "commander";
import { analysis, type SensitivityResult } from "../lib/analysis-api.js";
import { parseIntegerOption } from "../lib/axis.js";
import { invalidValue } from "../lib/errors.js";
import { tornado } from "../lib/charts.js";
import { addOutputOptions, emit, preflight, type Context, type Currency, type Lang, type OutputOptions } from "../lib/context.js";
import { chart, heading, table, type Block, type Cell } from "../lib/document.js";
import { formatters } from "../lib/numbers.js";
import { withProgress } from "../lib/progress.js";
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

/** One-at-a-time sensitivity of one output to every numeric parameter, from the model. */
export async function collectSensitivity(
  source: string,
  options: SensitivityOptions,
  io: { readStdin: () => string; control?: Parameters<Parameters<typeof withProgress>[3]>[0] },
): Promise<SensitivityData> {
  const loaded = await loadScenario(source, options, io.readStdin);
  const sensitivity = await analysis("sensitivity");
  const relativeStep = Number(options.step);
  const result = await sensitivity(loaded.scenario, options.metric, { relativeStep, ...io.control });
  return { loaded, result };
}

/** Money outputs are shown through formatMoney; others (quarters, ratios, shares) as numbers. */
export const isMoneyMetric = (metric: string): boolean => /debt|loss|npv|repaid|capex|borrowing|guarantee|impairment/i.test(metric);

export async function printSensitivity(data: SensitivityData, options: { lang: Lang; currency: Currency; top?: number }): Promise<Block[]> {
  const { formatMoney } = await import("@aidebt/model");
  const m = messages(options.lang);
  const f = formatters(formatMoney, { lang: options.lang, currency: options.currency, fxJpyPerUsd: data.loaded.scenario.fxJpyPerUsd });
  const value = isMoneyMetric(data.result.output) ? f.money : f.number;
  const signed = (v: Cell): string => (typeof v === "number" && v > 0 ? `+${value(v)}` : value(v));
  const rows = data.result.rows.slice(0, options.top ?? data.result.rows.length);
  return [
    heading(`${m.sensitivityOf} ${data.result.output} — ${data.loaded.label}`, 1),
    chart(tornado(rows.map((r) => ({ label: r.path, low: r.low, high: r.high })), { format: (v) => signed(v) })),
    table(
      [
        { header: m.parameter },
        { header: m.lowChange, align: "right", format: signed },
        { header: m.highChange, align: "right", format: signed },
        { header: m.lowValue, align: "right", format: value },
        { header: m.highValue, align: "right", format: value },
      ],
      rows.map((r) => [r.path, r.low, r.high, r.lowValue, r.highValue]),
      { title: `${m.baseValue}: ${value(data.result.base)}`, primary: true },
    ),
  ];
}

export function sensitivityCommand(ctx: Context): Command {
  const collect = (value: string, previous: string[] = []): string[] => [...previous, value];
  const command = new Command("sensitivity")
    .description("tornado: how much one output moves when each parameter moves up and down (one at a time)")
    .argument("[scenario]", "preset name, path to a .json/.yaml file, or - for stdin", "base")
    .option("-m, --metric <output>", "the output to explain, e.g. peakHiddenDebt, burstIndex, sponsorAiNpv, lenderLoss", "peakHiddenDebt")
    .option("--step <relative>", "relative step of each parameter, up and down", "0.1")
    .option("--top <n>", "show only the N largest swings")
    .option("-s, --set <path=value>", "override a scenario field first (repeatable)", collect, [])
    .option("-q, --quarters <n>", "horizon in quarters");
  addOutputOptions(command, ctx.env);
  return command
    .addHelpText(
      "after",
      `
Examples:
  $ aidebt sensitivity                                  what drives the peak of hidden debt in base
  $ aidebt sensitivity demand-slowdown --metric burstIndex --top 10
  $ aidebt sensitivity base --metric sponsorAiNpv --step 0.2 --format csv -o tornado.csv

Answers the article's question "is demand more decisive than rates?": compare the rows of
demand.aiGrowthAnnual and rates.baseAnnual. A tornado chart is drawn on a terminal.`,
    )
    .action(async (source: string, options: OutputOptions & SensitivityOptions & { top?: string }) => {
      preflight(options);
      const step = Number(options.step);
      if (!Number.isFinite(step) || step <= 0 || step > 1) throw invalidValue("--step", options.step, "a relative step above 0 and at most 1, e.g. 0.1 for ±10%");
      const top = options.top === undefined ? undefined : parseIntegerOption("--top", options.top, 1, 10_000);
      const data = await withProgress(ctx.logger, ctx.signal, "sensitivity", (control) =>
        collectSensitivity(source, options, { readStdin: ctx.readStdin, control }),
      );
      const blocks = options.format === "json" ? [] : await printSensitivity(data, { lang: options.lang, currency: options.currency, ...(top === undefined ? {} : { top }) });
      emit(ctx, options, { json: data.result, document: () => ({ blocks }) });
    });
}
