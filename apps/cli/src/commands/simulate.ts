import { Command } from "commander";
import type { ResultJson } from "@aidebt/model";
import { helpText } from "../i18n/help.js";
import { messages } from "../i18n/labels.js";
import { sparklines } from "../lib/charts.js";
import { addOutputOptions, addScenarioOptions, emit, invocation, outputOptions, type Context, type Currency, type Lang } from "../lib/context.js";
import { collectMarket, printMarket } from "./market.js";
import { DEBT_MEASURES, debtAtEnd, fieldLabel } from "../lib/debt.js";
import { chart, heading, table, type Block, type Cell, type Column, type Tone } from "../lib/document.js";
import { formatters } from "../lib/numbers.js";
import { loadScenario, type LoadedScenario, type ScenarioSourceOptions } from "../lib/scenario-input.js";
import { withoutQuarter } from "../lib/text.js";
import { loadUnits, type Units } from "../lib/units.js";

export interface SimulateData {
  loaded: LoadedScenario;
  /** The model's own `toJSON()` of the run, unchanged. */
  result: ResultJson;
}

/** Load the scenario (preset, file or stdin, with overrides) and run the model on it. */
export async function collectSimulate(source: string, options: ScenarioSourceOptions, readStdin: () => Promise<string>): Promise<SimulateData> {
  const loaded = await loadScenario(source, options, readStdin);
  const { simulate } = await import("@aidebt/model");
  return { loaded, result: simulate(loaded.scenario).toJSON() };
}

export interface PrintOptions {
  lang: Lang;
  currency: Currency;
}

/** The quarterly table's measures, in order: the CSV's columns after `quarter`, before `events`. */
export const QUARTERLY_MEASURES = ["aiRevenue", "capex", "newBorrowing", ...DEBT_MEASURES, "hiddenShare", "interestCover", "spvDscr", "obsoleteGpuDebt", "minskySponsor"] as const;
/** Ids of the quarterly table's columns (`--columns`, CSV header). */
export const SIMULATE_COLUMNS = ["quarter", ...QUARTERLY_MEASURES, "events"] as const;

/**
 * A column for a result field: its id is the field's name, its unit (and so its formatting) from the model's
 * result-field table, its header the CLI's own label where it has one (the model's otherwise).
 */
export function fieldColumn(units: Units, path: string, lang: Lang, f: ReturnType<typeof formatters>, extra: Partial<Column> = {}): Column {
  const id = path.split(".").at(-1) ?? path;
  const unit = units.resultField(path)?.unit;
  const header = fieldLabel(units, path, lang);
  const numeric = unit !== undefined && unit !== "class" && unit !== "text" && unit !== "quarter-label" && unit !== "flag";
  return { id, header, ...(unit === undefined ? {} : { unit }), ...(numeric ? { align: "right" as const } : {}), format: f.unit(unit), ...extra };
}

/** Quarterly table (the CSV), sparklines, the event log and the summary. */
export async function printSimulate(data: SimulateData, options: PrintOptions): Promise<Block[]> {
  const { formatMoney, RATIO_CAP, BURST_KINDS } = await import("@aidebt/model");
  const units = await loadUnits();
  const burstKinds = new Set<string>(BURST_KINDS);
  const m = messages(options.lang);
  const f = formatters(formatMoney, { ...options, fxJpyPerUsd: data.result.scenario.fxJpyPerUsd, ratioCap: RATIO_CAP });
  const kinds = (v: Cell): string => (typeof v === "string" ? v.split(" ").map((k) => m.eventKind[k] ?? k).join(" ") : "");
  const { result } = data;
  const q = result.quarters;
  const title = data.loaded.preset ? `${data.loaded.preset.name[options.lang]} (${data.loaded.preset.id})` : data.loaded.label;
  const eventsByQuarter = new Map<string, string[]>();
  for (const event of result.events) eventsByQuarter.set(event.quarter, [...(eventsByQuarter.get(event.quarter) ?? []), event.kind]);

  return [
    heading(`${m.simulationOf} ${title}`, 1),
    chart(
      sparklines([
        { label: m.reportedDebt, values: q.map((x) => x.measures.reportedDebt), format: f.money },
        { label: fieldLabel(units, "measures.leaseLiabilities", options.lang), values: q.map((x) => x.measures.leaseLiabilities), format: f.money },
        { label: m.hiddenDebt, values: q.map((x) => x.measures.hiddenDebt), format: f.money },
        { label: m.aiRevenue, values: q.map((x) => x.measures.aiRevenue), format: f.money },
        { label: m.capex, values: q.map((x) => x.measures.capex), format: f.money },
        { label: m.spvDscr, values: q.map((x) => x.measures.spvDscr), format: f.ratio },
      ]),
    ),
    table(
      [
        { id: "quarter", header: m.quarter, unit: "quarter-label" },
        ...QUARTERLY_MEASURES.map((name) =>
          fieldColumn(units, `measures.${name}`, options.lang, f, name === "minskySponsor" ? { tone: minskyTone } : {}),
        ),
        { id: "events", header: m.events, unit: "text", format: kinds, tone: (v) => (typeof v === "string" && v.split(" ").some((k) => burstKinds.has(k)) ? "bad" : undefined) },
      ],
      q.map((x) => [x.label, ...QUARTERLY_MEASURES.map((name) => x.measures[name]), (eventsByQuarter.get(x.label) ?? []).join(" ")]),
      { title: m.quarterly, primary: true },
    ),
    table(
      [
        { id: "quarter", header: m.quarter },
        { id: "kind", header: m.event, format: kinds, tone: (v) => (typeof v === "string" && burstKinds.has(v) ? "bad" : undefined) },
        { id: "message", header: m.description },
      ],
      result.events.map((e) => [e.quarter, e.kind, withoutQuarter(e.message[options.lang], e.quarter)]),
      { title: m.eventLog },
    ),
    summaryTable(result, options.lang, f, units),
  ];
}

