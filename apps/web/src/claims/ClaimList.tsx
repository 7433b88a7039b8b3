import type { ClaimAnswer } from "@aidebt/model";
import type { ClaimsMessages } from "./messages/types";
import type { ClaimsView } from "./view";

/** A shape beside the answer's word, so the answer never rests on colour alone. */
const MARK: Record<ClaimAnswer, string> = { holds: "✓", "does-not-hold": "✗", depends: "◐" };

/** The answer as a word with its mark. */
export function ClaimAnswerBadge({ answer, text }: { answer: ClaimAnswer; text: string }) {
  return (
    <span className="claim-answer" data-answer={answer}>
      <span className="claim-mark" aria-hidden="true">
        {MARK[answer]}
      </span>{" "}
      <strong>{text}</strong>
    </span>
  );
}

/**
 * The six claims of one report: each with the model's answer, its sentence, its figures and where it flips.
 * Server-rendered on the article; drawn by the simulator's panel from a worker's result. `headingLevel` is the
 * level of each claim's heading.
 */
export function ClaimList({ view, m, headingLevel = 3 }: { view: ClaimsView; m: ClaimsMessages; headingLevel?: 3 | 4 }) {
  const Heading = headingLevel === 3 ? "h3" : "h4";
  return (
    <ol className="claims-list" data-claims-scenario={view.scenario}>
      {view.claims.map((c) => (
        <li key={c.id} className="claim-card" data-claim={c.id} data-answer={c.answer}>
          <Heading className="claim-title">{c.claim}</Heading>
          <p className="claim-verdict">
            <span className="visually-hidden">{m.answerLabel}: </span>
            <ClaimAnswerBadge answer={c.answer} text={c.answerText} />
          </p>
          <p className="claim-text">{c.text}</p>
          <dl className="claim-figures" aria-label={m.figuresLabel}>
            {c.figures.map((f) => (
              <div key={f.key} data-figure-key={f.key}>
                <dt>{f.label}</dt>
                <dd>{f.value}</dd>
              </div>
            ))}
          </dl>
          <p className="claim-flip">{c.flip ?? m.noFlip}</p>
        </li>
      ))}
    </ol>
  );
}
