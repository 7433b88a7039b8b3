import { articleEnSections, articleEnTitle } from "./article-en.js";
import { articleJaSource } from "./article-ja.js";
import { conceptLinks } from "./concepts.js";
import { glossaryEntries } from "./_lib/glossary-terms.js";
import { parseLine } from "./_lib/inline.js";
import { editionSchema } from "./schema.js";
import type { Edition, Heading, Lang, Paragraph, Section } from "./schema.js";
import { quotations } from "./speakers.js";

/**
 * The stable English slug of each section, in the order of the article's `■` headings.
 *
 * @example
 * sectionSlugs[1]; // "hidden-debt"
 */
export const sectionSlugs: readonly string[] = [
  "intro",
  "hidden-debt",
  "meta-private-credit",
  "debt-machine",
  "financing-illusion",
  "bubble-trigger",
  "summary",
  "portfolio-60-40",
  "h1b-fee",
  "artemis-delay",
  "editors-note",
];

const JA_TITLE = "AIの夢は「借金」で動いている";
/** The "comment" button label scraped with the page, alone on the last line of the seed. */
const SCRAPED_TRAILER = /\nコメント$/u;
const HEADING = /^■\s*/u;

interface UnpairedMarkers {
  blockId: string;
  count: number;
}

interface Built {
  edition: Edition;
  unpaired: UnpairedMarkers[];
}

function paragraph(id: string, line: string, lang: Lang, unpaired: UnpairedMarkers[]): Paragraph {
  const parsed = parseLine(line, glossaryEntries, lang);
  if (parsed.droppedMarkers > 0) unpaired.push({ blockId: id, count: parsed.droppedMarkers });
  const link = conceptLinks[id];
  const quote = quotations[id];
  return {
    id,
    inlines: parsed.inlines,
    text: parsed.text,
    ...(link ? { concept: link.concept, ...(link.primary ? { conceptPrimary: true } : {}) } : {}),
    ...(quote ? { quote } : {}),
  };
}

function heading(slug: string, marker: string, line: string, lang: Lang, unpaired: UnpairedMarkers[]): Heading {
  const id = `${slug}-heading`;
  const parsed = parseLine(line, glossaryEntries, lang);
  if (parsed.droppedMarkers > 0) unpaired.push({ blockId: id, count: parsed.droppedMarkers });
  return { id, marker, inlines: parsed.inlines, text: parsed.text };
}

function buildJa(): Built {
  const unpaired: UnpairedMarkers[] = [];
  const lines = articleJaSource.replace(SCRAPED_TRAILER, "").split("\n");
  const drafts: { slug: string; heading: Heading | null; lines: string[] }[] = [];
  for (const line of lines) {
    const marker = HEADING.exec(line);
    if (marker) {
      const slug = sectionSlugs[drafts.length];
      if (!slug) throw new Error(`no slug for the heading ${JSON.stringify(line)}`);
      drafts.push({ slug, heading: heading(slug, marker[0], line.slice(marker[0].length), "ja", unpaired), lines: [] });
    } else {
      if (drafts.length === 0) drafts.push({ slug: "preamble", heading: null, lines: [] });
      drafts.at(-1)?.lines.push(line);
    }
  }
  const sections: Section[] = drafts.map((d) => ({
    slug: d.slug,
    heading: d.heading,
    paragraphs: d.lines.map((line, i) => paragraph(`${d.slug}-${i + 1}`, line, "ja", unpaired)),
  }));
  return { edition: editionSchema.parse({ lang: "ja", title: JA_TITLE, sections }), unpaired };
}

function buildEn(): Built {
  const unpaired: UnpairedMarkers[] = [];
  const sections: Section[] = articleEnSections.map((s) => ({
    slug: s.slug,
    heading: heading(s.slug, "■ ", s.heading, "en", unpaired),
    paragraphs: s.paragraphs.map((line, i) => paragraph(`${s.slug}-${i + 1}`, line, "en", unpaired)),
  }));
  return { edition: editionSchema.parse({ lang: "en", title: articleEnTitle, sections }), unpaired };
}

