import { Command } from "commander";
import { analysis, type SweepResult } from "../lib/analysis-api.js";
import { parseAxis, type Axis } from "../lib/axis.js";
import { heatmap } from "../lib/charts.js";
import { addOutputOptions, emit, preflight, type Context, type Currency, type Lang, type OutputOptions } from "../lib/context.js";
import { chart, heading, table, type Block, type Cell } from "../lib/document.js";
import { UsageError } from "../lib/errors.js";
import { formatters } from "../lib/numbers.js";
import { withProgress } from "../lib/progress.js";
import { loadScenario, type LoadedScenario, type ScenarioSourceOptions } from "../lib/scenario-input.js";
import { messages } from "../messages.js";
import { isMoneyMetric } from "./sensitivity.js";

export interface SweepOptions extends ScenarioSourceOptions {
  x: string;
  y: string;
  metric: string;
}

export interface SweepData {
  loaded: LoadedScenario;
  x: Axis;
  y: Axis;
  result: SweepResult;
}

/** Check that an axis names a numeric scenario parameter and that its ends lie in the parameter's range. */
export async function checkAxis(option: "--x" | "--y", axis: Axis): Promise<void> {
  const { numericParameterPaths, parameterInfo } = await import("@aidebt/model");
  const paths = numericParameterPaths();
  if (!paths.includes(axis.path)) {
    throw new UsageError(`invalid ${option} parameter`, {
      issues: [{ path: option, message: `${axis.path} is not a numeric scenario parameter`, received: axis.path, allowed: "a numeric path from `aidebt schema --format table`" }],
      hint: `e.g. ${option} demand.aiGrowthAnnual=0:0.6:7`,
    });
  }
  const info = parameterInfo(axis.path);
  const range = /from (-?[\d.]+) to (-?[\d.]+)/.exec(info?.allowed ?? "");
  if (range?.[1] !== undefined && range[2] !== undefined) {
    const [min, max] = [Number(range[1]), Number(range[2])];
    const outside = [axis.from, axis.to].filter((v) => v < min || v > max);
    if (outside.length > 0) {
      throw new UsageError(`invalid ${option} range`, {
        issues: [{ path: `${option} ${axis.path}`, message: `${outside.join(" and ")} outside the parameter's range`, received: `${axis.from}:${axis.to}`, allowed: info?.allowed ?? "" }],
      });
    }
  }
}

/** A two-parameter grid of one output, from the model. */
export async function collectSweep(
  source: string,
  options: SweepOptions,
  io: { readStdin: () => string; control?: Parameters<Parameters<typeof withProgress>[3]>[0] },
): Promise<SweepData> {
  const x = parseAxis("--x", options.x);
  const y = parseAxis("--y", options.y);
  await checkAxis("--x", x);
  await checkAxis("--y", y);
  const loaded = await loadScenario(source, options, io.readStdin);
  const sweep = await analysis("sweep");
  const result = await sweep(loaded.scenario, { path: x.path, values: x.values }, { path: y.path, values: y.values }, options.metric, io.control);
  return { loaded, x, y, result };
}

export async function printSweep(data: SweepData, options: { lang: Lang; currency: Currency; format: string }): Promise<Block[]> {
  const { formatMoney } = await import("@aidebt/model");
  const m = messages(options.lang);
  const f = formatters(formatMoney, { lang: options.lang, currency: options.currency, fxJpyPerUsd: data.loaded.scenario.fxJpyPerUsd });
  const value = isMoneyMetric(data.result.output) ? f.money : f.number;
  const { xs, ys, values } = data.result;
  const cell = (j: number, i: number): number | null => {
    const v = values[j]?.[i];
    return typeof v === "number" && Number.isFinite(v) ? v : null;
  };
  if (options.format === "csv") {
    // long form: one row per grid point, ready for a pivot table or a plotting library
    const rows = ys.flatMap((yv, j) => xs.map((xv, i): Cell[] => [xv, yv, cell(j, i)]));
    return [table([{ header: data.result.x }, { header: data.result.y }, { header: data.result.output }], rows)];
  }
  const axisLabel = (v: number): string => f.number(v);
  return [
    heading(`${m.sweepOf} ${data.result.output} — ${data.loaded.label}`, 1),
    chart(
      heatmap(
        ys.map((_, j) => xs.map((__, i) => cell(j, i))),
        { rowLabels: ys.map(axisLabel), columnLabels: xs.map(axisLabel), format: (v) => value(v), cellWidth: 3 },
      ),
      `${data.result.y} ↓  ×  ${data.result.x} →`,
    ),
    table(
      [{ header: `${data.result.y} \\ ${data.result.x}` }, ...xs.map((xv) => ({ header: axisLabel(xv), align: "right" as const, format: value }))],
      ys.map((yv, j) => [axisLabel(yv), ...xs.map((_, i) => cell(j, i))]),
      { primary: true },
    ),
  ];
}

export function sweepCommand(ctx: Context): Command {
  const collect = (value: string, previous: string[] = []): string[] => [...previous, value];
  const command = new Command("sweep")
    .description("a grid of one output over two parameters (a heat map on a terminal)")
    .argument("[scenario]", "preset name, path to a .json/.yaml file, or - for stdin", "base")
    .requiredOption("--x <path=from:to:steps>", "the parameter across, e.g. demand.aiGrowthAnnual=0:0.6:7")
    .requiredOption("--y <path=from:to:steps>", "the parameter down, e.g. gpu.economicLifeQuarters=8:24:5")
    .option("-m, --metric <output>", "the output in each cell, e.g. burstIndex, peakHiddenDebt, lenderLoss", "peakHiddenDebt")
    .option("-s, --set <path=value>", "override a scenario field first (repeatable)", collect, [])
    .option("-q, --quarters <n>", "horizon in quarters");
  addOutputOptions(command, ctx.env);
  return command
    .addHelpText(
      "after",
      `
Examples:
  $ aidebt sweep --x demand.aiGrowthAnnual=0:0.6:7 --y gpu.economicLifeQuarters=8:24:5
  $ aidebt sweep base --x financing.offBalanceShare=0:0.8:5 --y rates.baseAnnual=0.02:0.08:4 --metric burstIndex
  $ aidebt sweep --x demand.aiGrowthAnnual=0:0.6:13 --y spv.dscrCovenant=1:1.5:6 --format csv -o grid.csv

csv is long form (x, y, value), one row per grid point. A progress bar shows on stderr for long runs;
Ctrl-C stops cleanly.`,
    )
    .action(async (source: string, options: OutputOptions & SweepOptions) => {
      preflight(options);
      const data = await withProgress(ctx.logger, ctx.signal, "sweep", (control) => collectSweep(source, options, { readStdin: ctx.readStdin, control }));
      const blocks = options.format === "json" ? [] : await printSweep(data, options);
      emit(ctx, options, { json: data.result, document: () => ({ blocks }) });
    });
}
