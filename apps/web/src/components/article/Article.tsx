import { Fragment, type ReactNode } from "react";
import "./article-notes.css";
import { conceptAnchor, findTerm, getEdition, getFactChecks, type Inline, type Paragraph } from "@aidebt/content";
import type { Messages } from "@/messages/types";
import { pagePath } from "@/lib/site";
import { BACKTEST_FIGURE, figureConcepts, type FigureConcept } from "@/components/figures/registry";
import { BacktestSlot, FigureSlot } from "@/components/figures/FigureSlot";
import { allFigureTermIds } from "@/components/figures/figure-terms";
import { FactNote, ParagraphFactNote } from "./FactNote";
import { PageEnhancer } from "./PageEnhancer";
import { ProseText } from "./ProseText";
import { TermButton } from "./TermButton";
import { TermDefinitions, termsIn } from "./TermDefinitions";

/** Concept → figure number, in the order the figures appear in the article. */
export function figurePlacements(): Map<string, { concept: FigureConcept; n: number }> {
  const placements = new Map<string, { concept: FigureConcept; n: number }>();
  figureConcepts.forEach((concept, i) => placements.set(conceptAnchor(concept), { concept, n: i + 1 }));
  return placements;
}

/** A section the page adds after one of the article's sections, listed in the table of contents. */
export interface ArticleInsert {
  afterSlug: string;
  id: string;
  title: string;
  node: ReactNode;
}

/** The whole article of one edition, with each figure after the paragraph that names its concept. */
export function Article({ m, insert }: { m: Messages; insert?: ArticleInsert }) {
  const edition = getEdition(m.lang);
  const placements = figurePlacements();
  const glossaryPath = pagePath("glossary", m.lang);
  return (
    <article className="article prose" lang={m.lang}>
      <h1>{edition.title}</h1>
      <p className="lead">{m.article.lead}</p>
      <nav className="toc" aria-label={m.article.tocLabel}>
        <strong>{m.article.tocLabel}</strong>
        <ol>
          {edition.sections
            .filter((section) => section.heading)
            .map((section) => (
              <Fragment key={section.slug}>
                <li>
                  <a href={`#${section.heading?.id ?? section.slug}`}>{section.heading?.text}</a>
                  {/* a heading the fact checks find wrong is flagged where the reader first meets it, here */}
                  {getFactChecks()
                    .filter((check) => check.paragraphId === section.heading?.id && check.verdict === "inconsistent")
                    .map((check) => (
                      <a key={check.id} href={`#${check.paragraphId}`} className={`badge verdict-${check.verdict} toc-flag`} data-toc-flag={check.id}>
                        {m.sources.verdicts[check.verdict]}
                      </a>
                    ))}
                </li>
                {insert?.afterSlug === section.slug ? (
                  <li>
                    <a href={`#${insert.id}`}>{insert.title}</a>
                  </li>
                ) : null}
              </Fragment>
            ))}
          <li>
            <a href="#model-check">{m.figures.backtest.heading}</a>
          </li>
        </ol>
      </nav>
      {edition.sections.map((section) => (
        <Fragment key={section.slug}>
          <section aria-labelledby={section.heading?.id}>
            {section.heading ? (
              <h2 id={section.heading.id} data-anchor="" className="para-target">
                <Inlines inlines={section.heading.inlines} glossaryPath={glossaryPath} />
              </h2>
            ) : null}
            {section.heading
              ? getFactChecks()
                  .filter((check) => check.paragraphId === section.heading?.id)
                  .map((check) => <FactNote key={check.id} check={check} headingId={section.heading?.id ?? ""} m={m} />)
              : null}
            {section.paragraphs.map((paragraph) => {
              const placement = placements.get(paragraph.id);
              return (
                <div key={paragraph.id} className="para-group">
                  <ParagraphView paragraph={paragraph} m={m} glossaryPath={glossaryPath} />
                  {getFactChecks()
                    .filter((check) => check.paragraphId === paragraph.id)
                    .map((check) => (
                      <ParagraphFactNote key={check.id} check={check} m={m} />
                    ))}
                  {placement ? <FigureSlot concept={placement.concept} n={placement.n} m={m} /> : null}
                </div>
              );
            })}
          </section>
          {insert?.afterSlug === section.slug ? insert.node : null}
        </Fragment>
      ))}
      <section aria-labelledby="model-check">
        <h2 id="model-check">{m.figures.backtest.heading}</h2>
        <p className="section-intro">{m.figures.backtest.intro}</p>
        <BacktestSlot n={BACKTEST_FIGURE} m={m} />
      </section>
      <TermDefinitions termIds={[...new Set([...termsIn(edition.sections), ...allFigureTermIds(figureConcepts, m)])]} lang={m.lang} glossaryPath={glossaryPath} />
      <PageEnhancer />
    </article>
  );
}

function ParagraphView({ paragraph, m, glossaryPath }: { paragraph: Paragraph; m: Messages; glossaryPath: string }) {
  const className = paragraph.quote?.form === "block" ? "para-target quote" : "para-target";
  return (
    <p id={paragraph.id} data-anchor="" className={className} data-concept={paragraph.concept}>
      <Inlines inlines={paragraph.inlines} glossaryPath={glossaryPath} paragraphId={paragraph.id} m={m} />
    </p>
  );
}

interface InlinesProps {
  inlines: readonly Inline[];
  glossaryPath: string;
  paragraphId?: string;
  m?: Messages;
}

function Inlines({ inlines, glossaryPath, paragraphId, m }: InlinesProps) {
  return (
    <>
      {inlines.map((inline, i) => {
        const text =
          paragraphId && m ? <ProseText text={inline.text} paragraphId={paragraphId} m={m} /> : inline.text;
        switch (inline.kind) {
          case "emphasis":
            return <strong key={i}>{text}</strong>;
          case "term":
            // A term the glossary does not know stays a plain link to the glossary.
            return findTerm(inline.termId) ? (
              <TermButton key={i} termId={inline.termId}>
                {text}
              </TermButton>
            ) : (
              <a key={i} className="term" href={`${glossaryPath}#${inline.termId}`}>
                {text}
              </a>
            );
          default:
            return <Fragment key={i}>{text}</Fragment>;
        }
      })}
    </>
  );
}
