// zod/mini: the same validation at a few kB instead of ~450 kB in a browser bundle.
import type { Bilingual } from "@aidebt/model";
import * as z from "zod/mini";

/** No text in the data may carry the article's raw `**` bold markers. */
const cleanText = z.string().check(z.refine((s) => !s.includes("**"), { message: "contains a stray ** marker" }));

/**
 * The two languages the article is published in.
 *
 * @example
 * langSchema.parse("ja"); // "ja"
 */
export const langSchema = z.enum(["ja", "en"]);
/** @example const lang: Lang = "en"; */
export type Lang = z.infer<typeof langSchema>;

/**
 * The model concepts a paragraph can illustrate; the site places a figure beside the paragraph.
 *
 * @example
 * conceptIdSchema.options.length; // 11
 */
export const conceptIdSchema = z.enum([
  "debt-cycle",
  "hidden-debt",
  "private-credit",
  "gpu-refresh",
  "repay-no-profit",
  "demand-trigger",
  "cash-or-debt",
  "portfolio-60-40",
  "h1b-fee",
  "subprime-analogy",
  "overbuild",
]);
/** @example const concept: ConceptId = "debt-cycle"; */
export type ConceptId = z.infer<typeof conceptIdSchema>;

/**
 * One run of inline content: plain text, the article's bold (where its `**` markers pair inside one
 * paragraph), or an occurrence of a glossary term.
 *
 * @example
 * inlineSchema.parse({ kind: "emphasis", text: "“更新のたびに借金”" }).kind; // "emphasis"
 */
export const inlineSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("text"), text: cleanText.check(z.minLength(1)) }),
  z.object({ kind: z.literal("emphasis"), text: cleanText.check(z.minLength(1)) }),
  z.object({ kind: z.literal("term"), text: cleanText.check(z.minLength(1)), termId: z.string().check(z.minLength(1)) }),
]);
/** @example const run: Inline = { kind: "text", text: "AI" }; */
export type Inline = z.infer<typeof inlineSchema>;

/**
 * A direct quotation in a paragraph: `block` when the paragraph is the quotation itself, `inline` when a
 * sentence of narrative quotes the speaker.
 *
 * @example
 * quoteSchema.parse({ speakerId: "ruth-yang", form: "block" }).form; // "block"
 */
export const quoteSchema = z.object({
  speakerId: z.string().check(z.minLength(1)),
  form: z.enum(["block", "inline"]),
});
/** @example const q: Quote = { speakerId: "paul-kedrosky", form: "block" }; */
export type Quote = z.infer<typeof quoteSchema>;

/**
 * A paragraph: one line of the Japanese article, or its English twin with the same id.
 *
 * @example
 * paragraphSchema.shape.id.parse("hidden-debt-3"); // "hidden-debt-3"
 */
export const paragraphSchema = z
  .object({
    id: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*-\d+$/)),
    inlines: z.array(inlineSchema).check(z.minLength(1)),
    text: cleanText.check(z.minLength(1)),
    concept: z.optional(conceptIdSchema),
    /** True on the one paragraph per concept that best makes its point (see `conceptAnchor`). */
    conceptPrimary: z.optional(z.boolean()),
    quote: z.optional(quoteSchema),
  })
  .check(z.refine((p) => p.inlines.map((i) => i.text).join("") === p.text, { message: "inlines do not spell out the paragraph text" }));
/** @example const p: Paragraph | undefined = findParagraph("hidden-debt-3", "ja"); */
export type Paragraph = z.infer<typeof paragraphSchema>;

/**
 * A section heading. `text` has no `■` marker; `marker` keeps the marker exactly as written ("■" or "■ ")
 * so that the plain text can be rebuilt byte for byte.
 *
 * @example
 * headingSchema.parse({ id: "summary-heading", marker: "■ ", inlines: [{ kind: "text", text: "まとめ" }], text: "まとめ" }).text; // "まとめ"
 */
export const headingSchema = z
  .object({
    id: z.string().check(z.regex(/^[a-z0-9-]+-heading$/)),
    marker: z.string(),
    inlines: z.array(inlineSchema).check(z.minLength(1)),
    text: cleanText.check(z.minLength(1)),
  })
  .check(z.refine((h) => h.inlines.map((i) => i.text).join("") === h.text, { message: "inlines do not spell out the heading text" }));
/** @example const h: Heading | null = getEdition("ja").sections[0]!.heading; */
export type Heading = z.infer<typeof headingSchema>;

/**
 * A section: a stable English slug, its heading (or null for text before the first heading) and paragraphs.
 *
 * @example
 * sectionSchema.shape.slug.parse("summary"); // "summary"
 */
export const sectionSchema = z.object({
  slug: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)),
  heading: z.nullable(headingSchema),
  paragraphs: z.array(paragraphSchema).check(z.minLength(1)),
});
/** @example const s: Section | undefined = sectionBySlug("hidden-debt", "en"); */
export type Section = z.infer<typeof sectionSchema>;

/**
 * A whole edition of the article in one language.
 *
 * @example
 * editionSchema.parse(getEdition("en")).lang; // "en"
 */
export const editionSchema = z
  .object({
    lang: langSchema,
    title: cleanText.check(z.minLength(1)),
    sections: z.array(sectionSchema).check(z.minLength(1)),
  })
  .check(z.refine((e) => new Set(e.sections.map((s) => s.slug)).size === e.sections.length, { message: "section slugs are not unique" }));
/** @example const e: Edition = getEdition("ja"); */
export type Edition = z.infer<typeof editionSchema>;

