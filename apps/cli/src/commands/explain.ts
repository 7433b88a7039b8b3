import { Command } from "commander";
import { helpText } from "../i18n/help.js";
import { messages } from "../i18n/labels.js";
import { addOutputOptions, addScenarioOptions, emit, outputOptions, type Context, type Currency, type Lang } from "../lib/context.js";
import { heading, table, text, type Block } from "../lib/document.js";
import { DEBT_MEASURES, debtAtEnd, fieldLabel, type DebtMeasure } from "../lib/debt.js";
import { formatters } from "../lib/numbers.js";
import type { ScenarioSourceOptions } from "../lib/scenario-input.js";
import { withoutQuarter } from "../lib/text.js";
import { loadUnits, type Units } from "../lib/units.js";
import { collectSimulate, type SimulateData } from "./simulate.js";

export interface Story {
  title: string;
  lang: Lang;
  paragraphs: string[];
}

/**
 * The causal story of a run in prose: what the scenario is, the first occurrence of each kind of event in
 * order, when (and through which chain) the hidden debt surfaces, who was repaid and who profited, and
 * whether the boom ran on cash flow or on debt. Every figure and event text comes from the model's result.
 */
export async function collectExplain(
  source: string,
  options: ScenarioSourceOptions & { lang: Lang; currency: Currency },
  readStdin: () => Promise<string>,
): Promise<{ data: SimulateData; story: Story }> {
  const data = await collectSimulate(source, options, readStdin);
  const { formatMoney } = await import("@aidebt/model");
  const f = formatters(formatMoney, { ...options, fxJpyPerUsd: data.result.scenario.fxJpyPerUsd });
  return { data, story: tellStory(data, options.lang, f, await loadUnits()) };
}

export function tellStory(data: SimulateData, lang: Lang, f: ReturnType<typeof formatters>, units: Units): Story {
  const m = messages(lang).story;
  const { result, loaded } = data;
  const s = result.summary;
  const quarters = result.quarters;
  const first = quarters[0]?.label ?? "";
  const last = quarters[quarters.length - 1]?.label ?? "";
  const paragraphs: string[] = [];

  paragraphs.push(
    loaded.preset
      ? `${loaded.preset.description[lang]} ${m.horizon(first, last, quarters.length)}`
      : `${m.fromFile(loaded.label)} ${m.horizon(first, last, quarters.length)}`,
  );

  // First occurrence of each kind of event, in time order, with how often it recurs.
  const firsts = new Map<string, { quarter: string; message: string; count: number }>();
  for (const event of result.events) {
    const seen = firsts.get(event.kind);
    if (seen) seen.count += 1;
    else firsts.set(event.kind, { quarter: event.quarter, message: event.message[lang], count: 1 });
  }
  if (firsts.size === 0) paragraphs.push(m.noEvents);
  else {
    const sentences = [...firsts.values()].map((e) => m.event(e.quarter, stripQuarter(e.message, e.quarter), e.count - 1));
    paragraphs.push(`${m.eventsIntro}${lang === "ja" ? "" : " "}${sentences.join(m.sentenceJoin)}${m.sentenceEnd}`);
  }

  if (s.burstQuarter === null) paragraphs.push(m.noBurst(quarters.length));
  else {
    const chain = s.burstChain.map((c) => `${c.quarter} ${stripQuarter(c.message[lang], c.quarter)}`).join(" → ");
    paragraphs.push(m.burst(s.burstQuarter, chain));
  }

  const peakShare = Math.max(0, ...quarters.map((q) => q.measures.hiddenShare).filter(Number.isFinite));
  paragraphs.push(m.debt(f.money(s.peakHiddenDebt), f.money(s.peakTotalDebt), f.percent(peakShare)));
  const end = debtAtEnd(result);
  const said = (measure: DebtMeasure): string =>
    `${fieldLabel(units, `measures.${measure}`, lang)}${lang === "ja" ? "は" : " "}${f.unit(units.resultField(`measures.${measure}`)?.unit)(end[measure])}`;
  paragraphs.push(m.debtAtEnd(last, DEBT_MEASURES.filter((d) => d !== "commitmentsNotCommenced").map(said), said("commitmentsNotCommenced")));
  paragraphs.push(m.lenders(f.money(s.lenderRepaid), f.money(s.lenderLoss), f.money(s.sponsorAiNpv), s.repaidYetNoProfit));
  if (s.burstQuarter !== null) paragraphs.push(s.survives ? m.survives : m.fails);

  // the verdict is decided by how much of capex operating cash flow covers, so that is the figure cited
  const turn = quarters.find((q) => q.measures.minskySponsor !== "hedge");
  paragraphs.push(m.verdict(s.verdict, f.percent(s.internalFundingShare), f.percent(s.borrowedPayoutShare), turn ? { quarter: turn.label, cls: turn.measures.minskySponsor } : null));

  const title = loaded.preset ? loaded.preset.name[lang] : loaded.label;
  return { title, lang, paragraphs };
}

/** Event messages may already start with their quarter label; don't say it twice. */
function stripQuarter(message: string, quarter: string): string {
  return withoutQuarter(message, quarter).replace(/[。.]\s*$/, "");
}

export function printExplain(story: Story, format: string): Block[] {
  if (format === "csv") {
    return [
      table(
        [
          { id: "paragraph", header: "#" },
          { id: "text", header: messages(story.lang).text },
        ],
        story.paragraphs.map((p, i) => [i + 1, p]),
      ),
    ];
  }
  return [heading(story.title, 1), ...story.paragraphs.map((p) => text(p))];
}

export function explainCommand(ctx: Context): Command {
  const h = helpText().explain;
  const command = new Command("explain").description(h.description).argument("[scenario]", h.arguments.scenario, "base");
  addScenarioOptions(command);
  addOutputOptions(command, { formats: ["table", "json", "csv", "md"], currency: true, check: true });
  return command.addHelpText("after", h.after).action(async (source: string) => {
    const options = outputOptions(ctx, command);
    const { data, story } = await collectExplain(source, { ...command.opts<ScenarioSourceOptions>(), lang: options.lang, currency: options.currency }, ctx.readStdin);
    await emit(ctx, options, {
      json: { ...story, summary: data.result.summary },
      document: () => ({ blocks: printExplain(story, options.format) }),
    });
  });
}
