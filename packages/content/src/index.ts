// The public surface of @aidebt/content, named export by export.
export type {
  ConceptId,
  Edition,
  Fact,
  FactCheck,
  FactUnit,
  GlossaryTerm,
  Heading,
  Inline,
  Lang,
  Occurrence,
  Paragraph,
  Quote,
  Section,
  Source,
  Speaker,
  Verdict,
} from "./schema.js";
export {
  conceptIdSchema,
  editionSchema,
  factCheckSchema,
  factSchema,
  glossaryTermSchema,
  headingSchema,
  inlineSchema,
  langSchema,
  paragraphSchema,
  sectionSchema,
  speakerSchema,
  verdictSchema,
} from "./schema.js";
export { articleJaSource } from "./article-ja.js";
export {
  allParagraphs,
  blockText,
  findParagraph,
  getEdition,
  renderPlainText,
  sectionBySlug,
  sectionSlugs,
  unpairedEmphasisMarkers,
} from "./edition.js";
export { conceptAnchor, conceptIds, conceptParagraphs } from "./concepts.js";
export { findSpeaker, speakers } from "./speakers.js";
export { findTerm, getGlossary, termsInText } from "./glossary.js";
export { findFact, getFacts } from "./facts.js";
export { getFactChecks } from "./fact-checks.js";
