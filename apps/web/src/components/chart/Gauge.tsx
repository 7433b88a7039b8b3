import { arc } from "d3-shape";

export interface GaugeSegment {
  key: string;
  label: string;
  className: string;
}

interface GaugeProps {
  segments: readonly GaugeSegment[];
  /** Index of the active segment. */
  active: number;
  label: string;
  size?: number;
}

const INNER = 58;
const OUTER = 90;

const arcPath = arc<{ start: number; end: number }>()
  .innerRadius(INNER)
  .outerRadius(OUTER)
  .startAngle((d) => d.start)
  .endAngle((d) => d.end)
  .padAngle(0.02)
  .cornerRadius(3);

/** Angle (radians, 0 = up) of the middle of segment `i` of `n` spread over a half circle. */
export function gaugeAngle(i: number, n: number): number {
  const span = Math.PI / Math.max(1, n);
  return -Math.PI / 2 + span * (i + 0.5);
}

/**
 * Where a segment's label goes. One over the top of the arc stands above it; one down a side is centred under
 * that end of the arc, inside the drawing: set beside the arc and reading outwards, a long label ("キャッシュフロー")
 * ran past the viewBox and was clipped.
 */
export function labelAt(mid: number): { x: number; y: number; textAnchor: "middle" } {
  if (Math.abs(mid) <= 0.3) return { x: Math.sin(mid) * 100, y: -Math.cos(mid) * 100 - 4, textAnchor: "middle" };
  return { x: Math.sign(mid) * ((INNER + OUTER) / 2), y: 20, textAnchor: "middle" };
}

/** A half-circle gauge: one arc per class, a needle pointing at the active one. */
export function Gauge({ segments, active, label, size = 220 }: GaugeProps) {
  const n = segments.length;
  const span = Math.PI / Math.max(1, n);
  const angle = gaugeAngle(active, n);
  const needleX = Math.sin(angle) * 80;
  const needleY = -Math.cos(angle) * 80;
  return (
    <svg className="gauge" viewBox="-130 -124 260 180" width={size} role="img" aria-label={label}>
      {segments.map((segment, i) => {
        const start = -Math.PI / 2 + span * i;
        const mid = start + span / 2;
        return (
          <g key={segment.key} className={i === active ? "gauge-seg active" : "gauge-seg"}>
            <path className={segment.className} d={arcPath({ start, end: start + span }) ?? ""} />
            <text {...labelAt(mid)}>
              {segment.label}
            </text>
          </g>
        );
      })}
      <line className="gauge-needle" x1={0} y1={0} x2={needleX} y2={needleY} />
      <circle className="gauge-hub" r={6} />
      <text className="gauge-value" y={46} textAnchor="middle">
        {segments[active]?.label ?? ""}
      </text>
    </svg>
  );
}
