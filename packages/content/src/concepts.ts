import type { ConceptId } from "./schema.js";

interface ConceptLink {
  concept: ConceptId;
  primary?: true;
}

/**
 * Which paragraphs illustrate which model concept. Exactly one paragraph per concept is `primary`: the one
 * that makes the point best, where the site places the concept's figure.
 */
export const conceptLinks: Readonly<Record<string, ConceptLink>> = {
  "intro-8": { concept: "gpu-refresh" },
  "intro-9": { concept: "debt-cycle", primary: true },
  "intro-10": { concept: "debt-cycle" },
  "hidden-debt-2": { concept: "hidden-debt" },
  "hidden-debt-3": { concept: "hidden-debt", primary: true },
  "hidden-debt-4": { concept: "hidden-debt" },
  "hidden-debt-6": { concept: "subprime-analogy" },
  "hidden-debt-7": { concept: "subprime-analogy" },
  "hidden-debt-8": { concept: "subprime-analogy", primary: true },
  "meta-private-credit-1": { concept: "private-credit" },
  "meta-private-credit-2": { concept: "private-credit" },
  "meta-private-credit-3": { concept: "private-credit", primary: true },
  "meta-private-credit-4": { concept: "private-credit" },
  "meta-private-credit-7": { concept: "hidden-debt" },
  "debt-machine-3": { concept: "gpu-refresh" },
  "debt-machine-4": { concept: "gpu-refresh", primary: true },
  "debt-machine-6": { concept: "gpu-refresh" },
  "debt-machine-8": { concept: "debt-cycle" },
  "financing-illusion-3": { concept: "repay-no-profit" },
  "financing-illusion-6": { concept: "repay-no-profit", primary: true },
  "bubble-trigger-2": { concept: "overbuild", primary: true },
  "bubble-trigger-3": { concept: "demand-trigger", primary: true },
  "bubble-trigger-4": { concept: "demand-trigger" },
  "bubble-trigger-5": { concept: "hidden-debt" },
  "bubble-trigger-6": { concept: "overbuild" },
  "bubble-trigger-7": { concept: "overbuild" },
  "summary-5": { concept: "cash-or-debt", primary: true },
  "summary-6": { concept: "cash-or-debt" },
  "summary-7": { concept: "debt-cycle" },
  "summary-14": { concept: "cash-or-debt" },
  "portfolio-60-40-2": { concept: "portfolio-60-40" },
  "portfolio-60-40-3": { concept: "portfolio-60-40", primary: true },
  "portfolio-60-40-6": { concept: "private-credit" },
  "h1b-fee-2": { concept: "h1b-fee", primary: true },
  "h1b-fee-4": { concept: "h1b-fee" },
  "h1b-fee-5": { concept: "h1b-fee" },
};

/**
 * Every concept a paragraph can illustrate, in the order the article reaches them.
 *
 * @example
 * conceptIds[0]; // "debt-cycle"
 */
export const conceptIds: readonly ConceptId[] = [
  "debt-cycle",
  "hidden-debt",
  "subprime-analogy",
  "private-credit",
  "gpu-refresh",
  "repay-no-profit",
  "overbuild",
  "demand-trigger",
  "cash-or-debt",
  "portfolio-60-40",
  "h1b-fee",
];

/**
 * The id of the one paragraph that best makes a concept's point: place the concept's figure there. The id
 * is shared by the Japanese paragraph and its English twin.
 *
 * @param concept - a model concept
 * @returns a paragraph id
 * @example
 * conceptAnchor("repay-no-profit"); // "financing-illusion-6"
 */
export function conceptAnchor(concept: ConceptId): string {
  for (const [id, link] of Object.entries(conceptLinks)) {
    if (link.concept === concept && link.primary) return id;
  }
  throw new Error(`no primary paragraph for concept ${concept}`);
}

/**
 * Every paragraph id linked to a concept (the anchor and the supporting paragraphs), in article order.
 *
 * @param concept - a model concept
 * @returns paragraph ids
 * @example
 * conceptParagraphs("demand-trigger"); // ["bubble-trigger-3", "bubble-trigger-4"]
 */
export function conceptParagraphs(concept: ConceptId): string[] {
  return Object.entries(conceptLinks)
    .filter(([, link]) => link.concept === concept)
    .map(([id]) => id);
}
