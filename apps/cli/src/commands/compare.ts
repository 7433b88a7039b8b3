import { Command } from "commander";
import { analysis, type CompareResult } from "../lib/analysis-api.js";
import { addOutputOptions, emit, preflight, type Context, type Currency, type Lang, type OutputOptions } from "../lib/context.js";
import { heading, table, type Block, type Cell } from "../lib/document.js";
import { UsageError } from "../lib/errors.js";
import { formatters } from "../lib/numbers.js";
import { loadScenario, type LoadedScenario, type ScenarioSourceOptions } from "../lib/scenario-input.js";
import { messages } from "../messages.js";

export interface CompareData {
  loaded: LoadedScenario[];
  result: CompareResult;
}

/** Several scenarios side by side, from the model's compare(). */
export async function collectCompare(sources: string[], options: ScenarioSourceOptions, readStdin: () => string): Promise<CompareData> {
  if (sources.length < 2) {
    throw new UsageError("compare needs at least two scenarios", {
      issues: [{ path: "scenarios", message: `only ${sources.length} given`, received: sources, allowed: "two or more preset names, files or - (stdin, once)" }],
      hint: "e.g. aidebt compare base demand-slowdown",
    });
  }
  if (sources.filter((s) => s === "-").length > 1) {
    throw new UsageError("stdin can be read only once", { issues: [{ path: "scenarios", message: "- given more than once", allowed: "at most one -" }] });
  }
  const loaded: LoadedScenario[] = [];
  for (const source of sources) loaded.push(await loadScenario(source, options, readStdin));
  const compare = await analysis("compare");
  const result = await compare(loaded.map((l) => ({ label: l.label, scenario: l.scenario })));
  return { loaded, result };
}

export async function printCompare(data: CompareData, options: { lang: Lang; currency: Currency }): Promise<Block[]> {
  const { formatMoney } = await import("@aidebt/model");
  const m = messages(options.lang);
  const fx = data.loaded[0]?.scenario.fxJpyPerUsd ?? 150;
  const f = formatters(formatMoney, { lang: options.lang, currency: options.currency, fxJpyPerUsd: fx });
  const summaries = data.result.summaries;
  const labels = data.result.labels;
  type Metric = { label: string; pick: (s: (typeof summaries)[number]) => Cell; format: (v: Cell) => string; diff: boolean };
  const metrics: Metric[] = [
    { label: m.burstQuarter, pick: (s) => s.burstQuarter, format: (v) => (v === null ? m.none : String(v)), diff: false },
    { label: m.peakHiddenDebt, pick: (s) => s.peakHiddenDebt, format: f.money, diff: true },
    { label: m.peakTotalDebt, pick: (s) => s.peakTotalDebt, format: f.money, diff: true },
    { label: m.lenderRepaid, pick: (s) => s.lenderRepaid, format: f.money, diff: true },
    { label: m.lenderLoss, pick: (s) => s.lenderLoss, format: f.money, diff: true },
    { label: m.sponsorAiNpv, pick: (s) => s.sponsorAiNpv, format: f.money, diff: true },
    { label: m.debtFundedCapexShare, pick: (s) => s.debtFundedCapexShare, format: f.percent, diff: true },
    { label: m.verdict, pick: (s) => s.verdict, format: (v) => (typeof v === "string" ? (m.verdictLabel[v] ?? v) : "–"), diff: false },
  ];
  const first = summaries[0];
  const columns = [
    { header: m.measure },
    ...labels.map((label) => ({ header: label, align: "right" as const })),
    ...labels.slice(1).map((label) => ({ header: `Δ ${label}`, align: "right" as const })),
  ];
  const rows = metrics.map((metric) => {
    const values = summaries.map(metric.pick);
    const base = first === undefined ? null : metric.pick(first);
    const diffs = values.slice(1).map((v): string => {
      if (!metric.diff || typeof v !== "number" || typeof base !== "number") return v === base ? "=" : "≠";
      const d = v - base;
      return d === 0 ? "=" : `${d > 0 ? "+" : ""}${metric.format(d)}`;
    });
    return [metric.label, ...values.map(metric.format), ...diffs];
  });
  return [heading(`${m.compareOf} ${labels.join(" / ")}`, 1), table(columns, rows, { primary: true })];
}

export function compareCommand(ctx: Context): Command {
  const collect = (value: string, previous: string[] = []): string[] => [...previous, value];
  const command = new Command("compare")
    .description("several scenarios side by side, with differences from the first")
    .argument("<scenarios...>", "two or more preset names, .json/.yaml files, or - for stdin (once)")
    .option("-s, --set <path=value>", "override a field in every scenario (repeatable)", collect, [])
    .option("-q, --quarters <n>", "horizon in quarters for every scenario");
  addOutputOptions(command, ctx.env);
  return command
    .addHelpText(
      "after",
      `
Examples:
  $ aidebt compare base demand-slowdown
  $ aidebt compare base rate-shock credit-freeze --lang en --currency jpy
  $ aidebt compare base mine.yaml --format json -o compare.json`,
    )
    .action(async (sources: string[], options: OutputOptions & ScenarioSourceOptions) => {
      preflight(options);
      const data = await collectCompare(sources, options, ctx.readStdin);
      const blocks = options.format === "json" ? [] : await printCompare(data, options);
      emit(ctx, options, { json: data.result, document: () => ({ blocks }) });
    });
}
