import type { ReactNode } from "react";
import { termPopoverId } from "./TermDefinitions";

/**
 * A glossary term in the article's text: a button that opens the term's definition (TermDefinitions). It is
 * the browser's own popover (popovertarget), so it opens with a tap, a click, Enter or Space and closes with
 * Escape or a tap elsewhere even before the page's script has loaded; PageEnhancer adds aria-expanded,
 * places the definition beside this term and returns focus to it. The definition is not inside the
 * paragraph, so the paragraph's text stays the author's, word for word.
 */
export function TermButton({ termId, children }: { termId: string; children: ReactNode }) {
  const id = termPopoverId(termId);
  return (
    <button type="button" className="term term-button" popoverTarget={id} aria-expanded="false" aria-controls={id} data-term={termId}>
      {children}
    </button>
  );
}
