"use client";

import { useRef, type KeyboardEvent, type PointerEvent } from "react";
import type { Frame } from "@/components/chart/geometry";

/** Width of the handle's grab band, in the chart's units. */
const HIT = 40;

/**
 * Fig 5's shock marker as a handle the reader drags along the time axis (or moves with the arrow keys): it snaps
 * to the quarters the shock may take and hands the chosen one to the figure, as its select does. The select
 * stays for those who prefer a list; both write the same state. Loaded once the reader turns to a figure.
 */
export function ShockHandle({
  x,
  frame,
  labels,
  allowed,
  value,
  label,
  onChange,
}: {
  x: (i: number) => number;
  frame: Frame;
  labels: readonly string[];
  /** The quarters the shock may take, in time order. */
  allowed: readonly string[];
  value: string;
  label: string;
  onChange: (quarter: string) => void;
}) {
  const dragging = useRef(false);
  const at = labels.indexOf(value);
  const choices = allowed.filter((q) => labels.includes(q));
  if (at < 0 || choices.length === 0) return null;
  const cx = x(at);

  // the allowed quarter nearest to a point of the chart (SVG user units)
  const nearest = (px: number): string => {
    let best = choices[0]!;
    for (const q of choices) if (Math.abs(x(labels.indexOf(q)) - px) < Math.abs(x(labels.indexOf(best)) - px)) best = q;
    return best;
  };
  const pick = (quarter: string) => {
    if (quarter !== value) onChange(quarter);
  };
  const toSvgX = (event: PointerEvent<SVGGElement>): number | null => {
    const svg = event.currentTarget.ownerSVGElement;
    const matrix = svg?.getScreenCTM();
    if (!svg || !matrix) return null;
    return new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse()).x;
  };
  const onPointerDown = (event: PointerEvent<SVGGElement>) => {
    dragging.current = true;
    event.currentTarget.setPointerCapture(event.pointerId);
    event.preventDefault();
  };
  const onPointerMove = (event: PointerEvent<SVGGElement>) => {
    if (!dragging.current) return;
    const px = toSvgX(event);
    if (px !== null) pick(nearest(px));
  };
  const onPointerUp = (event: PointerEvent<SVGGElement>) => {
    dragging.current = false;
    if (event.currentTarget.hasPointerCapture(event.pointerId)) event.currentTarget.releasePointerCapture(event.pointerId);
  };
  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    const i = choices.indexOf(value);
    const to = { ArrowLeft: i - 1, ArrowDown: i - 1, ArrowRight: i + 1, ArrowUp: i + 1, Home: 0, End: choices.length - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    pick(choices[Math.max(0, Math.min(choices.length - 1, to))]!);
  };

  return (
    <g
      className="shock-handle"
      role="slider"
      tabIndex={0}
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={choices.length - 1}
      aria-valuenow={Math.max(0, choices.indexOf(value))}
      aria-valuetext={value}
      data-quarter={value}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
    >
      {/* a band wide enough to grab (40 units: about 22 px where a phone draws the chart at half size), and a
          visible grip at the top of the marker */}
      <rect className="shock-handle-hit" x={cx - HIT / 2} y={frame.margin.top} width={HIT} height={frame.height - frame.margin.top - frame.margin.bottom} />
      <path className="shock-handle-grip" d={`M${cx - 7},${frame.margin.top - 12} h14 v6 l-7,7 l-7,-7 z`} />
    </g>
  );
}