const built: Record<Lang, Built> = { ja: buildJa(), en: buildEn() };

/**
 * The article in one language, validated against `editionSchema`. Both editions share section slugs and
 * paragraph ids.
 *
 * @param lang - "ja" (the original) or "en" (this project's translation)
 * @returns the edition
 * @example
 * getEdition("ja").sections[1]?.heading?.text; // "「表に出ない借金」の正体"
 * getEdition("en").title; // "The AI dream runs on debt"
 */
export function getEdition(lang: Lang): Edition {
  return built[lang].edition;
}

/**
 * Finds a paragraph by its id in one edition.
 *
 * @param id - a paragraph id such as "hidden-debt-3"
 * @param lang - the edition's language
 * @returns the paragraph, or undefined
 * @example
 * findParagraph("hidden-debt-3", "ja")?.text; // "つまり、一部は“SPV(特別目的会社)”を経由して借りている。"
 */
export function findParagraph(id: string, lang: Lang): Paragraph | undefined {
  for (const section of getEdition(lang).sections) {
    const found = section.paragraphs.find((p) => p.id === id);
    if (found) return found;
  }
  return undefined;
}

/**
 * Finds a section by its slug in one edition.
 *
 * @param slug - a section slug, one of `sectionSlugs`
 * @param lang - the edition's language
 * @returns the section, or undefined
 * @example
 * sectionBySlug("summary", "en")?.heading?.text; // "Summary"
 */
export function sectionBySlug(slug: string, lang: Lang): Section | undefined {
  return getEdition(lang).sections.find((s) => s.slug === slug);
}

/**
 * The plain text of a paragraph or a heading (heading ids end in `-heading`), without markers.
 *
 * @param id - a paragraph or heading id
 * @param lang - the edition's language
 * @returns the text, or undefined
 * @example
 * blockText("meta-private-credit-heading", "ja"); // "メタが29兆円規模を調達、カギを握る“プライベートクレジット”"
 */
export function blockText(id: string, lang: Lang): string | undefined {
  for (const section of getEdition(lang).sections) {
    if (section.heading?.id === id) return section.heading.text;
    const found = section.paragraphs.find((p) => p.id === id);
    if (found) return found.text;
  }
  return undefined;
}

/**
 * Every paragraph of an edition, in order, flattened out of the sections.
 *
 * @param lang - the edition's language
 * @returns the paragraphs
 * @example
 * allParagraphs("ja").length; // 96
 */
export function allParagraphs(lang: Lang): Paragraph[] {
  return getEdition(lang).sections.flatMap((s) => s.paragraphs);
}

/**
 * The `**` markers that found no partner inside their own line and were dropped rather than shown. In the
 * seed, one bold span opens in `meta-private-credit-1` and closes in `meta-private-credit-2`.
 *
 * @param lang - the edition's language
 * @returns one entry per block with unpaired markers
 * @example
 * unpairedEmphasisMarkers("ja"); // [{ blockId: "meta-private-credit-1", count: 1 }, { blockId: "meta-private-credit-2", count: 1 }]
 */
export function unpairedEmphasisMarkers(lang: Lang): readonly UnpairedMarkers[] {
  return built[lang].unpaired;
}

/**
 * Renders an edition as plain text: one line per heading (with its `■` marker) and per paragraph, no
 * emphasis markers. For the Japanese edition this is the seed text without the `**` markers and the
 * scraped `コメント` label.
 *
 * @param edition - an edition from `getEdition`
 * @returns the text, lines separated by "\n", no trailing newline
 * @example
 * renderPlainText(getEdition("ja")).split("\n")[0]; // "■ 深掘り記事:AIの夢は「借金」で動いている"
 */
export function renderPlainText(edition: Edition): string {
  const lines: string[] = [];
  for (const section of edition.sections) {
    if (section.heading) lines.push(section.heading.marker + section.heading.text);
    for (const p of section.paragraphs) lines.push(p.text);
  }
  return lines.join("\n");
}
