import { Command } from "commander";
import type { GlossaryTerm } from "@aidebt/content";
import { addOutputOptions, emit, preflight, type Context, type Lang, type OutputOptions } from "../lib/context.js";
import { heading, table, text, type Block } from "../lib/document.js";
import { UsageError } from "../lib/errors.js";
import { messages } from "../messages.js";

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
    const q = options.query.toLowerCase();
    const near = all.filter((t) => [t.id, t.term, t.reading, t.english].some((s) => s.toLowerCase().includes(q) || q.includes(s.toLowerCase())));
    const suggestions = (near.length > 0 ? near : all).map((t) => `${t.id} (${t.term})`).join(", ");
    throw new UsageError(`no glossary term matches "${options.query}"`, {
      issues: [{ path: "term", message: "not in the glossary", received: options.query, allowed: suggestions }],
      hint: "search by id, Japanese term, reading or English; `aidebt glossary` lists every term",
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
        [{ header: m.field }, { header: m.value }],
        [
          [m.id, only.id],
          [m.occurrences, paragraphs.length === 0 ? "–" : paragraphs.join(", ")],
        ],
      ),
    ];
  }
  return [
    table(
      [{ header: m.id }, { header: m.term }, { header: m.reading }, { header: m.english }, { header: m.definition }],
      data.terms.map((t) => [t.id, t.term, t.reading, t.english, t.definition[data.lang]]),
      { title: m.glossaryTitle },
    ),
  ];
}

export function glossaryCommand(ctx: Context): Command {
  const command = new Command("glossary")
    .description("the article's glossary, or one term's definition")
    .argument("[term]", "id, Japanese term, reading or English name");
  addOutputOptions(command, ctx.env);
  return command
    .addHelpText(
      "after",
      `
Examples:
  $ aidebt glossary                    every term
  $ aidebt glossary SPV                one term, by English name
  $ aidebt glossary 減価償却 --lang en
  $ aidebt glossary --format json`,
    )
    .action(async (query: string | undefined, options: OutputOptions) => {
      preflight(options);
      const data = await collectGlossary({ lang: options.lang, ...(query === undefined ? {} : { query }) });
      emit(ctx, options, {
        json: data.query === undefined ? data.terms : data.terms[0],
        document: () => ({ blocks: printGlossary(data) }),
      });
    });
}
