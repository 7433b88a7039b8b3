import type { FactCheck } from "@aidebt/content";
import type { Messages } from "@/messages/types";
import { pagePath } from "@/lib/site";
import { articleNoteMessages } from "./messages";

/**
 * A fact-check note beside the heading it concerns: its verdict, its note in the reader's language and a
 * link to the evidence on the sources page. The heading stays as the author wrote it; the note says what is
 * wrong with it where the reader reads it.
 */
export function FactNote({ check, headingId, m }: { check: FactCheck; headingId: string; m: Messages }) {
  const words = articleNoteMessages(m.lang);
  return (
    <aside className="fact-note" aria-labelledby={`${check.id}-note`} data-fact-note={check.id} data-for={headingId}>
      <p className="fact-note-title" id={`${check.id}-note`}>
        {words.factCheck}: <span className={`badge verdict-${check.verdict}`}>{m.sources.verdicts[check.verdict]}</span>
      </p>
      <p>{check.note[m.lang]}</p>
      <p className="fact-note-link">
        <a href={`${pagePath("sources", m.lang)}#${check.id}`}>{words.allChecks}</a>
      </p>
    </aside>
  );
}

/**
 * A fact-check note right after the paragraph it concerns, folded to one line (verdict and the claim checked)
 * so that the text reads on; it opens without script (a native <details>). A claim found inconsistent opens
 * unfolded: the reader should not read past it.
 */
export function ParagraphFactNote({ check, m }: { check: FactCheck; m: Messages }) {
  const words = articleNoteMessages(m.lang);
  const claim = m.lang === "ja" ? check.claim : check.claimEn;
  return (
    <details className="fact-note fact-note-paragraph" data-fact-note={check.id} data-for={check.paragraphId} open={check.verdict === "inconsistent"}>
      <summary>
        <span className="fact-note-title">{words.factCheck}:</span> <span className={`badge verdict-${check.verdict}`}>{m.sources.verdicts[check.verdict]}</span>{" "}
        <span className="fact-note-claim">{m.lang === "ja" ? `「${claim}」` : `“${claim}”`}</span>
      </summary>
      <p>{check.note[m.lang]}</p>
      <p className="fact-note-link">
        <a href={`${pagePath("sources", m.lang)}#${check.id}`}>{words.allChecks}</a>
      </p>
    </details>
  );
}
