import { Command } from "commander";
import type { BacktestResult, BacktestRow, Preset } from "@aidebt/model";
import { errorText } from "../i18n/errors.js";
import { helpText } from "../i18n/help.js";
import { messages } from "../i18n/labels.js";
import { readActuals, PERIOD } from "../lib/actuals.js";
import { addOutputOptions, addScenarioOptions, emit, invocation, outputOptions, type Context, type Currency, type Lang } from "../lib/context.js";
import { fieldLabel } from "../lib/debt.js";
import { heading, table, text, type Block, type Cell, type Column } from "../lib/document.js";
import { UsageError } from "../lib/errors.js";
import { formatters } from "../lib/numbers.js";
import { quote } from "../lib/sanitize.js";
import { loadScenario, type ScenarioSourceOptions } from "../lib/scenario-input.js";
import { loadUnits } from "../lib/units.js";

/** Ids of the backtest table's columns (`--columns`, CSV header): the model's row fields. */
export const BACKTEST_COLUMNS = ["item", "period", "model", "actual", "error", "url", "source"] as const;
/** Columns the terminal table leaves out unless `--columns` asks for them (a URL is wider than the rest). */
const LINK_COLUMNS = new Set(["url", "source"]);

export interface BacktestOptions extends ScenarioSourceOptions {
  /** `FY2025`, `2025Q3`, `all`; undefined: fiscal years only. */
  period?: string;
  /** Item ids to keep; undefined: all of them. */
  item?: string[];
  /** A JSON or CSV file of reported figures. */
  actuals?: string;
}

export interface BacktestData {
  /** Preset id, file path or "stdin". */
  label: string;
  preset?: Preset;
  /** The --actuals file the reported figures came from; undefined: the figures the model ships for the preset. */
  actualsFile?: string;
  fxJpyPerUsd: number;
  /** The model's backtest(), its rows filtered by --period and --item. */
  result: BacktestResult;
}

/**
 * Run the model's backtest on a preset (its shipped figures, or --actuals) or a scenario file (--actuals),
 * and keep the rows of the periods and items asked for. Options are checked before the model runs.
 */
export async function collectBacktest(source: string, options: BacktestOptions, readStdin: () => Promise<string>): Promise<BacktestData> {
  const t = errorText().backtest;
  const model = await import("@aidebt/model");
  const items = checkItems(options.item, model.BACKTEST_ITEMS);
  const period = checkPeriod(options.period);
  const loaded = await loadScenario(source, options, readStdin);
  let actuals;
  if (options.actuals !== undefined) actuals = await readActuals(options.actuals, model.BACKTEST_ITEMS);
  else if (loaded.preset !== undefined) actuals = model.actualsFor(loaded.preset.id);
  else {
    throw new UsageError(t.needsActuals(loaded.label), {
      issues: [{ path: "--actuals", message: t.needsActualsMessage, allowed: t.actualsAllowed }],
      hint: t.needsActualsHint,
    });
  }
  if (actuals.length === 0) {
    throw new UsageError(t.needsActuals(loaded.label), { issues: [{ path: "--actuals", message: t.noneShipped, allowed: t.actualsAllowed }], hint: t.needsActualsHint });
  }
  // a preset as given is the model's own backtest of it; with --set or --quarters it is a scenario like a file's
  const unchanged = loaded.preset !== undefined && options.set === undefined && options.quarters === undefined;
  const result = model.backtest(unchanged && loaded.preset !== undefined ? loaded.preset.id : loaded.scenario, actuals);
  const periods = [...new Set(result.rows.map((r) => r.period))];
  // by default the fiscal years the run covers; a run that covers none yet (a preset opened at the last year end)
  // is compared quarter by quarter
  const fiscalOnly = result.rows.some((r) => r.period.startsWith("FY"));
  const rows = result.rows.filter(
    (r) => (period === "all" || (period === undefined ? r.period.startsWith("FY") === fiscalOnly : r.period === period)) && (items === undefined || items.includes(r.item)),
  );
  // nothing reported since the opening is an answer, not a mistake in what was asked
  const nothingYet = period === undefined && items === undefined && result.rows.length === 0;
  if (rows.length === 0 && !nothingYet) {
    throw new UsageError(t.noRows(period ?? t.fiscalYears), {
      issues: [{ path: "--period", message: t.noRowsMessage(loaded.scenario.startQuarter), ...(period === undefined ? {} : { received: period }), allowed: periods.length === 0 ? t.noPeriods : `${periods.join(", ")}, all` }],
    });
  }
  return {
    label: loaded.label,
    ...(loaded.preset === undefined ? {} : { preset: loaded.preset }),
    ...(options.actuals === undefined ? {} : { actualsFile: options.actuals }),
    fxJpyPerUsd: loaded.scenario.fxJpyPerUsd,
    result: { ...result, rows },
  };
}