/** A text in both languages: the model's `Bilingual`, with neither language empty. */
export const bilingualSchema: z.ZodMiniType<Bilingual> = z.object({ ja: z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) });

/**
 * Someone the article quotes.
 *
 * @example
 * speakerSchema.parse(speakers[0]).id; // "paul-kedrosky"
 */
export const speakerSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: bilingualSchema,
  affiliation: bilingualSchema,
});
/** @example const s: Speaker | undefined = speakers.find((x) => x.id === "david-kelly"); */
export type Speaker = z.infer<typeof speakerSchema>;

/**
 * Where a glossary term occurs: the id of a paragraph (or heading) and the language of that edition.
 *
 * @example
 * occurrenceSchema.parse({ paragraphId: "intro-4", lang: "ja" }).lang; // "ja"
 */
export const occurrenceSchema = z.object({ paragraphId: z.string().check(z.minLength(1)), lang: langSchema });
/** @example const o: Occurrence = { paragraphId: "intro-4", lang: "en" }; */
export type Occurrence = z.infer<typeof occurrenceSchema>;

/**
 * A glossary term. `aliases` are the surface forms searched for in each edition; `occurrences` are computed
 * from the text.
 *
 * @example
 * glossaryTermSchema.parse(findTerm("SPV")).english; // "special purpose vehicle (SPV)"
 */
export const glossaryTermSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)),
  term: z.string().check(z.minLength(1)),
  reading: z.string().check(z.regex(/^[\u3041-\u309f\u30fc・ /]+$/, "reading must be hiragana")),
  english: z.string().check(z.minLength(1)),
  definition: bilingualSchema,
  aliases: z.object({ ja: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)), en: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)) }),
  occurrences: z.array(occurrenceSchema),
  /** "figures": a term the figures and the simulator use and the article's text does not (no occurrences). */
  scope: z.optional(z.literal("figures")),
});
/** @example const t: GlossaryTerm | undefined = findTerm("減価償却"); */
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

/** The unit of a fact's `value`. */
export const factUnitSchema = z.enum(["money", "year", "decade", "percent", "count", "fraction"]);
/** @example const u: FactUnit = "money"; */
export type FactUnit = z.infer<typeof factUnitSchema>;

/**
 * A number stated in the article. `value` is the number as written (290 for 290億ドル), `scale` the Japanese
 * multiplier written after it, `absolute` the plain number (29,000,000,000) for money (null when vague).
 *
 * @example
 * factSchema.parse(getFacts()[0]).rawText; // "29兆円"
 */
export const factSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)),
  paragraphId: z.string().check(z.minLength(1)),
  rawText: z.string().check(z.minLength(1)),
  value: z.number(),
  unit: factUnitSchema,
  currency: z.nullable(z.enum(["USD", "JPY"])),
  scale: z.nullable(z.enum(["万", "億", "千億", "兆"])),
  absolute: z.nullable(z.number()),
  /** `approximate` for 約…/…規模, `at-least` for 以上, `vague` for 数… (then `bounds` gives the reading). */
  precision: z.enum(["exact", "approximate", "at-least", "vague"]),
  bounds: z.optional(z.object({ min: z.number(), max: z.number() })),
  measures: bilingualSchema,
  pairedWith: z.optional(z.string()),
  impliedJpyPerUsd: z.optional(z.number().check(z.positive())),
});
/** @example const f: Fact | undefined = getFacts().find((x) => x.id === "meta-private-credit-usd"); */
export type Fact = z.infer<typeof factSchema>;

/** A public source for a fact-check note. */
export const sourceSchema = z.object({
  title: z.string().check(z.minLength(1)),
  // a pattern rather than z.url(): z.url() needs the global URL class, which some script sandboxes lack
  url: z.string().check(z.regex(/^https?:\/\/[^\s/]+\.[^\s]+$/u, "must be an http(s) URL")),
});
/** @example const s: Source = { title: "Carlyle", url: "https://www.carlyle.com/" }; */
export type Source = z.infer<typeof sourceSchema>;

/**
 * The outcome of checking a claim: `inconsistent` (the article contradicts itself), `unconfirmed` (no
 * public source found), `partly-confirmed`, `confirmed`.
 *
 * @example
 * verdictSchema.parse("unconfirmed"); // "unconfirmed"
 */
export const verdictSchema = z.enum(["inconsistent", "unconfirmed", "partly-confirmed", "confirmed"]);
/** @example const v: Verdict = "unconfirmed"; */
export type Verdict = z.infer<typeof verdictSchema>;

/**
 * A fact-check note on a claim of the article, with the arithmetic (if any) and the sources.
 *
 * @example
 * factCheckSchema.parse(getFactChecks()[0]).verdict; // "inconsistent"
 */
export const factCheckSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)),
  paragraphId: z.string().check(z.minLength(1)),
  /** The claim as the Japanese text words it (a substring of the paragraph or heading). */
  claim: z.string().check(z.minLength(1)),
  claimEn: z.string().check(z.minLength(1)),
  /** Other paragraphs the same note applies to. */
  alsoAt: z.optional(z.array(z.string())),
  verdict: verdictSchema,
  note: bilingualSchema,
  arithmetic: z.object({ ja: z.string(), en: z.string() }),
  sources: z.array(sourceSchema),
});
/** @example const c: FactCheck | undefined = getFactChecks().find((x) => x.id === "carlyle-1-8-trillion"); */
export type FactCheck = z.infer<typeof factCheckSchema>;
