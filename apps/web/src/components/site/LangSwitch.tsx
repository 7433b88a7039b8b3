"use client";

import { useEffect, useRef } from "react";

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
    const update = () => {
      const id = currentParagraphId();
      link.href = `${href}${window.location.search}${id ? `#${id}` : ""}`;
    };
    let frame = 0;
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(update);
    };
    update();
    window.addEventListener("scroll", onScroll, { passive: true });
    // Figures rewrite the query string with history.replaceState; refresh just before the link is used.
    link.addEventListener("pointerdown", update);
    link.addEventListener("focus", update);
    return () => {
      window.removeEventListener("scroll", onScroll);
      link.removeEventListener("pointerdown", update);
      link.removeEventListener("focus", update);
      cancelAnimationFrame(frame);
    };
  }, [href]);

  return (
    <a ref={ref} className="lang-switch" href={href} hrefLang={hrefLang} lang={hrefLang} title={hint} aria-label={`${label}: ${hint}`}>
      {label}
    </a>
  );
}

/** The id of the first paragraph (or heading) whose bottom is below the sticky header. */
function currentParagraphId(): string | null {
  const header = document.querySelector(".site-header");
  const top = header ? header.getBoundingClientRect().bottom : 0;
  if (window.scrollY < 40) return null;
  for (const element of document.querySelectorAll<HTMLElement>("[data-anchor]")) {
    if (element.getBoundingClientRect().bottom > top + 8) return element.id;
  }
  return null;
}
