"use client";

import { useEffect, useRef } from "react";
import { flushUrlState } from "@/lib/use-url-state";

interface LangSwitchProps {
  /** Path of the same page in the other language (`/en/`). */
  href: string;
  label: string;
  hint: string;
  hrefLang: string;
}

/**
 * Link to the other edition that keeps the reader's place: it points at the paragraph now at the top of
 * the screen (the twin paragraph has the same id) and carries the figures' state in the query string.
 * Without JavaScript it is a plain link to the other edition.
 */
export function LangSwitch({ href, label, hint, hrefLang }: LangSwitchProps) {
  const ref = useRef<HTMLAnchorElement>(null);

  useEffect(() => {
    const link = ref.current;
    if (!link) return;
    // The reader's place is taken when they scroll (or from the #anchor they arrived at), not when they
    // click: late layout shifts (fonts, figures) must not move the place they were reading.
    let anchor = initialAnchor();
    const render = () => {
      flushUrlState();
      link.href = `${href}${window.location.search}${anchor ? `#${anchor}` : ""}`;
    };
    let frame = 0;
    const onScroll = () => {
      // Focusing the sticky link can itself scroll the page; that is not the reader moving on.
      if (document.activeElement === link) return;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        anchor = currentParagraphId();
        render();
      });
    };
    render();
    window.addEventListener("scroll", onScroll, { passive: true });
    // Figures rewrite the query string with history.replaceState; refresh it just before the link is used.
    link.addEventListener("pointerdown", render);
    link.addEventListener("focus", render);
    return () => {
      window.removeEventListener("scroll", onScroll);
      link.removeEventListener("pointerdown", render);
      link.removeEventListener("focus", render);
      cancelAnimationFrame(frame);
    };
  }, [href]);

  return (
    <a ref={ref} className="lang-switch" href={href} hrefLang={hrefLang} lang={hrefLang} title={hint} aria-label={`${label}: ${hint}`}>
      {label}
    </a>
  );
}

/** The paragraph named by the URL's #anchor, else the one at the top of the screen. */
function initialAnchor(): string | null {
  const id = decodeURIComponent(window.location.hash.slice(1));
  if (id && document.getElementById(id)?.hasAttribute("data-anchor")) return id;
  return currentParagraphId();
}

/** The id of the first paragraph (or heading) that reaches below a reading line just under the sticky header. */
function currentParagraphId(): string | null {
  // the header is sticky on wide screens only: scrolled away, it no longer covers the top of the screen
  const header = document.querySelector(".site-header");
  const top = Math.max(0, header ? header.getBoundingClientRect().bottom : 0);
  if (window.scrollY < 40) return null;
  for (const element of document.querySelectorAll<HTMLElement>("[data-anchor]")) {
    if (element.getBoundingClientRect().bottom > top + 32) return element.id;
  }
  return null;
}
