import { Command } from "commander";
import type { SweepResult } from "@aidebt/model";
import { resolveOutput, runAnalysis } from "../lib/analysis.js";
import { parseAxis, type Axis } from "../lib/axis.js";
import { heatmap } from "../lib/charts.js";
import { addOutputOptions, addScenarioOptions, emit, preflight, type Context, type Currency, type Lang, type OutputOptions } from "../lib/context.js";
import { chart, heading, table, text, type Block, type Cell } from "../lib/document.js";
import { UsageError } from "../lib/errors.js";
import type { Logger } from "../lib/logger.js";
import { formatters } from "../lib/numbers.js";
import { loadScenario, type LoadedScenario, type ScenarioSourceOptions } from "../lib/scenario-input.js";
import { messages } from "../messages.js";
import { formatterFor } from "./sensitivity.js";

export interface SweepOptions extends ScenarioSourceOptions {
  x: string;
  y: string;
  metric: string;
}

export interface SweepData {
  loaded: LoadedScenario;
  result: SweepResult;
}

/** Check that an axis names a numeric scenario parameter and that its ends lie in the parameter's range. */
export async function checkAxis(option: "--x" | "--y", axis: Axis): Promise<void> {
  const { numericParameterPaths, parameterMeta, parameterInfo } = await import("@aidebt/model");
  if (!numericParameterPaths().includes(axis.path)) {
    throw new UsageError(`invalid ${option} parameter`, {
      issues: [{ path: option, message: `${axis.path} is not a numeric scenario parameter`, received: axis.path, allowed: "a numeric path from `aidebt schema --format table`" }],
      hint: `e.g. ${option} demand.aiGrowthAnnual=0:0.6:7`,
    });
  }
  const info = parameterInfo(axis.path);
  const meta = parameterMeta(axis.path);
  if (meta) {
    const { min, max } = meta;
    const outside = [axis.from, axis.to].filter((v) => v < min || v > max);
    if (outside.length > 0) {
      throw new UsageError(`invalid ${option} range`, {
        issues: [{ path: `${option} ${axis.path}`, message: `${outside.join(" and ")} outside the parameter's range`, received: `${axis.from}:${axis.to}`, allowed: info?.allowed ?? "" }],
      });
    }
  }
}

/** A two-parameter grid of one output: the model's sweep(). */
export async function collectSweep(source: string, options: SweepOptions, io: { readStdin: () => Promise<string>; logger: Logger; signal: AbortSignal; progress?: boolean }): Promise<SweepData> {
  const x = parseAxis("--x", options.x);
  const y = parseAxis("--y", options.y);
  if (x.path === y.path) {
    throw new UsageError("--x and --y name the same parameter", { issues: [{ path: "--y", message: "same parameter as --x", received: y.path, allowed: "a different numeric parameter" }] });
  }
  await checkAxis("--x", x);
  await checkAxis("--y", y);
  const loaded = await loadScenario(source, options, io.readStdin);
  const output = await resolveOutput(loaded.scenario, options.metric, "--metric", false);
  const result = await runAnalysis(
    { kind: "sweep", scenario: loaded.scenario, x: { path: x.path, values: x.values }, y: { path: y.path, values: y.values }, output },
    { ...io, label: "sweep" },
  );
  return { loaded, result };
}

export async function printSweep(data: SweepData, options: { lang: Lang; currency: Currency; format: string }): Promise<Block[]> {
  const { formatMoney } = await import("@aidebt/model");
  const m = messages(options.lang);
  const f = formatters(formatMoney, { lang: options.lang, currency: options.currency, fxJpyPerUsd: data.loaded.scenario.fxJpyPerUsd });
  const value = formatterFor(data.result.output, f);
  const { x, y, z, output } = data.result;
  const cell = (j: number, i: number): Cell => z[j]?.[i] ?? null;
  if (options.format === "csv") {
    // long form: one row per grid point, ready for a pivot table or a plotting library
    return [table([{ header: x.path }, { header: y.path }, { header: output }], y.values.flatMap((yv, j) => x.values.map((xv, i): Cell[] => [xv, yv, cell(j, i)])))];
  }
  const axisLabel = (v: number): string => f.number(v);
  const numeric = (v: Cell): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);
  return [
    heading(`${m.sweepOf} ${output} — ${data.loaded.label}`, 1),
    chart(
      heatmap(
        y.values.map((_, j) => x.values.map((__, i) => numeric(cell(j, i)))),
        { rowLabels: y.values.map(axisLabel), columnLabels: x.values.map(axisLabel), format: (v) => value(v), cellWidth: 3 },
      ),
      `${y.path} ↓  ×  ${x.path} →`,
    ),
    table(
      [{ header: `${y.path} \\ ${x.path}` }, ...x.values.map((xv) => ({ header: axisLabel(xv), align: "right" as const, format: value }))],
      y.values.map((yv, j) => [axisLabel(yv), ...x.values.map((_, i) => cell(j, i))]),
      { primary: true },
    ),
    ...(z.some((row) => row.includes(null)) ? [text(m.sweepInvalid)] : []),
    ...(/burstIndex|burstQuarter/.test(output) ? [text(m.burstIndexNote(data.loaded.scenario.horizonQuarters))] : []),
  ];
}

export function sweepCommand(ctx: Context): Command {
  const command = new Command("sweep")
    .description("a grid of one output over two parameters (a heat map on a terminal)")
    .argument("[scenario]", "preset name, path to a .json/.yaml file, or - for stdin", "base")
    .requiredOption("--x <path=from:to:steps>", "the parameter across, e.g. demand.aiGrowthAnnual=0:0.6:7")
    .requiredOption("--y <path=from:to:steps>", "the parameter down, e.g. gpu.economicLifeQuarters=8:24:5")
    .option("-m, --metric <output>", "the output in each cell: a summary field (burstIndex, peakHiddenDebt, verdict, …) or last.<path>", "peakHiddenDebt");
  addScenarioOptions(command, { set: "override a scenario field first (repeatable)", progress: true });
  addOutputOptions(command, ctx.env);
  return command
    .addHelpText(
      "after",
      `
Examples:
  $ aidebt sweep --x demand.aiGrowthAnnual=0:0.6:7 --y gpu.economicLifeQuarters=8:24:5
  $ aidebt sweep base --x financing.offBalanceShare=0:0.8:5 --y rates.baseAnnual=0.02:0.08:4 --metric burstIndex
  $ aidebt sweep --x demand.aiGrowthAnnual=0:0.6:13 --y spv.dscrCovenant=1:1.5:6 --format csv -o grid.csv

csv is long form (x, y, value), one row per grid point; json is the model's sweep() result. A progress
bar shows on stderr; Ctrl-C stops cleanly.`,
    )
    .action(async (source: string, options: { progress?: boolean } & OutputOptions & SweepOptions) => {
      preflight(options);
      const data = await collectSweep(source, options, { readStdin: ctx.readStdin, logger: ctx.logger, signal: ctx.signal, progress: options.progress === true });
      const blocks = options.format === "json" ? [] : await printSweep(data, options);
      emit(ctx, options, { json: data.result, document: () => ({ blocks }) });
    });
}
