import type { ReactNode } from "react";
import type { Frame } from "./geometry";

/**
 * Where a chart's values are read on hover and focus (./readout.ts): `count` positions evenly spaced from x0 to x1
 * (SVG units), position i being row `firstRow + i` of the data table in the chart's section.
 */
export interface ChartReadout {
  count: number;
  x0: number;
  x1: number;
  firstRow?: number;
}

/** The readout of a chart over positions 0..count-1 drawn at x(i): a quarterly chart and its table's rows. */
export function readoutOver(count: number, x: (i: number) => number, firstRow = 0): ChartReadout {
  return { count, x0: x(0), x1: x(Math.max(0, count - 1)), firstRow };
}

interface ChartProps {
  frame: Frame;
  /** Accessible name of the chart; the data table under it carries the numbers. */
  label: string;
  children: ReactNode;
  className?: string;
  /** Values on hover and focus, read from the data table: the chart becomes a stop of the Tab key. */
  readout?: ChartReadout;
  /**
   * The chart holds a control of its own (figure 5's shock handle): it is a group rather than an image, whose
   * children assistive technology would not reach.
   */
  holdsControl?: boolean;
}

/** The SVG canvas of a figure: scales with the column width, keeps its aspect ratio. */
export function Chart({ frame, label, children, className, readout, holdsControl }: ChartProps) {
  return (
    <svg
      className={className ? `chart ${className}` : "chart"}
      viewBox={`0 0 ${frame.width} ${frame.height}`}
      role={holdsControl ? "group" : "img"}
      aria-label={label}
      preserveAspectRatio="xMidYMid meet"
      {...(readout
        ? { tabIndex: 0, "data-readout": `${readout.count} ${round(readout.x0)} ${round(readout.x1)} ${readout.firstRow ?? 0}` }
        : {})}
    >
      {children}
    </svg>
  );
}

export interface LegendItem {
  key: string;
  label: string;
  /** CSS class that colours the swatch (the same class as the series). */
  className: string;
  shape?: "box" | "line" | "dash";
}

const round = (v: number) => Math.round(v * 100) / 100;

/** Legend as an HTML list (readable, wraps on narrow screens). */
export function Legend({ items }: { items: readonly LegendItem[] }) {
  return (
    <ul className="legend">
      {items.map((item) => (
        <li key={item.key}>
          <svg width="18" height="10" aria-hidden="true" className="legend-swatch">
            {item.shape === "line" || item.shape === "dash" ? (
              <line x1="0" x2="18" y1="5" y2="5" className={`${item.className} ${item.shape}`} />
            ) : (
              <rect width="18" height="10" rx="2" className={item.className} />
            )}
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
}
