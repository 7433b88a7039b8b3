import type { ReactNode } from "react";
import { DataTable, type Column } from "@/components/chart/DataTable";
import type { Lang } from "@/messages/types";
import type { OneYearOnMessages, TrackerId } from "./messages";
import type { SourceRef } from "./tracker-data";
import { titleOf } from "./tracker-common";

interface TrackerFrameProps {
  id: TrackerId;
  n: number;
  lang: Lang;
  m: OneYearOnMessages;
  title: string;
  units: string;
  caption: string;
  chart: ReactNode;
  legend?: ReactNode;
  table: { columns: readonly Column[]; rows: ReadonlyArray<Record<string, string>> };
  sources: readonly SourceRef[];
}

/**
 * The frame of a tracker figure, after the article's FigureFrame: number and title, units, chart, legend,
 * caption, the data table and the sources. A server component: the tracker has no state to change, so its
 * figures ship no JavaScript.
 */
export function TrackerFrame({ id, n, lang, m, title, units, caption, chart, legend, table, sources }: TrackerFrameProps) {
  const headingId = `tracker-${id}-title`;
  const unique = [...new Map(sources.map((s) => [s.url, s])).values()];
  return (
    <section className="figure-block tracker-figure" id={`tracker-${id}`} aria-labelledby={headingId} data-tracker={id}>
      <figure>
        <h3 id={headingId} className="figure-title">
          <span className="figure-num">{m.figure.replace("{n}", String(n))}</span>
          {title}
        </h3>
        <p className="meta tracker-units">{units}</p>
        <div className="figure-body">
          <div className="figure-chart">{chart}</div>
        </div>
        {legend}
        <figcaption>
          <span className="figure-caption">{caption}</span>
        </figcaption>
      </figure>
      <DataTable summary={m.showData} caption={title} columns={table.columns} rows={table.rows} />
      <details className="tracker-sources">
        <summary>
          {m.sourcesLabel} ({unique.length})
        </summary>
        <ul className="meta">
          {unique.map((s) => (
            <li key={s.url}>
              <a href={s.url} rel="noopener noreferrer external" lang={lang === "ja" && s.titleJa !== undefined ? "ja" : "en"}>
                {titleOf(s, lang)}
              </a>
              {[s.publisher, s.published, s.confidence === undefined ? undefined : m.confidence[s.confidence]].filter((x) => x !== undefined).length > 0
                ? ` — ${[s.publisher, s.published, s.confidence === undefined ? undefined : m.confidence[s.confidence]].filter((x) => x !== undefined).join(", ")}`
                : null}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
