import type { ReactNode } from "react";
import type { Frame } from "./geometry";

interface ChartProps {
  frame: Frame;
  /** Accessible name of the chart; the data table under it carries the numbers. */
  label: string;
  children: ReactNode;
  className?: string;
}

/** The SVG canvas of a figure: scales with the column width, keeps its aspect ratio. */
export function Chart({ frame, label, children, className }: ChartProps) {
  return (
    <svg
      className={className ? `chart ${className}` : "chart"}
      viewBox={`0 0 ${frame.width} ${frame.height}`}
      role="img"
      aria-label={label}
      preserveAspectRatio="xMidYMid meet"
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
