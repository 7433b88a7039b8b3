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

const arcPath = arc<{ start: number; end: number }>()
  .innerRadius(58)
  .outerRadius(90)
  .startAngle((d) => d.start)
  .endAngle((d) => d.end)
  .padAngle(0.02)
  .cornerRadius(3);

/** Angle (radians, 0 = up) of the middle of segment `i` of `n` spread over a half circle. */
export function gaugeAngle(i: number, n: number): number {
  const span = Math.PI / Math.max(1, n);
  return -Math.PI / 2 + span * (i + 0.5);
}

/** A half-circle gauge: one arc per class, a needle pointing at the active one. */
export function Gauge({ segments, active, label, size = 220 }: GaugeProps) {
  const n = segments.length;
  const span = Math.PI / Math.max(1, n);
  const angle = gaugeAngle(active, n);
  const needleX = Math.sin(angle) * 80;
  const needleY = -Math.cos(angle) * 80;
  return (
    <svg className="gauge" viewBox="-130 -124 260 170" width={size} role="img" aria-label={label}>
      {segments.map((segment, i) => {
        const start = -Math.PI / 2 + span * i;
        const mid = start + span / 2;
        return (
          <g key={segment.key} className={i === active ? "gauge-seg active" : "gauge-seg"}>
            <path className={segment.className} d={arcPath({ start, end: start + span }) ?? ""} />
            <text
              x={Math.sin(mid) * 100}
              y={-Math.cos(mid) * 100 - 4}
              textAnchor={mid < -0.3 ? "end" : mid > 0.3 ? "start" : "middle"}
            >
              {segment.label}
            </text>
          </g>
        );
      })}
      <line className="gauge-needle" x1={0} y1={0} x2={needleX} y2={needleY} />
      <circle className="gauge-hub" r={6} />
      <text className="gauge-value" y={32} textAnchor="middle">
        {segments[active]?.label ?? ""}
      </text>
    </svg>
  );
}
