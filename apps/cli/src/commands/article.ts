import { Command } from "commander";
import type { Edition, Section } from "@aidebt/content";
import { errorText } from "../i18n/errors.js";
import { helpText } from "../i18n/help.js";
import { messages } from "../i18n/labels.js";
import { addOutputOptions, emit, outputOptions, type Context, type Lang } from "../lib/context.js";
import { heading, table, text, type Block } from "../lib/document.js";
import { UsageError } from "../lib/errors.js";
import { quote } from "../lib/sanitize.js";

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
    const t = errorText().article;
    throw new UsageError(t.unknown(quote(options.section)), {
      issues: [{ path: "--section", message: t.noSuch, received: options.section, allowed: edition.sections.map((s) => s.slug).join(", ") }],
      hint: t.hint,
    });
  }
  return { lang: options.lang, title: edition.title, sections: [section], slug: section.slug };
}

export function printArticle(data: ArticleData, format: "table" | "md" | "csv"): Block[] {
  const m = messages(data.lang);
  if (format === "csv") {
    const rows = data.sections.flatMap((s) => s.paragraphs.map((p) => [s.slug, p.id, p.concept ?? null, p.text]));
    return [
      table(
        [
          { id: "section", header: m.section },
          { id: "paragraph", header: m.paragraph },
          { id: "concept", header: m.concept },
          { id: "text", header: m.text },
        ],
        rows,
      ),
    ];
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
  const h = helpText().article;
  const command = new Command("article").description(h.description).option("-s, --section <slug>", h.options.section);
  addOutputOptions(command, { formats: ["table", "json", "csv", "md"] });
  return command.addHelpText("after", h.after).action(async () => {
    const options = outputOptions(ctx, command);
    const section = command.opts<{ section?: string }>().section;
    const data = await collectArticle({ lang: options.lang, ...(section === undefined ? {} : { section }) });
    const json = data.slug === undefined ? { lang: data.lang, title: data.title, sections: data.sections } : data.sections[0];
    await emit(ctx, options, {
      json,
      document: () => ({ blocks: printArticle(data, options.format === "md" || options.format === "csv" ? options.format : "table") }),
    });
  });
}
