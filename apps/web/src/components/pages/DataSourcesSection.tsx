import { CONFIDENCE_LEVELS, type Confidence } from "@aidebt/data";
import type { Lang, Messages } from "@/messages/types";
import { fillTemplate } from "@/messages/types";
import { formatNumber } from "@/components/chart/format";
import { dataSourcesByConfidence, type ListedSource } from "./source-list";

/** A cited page's title in the page's language: the Japanese label of @aidebt/data on the ja page, if any. */
export function SourceTitle({ source, lang }: { source: { url?: string; title: string; titleJa?: string }; lang: Lang }) {
  const ja = lang === "ja" && source.titleJa !== undefined;
  const text = ja ? source.titleJa : source.title;
  // titles without a Japanese label are English: say so to screen readers on the ja page
  const langAttr = ja ? undefined : lang === "ja" ? "en" : undefined;
  return source.url ? (
    <a href={source.url} rel="noopener noreferrer external" lang={langAttr}>
      {text}
    </a>
  ) : (
    <span lang={langAttr}>{text}</span>
  );
}

/** The badge naming a source's kind: primary, press, or aggregator (secondary). */
export function LevelBadge({ level, m }: { level: Confidence; m: Messages }) {
  return (
    <span className={`badge source-level level-${level}`} data-level={level}>
      {m.sources.levels[level]}
    </span>
  );
}

function Item({ s, lang, m }: { s: ListedSource; lang: Lang; m: Messages }) {
  return (
    <li data-confidence={s.confidence}>
      <LevelBadge level={s.confidence} m={m} /> <SourceTitle source={s} lang={lang} />
      <span className="meta">
        {" — "}
        <span lang="en">{s.publisher}</span>, <time dateTime={s.published}>{s.published}</time>, {fillTemplate(m.sources.rowsCount, { n: formatNumber(s.rows, lang, 0) })}
      </span>
    </li>
  );
}

/** `#data-sources`: every page @aidebt/data cites, filings and company releases first, aggregators marked. */
export function DataSourcesSection({ lang, m }: { lang: Lang; m: Messages }) {
  const levels = dataSourcesByConfidence();
  const counts = Object.fromEntries(CONFIDENCE_LEVELS.map((c) => [c, formatNumber(levels[c].length, lang, 0)]));
  return (
    <section id="data-sources" aria-labelledby="data-sources-h">
      <h2 id="data-sources-h">{m.sources.dataHeading}</h2>
      <p>{m.sources.dataIntro}</p>
      <p className="meta">{fillTemplate(m.sources.dataCounts, counts)}</p>
      {CONFIDENCE_LEVELS.map((level) => (
        <section key={level} id={`data-sources-${level}`} aria-labelledby={`data-sources-${level}-h`}>
          <h3 id={`data-sources-${level}-h`}>
            {m.sources.levelHeadings[level]} ({counts[level]})
          </h3>
          <ul className="source-list">
            {levels[level].map((s) => (
              <Item key={s.url} s={s} lang={lang} m={m} />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