/** Minsky classes coloured from safe to fragile. */
export const minskyTone = (v: Cell): Tone | undefined => (v === "ponzi" ? "bad" : v === "speculative" ? "warn" : v === "hedge" ? "good" : undefined);

function summaryTable(result: ResultJson, lang: Lang, f: ReturnType<typeof formatters>, units: Units): Block {
  const m = messages(lang);
  const s = result.summary;
  const end = debtAtEnd(result);
  const last = result.quarters.at(-1)?.label ?? "";
  return table(
    [{ id: "field", header: m.field }, { id: "value", header: m.value, tone: (v) => (v === s.burstQuarter && v !== null ? "bad" : undefined) }],
    [
      [m.burstQuarter, s.burstQuarter ?? m.none],
      // one link of the chain per row, so a long chain stays readable
      ...(s.burstChain.length === 0
        ? [[m.burstChain, m.none]]
        : s.burstChain.map((c, i) => [i === 0 ? m.burstChain : "", `${i === 0 ? "" : "→ "}${c.quarter} ${withoutQuarter(c.message[lang], c.quarter)}`])),
      [fieldLabel(units, "summary.peakReportedDebt", lang), f.money(s.peakReportedDebt)],
      [m.peakHiddenDebt, f.money(s.peakHiddenDebt)],
      [m.peakTotalDebt, f.money(s.peakTotalDebt)],
      // the debt at the end of the run, reported to total, then the leases signed but not yet on the books
      ...DEBT_MEASURES.map((measure) => [
        `${m.atEnd(fieldLabel(units, `measures.${measure}`, lang))} (${last})`,
        f.unit(units.resultField(`measures.${measure}`)?.unit)(end[measure]),
      ]),
      [m.lenderRepaid, f.money(s.lenderRepaid)],
      [m.lenderLoss, f.money(s.lenderLoss)],
      [m.sponsorAiNpv, f.money(s.sponsorAiNpv)],
      [m.verdict, m.verdictLabel[s.verdict] ?? s.verdict],
    ],
    { title: m.summary },
  );
}

export function simulateCommand(ctx: Context): Command {
  const h = helpText().simulate;
  const command = new Command("simulate").description(h.description).argument("[scenario]", h.arguments.scenario, "base");
  addScenarioOptions(command);
  addOutputOptions(command, { formats: ["table", "json", "csv", "md"], currency: true, check: true, columns: SIMULATE_COLUMNS });
  return command.addHelpText("after", h.after).action(async (source: string) => {
    const options = outputOptions(ctx, command);
    const given = command.opts<ScenarioSourceOptions>();
    // a market preset (industry) as given is its sponsors in one market; with --set or --quarters, its stand-in
    const { getPreset } = await import("@aidebt/model");
    if (getPreset(source)?.market !== undefined && given.set === undefined && given.quarters === undefined) {
      const market = await collectMarket(source, {});
      const blocks = options.format === "json" ? [] : await printMarket(market, options);
      await emit(ctx, options, { json: { source: market.label, ...market.result, invocation: invocation(ctx) }, document: () => ({ blocks }) });
      return;
    }
    const data = await collectSimulate(source, given, ctx.readStdin);
    const blocks = options.format === "json" ? [] : await printSimulate(data, options);
    await emit(ctx, options, { json: data.result, document: () => ({ blocks }) });
  });
}
