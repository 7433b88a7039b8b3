import { findTerm, termsInText } from "@aidebt/content";
import { TermButton } from "@/components/article/TermButton";
import type { Lang, Messages } from "@/messages/types";
import { explainMessages } from "./explain-messages";
import type { FigureConcept } from "./registry";

/** The messages that hold each figure's words (title, caption, series, controls, axes). */
const FIGURE_MESSAGES = {
  "debt-cycle": "treadmill",
  "hidden-debt": "hiddenDebt",
  "gpu-refresh": "gpuValue",
  "repay-no-profit": "repayNoProfit",
  "demand-trigger": "trigger",
  "cash-or-debt": "cashOrDebt",
  "portfolio-60-40": "portfolio",
  "h1b-fee": "h1b",
} as const satisfies Record<FigureConcept, keyof Messages["figures"]>;

/** Every string inside a message object, in declaration order. */
function textsOf(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (value && typeof value === "object") return Object.values(value).flatMap(textsOf);
  return [];
}

/**
 * The glossary terms a figure's own words use (its title, caption, series, controls and axes), in order of first
 * use: the terms a reader meets in the figure rather than in the text, each opened where the reader is.
 */
export function figureTermIds(concept: FigureConcept, m: Messages): string[] {
  return termsInText(textsOf(m.figures[FIGURE_MESSAGES[concept]]).join("\n"), m.lang);
}

/** The glossary terms the structure diagram's words use (before figure 2: sponsor, vehicle, guarantee, …). */
export function structureTermIds(lang: Lang): string[] {
  return termsInText(textsOf(explainMessages(lang).structure).join("\n"), lang);
}

/** The terms of every figure and of the structure diagram, for the article's one set of definitions. */
export function allFigureTermIds(concepts: readonly FigureConcept[], m: Messages): string[] {
  return [...new Set([...concepts.flatMap((concept) => figureTermIds(concept, m)), ...structureTermIds(m.lang)])];
}

const LABEL = { ja: "この図の用語", en: "Terms in this figure" } as const satisfies Record<Lang, string>;

/**
 * The last line of a figure's caption: its terms as buttons that open their definitions (the article's popovers).
 * Rendered on the server and passed into the figure, so the figure's script carries none of it.
 */
export function FigureTerms({ ids, lang }: { ids: readonly string[]; lang: Lang }) {
  const terms = ids.flatMap((id) => {
    const term = findTerm(id);
    return term ? [{ id, label: lang === "ja" ? term.term : term.english }] : [];
  });
  if (terms.length === 0) return null;
  return (
    <span className="figure-terms">
      <span className="figure-terms-label">{LABEL[lang]}:</span>{" "}
      {terms.map((term, i) => (
        <span key={term.id}>
          {i > 0 ? (lang === "ja" ? "・" : ", ") : null}
          <TermButton termId={term.id}>{term.label}</TermButton>
        </span>
      ))}
    </span>
  );
}
