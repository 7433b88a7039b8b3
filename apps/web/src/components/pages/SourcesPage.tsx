import { findParagraph, getFactChecks, getFacts } from "@aidebt/content";
import { getPreset } from "@aidebt/model";
import type { Metadata } from "next";
import type { Lang } from "@/messages/types";
import { getMessages } from "@/messages";
import { pageMetadata } from "@/lib/metadata";
import { passageExcerpt } from "@/lib/excerpt";
import { paragraphPath } from "@/lib/site";
import { formatNumber } from "@/components/chart/format";
import { SiteFooter, SiteHeader } from "@/components/site/SiteHeader";
import { DataSourcesSection, LevelBadge, SourceTitle } from "./DataSourcesSection";
import { rankedPresetSources } from "./source-list";

export function sourcesMetadata(lang: Lang): Metadata {
  const m = getMessages(lang);
  return pageMetadata("sources", lang, m.sources.title, m.sources.description);
}

/**
 * `/sources/` and `/en/sources/`: every fact of the article with provenance and fact-check notes, every page the
 * data cite (primary sources first, aggregators marked), and the model's preset with its sources ranked the same way.
 */
export function SourcesPage({ lang }: { lang: Lang }) {
  const m = getMessages(lang);
  const facts = getFacts();
  const checks = getFactChecks();
  const preset = getPreset("base");
  return (
    <>
      <SiteHeader m={m} page="sources" />
      <main id="main">
        <div className="prose sources">
          <h1>{m.sources.title}</h1>
          <p className="lead">{m.sources.description}</p>

          <h2 id="facts">{m.sources.factsHeading}</h2>
          <div className="table-scroll" tabIndex={0} role="region" aria-label={m.sources.factsHeading}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{m.sources.columns.fact}</th>
                  <th scope="col">{m.sources.columns.raw}</th>
                  <th scope="col" className="num">
                    {m.sources.columns.implied}
                  </th>
                  <th scope="col">{m.sources.columns.paragraph}</th>
                  <th scope="col">{m.sources.checksHeading}</th>
                </tr>
              </thead>
              <tbody>
                {facts.map((fact) => (
                  <tr key={fact.id} id={`fact-${fact.id}`}>
                    <th scope="row" className="wrap">
                      {fact.measures[lang]}
                    </th>
                    <td lang="ja">{fact.rawText}</td>
                    <td className="num">
                      {fact.impliedJpyPerUsd ? formatNumber(fact.impliedJpyPerUsd, lang, 1) : ""}
                    </td>
                    <td>
                      <a href={paragraphPath(fact.paragraphId, lang)}>{passageExcerpt(fact.paragraphId, lang) ?? fact.paragraphId}</a>
                    </td>
                    <td>
                      {checks
                        .filter((check) => check.paragraphId === fact.paragraphId)
                        .map((check, i) => (
                          <span key={check.id}>
                            {i > 0 ? " " : ""}
                            <a href={`#${check.id}`} className={`badge verdict-${check.verdict}`}>
                              {m.sources.verdicts[check.verdict]}
                            </a>
                          </span>
                        ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>

          <h2 id="fact-checks">{m.sources.checksHeading}</h2>
          {checks.map((check) => {
            const paragraph = findParagraph(check.paragraphId, lang);
            return (
              <section key={check.id} id={check.id} className="fact-check para-target" data-anchor="" aria-labelledby={`${check.id}-h`}>
                <h3 id={`${check.id}-h`}>
                  <span className={`badge verdict-${check.verdict}`}>{m.sources.verdicts[check.verdict]}</span>{" "}
                  <span lang="ja">{check.claim}</span>
                </h3>
                {paragraph ? (
                  <p className="meta">
                    {m.sources.inParagraph}: <a href={paragraphPath(check.paragraphId, lang)}>{paragraph.text}</a>
                  </p>
                ) : null}
                <p>{check.note[lang]}</p>
                {check.arithmetic[lang] ? (
                  <p className="meta">
                    {m.sources.arithmetic}: {check.arithmetic[lang]}
                  </p>
                ) : null}
                {check.sources.length > 0 ? (
                  <ul className="meta">
                    {check.sources.map((source) => (
                      <li key={source.url}>
                        <a href={source.url} rel="noopener noreferrer">
                          {source.title}
                        </a>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </section>
            );
          })}

          <DataSourcesSection lang={lang} m={m} />

          {preset ? (
            <>
              <h2 id="model">{m.sources.modelHeading}</h2>
              <p>{m.sources.modelIntro}</p>
              <p>
                <strong>{preset.name[lang]}</strong>: {preset.description[lang]}
              </p>
              {/* primary first, each marked with its kind as the data classify its page */}
              <ul className="source-list">
                {rankedPresetSources(preset.sources).map((source) => (
                  <li key={source.id} id={`source-${source.id}`} data-confidence={source.confidence ?? ""}>
                    {source.confidence ? <LevelBadge level={source.confidence} m={m} /> : null} <SourceTitle source={source} lang={lang} />
                  </li>
                ))}
              </ul>
              <div className="table-scroll" tabIndex={0} role="region" aria-label={m.sources.modelHeading}>
                <table>
                  <tbody>
                    {Object.entries(preset.provenance).map(([path, entry]) => (
                      <tr key={path}>
                        <th scope="row">
                          <code>{path}</code>
                        </th>
                        <td>
                          <span className="badge">{m.sources.provenance[entry.kind]}</span>
                        </td>
                        {/* The model's provenance notes and source titles are written in English. */}
                        <td className="wrap" lang="en">
                          {entry.note}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          ) : null}
        </div>
      </main>
      <SiteFooter m={m} />
    </>
  );
}
