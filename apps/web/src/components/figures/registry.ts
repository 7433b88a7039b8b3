import type { ConceptId } from "@aidebt/content";

/** The concepts that have a figure, in article order: figure n illustrates figureConcepts[n - 1]. */
export const figureConcepts = [
  "debt-cycle",
  "hidden-debt",
  "gpu-refresh",
  "repay-no-profit",
  "demand-trigger",
  "cash-or-debt",
  "portfolio-60-40",
  "h1b-fee",
] as const satisfies readonly ConceptId[];

export type FigureConcept = (typeof figureConcepts)[number];

/** Figure 9, the model against Meta's reported 2025: after the article's figures, in a section of its own. */
export const BACKTEST_FIGURE = figureConcepts.length + 1;

/** Figure number of a concept (1-based), or undefined when it has none. */
export function figureNumber(concept: string): number | undefined {
  const i = (figureConcepts as readonly string[]).indexOf(concept);
  return i < 0 ? undefined : i + 1;
}
