import type { ScaleLinear } from "d3-scale";
import type { Frame } from "./geometry";

interface AxisProps {
  scale: ScaleLinear<number, number>;
  frame: Frame;
  label: string;
  format: (value: number) => string;
  ticks?: number;
}

/** Left value axis with horizontal grid lines and a unit label. */
export function AxisLeft({ scale, frame, label, format, ticks = 5 }: AxisProps) {
  const x0 = frame.margin.left;
  const x1 = frame.width - frame.margin.right;
  return (
    <g className="axis axis-left" aria-hidden="true">
      {scale.ticks(ticks).map((tick) => (
        <g key={tick} transform={`translate(0,${scale(tick)})`}>
          <line className={tick === 0 ? "grid grid-zero" : "grid"} x1={x0} x2={x1} />
          <text x={x0 - 6} dy="0.32em" textAnchor="end">
            {format(tick)}
          </text>
        </g>
      ))}
      <text className="axis-label" x={x0} y={frame.margin.top - 12} textAnchor="start">
        {label}
      </text>
    </g>
  );
}

/** Right value axis for a second unit (no grid). */
export function AxisRight({ scale, frame, label, format, ticks = 5 }: AxisProps) {
  const x = frame.width - frame.margin.right;
  return (
    <g className="axis axis-right" aria-hidden="true">
      {scale.ticks(ticks).map((tick) => (
        <text key={tick} x={x + 6} y={scale(tick)} dy="0.32em" textAnchor="start">
          {format(tick)}
        </text>
      ))}
      <text className="axis-label" x={x} y={frame.margin.top - 12} textAnchor="end">
        {label}
      </text>
    </g>
  );
}

interface BottomProps {
  x: (i: number) => number;
  frame: Frame;
  ticks: ReadonlyArray<{ at: number; text: string }>;
  label: string;
}

/** Bottom axis for quarters or any positions given as (x, text) ticks. */
export function AxisBottom({ x, frame, ticks, label }: BottomProps) {
  const y = frame.height - frame.margin.bottom;
  return (
    <g className="axis axis-bottom" aria-hidden="true">
      <line className="axis-line" x1={frame.margin.left} x2={frame.width - frame.margin.right} y1={y} y2={y} />
      {ticks.map((tick) => {
        const at = x(tick.at);
        // a label at the plot's left edge starts there, clear of the value axis's lowest label
        const anchor = at <= frame.margin.left + 0.5 ? "start" : "middle";
        return (
          <g key={tick.at} transform={`translate(${at},${y})`}>
            <line className="tick" y2={5} />
            <text y={18} textAnchor={anchor}>
              {tick.text}
            </text>
          </g>
        );
      })}
      {label ? (
        <text className="axis-label" x={frame.width - frame.margin.right} y={frame.height - 6} textAnchor="end">
          {label}
        </text>
      ) : null}
    </g>
  );
}
