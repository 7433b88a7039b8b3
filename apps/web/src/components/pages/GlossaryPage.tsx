import { getGlossary } from "@aidebt/content";
import type { Metadata } from "next";
import type { Lang } from "@/messages/types";
import { fillTemplate, getMessages } from "@/messages";
import { pageMetadata } from "@/lib/metadata";
import { pagePath, paragraphPath } from "@/lib/site";
import { passageExcerpt } from "@/lib/excerpt";
import { figureTermIds, structureTermIds } from "@/components/figures/figure-terms";
import { figureConcepts } from "@/components/figures/registry";
import { SiteFooter, SiteHeader } from "@/components/site/SiteHeader";

export function glossaryMetadata(lang: Lang): Metadata {
  const m = getMessages(lang);
  return pageMetadata("glossary", lang, m.glossary.title, m.glossary.description);
}

/** `/glossary/` and `/en/glossary/`: every term with its reading, English, definition and occurrences. */
export function GlossaryPage({ lang }: { lang: Lang }) {
  const m = getMessages(lang);
  // the figures whose own words use each term (the figure terms the article's text does not use are found there);
  // each figure's terms found once for the page, not once per term
  const article = pagePath("article", lang);
  const figures = [
    { href: `${article}#fig-2-structure`, label: m.glossary.structureLink, terms: structureTermIds(lang) },
    ...figureConcepts.map((concept, i) => ({ href: `${article}#fig-${i + 1}`, label: m.common.figure.replace("{n}", String(i + 1)), terms: figureTermIds(concept, m) })),
  ];
  const figuresOf = (termId: string) => figures.filter((f) => f.terms.includes(termId));
  const terms = [...getGlossary()].sort((a, b) =>
    lang === "ja" ? a.reading.localeCompare(b.reading, "ja") : a.english.localeCompare(b.english, "en"),
  );
  return (
    <>
      <SiteHeader m={m} page="glossary" />
      <main id="main">
        <div className="prose">
          <h1>{m.glossary.title}</h1>
          <p className="lead">{m.glossary.description}</p>
          <dl className="glossary">
            {terms.map((term) => {
              const occurrences = term.occurrences.filter((o) => o.lang === lang);
              return (
                <div key={term.id} id={term.id} className="para-target" data-anchor="">
                  <dt>
                    {lang === "ja" ? term.term : term.english}
                    <span className="meta">
                      {" "}
                      {lang === "ja" ? `(${term.reading}/${term.english})` : `(${term.term}, ${term.reading})`}
                    </span>
                  </dt>
                  <dd>{term.definition[lang]}</dd>
                  <dd className="meta">
                    {m.glossary.occurrences}:{" "}
                    {occurrences.length === 0
                      ? m.glossary.none
                      : occurrences.map((o, i) => (
                          <span key={`${o.paragraphId}-${i}`}>
                            {i > 0 ? ", " : ""}
                            <a href={paragraphPath(o.paragraphId, lang)}>
                              {passageExcerpt(o.paragraphId, lang) ??
                                fillTemplate(m.glossary.occurrenceLink, { id: o.paragraphId })}
                            </a>
                          </span>
                        ))}
                  </dd>
                  {figuresOf(term.id).length > 0 ? (
                    <dd className="meta" data-figure-uses="">
                      {m.glossary.inFigures}:{" "}
                      {figuresOf(term.id).map((use, i) => (
                        <span key={use.href}>
                          {i > 0 ? ", " : ""}
                          <a href={use.href}>{use.label}</a>
                        </span>
                      ))}
                    </dd>
                  ) : null}
                </div>
              );
            })}
          </dl>
        </div>
      </main>
      <SiteFooter m={m} />
    </>
  );
}
