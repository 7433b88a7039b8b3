import { Command } from "commander";
import type { Fact, FactCheck } from "@aidebt/content";
import { addOutputOptions, emit, preflight, type Context, type Lang, type OutputOptions } from "../lib/context.js";
import { table, type Block } from "../lib/document.js";
import { messages } from "../messages.js";

export interface FactsData {
  lang: Lang;
  facts: Fact[];
  factChecks: FactCheck[];
}

/** The article's numbers with units, and the fact-check notes on its claims. */
export async function collectFacts(options: { lang: Lang }): Promise<FactsData> {
  const { getFacts, getFactChecks } = await import("@aidebt/content");
  return { lang: options.lang, facts: [...getFacts()], factChecks: [...getFactChecks()] };
}

export function printFacts(data: FactsData): Block[] {
  const m = messages(data.lang);
  return [
    table(
      [
        { header: m.id },
        { header: m.rawText },
        { header: m.value, align: "right", format: (v) => String(v) },
        { header: m.unit },
        { header: m.currencyLabel },
        { header: m.absolute, align: "right", format: (v) => (typeof v === "number" ? v.toLocaleString("en-US") : "–") },
        { header: m.measures },
        { header: m.paragraph },
      ],
      data.facts.map((f) => [f.id, f.rawText, f.value, f.unit, f.currency, f.absolute, f.measures[data.lang], f.paragraphId]),
      { title: m.factsTitle, primary: true },
    ),
    table(
      [{ header: m.id }, { header: m.claim }, { header: m.verdict }, { header: m.note }],
      data.factChecks.map((c) => [c.id, data.lang === "en" ? c.claimEn : c.claim, m.verdicts[c.verdict] ?? c.verdict, c.note[data.lang]]),
      { title: m.factChecksTitle },
    ),
  ];
}

export function factsCommand(ctx: Context): Command {
  const command = new Command("facts").description("the article's numbers with units, and fact-check notes on its claims");
  addOutputOptions(command, ctx.env);
  return command
    .addHelpText(
      "after",
      `
Examples:
  $ aidebt facts --lang en
  $ aidebt facts --format csv -o facts.csv     the numbers only, one row each
  $ aidebt facts --format json                 { facts, factChecks }`,
    )
    .action(async (options: OutputOptions) => {
      preflight(options);
      const data = await collectFacts(options);
      emit(ctx, options, {
        json: { facts: data.facts, factChecks: data.factChecks },
        document: () => ({ blocks: printFacts(data) }),
      });
    });
}
