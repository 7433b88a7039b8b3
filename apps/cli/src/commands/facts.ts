import { Command } from "commander";
import type { Fact, FactCheck } from "@aidebt/content";
import { helpText } from "../i18n/help.js";
import { messages } from "../i18n/labels.js";
import { addOutputOptions, emit, outputOptions, type Context, type Lang } from "../lib/context.js";
import { table, type Block } from "../lib/document.js";

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
        { id: "id", header: m.id },
        { id: "rawText", header: m.rawText },
        { id: "value", header: m.value, align: "right", format: (v) => String(v) },
        { id: "unit", header: m.unit },
        { id: "currency", header: m.currencyLabel },
        { id: "absolute", header: m.absolute, align: "right", format: (v) => (typeof v === "number" ? v.toLocaleString("en-US") : "–") },
        { id: "measures", header: m.measures },
        { id: "paragraph", header: m.paragraph },
      ],
      data.facts.map((f) => [f.id, f.rawText, f.value, f.unit, f.currency, f.absolute, f.measures[data.lang], f.paragraphId]),
      { title: m.factsTitle, primary: true },
    ),
    table(
      [
        { id: "id", header: m.id },
        { id: "claim", header: m.claim },
        { id: "verdict", header: m.verdict, format: (v) => (typeof v === "string" ? (m.verdicts[v] ?? v) : "–") },
        { id: "note", header: m.note },
      ],
      data.factChecks.map((c) => [c.id, data.lang === "en" ? c.claimEn : c.claim, c.verdict, c.note[data.lang]]),
      { title: m.factChecksTitle },
    ),
  ];
}

export const FACT_COLUMNS = ["id", "rawText", "value", "unit", "currency", "absolute", "measures", "paragraph"] as const;

export function factsCommand(ctx: Context): Command {
  const h = helpText().facts;
  const command = new Command("facts").description(h.description);
  addOutputOptions(command, { formats: ["table", "json", "csv", "md"], columns: FACT_COLUMNS });
  return command.addHelpText("after", h.after).action(async () => {
    const options = outputOptions(ctx, command);
    const data = await collectFacts(options);
    await emit(ctx, options, {
      json: { facts: data.facts, factChecks: data.factChecks },
      document: () => ({ blocks: printFacts(data) }),
    });
  });
}
