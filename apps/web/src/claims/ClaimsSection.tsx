import type { Lang } from "@/messages/types";
import { fillTemplate } from "@/messages/types";
import { ClaimList } from "./ClaimList";
import { getClaimsMessages } from "./messages";
import { ARTICLE_PRESETS, presetClaimsView } from "./report";
import "./claims.css";

/** The anchor of the article's claims section (the table of contents links to it). */
export const CLAIMS_SECTION_ID = "claims-tested";

/**
 * "The claims, tested by the model": the article's six claims under a few presets, computed at build time. The
 * preset picker is a group of radio buttons that shows one preset's panel by CSS alone (no script); without
 * `:has()` every panel is shown.
 */
export function ClaimsSection({ lang }: { lang: Lang }) {
  const m = getClaimsMessages(lang);
  const panels = ARTICLE_PRESETS.map((id) => presetClaimsView(id, lang));
  const name = `${CLAIMS_SECTION_ID}-preset`;
  return (
    <section className="claims-tested" aria-labelledby={CLAIMS_SECTION_ID} data-claims-section>
      <h2 id={CLAIMS_SECTION_ID}>{m.heading}</h2>
      <p className="section-intro">{m.intro}</p>
      <fieldset className="claims-picker">
        <legend>{m.scenarioLegend}</legend>
        {panels.map((p, i) => (
          <label key={p.id}>
            <input type="radio" name={name} value={p.id} defaultChecked={i === 0} aria-controls={`${CLAIMS_SECTION_ID}-${p.id}`} /> {p.name}
          </label>
        ))}
      </fieldset>
      <div className="claims-panels">
        {panels.map((p) => (
          <div key={p.id} id={`${CLAIMS_SECTION_ID}-${p.id}`} className="claims-panel" data-claims-preset={p.id}>
            <p className="meta">{fillTemplate(m.presetLine, { preset: p.name, start: p.view.startQuarter })}</p>
            <ClaimList view={p.view} m={m} />
          </div>
        ))}
      </div>
    </section>
  );
}
