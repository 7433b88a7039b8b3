import { Command } from "commander";
import type { MarketResult } from "@aidebt/model";
import { helpText } from "../i18n/help.js";
import { errorText } from "../i18n/errors.js";
import { messages } from "../i18n/labels.js";
import { addOutputOptions, emit, invocation, outputOptions, type Context, type Lang } from "../lib/context.js";
import { heading, table, text, type Block, type Column } from "../lib/document.js";
import { UsageError } from "../lib/errors.js";
import { formatters } from "../lib/numbers.js";
import { quote } from "../lib/sanitize.js";
import { loadUnits } from "../lib/units.js";
import { fieldColumn } from "./simulate.js";

/** The market's quarterly measures (the CSV's columns after `quarter`), then the industry's sums. */
const MARKET_MEASURES = ["demand", "capacity", "utilisation", "glutFactor"] as const;
const MARKET_SUMS = ["capex", "aiRevenue", "reportedDebt", "leaseLiabilities", "hiddenDebt", "totalDebt"] as const;
/** Ids of the quarterly table's columns (`--columns`, CSV header). */
export const MARKET_COLUMNS = ["quarter", ...MARKET_MEASURES, ...MARKET_SUMS] as const;

interface MarketOptions {
  sponsors?: string;
  elasticity?: string;
}

interface MarketData {
  label: string;
  result: MarketResult;
  fxJpyPerUsd: number;
}

/** The sponsors and elasticity asked for (a market preset's by default), checked before anything runs. */
async function collectMarket(source: string, options: MarketOptions): Promise<MarketData> {
  const model = await import("@aidebt/model");
  const t = errorText().market;
  const preset = model.getPreset(source);
  if (!preset?.market && options.sponsors === undefined) {
    throw new UsageError(t.notMarket(quote(source)), { issues: [{ path: "preset", message: t.notMarketMessage, received: source, allowed: model.presetMarkets().join(", ") }], hint: t.hint });
  }
  const ids = options.sponsors !== undefined ? options.sponsors.split(",").map((s) => s.trim()).filter((s) => s !== "") : [...preset!.market!.sponsors];
  const unknown = ids.filter((id) => model.getPreset(id) === undefined || model.getPreset(id)!.market !== undefined);
  if (ids.length === 0 || unknown.length > 0) {
    throw new UsageError(t.badSponsors, { issues: [{ path: "--sponsors", message: t.unknownSponsors(unknown.map(quote).join(", ")), allowed: model.presets.filter((p) => !p.market).map((p) => p.id).join(", ") }] });
  }
  let elasticity = preset?.market?.elasticity ?? 1;
  if (options.elasticity !== undefined) {
    elasticity = Number(options.elasticity);
    if (options.elasticity.trim() === "" || !Number.isFinite(elasticity) || elasticity < 0 || elasticity > 5) {
      throw new UsageError(t.badElasticity, { issues: [{ path: "--elasticity", message: t.elasticityMessage, received: options.elasticity, allowed: "a number from 0 to 5" }] });
    }
  }
  const result = model.simulatePresetsMarket(ids, { elasticity });
  const label = options.sponsors === undefined && options.elasticity === undefined && preset ? preset.id : ids.join(",");
  return { label, result, fxJpyPerUsd: model.getPreset(ids[0]!)!.scenario.fxJpyPerUsd };
}

/** Each sponsor's summary with the industry's total, then the market quarter by quarter. */
async function printMarket(data: MarketData, options: { lang: Lang; currency: "usd" | "jpy"; format: string }): Promise<Block[]> {
  const { formatMoney, getPreset } = await import("@aidebt/model");
  const units = await loadUnits();
  const m = messages(options.lang);
  const t = m.market;
  const f = formatters(formatMoney, { lang: options.lang, currency: options.currency, fxJpyPerUsd: data.fxJpyPerUsd });
  const r = data.result;
  const name = (id: string): string => getPreset(id)?.name[options.lang] ?? id;
  const sponsorColumns: Column[] = [
    { id: "sponsor", header: t.sponsor },
    { id: "opens", header: t.opens, unit: "quarter-label" },
    fieldColumn(units, "summary.burstQuarter", options.lang, f),
    fieldColumn(units, "summary.peakTotalDebt", options.lang, f),
    fieldColumn(units, "summary.peakHiddenDebt", options.lang, f),
    fieldColumn(units, "summary.sponsorAiNpv", options.lang, f),
    fieldColumn(units, "summary.verdict", options.lang, f),
  ];
  const sponsorRows = r.sponsors.map((s) => [`${name(s.id)} (${s.id})`, s.opens, s.result.summary.burstQuarter, s.result.summary.peakTotalDebt, s.result.summary.peakHiddenDebt, s.result.summary.sponsorAiNpv, s.result.summary.verdict]);
  const first = r.summary.firstBurst;
  const totalRow = [t.total, r.opens, first ? `${first.quarter} (${first.sponsor})` : null, r.summary.peakTotalDebt, r.summary.peakHiddenDebt, r.summary.sponsorAiNpv, null];
  const quarterColumns: Column[] = [
    { id: "quarter", header: m.quarter, unit: "quarter-label" },
    ...MARKET_MEASURES.map((k) => fieldColumn(units, `measures.${k}`, options.lang, f)),
    ...MARKET_SUMS.map((k) => fieldColumn(units, `measures.${k}`, options.lang, f)),
  ];
  const quarterRows = r.quarters.map((q) => [q.label, q.demand, q.capacity, q.utilisation, q.glutFactor, ...MARKET_SUMS.map((k) => q.totals[k])]);
  return [
    heading(`${t.title}: ${data.label}`, 1),
    text(t.intro(r.opens, r.elasticity, r.summary.lowestGlutFactor)),
    table(quarterColumns, quarterRows, { title: t.quarterly, primary: true }),
    table(sponsorColumns, [...sponsorRows, totalRow], { title: t.sponsors }),
  ];
}

export function marketCommand(ctx: Context): Command {
  const h = helpText().market;
  const command = new Command("market")
    .description(h.description)
    .argument("[preset]", h.arguments.preset, "industry")
    .option("--sponsors <ids>", h.options.sponsors)
    .option("--elasticity <e>", h.options.elasticity);
  addOutputOptions(command, { formats: ["table", "json", "csv", "md"], currency: true, check: true, columns: MARKET_COLUMNS });
  return command.addHelpText("after", h.after).action(async (source: string) => {
    const options = outputOptions(ctx, command);
    const data = await collectMarket(source, command.opts<MarketOptions>());
    const blocks = options.format === "json" ? [] : await printMarket(data, options);
    await emit(ctx, options, { json: { source: data.label, ...data.result, invocation: invocation(ctx) }, document: () => ({ blocks }) });
  });
}

export { collectMarket, printMarket };
