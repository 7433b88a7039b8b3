import type { Inline, Lang } from "../schema.js";

/** A glossary term's surface forms, as the inline parser needs them. */
export interface TermForms {
  id: string;
  aliases: Record<Lang, readonly string[]>;
  /** Phrases in which an alias does not mean this term (バブル期 inside ITバブル期). */
  exclude?: Partial<Record<Lang, readonly string[]>>;
}

export interface ParsedLine {
  inlines: Inline[];
  text: string;
  /** `**` markers that had no partner inside the line and were dropped. */
  droppedMarkers: number;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const isAsciiWordEdge = (s: string): boolean => /^[A-Za-z0-9]/.test(s) || /[A-Za-z0-9]$/.test(s);

/**
 * One regular expression per term and language. English aliases match whole words (an optional plural
 * `s` allowed); an alias written in capitals (`FIT`, `SPV`) matches case-sensitively, others ignore case.
 * Japanese aliases match anywhere, except that Latin acronyms inside them must not touch other Latin letters.
 */
export function termPattern(alias: string, lang: Lang): RegExp {
  const body = escape(alias);
  const hasLower = /[a-z]/.test(alias);
  if (lang === "en") {
    const flags = hasLower ? "giu" : "gu";
    return new RegExp(`(?<![A-Za-z0-9])${body}(?:s|es)?(?![A-Za-z0-9])`, flags);
  }
  return isAsciiWordEdge(alias)
    ? new RegExp(`(?<![A-Za-z0-9])${body}(?![A-Za-z0-9])`, "gu")
    : new RegExp(body, "gu");
}

interface Match {
  start: number;
  end: number;
  termId: string;
}

/** Where one term occurs in `text`, skipping matches that sit inside an excluded phrase. */
export function termMatches(text: string, term: TermForms, lang: Lang): Match[] {
  const excluded: [number, number][] = [];
  for (const phrase of term.exclude?.[lang] ?? []) {
    for (const m of text.matchAll(termPattern(phrase, lang))) excluded.push([m.index, m.index + m[0].length]);
  }
  const out: Match[] = [];
  for (const alias of term.aliases[lang]) {
    for (const m of text.matchAll(termPattern(alias, lang))) {
      const start = m.index;
      const end = start + m[0].length;
      if (!excluded.some(([a, b]) => start >= a && end <= b)) out.push({ start, end, termId: term.id });
    }
  }
  return out;
}

/** Every non-overlapping term match in `text`, earliest first, longest first at the same start. */
export function findTermMatches(text: string, terms: readonly TermForms[], lang: Lang): Match[] {
  const all = terms.flatMap((term) => termMatches(text, term, lang));
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const chosen: Match[] = [];
  let cursor = 0;
  for (const m of all) {
    if (m.start >= cursor) {
      chosen.push(m);
      cursor = m.end;
    }
  }
  return chosen;
}

function splitTerms(text: string, terms: readonly TermForms[], lang: Lang): Inline[] {
  const out: Inline[] = [];
  let cursor = 0;
  for (const m of findTermMatches(text, terms, lang)) {
    if (m.start > cursor) out.push({ kind: "text", text: text.slice(cursor, m.start) });
    out.push({ kind: "term", text: text.slice(m.start, m.end), termId: m.termId });
    cursor = m.end;
  }
  if (cursor < text.length) out.push({ kind: "text", text: text.slice(cursor) });
  return out;
}

/**
 * Parses one line of the article: `**…**` pairs become emphasis (pairing left to right inside the line),
 * an unpaired `**` is dropped, and glossary terms in the plain runs become `term` inlines.
 */
export function parseLine(line: string, terms: readonly TermForms[], lang: Lang): ParsedLine {
  const parts = line.split("**");
  const markers = parts.length - 1;
  const paired = markers - (markers % 2);
  const inlines: Inline[] = [];
  let plain = "";
  const flushPlain = (): void => {
    if (plain) inlines.push(...splitTerms(plain, terms, lang));
    plain = "";
  };
  parts.forEach((part, i) => {
    // part i sits after marker i (1-based i); it is emphasised when an odd number of paired markers precede it
    const inside = i % 2 === 1 && i <= paired;
    if (inside) {
      flushPlain();
      if (part) inlines.push({ kind: "emphasis", text: part });
    } else {
      plain += part;
    }
  });
  flushPlain();
  return { inlines, text: parts.join(""), droppedMarkers: markers - paired };
}
