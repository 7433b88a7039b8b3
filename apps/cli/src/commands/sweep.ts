import { Command } from "commander";
import type { SweepResult } from "@aidebt/model";
import { errorText } from "../i18n/errors.js";
import { helpText } from "../i18n/help.js";
import { messages } from "../i18n/labels.js";
import { resolveOutput, runAnalysis } from "../lib/analysis.js";
import { checkAxis, parseAxis } from "../lib/axis.js";
import { categoryMap, heatmap } from "../lib/charts.js";
import { addOutputOptions, addScenarioOptions, emit, invocation, outputOptions, type Context, type Currency, type Lang } from "../lib/context.js";
import { chart, heading, table, text, type Block, type Cell } from "../lib/document.js";
import { UsageError } from "../lib/errors.js";
import type { Logger } from "../lib/logger.js";
import { metricFormat } from "../lib/metric.js";
import { formatters } from "../lib/numbers.js";
import { loadScenario, type LoadedScenario, type ScenarioSourceOptions } from "../lib/scenario-input.js";
import { loadUnits } from "../lib/units.js";

export interface SweepOptions extends ScenarioSourceOptions {
  x: string;
  y: string;
  metric: string;
}

export interface SweepData {
  loaded: LoadedScenario;
  result: SweepResult;
}

/** A two-parameter grid of one output: the model's sweep(). Axes are checked before the scenario is read. */
export async function collectSweep(source: string, options: SweepOptions, io: { readStdin: () => Promise<string>; logger: Logger; signal: AbortSignal; progress?: boolean }): Promise<SweepData> {
  const x = parseAxis("--x", options.x);
  const y = parseAxis("--y", options.y);
  if (x.path === y.path) {
    const t = errorText().axis;
    throw new UsageError(t.same, { issues: [{ path: "--y", message: t.sameMessage, received: y.path, allowed: t.sameAllowed }] });
  }
  const units = await loadUnits();
  checkAxis("--x", x, units);
  checkAxis("--y", y, units);
  const loaded = await loadScenario(source, options, io.readStdin);
  const output = await resolveOutput(loaded.scenario, options.metric, "--metric", false);
  const result = await runAnalysis(
    { kind: "sweep", scenario: loaded.scenario, x: { path: x.path, values: x.values }, y: { path: y.path, values: y.values }, output },
    { ...io, label: "sweep" },
  );
  return { loaded, result };
}

export async function printSweep(data: SweepData, options: { lang: Lang; currency: Currency; format: string }): Promise<Block[]> {
  const { formatMoney, RATIO_CAP } = await import("@aidebt/model");
  const m = messages(options.lang);
  const f = formatters(formatMoney, { lang: options.lang, currency: options.currency, fxJpyPerUsd: data.loaded.scenario.fxJpyPerUsd, ratioCap: RATIO_CAP });
  const metric = await metricFormat(data.result.output, f, options.lang, data.loaded.scenario);
  const { x, y, z, output } = data.result;
  const cell = (j: number, i: number): Cell => z[j]?.[i] ?? null;
  if (options.format === "csv") {
    // long form: one row per grid point, ready for a pivot table or a plotting library
    return [
      table(
        [
          { id: x.path, header: x.path },
          { id: y.path, header: y.path },
          { id: output, header: output, ...(metric.unit === undefined ? {} : { unit: metric.unit }) },
        ],
        y.values.flatMap((yv, j) => x.values.map((xv, i): Cell[] => [xv, yv, cell(j, i)])),
      ),
    ];
  }
  const axisLabel = (v: number): string => String(Number(v.toPrecision(12)));
  const grid = y.values.map((_, j) => x.values.map((__, i) => cell(j, i)));
  const categorical = grid.flat().some((v) => typeof v === "string");
  const picture = categorical
    ? categoryMap(grid, { rowLabels: y.values.map(axisLabel), columnLabels: x.values.map(axisLabel), format: metric.value, cellWidth: 3 })
    : heatmap(
        grid.map((row) => row.map((v) => (typeof v === "number" && Number.isFinite(v) ? v : null))),
        { rowLabels: y.values.map(axisLabel), columnLabels: x.values.map(axisLabel), format: (v) => metric.value(v), cellWidth: 3 },
      );
  return [
    heading(`${m.sweepOf} ${output} — ${data.loaded.label}`, 1),
    chart(picture, `${y.path} ↓  ×  ${x.path} →`),
    table(
      [
        { id: "y", header: `${y.path} \\ ${x.path}` },
        ...x.values.map((xv) => ({ id: axisLabel(xv), header: axisLabel(xv), align: "right" as const, format: metric.value })),
      ],
      y.values.map((yv, j) => [axisLabel(yv), ...x.values.map((_, i) => cell(j, i))]),
      { primary: true },
    ),
    ...(z.some((row) => row.includes(null)) ? [text(m.sweepInvalid)] : []),
    ...(/burstIndex|burstQuarter/.test(output) ? [text(m.burstIndexNote(data.loaded.scenario.horizonQuarters))] : []),
  ];
}

export function sweepCommand(ctx: Context): Command {
  const h = helpText().sweep;
  const command = new Command("sweep")
    .description(h.description)
    .argument("[scenario]", h.arguments.scenario, "base")
    .requiredOption("--x <path=from:to:steps>", h.options.x)
    .requiredOption("--y <path=from:to:steps>", h.options.y)
    .option("-m, --metric <output>", h.options.metric, "peakHiddenDebt");
  addScenarioOptions(command, { progress: true });
  addOutputOptions(command, { formats: ["table", "json", "csv", "md"], currency: true, check: true });
  return command.addHelpText("after", h.after).action(async (source: string) => {
    const options = outputOptions(ctx, command);
    const raw = command.opts<SweepOptions & { progress?: boolean }>();
    const data = await collectSweep(source, raw, { readStdin: ctx.readStdin, logger: ctx.logger, signal: ctx.signal, progress: raw.progress === true });
    const blocks = options.format === "json" ? [] : await printSweep(data, options);
    const json = { ...data.result, source: data.loaded.label, scenario: data.loaded.scenario, inputs: { x: raw.x, y: raw.y, metric: data.result.output }, invocation: invocation(ctx) };
    await emit(ctx, options, { json, document: () => ({ blocks }) });
  });
}
