"use client";

import { useEffect } from "react";

/** Space kept between a popover and the term or the window's edge (CSS pixels). */
const GAP = 8;

/** Puts an open popover just below its term (above it when there is no room below), inside the window. */
function place(pop: HTMLElement, invoker: HTMLElement): void {
  const at = invoker.getBoundingClientRect();
  const width = pop.offsetWidth;
  const height = pop.offsetHeight;
  const below = at.bottom + GAP;
  const top = below + height <= window.innerHeight - GAP ? below : Math.max(GAP, at.top - GAP - height);
  const left = Math.min(Math.max(GAP, at.left), Math.max(GAP, window.innerWidth - GAP - width));
  pop.style.inset = "auto";
  pop.style.margin = "0";
  pop.style.top = `${top}px`;
  pop.style.left = `${left}px`;
}

/**
 * Completes the article's glossary popovers (TermPopover): the term's button says whether its definition is
 * open (aria-expanded), an open definition sits beside its term and follows it while the page scrolls, and
 * closing returns focus to the term when it was inside the definition or nowhere. One listener for every
 * term: the browser opens and closes them; this only follows.
 */
export function PopoverEnhancer() {
  useEffect(() => {
    // A term's definition is shared by every occurrence of the term: the one the reader pressed opened it.
    let pressed: HTMLElement | null = null;
    let open: { pop: HTMLElement; invoker: HTMLElement } | null = null;
    const onClick = (event: MouseEvent) => {
      const button = event.target instanceof Element ? event.target.closest<HTMLElement>(".term-button[popovertarget]") : null;
      if (button) pressed = button;
    };
    const termPop = (event: Event) => {
      const pop = event.target;
      return pop instanceof HTMLElement && pop.classList.contains("term-pop") ? pop : null;
    };
    // aria-expanded changes with the popover, not a task later: "beforetoggle" fires as the state changes.
    const onBeforeToggle = (event: Event) => {
      const pop = termPop(event);
      if (!pop) return;
      if ((event as ToggleEvent).newState === "open") {
        const invoker = pressed?.getAttribute("popovertarget") === pop.id ? pressed : document.querySelector<HTMLElement>(`[popovertarget="${CSS.escape(pop.id)}"]`);
        if (!invoker) return;
        open = { pop, invoker };
        invoker.setAttribute("aria-expanded", "true");
      } else if (open?.pop === pop) {
        open.invoker.setAttribute("aria-expanded", "false");
      }
    };
    // Placing needs the open popover's size, which only "toggle" (after it is shown) has.
    const onToggle = (event: Event) => {
      const pop = termPop(event);
      if (!pop || open?.pop !== pop) return;
      const { invoker } = open;
      if ((event as ToggleEvent).newState === "open") {
        place(pop, invoker);
        return;
      }
      open = null;
      const focus = document.activeElement;
      if (focus === null || focus === document.body || pop.contains(focus)) invoker.focus();
    };
    const follow = () => {
      if (open) place(open.pop, open.invoker);
    };
    document.addEventListener("click", onClick, true);
    // Toggle events do not bubble: listened to on the way down.
    document.addEventListener("beforetoggle", onBeforeToggle, true);
    document.addEventListener("toggle", onToggle, true);
    window.addEventListener("scroll", follow, { passive: true });
    window.addEventListener("resize", follow);
    return () => {
      document.removeEventListener("click", onClick, true);
      document.removeEventListener("beforetoggle", onBeforeToggle, true);
      document.removeEventListener("toggle", onToggle, true);
      window.removeEventListener("scroll", follow);
      window.removeEventListener("resize", follow);
    };
  }, []);
  return null;
}
