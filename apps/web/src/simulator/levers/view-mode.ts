"use client";

import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { URL_EVENT } from "../Share";
import { viewOf, withView, type ParamView } from "./view-query";

export type { ParamView } from "./view-query";

/**
 * The form's view, kept in the address. The server draws the key levers; the address's view takes over
 * after hydration. The simulator writes its scenario (`s`) into the same query string and keeps other keys,
 * so each writes only its own key, reading the address afresh (never a copy of it).
 *
 * A link to a field the key-levers view hides (a problem in the notice, in an uploaded file) shows all
 * parameters first, then goes to the field.
 */
export function useParamView(): [ParamView, (view: ParamView) => void] {
  const [view, setViewState] = useState<ParamView>("levers");
  const pendingTarget = useRef<string | null>(null);

  useEffect(() => {
    setViewState(viewOf(window.location.search));
  }, []);

  const setView = useCallback((next: ParamView) => {
    setViewState(next);
    const { pathname, search, hash } = window.location;
    window.history.replaceState(window.history.state, "", `${pathname}${withView(search, next)}${hash}`);
    window.dispatchEvent(new Event(URL_EVENT));
  }, []);

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href^="#param-"]') : null;
      const target = link ? document.getElementById(link.getAttribute("href")?.slice(1) ?? "") : null;
      // A field that is laid out needs nothing; one the view hides has no boxes.
      if (!target || target.getClientRects().length > 0) return;
      event.preventDefault();
      pendingTarget.current = target.id;
      setView("all");
    };
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, [setView]);

  useLayoutEffect(() => {
    const id = pendingTarget.current;
    if (view !== "all" || !id) return;
    pendingTarget.current = null;
    const target = document.getElementById(id);
    target?.scrollIntoView({ block: "center" });
    target?.focus();
  }, [view]);

  return [view, setView];
}
