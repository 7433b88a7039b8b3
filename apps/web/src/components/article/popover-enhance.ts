// The glossary popovers' behaviour, loaded with the page's other enhancements (PageEnhancer, page-enhance.ts):
// the page's first script stays small and this loads once the page is interactive.

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

/** Follow every term popover: aria-expanded, placement beside the term, focus back on close. Returns the cleanup. */
export function enhancePopovers(): () => void {
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
  // a definition opened before this code loaded: follow it from now on
  const already = document.querySelector<HTMLElement>(".term-pop:popover-open");
  const opener = already ? document.querySelector<HTMLElement>(`[popovertarget="${CSS.escape(already.id)}"]`) : null;
  if (already && opener) {
    open = { pop: already, invoker: opener };
    opener.setAttribute("aria-expanded", "true");
    place(already, opener);
  }
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
}
