import type { ReactNode, Ref } from "react";
import { keptServerChildren } from "@/lib/kept-server-children";
import type { Messages } from "@/messages/types";

export interface FigureLayoutProps {
  /** Figure number, e.g. 1; also the DOM id `fig-1` and the URL prefix `f1`. */
  n: number;
  /** The shared figure words: the number label ("図{n}") and the invalid-input message. */
  common: Messages["common"];
  title: string;
  caption: string;
  /** The caption's second sentence with live numbers. */
  live?: ReactNode;
  controls: ReactNode;
  /** The reset and "try this" buttons, under the controls. */
  explain?: ReactNode;
  /** The sentence a "try this" state earns (its run against the default's), at the end of the caption. */
  notice?: string | null;
  /** The drawn chart, or null to keep the chart the server drew (only while hydrating: see use-server-markup). */
  chart: ReactNode | null;
  legend?: ReactNode;
  /** The "show data" table (a DataTable), after the figure. */
  dataTable: ReactNode;
  /** True when the model rejects the inputs: the invalid-input message shows instead of an update. */
  invalid?: boolean;
  aside?: ReactNode;
  /** Called when the reader is about to use the figure (focus or pointer inside it). */
  onIntent?: () => void;
  /** The figure's glossary terms (FigureTerms), at the end of the caption. */
  terms?: ReactNode;
  sectionRef?: Ref<HTMLElement>;
  /** A figure with nothing to hydrate (no state) is interactive as served: marked so in its markup. */
  hydrated?: boolean;
}

/**
 * The frame every figure shares: heading, controls, chart, legend, caption and the data table. Markup only, so a
 * figure without state (figure 9) renders it on the server and sends the browser no code for it.
 */
export function FigureLayout({ n, common, title, caption, live, controls, explain, notice, chart, legend, dataTable, invalid, aside, onIntent, terms, sectionRef, hydrated }: FigureLayoutProps) {
  const numberLabel = common.figure.replace("{n}", String(n));
  const error = invalid ? common.invalid : null;
  const headingId = `fig-${n}-title`;
  return (
    <section
      className="figure-block"
      id={`fig-${n}`}
      aria-labelledby={headingId}
      data-figure={n}
      // a place the language switch can keep: fig-n is the same figure in both editions
      data-anchor=""
      data-hydrated={hydrated ? "" : undefined}
      ref={sectionRef}
      onFocus={onIntent}
      onPointerEnter={onIntent}
      onPointerDown={onIntent}
    >
      <figure>
        <h3 id={headingId} className="figure-title">
          <span className="figure-num">{numberLabel}</span>
          {title}
        </h3>
        <div className="figure-controls">{controls}</div>
        {explain}
        {error ? (
          <p className="figure-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="figure-body">
          {chart === null ? (
            <div key="server" className="figure-chart" aria-live="off" {...keptServerChildren} />
          ) : (
            <div key="drawn" className="figure-chart" aria-live="off">
              {chart}
            </div>
          )}
          {aside ? <div className="figure-aside">{aside}</div> : null}
        </div>
        {legend}
        <figcaption>
          <span className="figure-caption">{caption}</span>
          {live ? <span className="figure-live"> {live}</span> : null}
          {notice ? <span className="figure-notice" data-notice=""> {notice}</span> : null}
          {terms}
        </figcaption>
      </figure>
      {dataTable}
    </section>
  );
}
