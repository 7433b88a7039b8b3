import { Command } from "commander";
import type { ResultJson } from "@aidebt/model";
import { addOutputOptions, addScenarioOptions, emit, preflight, type Context, type Currency, type Lang, type OutputOptions } from "../lib/context.js";
import { sparklines } from "../lib/charts.js";
import { chart, heading, table, type Block, type Cell, type Tone } from "../lib/document.js";
import { formatters } from "../lib/numbers.js";
import { loadScenario, type LoadedScenario, type ScenarioSourceOptions } from "../lib/scenario-input.js";
import { withoutQuarter } from "../lib/text.js";
import { messages } from "../messages.js";

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

/** Quarterly table (the CSV), sparklines, the event log and the summary. */
export async function printSimulate(data: SimulateData, options: PrintOptions): Promise<Block[]> {
  const { formatMoney, RATIO_CAP, BURST_KINDS } = await import("@aidebt/model");
  const burstKinds = new Set<string>(BURST_KINDS);
  const m = messages(options.lang);
  const f = formatters(formatMoney, { ...options, fxJpyPerUsd: data.result.scenario.fxJpyPerUsd, ratioCap: RATIO_CAP });
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
        { label: m.hiddenDebt, values: q.map((x) => x.measures.hiddenDebt), format: f.money },
        { label: m.aiRevenue, values: q.map((x) => x.measures.aiRevenue), format: f.money },
        { label: m.capex, values: q.map((x) => x.measures.capex), format: f.money },
        { label: m.spvDscr, values: q.map((x) => x.measures.spvDscr), format: f.ratio },
      ]),
    ),
    table(
      [
        { header: m.quarter },
        { header: m.aiRevenue, align: "right", format: f.money },
        { header: m.capex, align: "right", format: f.money },
        { header: m.newBorrowing, align: "right", format: f.money },
        { header: m.reportedDebt, align: "right", format: f.money },
        { header: m.hiddenDebt, align: "right", format: f.money },
        { header: m.hiddenShare, align: "right", format: f.percent },
        { header: m.interestCover, align: "right", format: f.ratio },
        { header: m.spvDscr, align: "right", format: f.ratio },
        { header: m.obsoleteGpuDebt, align: "right", format: f.money },
        { header: m.minsky, format: (v) => (typeof v === "string" ? (m.minskyClass[v] ?? v) : "–"), tone: minskyTone },
        { header: m.events, tone: (v) => (typeof v === "string" && v.split(" ").some((k) => burstKinds.has(k)) ? "bad" : undefined) },
      ],
      q.map((x) => [
        x.label,
        x.measures.aiRevenue,
        x.measures.capex,
        x.measures.newBorrowing,
        x.measures.reportedDebt,
        x.measures.hiddenDebt,
        x.measures.hiddenShare,
        x.measures.interestCover,
        x.measures.spvDscr,
        x.measures.obsoleteGpuDebt,
        x.measures.minskySponsor,
        (eventsByQuarter.get(x.label) ?? []).join(" "),
      ]),
      { title: m.quarterly, primary: true },
    ),
    table(
      [{ header: m.quarter }, { header: m.event, tone: (v) => (typeof v === "string" && burstKinds.has(v) ? "bad" : undefined) }, { header: m.description }],
      result.events.map((e) => [e.quarter, e.kind, withoutQuarter(e.message[options.lang], e.quarter)]),
      { title: m.eventLog },
    ),
    summaryTable(result, options.lang, f),
  ];
}

/** Minsky classes coloured from safe to fragile. */
export const minskyTone = (v: Cell): Tone | undefined => (v === "ponzi" ? "bad" : v === "speculative" ? "warn" : v === "hedge" ? "good" : undefined);

function summaryTable(result: ResultJson, lang: Lang, f: ReturnType<typeof formatters>): Block {
  const m = messages(lang);
  const s = result.summary;
  return table(
    [{ header: m.field }, { header: m.value, tone: (v) => (v === s.burstQuarter && v !== null ? "bad" : undefined) }],
    [
      [m.burstQuarter, s.burstQuarter ?? m.none],
      // one link of the chain per row, so a long chain stays readable
      ...(s.burstChain.length === 0
        ? [[m.burstChain, m.none]]
        : s.burstChain.map((c, i) => [i === 0 ? m.burstChain : "", `${i === 0 ? "" : "→ "}${c.quarter} ${withoutQuarter(c.message[lang], c.quarter)}`])),
      [m.peakHiddenDebt, f.money(s.peakHiddenDebt)],
      [m.peakTotalDebt, f.money(s.peakTotalDebt)],
      [m.lenderRepaid, f.money(s.lenderRepaid)],
      [m.lenderLoss, f.money(s.lenderLoss)],
      [m.sponsorAiNpv, f.money(s.sponsorAiNpv)],
      [m.verdict, m.verdictLabel[s.verdict] ?? s.verdict],
    ],
    { title: m.summary },
  );
}

export function simulateCommand(ctx: Context): Command {
  const command = new Command("simulate")
    .description("run the model on a preset, a JSON/YAML scenario file, or stdin (-)")
    .argument("[scenario]", "preset name, path to a .json/.yaml file, or - for stdin", "base");
  addScenarioOptions(command, { set: "override a scenario field (repeatable), e.g. demand.aiGrowthAnnual=0.1", quarters: "horizon in quarters (sets horizonQuarters)" });
  addOutputOptions(command, ctx.env);
  return command
    .addHelpText(
      "after",
      `
Examples:
  $ aidebt simulate base
  $ aidebt simulate demand-slowdown --lang en --currency jpy
  $ aidebt simulate base --set financing.offBalanceShare=0.6 --set rates.baseAnnual=0.05
  $ aidebt simulate my-scenario.yaml --quarters 60 --format csv -o run.csv
  $ aidebt presets show base --format json | aidebt simulate - --format json
  $ aidebt simulate base --check 'summary.burstQuarter == null' --check 'summary.lenderLoss < 1'

--format json prints the model's result JSON unchanged; csv is the quarterly table with raw numbers
(USD billions, ratios as fractions).`,
    )
    .action(async (source: string, options: OutputOptions & ScenarioSourceOptions) => {
      preflight(options);
      const data = await collectSimulate(source, options, ctx.readStdin);
      const blocks = options.format === "json" ? [] : await printSimulate(data, options);
      emit(ctx, options, { json: data.result, document: () => ({ blocks }) });
    });
}
