import { useDeferredValue, useEffect, useMemo, useRef, type ReactNode } from "react";
import { DataTable, type Column } from "@/components/chart/DataTable";
import { keptServerChildren } from "@/lib/kept-server-children";
import { useKeepServerMarkup } from "@/lib/use-server-markup";
import type { Messages } from "@/messages/types";
import { splitTemplate } from "@/messages/types";

interface FigureFrameProps {
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
  /** Draws the chart. Called on the server and once the figure's state has changed, not while hydrating. */
  chart: () => ReactNode;
  legend?: ReactNode;
  /** The "show data" table; `rows` is called a render after `chart` (see FigureTable). */
  table: { columns: readonly Column[]; rows: () => ReadonlyArray<Record<string, string>> };
  /** True while the figure shows its default state, i.e. what the server drew. */
  pristine: boolean;
  /** True when the model rejects the inputs: the invalid-input message shows instead of an update. */
  invalid?: boolean;
  aside?: ReactNode;
  /** Called when the reader is about to use the figure (focus or pointer inside it). */
  onIntent?: () => void;
}

/** The frame every figure shares: heading, controls, chart, legend, caption and the data table. */
export function FigureFrame({ n, common, title, caption, live, controls, explain, notice, chart, legend, table, pristine, invalid, aside, onIntent }: FigureFrameProps) {
  const numberLabel = common.figure.replace("{n}", String(n));
  const error = invalid ? common.invalid : null;
  const headingId = `fig-${n}-title`;
  // Marks the figure as interactive (browser tests wait for it before moving a control); set on the element
  // rather than as state so that hydration is not followed by a second render of every figure.
  const section = useRef<HTMLElement>(null);
  useEffect(() => section.current?.setAttribute("data-hydrated", ""), []);
  // Until the reader changes something, the server's SVG and table cells are what the figure would draw.
  const keepServerDrawing = useKeepServerMarkup(pristine);
  return (
    <section
      className="figure-block"
      id={`fig-${n}`}
      aria-labelledby={headingId}
      data-figure={n}
      // a place the language switch can keep: fig-n is the same figure in both editions
      data-anchor=""
      ref={section}
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
          {keepServerDrawing ? (
            <div key="server" className="figure-chart" aria-live="off" {...keptServerChildren} />
          ) : (
            <div key="drawn" className="figure-chart" aria-live="off">
              {chart()}
            </div>
          )}
          {aside ? <div className="figure-aside">{aside}</div> : null}
        </div>
        {legend}
        <figcaption>
          <span className="figure-caption">{caption}</span>
          {live ? <span className="figure-live"> {live}</span> : null}
          {notice ? <span className="figure-notice" data-notice=""> {notice}</span> : null}
        </figcaption>
      </figure>
      <FigureTable summary={common.showData} caption={title} table={table} keep={keepServerDrawing} />
    </section>
  );
}

/**
 * The "show data" table, one render behind the chart: a control's step paints the chart first, and the rows
 * (built and parsed as HTML, open or not) follow in a deferred render that the next step can interrupt. While
 * `keep` (the server's cells are current) and until the first deferred render after it, the server's cells stay.
 */
export function FigureTable({ summary, caption, table, keep }: { summary: string; caption: string; table: FigureFrameProps["table"]; keep: boolean }) {
  const later = useDeferredValue(keep ? null : table);
  // the same element while the table is behind: React leaves the cells alone
  return useMemo(() => <DataTable summary={summary} caption={caption} columns={later?.columns ?? []} rows={later && later.rows()} />, [summary, caption, later]);
}

/** Renders a `{slot}` template with React nodes in the slots (live numbers inside a sentence). */
export function Sentence({ template, slots }: { template: string; slots: Record<string, ReactNode> }) {
  return (
    <>
      {splitTemplate(template).map((part, i) =>
        "text" in part ? <span key={i}>{part.text}</span> : <span key={i}>{slots[part.slot] ?? `{${part.slot}}`}</span>,
      )}
    </>
  );
}
