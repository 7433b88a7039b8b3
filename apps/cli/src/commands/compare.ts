import { Command } from "commander";
import type { CompareResult } from "@aidebt/model";
import { errorText } from "../i18n/errors.js";
import { helpText } from "../i18n/help.js";
import { messages } from "../i18n/labels.js";
import { sparklines } from "../lib/charts.js";
import { addOutputOptions, addScenarioOptions, emit, outputOptions, type Context, type Currency, type Lang } from "../lib/context.js";
import { chart, heading, table, type Block, type Cell } from "../lib/document.js";
import { DEBT_MEASURES, debtAtEnd, debtEndColumns, endId } from "../lib/debt.js";
import { UsageError } from "../lib/errors.js";
import { formatters } from "../lib/numbers.js";
import { loadScenario, type LoadedScenario, type ScenarioSourceOptions } from "../lib/scenario-input.js";
import { loadUnits } from "../lib/units.js";

export interface CompareData {
  loaded: LoadedScenario[];
  result: CompareResult;
}

/** Several scenarios side by side, with differences from the first: the model's compare(). */
export async function collectCompare(sources: string[], options: ScenarioSourceOptions, readStdin: () => Promise<string>): Promise<CompareData> {
  const t = errorText().compare;
  if (sources.length < 2) {
    throw new UsageError(t.needTwo, { issues: [{ path: "scenarios", message: t.only(sources.length), received: sources, allowed: t.allowed }], hint: t.hint });
  }
  if (sources.filter((s) => s === "-").length > 1) {
    throw new UsageError(t.stdinOnce, { issues: [{ path: "scenarios", message: t.stdinMessage, allowed: t.stdinAllowed }] });
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
  const { formatMoney, RATIO_CAP } = await import("@aidebt/model");
  const units = await loadUnits();
  const m = messages(options.lang);
  const fx = data.loaded[0]?.scenario.fxJpyPerUsd ?? 150;
  const f = formatters(formatMoney, { lang: options.lang, currency: options.currency, fxJpyPerUsd: fx, ratioCap: RATIO_CAP });
  const { labels, results, summary, series } = data.result;
  if (options.format === "csv") {
    // one row per scenario, every summary field a column under its id (raw numbers: USD bn, shares as fractions)
    return [
      table(
        [
          { id: "scenario", header: "scenario" },
          { id: "burstQuarter", header: "burstQuarter", unit: "quarter-label" },
          { id: "verdict", header: "verdict", unit: "class" },
          ...summary.map((row) => ({ id: row.field, header: row.field, ...unitOf(units, row.field) })),
          // the debt of each run's last quarter (results[i].quarters[last].measures in the JSON)
          ...debtEndColumns(units, options.lang, f).map((c) => ({ ...c, header: c.id })),
        ],
        results.map((r, i) => [
          labels[i] ?? `#${i + 1}`,
          r.summary.burstQuarter,
          r.summary.verdict,
          ...summary.map((row) => row.values[i] ?? null),
          ...DEBT_MEASURES.map((measure) => debtAtEnd(r)[measure]),
        ]),
        { primary: true },
      ),
    ];
  }
  const fields = options.all === true ? summary : KEY_FIELDS.map((k) => summary.find((s) => s.field === k)).filter((s) => s !== undefined);
  const same = (a: unknown, b: unknown): string => (a === b ? "=" : "≠");
  const rows: Cell[][] = [
    [m.burstQuarter, ...results.map((r) => r.summary.burstQuarter ?? m.none), ...results.slice(1).map((r) => same(r.summary.burstQuarter, results[0]?.summary.burstQuarter))],
    [m.verdict, ...results.map((r) => m.verdictLabel[r.summary.verdict] ?? r.summary.verdict), ...results.slice(1).map((r) => same(r.summary.verdict, results[0]?.summary.verdict))],
    ...fields.map((row) => {
      const unit = units.resultField(`summary.${row.field}`)?.unit;
      return [row.field, ...row.values.map(f.unit(unit)), ...row.differences.slice(1).map(f.delta(unit))];
    }),
    // reported debt to total debt and the leases not yet commenced, at the end of each run
    ...DEBT_MEASURES.map((measure) => {
      const unit = units.resultField(`measures.${measure}`)?.unit;
      const values = results.map((r) => debtAtEnd(r)[measure]);
      const first = values[0];
      return [
        endId(measure),
        ...values.map(f.unit(unit)),
        ...values.slice(1).map((v) => (v === null || first === null || first === undefined ? null : v - first)).map(f.delta(unit)),
      ];
    }),
  ];
  const hidden = series.hiddenDebt ?? [];
  return [
    heading(`${m.compareOf} ${labels.join(" / ")}`, 1),
    chart(sparklines(labels.map((label, i) => ({ label: `${m.hiddenDebt} ${label}`, values: hidden.map((q) => q[i] ?? null), format: f.money })))),
    table(
      [
        { id: "measure", header: m.measure },
        ...labels.map((label) => ({ id: label, header: label, align: "right" as const })),
        ...labels.slice(1).map((label) => ({ id: `delta ${label}`, header: `Δ ${label}`, align: "right" as const })),
      ],
      rows,
      { primary: true },
    ),
  ];
}

const unitOf = (units: Awaited<ReturnType<typeof loadUnits>>, field: string): { unit?: NonNullable<ReturnType<typeof units.resultField>>["unit"] } => {
  const unit = units.resultField(`summary.${field}`)?.unit;
  return unit === undefined ? {} : { unit };
};

export function compareCommand(ctx: Context): Command {
  const h = helpText().compare;
  const command = new Command("compare").description(h.description).argument("<scenarios...>", h.arguments.scenarios).option("--all", h.options.all);
  addScenarioOptions(command);
  addOutputOptions(command, { formats: ["table", "json", "csv", "md"], currency: true, check: true });
  return command.addHelpText("after", h.after).action(async (sources: string[]) => {
    const options = outputOptions(ctx, command);
    const data = await collectCompare(sources, command.opts<ScenarioSourceOptions>(), ctx.readStdin);
    const all = command.opts<{ all?: boolean }>().all === true;
    const blocks = options.format === "json" ? [] : await printCompare(data, { lang: options.lang, currency: options.currency, all, format: options.format });
    await emit(ctx, options, { json: data.result, document: () => ({ blocks }) });
  });
}
