"use client";

import { useEffect } from "react";

/** The reader's first signs of life: the enhancements load on the first of them, before they are needed. */
const FIRST_INTERACTION = ["pointerdown", "pointermove", "keydown", "focusin", "scroll"] as const;

/**
 * Loads what the page adds to its server-drawn markup once the reader interacts (./page-enhance): the glossary
 * popovers (TermPopover) say whether they are open, sit beside their term and give focus back on closing; the
 * charts show their values on hover, on a tap and on keyboard focus. Both work from the markup (the popovers
 * open without it), so a page only read costs no script for them.
 */
export function PageEnhancer() {
  useEffect(() => {
    let cleanup: (() => void) | null = null;
    let gone = false;
    const load = () => {
      for (const type of FIRST_INTERACTION) window.removeEventListener(type, load, true);
      void import("./page-enhance").then(({ enhancePage }) => {
        if (!gone) cleanup = enhancePage();
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
