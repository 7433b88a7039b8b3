import { findTerm } from "@aidebt/content";
import type { ReactNode } from "react";
import type { Lang } from "@/messages/types";
import { articleNoteMessages } from "./messages";

interface Props {
  termId: string;
  /** Unique in the page: names the popover the button opens. */
  id: string;
  lang: Lang;
  glossaryPath: string;
  children: ReactNode;
}

/**
 * A glossary term in the article: a button that opens the term's definition in place, with a link to its
 * full entry. It is the browser's own popover (the popover attribute), so it opens and closes with a tap,
 * a click, Enter or Space, and Escape or a tap elsewhere closes it, even before the page's script has
 * loaded; PopoverEnhancer adds aria-expanded, places it beside the term and returns focus on closing.
 * A term the glossary does not know stays a plain link to the glossary.
 */
export function TermPopover({ termId, id, lang, glossaryPath, children }: Props) {
  const term = findTerm(termId);
  const href = `${glossaryPath}#${termId}`;
  if (!term) {
    return (
      <a className="term" href={href}>
        {children}
      </a>
    );
  }
  const popId = `term-pop-${id}`;
  return (
    <>
      <button type="button" className="term term-button" popoverTarget={popId} aria-expanded="false" aria-controls={popId} data-term={termId}>
        {children}
      </button>
      <span id={popId} popover="auto" className="term-pop" role="dialog" aria-labelledby={`${popId}-title`}>
        <span className="term-pop-title" id={`${popId}-title`} lang={lang === "ja" ? "ja" : "en"}>
          {lang === "ja" ? term.term : term.english}
        </span>
        <span className="term-pop-definition">{term.definition[lang]}</span>
        <a className="term-pop-link" href={href}>
          {articleNoteMessages(lang).fullEntry}
        </a>
      </span>
    </>
  );
}
