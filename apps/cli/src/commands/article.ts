import { Command } from "commander";
import type { Edition, Section } from "@aidebt/content";
import { addOutputOptions, emit, preflight, type Context, type Lang, type OutputOptions } from "../lib/context.js";
import { heading, table, text, type Block } from "../lib/document.js";
import { UsageError } from "../lib/errors.js";
import { messages } from "../messages.js";

export interface ArticleData {
  lang: Lang;
  title: string;
  sections: Section[];
  /** Set when one section was asked for. */
  slug?: string;
}

/** The article (or one section of it) in the chosen language, from @aidebt/content. */
export async function collectArticle(options: { lang: Lang; section?: string }): Promise<ArticleData> {
  const { getEdition } = await import("@aidebt/content");
  const edition: Edition = getEdition(options.lang);
  if (options.section === undefined) return { lang: options.lang, title: edition.title, sections: edition.sections };
  const section = edition.sections.find((s) => s.slug === options.section);
  if (section === undefined) {
    throw new UsageError(`unknown section "${options.section}"`, {
      issues: [{ path: "--section", message: "no such section", received: options.section, allowed: edition.sections.map((s) => s.slug).join(", ") }],
      hint: "list the sections with `aidebt article --format csv` or `aidebt article --format json`",
    });
  }
  return { lang: options.lang, title: edition.title, sections: [section], slug: section.slug };
}

export function printArticle(data: ArticleData, format: "table" | "md" | "csv"): Block[] {
  const m = messages(data.lang);
  if (format === "csv") {
    const rows = data.sections.flatMap((s) => s.paragraphs.map((p) => [s.slug, p.id, p.concept ?? null, p.text]));
    return [table([{ header: m.section }, { header: m.paragraph }, { header: m.concept }, { header: m.text }], rows)];
  }
  const blocks: Block[] = [];
  if (data.slug === undefined) blocks.push(heading(data.title, 1));
  for (const section of data.sections) {
    if (section.heading !== null) blocks.push(heading(section.heading.text, 2));
    for (const paragraph of section.paragraphs) {
      const body = paragraph.inlines
        .map((inline) => (format === "md" && inline.kind === "emphasis" ? `**${inline.text}**` : inline.text))
        .join("");
      blocks.push(text(format === "md" && paragraph.quote !== undefined ? `> ${body}` : body));
    }
  }
  return blocks;
}

export function articleCommand(ctx: Context): Command {
  const command = new Command("article")
    .description("print the article (Japanese original or English edition), whole or one section")
    .option("-s, --section <slug>", "only the section with this slug (e.g. hidden-debt)");
  addOutputOptions(command, ctx.env);
  return command
    .addHelpText(
      "after",
      `
Examples:
  $ aidebt article                         the whole article in Japanese
  $ aidebt article --lang en --format md   the English edition as Markdown
  $ aidebt article --section summary
  $ aidebt article --format csv            one row per paragraph: section, id, concept, text`,
    )
    .action(async (options: OutputOptions & { section?: string }) => {
      preflight(options);
      const data = await collectArticle(options);
      const json = data.slug === undefined ? { lang: data.lang, title: data.title, sections: data.sections } : data.sections[0];
      emit(ctx, options, {
        json,
        document: () => ({ blocks: printArticle(data, options.format === "md" || options.format === "csv" ? options.format : "table") }),
      });
    });
}
