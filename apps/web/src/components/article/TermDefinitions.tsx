import { findTerm, type Section } from "@aidebt/content";
import type { Lang } from "@/messages/types";
import { articleNoteMessages } from "./messages";

/** The id of a term's definition popover (one per term, whichever occurrence opens it). */
export function termPopoverId(termId: string): string {
  return `term-pop-${termId}`;
}

/** The glossary terms the article's text marks, each once, in order of first use. */
export function termsIn(sections: readonly Section[]): string[] {
  const ids = new Set<string>();
  for (const section of sections) {
    for (const block of [...(section.heading ? [section.heading] : []), ...section.paragraphs]) {
      for (const inline of block.inlines) if (inline.kind === "term") ids.add(inline.termId);
    }
  }
  return [...ids];
}

/**
 * The definitions the article's terms open (TermButton): each term's definition from the glossary and a
 * link to its full entry. Outside the text, as popovers the browser shows on top of the page.
 */
export function TermDefinitions({ termIds, lang, glossaryPath }: { termIds: readonly string[]; lang: Lang; glossaryPath: string }) {
  const words = articleNoteMessages(lang);
  return (
    <>
      {termIds.map((termId) => {
        const term = findTerm(termId);
        if (!term) return null;
        const id = termPopoverId(termId);
        return (
          <div key={termId} id={id} popover="auto" className="term-pop" role="dialog" aria-labelledby={`${id}-title`}>
            <p className="term-pop-title" id={`${id}-title`}>
              {lang === "ja" ? term.term : term.english}
            </p>
            <p className="term-pop-definition">{term.definition[lang]}</p>
            <a className="term-pop-link" href={`${glossaryPath}#${termId}`}>
              {words.fullEntry}
            </a>
          </div>
        );
      })}
    </>
  );
}
