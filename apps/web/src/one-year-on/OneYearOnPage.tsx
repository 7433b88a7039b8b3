import { RESULT_FIELDS, BACKTEST_ITEMS } from "@aidebt/model";
import type { Metadata } from "next";
import { getMessages } from "@/messages";
import { fillTemplate, type Lang } from "@/messages/types";
import { pageMetadata } from "@/lib/metadata";
import { pagePath } from "@/lib/site";
import { SiteFooter, SiteHeader } from "@/components/site/SiteHeader";
import { ClaimAnswerBadge } from "@/claims/ClaimList";
import { getClaimsMessages } from "@/claims/messages";
import "@/claims/claims.css";
import { claimViews } from "./claims";
import { getOneYearOnMessages } from "./messages";
import { BacktestFigure } from "./BacktestFigure";
import { BondsFigure } from "./BondsFigure";
import { CapexFigure } from "./CapexFigure";
import { GpuFigure } from "./GpuFigure";
import { LeasesFigure } from "./LeasesFigure";
import { VehiclesFigure } from "./VehiclesFigure";
import { trackerData } from "./tracker-data";
import { titleOf } from "./tracker-common";

export function oneYearOnMetadata(lang: Lang): Metadata {
  const m = getOneYearOnMessages(lang);
  return pageMetadata("one-year-on", lang, m.title, m.description);
}

/**
 * `/one-year-on/` and `/en/one-year-on/`: the site's dated companion to the article. For each claim, what the
 * data show since and what the model says now; then the tracker figures. Rendered on the server only.
 */
export function OneYearOnPage({ lang }: { lang: Lang }) {
  const site = getMessages(lang);
  const m = getOneYearOnMessages(lang);
  const data = trackerData();
  const claims = claimViews(lang, m, data.fxJpyPerUsd);
  const claimsText = getClaimsMessages(lang);
  const labels = Object.fromEntries(BACKTEST_ITEMS.map((item) => [item, RESULT_FIELDS.find((f) => f.path === `measures.${item}`)?.label[lang] ?? item]));
  const figures = [CapexFigure, BondsFigure, VehiclesFigure, LeasesFigure, GpuFigure];
  return (
    <>
      <SiteHeader m={site} page="one-year-on" />
      <main id="main">
        <div className="prose one-year-on">
          <p className="as-of" data-as-of={data.asOf}>
            <time dateTime={data.asOf}>{fillTemplate(m.asOf, { date: data.asOf })}</time>
          </p>
          <h1>{m.title}</h1>
          <aside className="companion-note" aria-label={m.title}>
            <p>{m.companion}</p>
            <p>
              <a href={pagePath("article", lang)}>{m.backToArticle}</a>
            </p>
          </aside>
          <p className="lead">{m.description}</p>

          <h2 id="claims">{m.claimsHeading}</h2>
          {claims.map((claim) => (
            <section key={claim.id} id={`claim-${claim.id}`} className="claim" data-claim={claim.id} aria-labelledby={`claim-${claim.id}-h`}>
              <h3 id={`claim-${claim.id}-h`}>{m.claims[claim.id].title}</h3>
              <blockquote>
                <p>{m.claims[claim.id].article}</p>
              </blockquote>
              <h4>{m.happenedHeading}</h4>
              {claim.happened.length === 0 ? (
                <p className="meta">{m.nothingYet}</p>
              ) : (
                <ul className="happened">
                  {claim.happened.map((item) => (
                    <li key={`${item.date} ${item.source.url} ${item.text}`}>
                      <time dateTime={item.date.length === 7 ? item.date : item.date}>{item.text}</time>{" "}
                      {/* the publisher names the link; its title (hover) is the document's, in the page's language */}
                      <a href={item.source.url} rel="noopener noreferrer external" className="meta" title={titleOf(item.source, lang)}>
                        [{item.source.publisher ?? item.source.title}]
                      </a>
                    </li>
                  ))}
                </ul>
              )}
              <h4>{m.modelHeading}</h4>
              <div className="model-says" data-model-says={claim.id} data-answer={claim.modelSays.answer}>
                <p className="claim-verdict">
                  <ClaimAnswerBadge answer={claim.modelSays.answer} text={claimsText.answers[claim.modelSays.answer]} />
                </p>
                {claim.modelSays.sentences.map((sentence) => (
                  <p key={sentence}>{sentence}</p>
                ))}
              </div>
            </section>
          ))}

          <h2 id="tracker">{m.trackerHeading}</h2>
        </div>
        <div className="tracker">
          {figures.map((Figure, i) => (
            <Figure key={i} n={i + 1} lang={lang} m={m} data={data} />
          ))}
          <BacktestFigure n={figures.length + 1} lang={lang} m={m} data={data} labels={labels} />
        </div>
      </main>
      <SiteFooter m={site} />
    </>
  );
}
