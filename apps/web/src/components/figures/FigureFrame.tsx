import { useDeferredValue, useEffect, useMemo, useRef, type ReactNode } from "react";
import { DataTable, type Column } from "@/components/chart/DataTable";
import { useKeepServerMarkup } from "@/lib/use-server-markup";
import { splitTemplate } from "@/messages/types";
import { FigureLayout, type FigureLayoutProps } from "./FigureLayout";

interface FigureTableSpec {
  columns: readonly Column[];
  rows: () => ReadonlyArray<Record<string, string>>;
}

interface FigureFrameProps extends Omit<FigureLayoutProps, "chart" | "dataTable" | "sectionRef" | "hydrated"> {
  /** Draws the chart. Called on the server and once the figure's state has changed, not while hydrating. */
  chart: () => ReactNode;
  /** The "show data" table; `rows` is called a render after `chart` (see FigureTable). */
  table: FigureTableSpec;
  /** True while the figure shows its default state, i.e. what the server drew. */
  pristine: boolean;
}

/**
 * The frame every interactive figure shares (FigureLayout), hydrated: until the reader changes something the
 * server's SVG and table cells are kept as they are; from the first change the figure draws them itself.
 */
export function FigureFrame({ chart, table, pristine, ...layout }: FigureFrameProps) {
  // Marks the figure as interactive (browser tests wait for it before moving a control); set on the element
  // rather than as state so that hydration is not followed by a second render of every figure.
  const section = useRef<HTMLElement>(null);
  useEffect(() => section.current?.setAttribute("data-hydrated", ""), []);
  const keepServerDrawing = useKeepServerMarkup(pristine);
  return (
    <FigureLayout
      {...layout}
      sectionRef={section}
      chart={keepServerDrawing ? null : chart()}
      dataTable={<FigureTable summary={layout.common.showData} caption={layout.title} table={table} keep={keepServerDrawing} />}
    />
  );
}

/**
 * The "show data" table, one render behind the chart: a control's step paints the chart first, and the rows
 * (built and parsed as HTML, open or not) follow in a deferred render that the next step can interrupt. While
 * `keep` (the server's cells are current) and until the first deferred render after it, the server's cells stay.
 */
export function FigureTable({ summary, caption, table, keep }: { summary: string; caption: string; table: FigureTableSpec; keep: boolean }) {
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
