"use client";

import { useId, useState, type KeyboardEvent } from "react";
import { fillTemplate } from "@/messages/types";
import type { ProvenanceKind, SimulatorMessages } from "./messages/types";

export interface ProvenanceInfo {
  kind: ProvenanceKind;
  note: string;
  source?: { title: string; url?: string };
}

/**
 * Sourced / estimated / illustrative, with the note and the source in a tooltip that opens on hover and on
 * keyboard focus (and is announced as the badge's description); Escape closes it.
 */
export function ProvenanceBadge({ info, param, m }: { info: ProvenanceInfo | undefined; param: string; m: SimulatorMessages["provenance"] }) {
  const tipId = useId();
  const [dismissed, setDismissed] = useState(false);
  const kind: ProvenanceKind = info?.kind ?? "illustrative";
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape") setDismissed(true);
  };
  return (
    <span
      className={`prov prov-${kind}${dismissed ? " prov-dismissed" : ""}`}
      onMouseLeave={() => setDismissed(false)}
      onBlur={() => setDismissed(false)}
      onKeyDown={onKeyDown}
    >
      <button type="button" className="prov-badge" aria-describedby={tipId} aria-label={fillTemplate(m.badgeLabel, { kind: m[kind], param })}>
        {m[kind]}
      </button>
      <span role="tooltip" id={tipId} className="prov-tip">
        {info ? info.note : m.none}
        {info?.source ? (
          <>
            {" "}
            <span className="prov-source">{fillTemplate(m.source, { title: info.source.title })}</span>
          </>
        ) : null}
      </span>
    </span>
  );
}
