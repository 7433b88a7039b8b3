"use client";

import type { Scenario } from "@aidebt/model";
import { useEffect, useRef, useState } from "react";
import { fillTemplate, type Lang } from "@/messages/types";
import { ClaimList } from "./ClaimList";
import { getClaimsMessages } from "./messages";
import { useClaims } from "./use-claims";
import "./claims.css";

/**
 * The simulator's claims panel: the article's claims tested on the reader's scenario. The report is computed in
 * a worker once the panel comes near the viewport, then after each change of the scenario.
 */
export function ClaimsPanel({ scenario, lang }: { scenario: Scenario; lang: Lang }) {
  const m = getClaimsMessages(lang);
  const root = useRef<HTMLElement>(null);
  const [seen, setSeen] = useState(false);
  useEffect(() => {
    const el = root.current;
    if (!el || seen) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setSeen(true);
    }, { rootMargin: "400px 0px" });
    observer.observe(el);
    return () => observer.disconnect();
  }, [seen]);
  const state = useClaims(scenario, lang, seen);
  const status = state.status === "running" ? (state.view ? m.updating : m.computing) : state.status === "error" ? fillTemplate(m.failed, { message: state.message }) : "";
  return (
    <section ref={root} aria-labelledby="sim-claims-title" className="sim-claims" data-claims-panel data-state={state.status}>
      <h2 id="sim-claims-title">{m.panelHeading}</h2>
      <p>{m.panelIntro}</p>
      <p className="claims-status" role="status">
        {status}
      </p>
      <div aria-busy={state.status === "running" || undefined}>{state.view ? <ClaimList view={state.view} m={m} /> : null}</div>
    </section>
  );
}