function checkItems(given: string[] | undefined, known: readonly string[]): string[] | undefined {
  if (given === undefined) return undefined;
  const t = errorText().backtest;
  const ids = given.flatMap((g) => g.split(",")).map((s) => s.trim());
  const unknown = ids.filter((id) => !known.includes(id));
  if (unknown.length > 0 || ids.length === 0) {
    throw new UsageError(t.invalidItem, { issues: [{ path: "--item", message: t.unknownItem(unknown.map((u) => quote(u)).join(", ")), allowed: known.join(", ") }] });
  }
  return ids;
}

function checkPeriod(given: string | undefined): string | undefined {
  if (given === undefined) return undefined;
  const t = errorText().backtest;
  const period = given.trim();
  if (period === "all" || PERIOD.test(period)) return period;
  throw new UsageError(t.invalidPeriod, { issues: [{ path: "--period", message: t.periodMessage, received: given, allowed: t.periodOptionAllowed }] });
}

/** The table: item, period, model, reported, error; the source URL and name in csv and md (md as links). */
export async function printBacktest(data: BacktestData, options: { lang: Lang; currency: Currency; format: string; columns?: string[] }): Promise<Block[]> {
  const { formatMoney } = await import("@aidebt/model");
  const units = await loadUnits();
  const m = messages(options.lang);
  const f = formatters(formatMoney, { lang: options.lang, currency: options.currency, fxJpyPerUsd: data.fxJpyPerUsd });
  const rows = data.result.rows;
  // the model's and the reported amounts share their item's unit (every backtest item is an amount in USD bn);
  // were the items shown to differ, the numbers are printed plain rather than in a unit some of them lack
  const itemUnits = [...new Set(rows.map((r) => units.resultField(`measures.${r.item}`)?.unit))];
  const amountUnit = itemUnits.length === 1 ? itemUnits[0] : undefined;
  const sourceOf = new Map(rows.filter((r) => r.url !== undefined).map((r) => [r.url, r.source]));
  const link = (v: Cell): string => {
    if (typeof v !== "string") return "–";
    if (options.format !== "md") return v;
    const name = (sourceOf.get(v) ?? v).replace(/[[\]]/g, "");
    return `[${name}](${v.replace(/[()\s]/g, (c) => encodeURIComponent(c))})`;
  };
  const amount = (id: "model" | "actual", header: string): Column => ({
    id,
    header,
    ...(amountUnit === undefined ? {} : { unit: amountUnit }),
    align: "right",
    format: f.unit(amountUnit),
  });
  const all: Column[] = [
    { id: "item", header: m.backtest.item, format: (v) => (typeof v === "string" ? fieldLabel(units, `measures.${v}`, options.lang) : "–") },
    { id: "period", header: m.backtest.period },
    amount("model", m.backtest.model),
    amount("actual", m.backtest.reported),
    { id: "error", header: m.backtest.error, unit: "relative-change", align: "right", format: f.unit("relative-change") },
    { id: "url", header: options.format === "md" ? m.backtest.source : m.backtest.url, unit: "text", format: link },
    { id: "source", header: m.backtest.source, unit: "text" },
  ];
  const wanted = (c: Column): boolean =>
    options.columns?.some((id) => id.toLowerCase() === c.id) === true ||
    options.format === "csv" ||
    (options.format === "md" ? c.id !== "source" : !LINK_COLUMNS.has(c.id));
  const columns = all.filter(wanted);
  const title = data.preset ? `${data.preset.name[options.lang]} (${data.preset.id})` : data.label;
  return [
    heading(`${m.backtest.of} ${title}`, 1),
    text(m.backtest.intro(data.result.startQuarter, data.actualsFile ?? null, data.preset?.id ?? data.label)),
    ...(rows.length === 0 ? [text(m.backtest.nothingYet(data.result.startQuarter))] : []),
    table(
      columns,
      rows.map((r) => columns.map((c) => (c.id === "url" ? (r.url ?? null) : c.id === "source" ? (r.source ?? null) : (r[c.id as keyof BacktestRow] ?? null)))),
      { primary: true },
    ),
    text(m.backtest.note),
  ];
}

export function backtestCommand(ctx: Context): Command {
  const h = helpText().backtest;
  const collect = (value: string, previous: string[] = []): string[] => [...previous, value];
  const command = new Command("backtest")
    .description(h.description)
    .argument("[scenario]", h.arguments.scenario, "meta-2024")
    .option("--period <period>", h.options.period)
    .option("--item <id>", h.options.item, collect)
    .option("--actuals <file>", h.options.actuals);
  addScenarioOptions(command);
  addOutputOptions(command, { formats: ["table", "json", "csv", "md"], currency: true, check: true, columns: BACKTEST_COLUMNS });
  return command.addHelpText("after", h.after).action(async (source: string) => {
    const options = outputOptions(ctx, command);
    const data = await collectBacktest(source, command.opts<BacktestOptions>(), ctx.readStdin);
    const blocks = options.format === "json" ? [] : await printBacktest(data, options);
    // the model's result with what produced it: the scenario's source, the actuals file (null: the preset's own figures)
    const json = { source: data.label, actuals: data.actualsFile ?? null, ...data.result, invocation: invocation(ctx) };
    await emit(ctx, options, { json, document: () => ({ blocks }) });
  });
}
