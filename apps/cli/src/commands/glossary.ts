import { Command } from "commander";
import type { GlossaryTerm } from "@aidebt/content";
import { errorText } from "../i18n/errors.js";
import { helpText } from "../i18n/help.js";
import { messages } from "../i18n/labels.js";
import { addOutputOptions, emit, outputOptions, type Context, type Lang } from "../lib/context.js";
import { heading, table, text, type Block } from "../lib/document.js";
import { UsageError } from "../lib/errors.js";
import { quote } from "../lib/sanitize.js";

export interface GlossaryData {
  lang: Lang;
  terms: GlossaryTerm[];
  /** Set when one term was asked for. */
  query?: string;
}

/** Every glossary term, or the one matching `query` (by id, Japanese term, reading or English). */
export async function collectGlossary(options: { lang: Lang; query?: string }): Promise<GlossaryData> {
  const { getGlossary, findTerm } = await import("@aidebt/content");
  if (options.query === undefined) return { lang: options.lang, terms: [...getGlossary()] };
  const term = findTerm(options.query);
  if (term === undefined) {
    const all = getGlossary();
    const q = options.query.toLowerCase().slice(0, 200);
    const near = all.filter((t) => [t.id, t.term, t.reading, t.english].some((s) => s.toLowerCase().includes(q) || q.includes(s.toLowerCase())));
    const suggestions = (near.length > 0 ? near : all).map((t) => `${t.id} (${t.term})`).join(", ");
    const t = errorText().glossary;
    throw new UsageError(t.noMatch(quote(options.query)), {
      issues: [{ path: "term", message: t.notIn, received: options.query, allowed: suggestions }],
      hint: t.hint,
    });
  }
  return { lang: options.lang, terms: [term], query: options.query };
}

export function printGlossary(data: GlossaryData): Block[] {
  const m = messages(data.lang);
  const [only] = data.terms;
  if (data.query !== undefined && only !== undefined) {
    const paragraphs = only.occurrences.filter((o) => o.lang === data.lang).map((o) => o.paragraphId);
    return [
      heading(`${only.term}（${only.reading}）— ${only.english}`),
      text(only.definition[data.lang]),
      table(
        [
          { id: "field", header: m.field },
          { id: "value", header: m.value },
        ],
        [
          [m.id, only.id],
          [m.occurrences, paragraphs.length === 0 ? "–" : paragraphs.join(", ")],
        ],
      ),
    ];
  }
  return [
    table(
      [
        { id: "id", header: m.id },
        { id: "term", header: m.term },
        { id: "reading", header: m.reading },
        { id: "english", header: m.english },
        { id: "definition", header: m.definition },
      ],
      data.terms.map((t) => [t.id, t.term, t.reading, t.english, t.definition[data.lang]]),
      { title: m.glossaryTitle },
    ),
  ];
}

export function glossaryCommand(ctx: Context): Command {
  const h = helpText().glossary;
  const command = new Command("glossary").description(h.description).argument("[term]", h.arguments.term);
  addOutputOptions(command, { formats: ["table", "json", "csv", "md"], columns: ["id", "term", "reading", "english", "definition"] });
  return command.addHelpText("after", h.after).action(async (query: string | undefined) => {
    const options = outputOptions(ctx, command);
    const data = await collectGlossary({ lang: options.lang, ...(query === undefined ? {} : { query }) });
    await emit(ctx, options, {
      json: data.query === undefined ? data.terms : data.terms[0],
      document: () => ({ blocks: printGlossary(data) }),
    });
  });
}
