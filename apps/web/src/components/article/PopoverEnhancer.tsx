"use client";

import { useEffect } from "react";

/** The reader's first signs of life: the enhancer loads on the first of them, before any term can be pressed. */
const FIRST_INTERACTION = ["pointerdown", "keydown", "focusin", "scroll"] as const;

/**
 * Completes the article's glossary popovers (TermPopover): the term's button says whether its definition is
 * open (aria-expanded), an open definition sits beside its term and follows it while the page scrolls, and
 * closing returns focus to the term when it was inside the definition or nowhere. One listener for every
 * term: the browser opens and closes them; this only follows. Its code loads on the reader's first interaction
 * (the popovers work without it), so that a page only read costs no script for it.
 */
export function PopoverEnhancer() {
  useEffect(() => {
    let cleanup: (() => void) | null = null;
    let gone = false;
    const load = () => {
      for (const type of FIRST_INTERACTION) window.removeEventListener(type, load, true);
      void import("./popover-enhance").then(({ enhancePopovers }) => {
        if (!gone) cleanup = enhancePopovers();
      });
    };
    for (const type of FIRST_INTERACTION) window.addEventListener(type, load, { capture: true, passive: true });
    return () => {
      gone = true;
      for (const type of FIRST_INTERACTION) window.removeEventListener(type, load, true);
      cleanup?.();
    };
  }, []);
  return null;
}
