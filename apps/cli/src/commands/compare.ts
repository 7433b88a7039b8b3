import { Command } from "commander";
import type { CompareResult } from "@aidebt/model";
import { sparklines } from "../lib/charts.js";
import { addOutputOptions, addScenarioOptions, emit, preflight, type Context, type Currency, type Lang, type OutputOptions } from "../lib/context.js";
import { chart, heading, table, type Block, type Cell } from "../lib/document.js";
import { UsageError } from "../lib/errors.js";
import { formatters } from "../lib/numbers.js";
import { loadScenario, type LoadedScenario, type ScenarioSourceOptions } from "../lib/scenario-input.js";
import { messages } from "../messages.js";
import { formatterFor } from "./sensitivity.js";

export interface CompareData {
  loaded: LoadedScenario[];
  result: CompareResult;
}

/** Several scenarios side by side, with differences from the first: the model's compare(). */
export async function collectCompare(sources: string[], options: ScenarioSourceOptions, readStdin: () => Promise<string>): Promise<CompareData> {
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
  const { compare, ledgerEngine } = await import("@aidebt/model");
  // the Decimal ledger, as simulate uses: compare's results are the same JSON simulate prints
  const result = compare(
    loaded.map((l) => ({ label: l.preset?.id ?? l.label, scenario: l.scenario })),
    { engine: ledgerEngine },
  );
  return { loaded, result };
}

/** Summary fields shown by default (all of them with --all). */
const KEY_FIELDS = ["peakHiddenDebt", "peakTotalDebt", "finalTotalDebt", "cumulativeCapex", "debtFundedCapexShare", "lenderRepaid", "lenderLoss", "sponsorAiNpv", "minInterestCover", "impairments", "guaranteesPaid"];

export async function printCompare(data: CompareData, options: { lang: Lang; currency: Currency; all?: boolean; format?: string }): Promise<Block[]> {
  const { formatMoney } = await import("@aidebt/model");
  const m = messages(options.lang);
  const fx = data.loaded[0]?.scenario.fxJpyPerUsd ?? 150;
  const f = formatters(formatMoney, { lang: options.lang, currency: options.currency, fxJpyPerUsd: fx });
  const { labels, results, summary, series } = data.result;
  const signed = (format: (v: Cell) => string) => (v: Cell): string => (typeof v === "number" && v > 0 ? `+${format(v)}` : typeof v === "number" && v === 0 ? "=" : format(v));
  const fields = options.all === true ? summary : KEY_FIELDS.map((k) => summary.find((s) => s.field === k)).filter((s) => s !== undefined);
  const rows: Cell[][] = [
    [m.burstQuarter, ...results.map((r) => r.summary.burstQuarter ?? m.none), ...results.slice(1).map((r) => (r.summary.burstQuarter === results[0]?.summary.burstQuarter ? "=" : "≠"))],
    [m.verdict, ...results.map((r) => m.verdictLabel[r.summary.verdict] ?? r.summary.verdict), ...results.slice(1).map((r) => (r.summary.verdict === results[0]?.summary.verdict ? "=" : "≠"))],
    ...fields.map((row) => {
      const format = formatterFor(row.field, f);
      return [row.field, ...row.values.map(format), ...row.differences.slice(1).map(signed(format))];
    }),
  ];
  if (options.format === "csv") {
    // raw numbers (USD bn, shares as fractions) for spreadsheets: every numeric summary field
    return [
      table(
        [{ header: "field" }, ...labels.map((label) => ({ header: label })), ...labels.slice(1).map((label) => ({ header: `Δ ${label}` }))],
        [
          ["burstQuarter", ...results.map((r) => r.summary.burstQuarter), ...results.slice(1).map(() => null)],
          ["verdict", ...results.map((r) => r.summary.verdict), ...results.slice(1).map(() => null)],
          ...summary.map((row) => [row.field, ...row.values, ...row.differences.slice(1)]),
        ],
      ),
    ];
  }
  const hidden = series.hiddenDebt ?? [];
  return [
    heading(`${m.compareOf} ${labels.join(" / ")}`, 1),
    chart(sparklines(labels.map((label, i) => ({ label: `${m.hiddenDebt} ${label}`, values: hidden.map((q) => q[i] ?? null), format: f.money })))),
    table(
      [{ header: m.measure }, ...labels.map((label) => ({ header: label, align: "right" as const })), ...labels.slice(1).map((label) => ({ header: `Δ ${label}`, align: "right" as const }))],
      rows,
      { primary: true },
    ),
  ];
}

export function compareCommand(ctx: Context): Command {
  const command = new Command("compare")
    .description("several scenarios side by side, with differences from the first")
    .argument("<scenarios...>", "two or more preset names, .json/.yaml files, or - for stdin (once)")
    .option("--all", "every numeric summary field, not only the key ones");
  addScenarioOptions(command, { set: "override a field in every scenario (repeatable)", quarters: "horizon in quarters for every scenario" });
  addOutputOptions(command, ctx.env);
  return command
    .addHelpText(
      "after",
      `
Examples:
  $ aidebt compare base demand-slowdown
  $ aidebt compare base rate-shock credit-freeze --lang en --currency jpy --all
  $ aidebt compare base mine.yaml --format json -o compare.json

json is the model's compare() result: labels, every run's result JSON, summary values with differences
from the first, and aligned quarterly series.`,
    )
    .action(async (sources: string[], options: OutputOptions & ScenarioSourceOptions & { all?: boolean }) => {
      preflight(options);
      const data = await collectCompare(sources, options, ctx.readStdin);
      const blocks = options.format === "json" ? [] : await printCompare(data, { lang: options.lang, currency: options.currency, all: options.all === true, format: options.format });
      emit(ctx, options, { json: data.result, document: () => ({ blocks }) });
    });
}
