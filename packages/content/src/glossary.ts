import { getEdition } from "./edition.js";
import { glossaryEntries } from "./_lib/glossary-terms.js";
import type { GlossaryEntry } from "./_lib/glossary-terms.js";
import { termMatches } from "./_lib/inline.js";
import { glossaryTermSchema } from "./schema.js";
import type { GlossaryTerm, Lang, Occurrence } from "./schema.js";

const LANGS: readonly Lang[] = ["ja", "en"];

function occurrencesOf(entry: GlossaryEntry): Occurrence[] {
  const found: Occurrence[] = [];
  for (const lang of LANGS) {
    for (const section of getEdition(lang).sections) {
      const blocks = [
        ...(section.heading ? [{ id: section.heading.id, text: section.heading.text }] : []),
        ...section.paragraphs,
      ];
      for (const block of blocks) {
        if (termMatches(block.text, entry, lang).length > 0) {
          found.push({ paragraphId: block.id, lang });
        }
      }
    }
  }
  return found;
}

const glossary: readonly GlossaryTerm[] = glossaryEntries.map((entry) =>
  glossaryTermSchema.parse({
    id: entry.id,
    term: entry.term,
    reading: entry.reading,
    english: entry.english,
    definition: entry.definition,
    aliases: entry.aliases,
    occurrences: occurrencesOf(entry),
    ...(entry.scope ? { scope: entry.scope } : {}),
  }),
);

/**
 * The glossary: every term a reader needs, with its reading, English term, a definition of 1 to 3 sentences
 * in each language, and where it occurs in each edition (computed from the text through each language's
 * surface forms in `aliases`; heading ids end in `-heading`).
 *
 * @returns the terms, in the order a reader meets them
 * @example
 * getGlossary().length; // 32
 * getGlossary().find((t) => t.id === "spv")?.occurrences;
 * // [{ paragraphId: "hidden-debt-3", lang: "ja" }, { paragraphId: "hidden-debt-3", lang: "en" }]
 */
export function getGlossary(): readonly GlossaryTerm[] {
  return glossary;
}

/**
 * The glossary terms a text uses (any surface form in its language, as the article's own occurrences are found),
 * each once, in order of first use. For words outside the article, such as a figure's labels and captions.
 *
 * @param text - the text, in `lang`
 * @param lang - its language
 * @returns term ids
 * @example
 * termsInText("スポンサーの NPV と DSCR", "ja"); // ["sponsor", "npv", "covenant-dscr"]
 */
export function termsInText(text: string, lang: Lang): string[] {
  const first = new Map<string, number>();
  for (const entry of glossaryEntries) {
    const starts = termMatches(text, entry, lang).map((m) => m.start);
    if (starts.length > 0) first.set(entry.id, Math.min(...starts));
  }
  return [...first.entries()].sort((a, b) => a[1] - b[1]).map(([id]) => id);
}

const normalise = (s: string): string => s.normalize("NFKC").trim().toLowerCase();

/**
 * Finds a glossary term by id, Japanese term (or either half of a term written `A/B`), reading, English
 * term or any surface form, ignoring case and full-width/half-width differences.
 *
 * @param query - what the user typed
 * @returns the term, or undefined
 * @example
 * findTerm("特別目的会社")?.id; // "spv"
 * findTerm("Private Credit")?.reading; // "ぷらいべーとくれじっと"
 */
export function findTerm(query: string): GlossaryTerm | undefined {
  const q = normalise(query);
  if (!q) return undefined;
  return glossary.find((t) => {
    const keys = [
      t.id,
      t.term,
      ...t.term.split(/[/()()]/u),
      t.reading,
      t.english,
      ...t.english.split(/[()]/u),
      ...t.aliases.ja,
      ...t.aliases.en,
    ];
    return keys.some((k) => k.trim() !== "" && normalise(k) === q);
  });
}
