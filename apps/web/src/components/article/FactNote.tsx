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
