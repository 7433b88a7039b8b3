import { findParagraph, getEdition, getGlossary } from "@aidebt/content";
import type { Metadata } from "next";
import type { Lang } from "@/messages/types";
import { fillTemplate, getMessages } from "@/messages";
import { pageMetadata } from "@/lib/metadata";
import { paragraphPath } from "@/lib/site";
import { SiteFooter, SiteHeader } from "@/components/site/SiteHeader";

export function glossaryMetadata(lang: Lang): Metadata {
  const m = getMessages(lang);
  return pageMetadata("glossary", lang, m.glossary.title, m.glossary.description);
}

/** The start of a paragraph, as the text of a link to it. */
/** The text of a paragraph or of a section's heading (a term may first appear in a heading). */
function blockText(id: string, lang: Lang): string | undefined {
  return findParagraph(id, lang)?.text ?? getEdition(lang).sections.find((s) => s.heading?.id === id)?.heading?.text;
}

function excerpt(text: string | undefined, length = 28): string | undefined {
  if (!text) return undefined;
  const chars = [...text];
  return chars.length > length ? `${chars.slice(0, length).join("")}…` : text;
}

/** `/glossary/` and `/en/glossary/`: every term with its reading, English, definition and occurrences. */
export function GlossaryPage({ lang }: { lang: Lang }) {
  const m = getMessages(lang);
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
                              {excerpt(blockText(o.paragraphId, lang)) ??
                                fillTemplate(m.glossary.occurrenceLink, { id: o.paragraphId })}
                            </a>
                          </span>
                        ))}
                  </dd>
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
