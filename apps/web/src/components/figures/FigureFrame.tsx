import { useEffect, useRef, type ReactNode } from "react";
import { useKeepServerMarkup } from "@/lib/use-server-markup";
import { splitTemplate } from "@/messages/types";
import { FigureLayout, type FigureLayoutProps } from "./FigureLayout";

interface FigureFrameProps extends Omit<FigureLayoutProps, "chart" | "rows" | "sectionRef" | "hydrated"> {
  /** Draws the chart. Called on the server and once the figure's state has changed, not while hydrating. */
  chart: () => ReactNode;
  /** The "show data" table; `rows` is called when `chart` is. */
  table: FigureLayoutProps["table"] & { rows: () => ReadonlyArray<Record<string, string>> };
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
      table={table}
      chart={keepServerDrawing ? null : chart()}
      rows={keepServerDrawing ? null : table.rows()}
    />
  );
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
