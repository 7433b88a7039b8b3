import { scaleLinear, type ScaleLinear } from "d3-scale";
import { area, line, stack, stackOrderNone, stackOffsetNone } from "d3-shape";

/** The drawing box of a chart: outer size in SVG units and the margins around the plot. */
export interface Frame {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

export const defaultFrame: Frame = { width: 640, height: 300, margin: { top: 28, right: 56, bottom: 44, left: 64 } };

export function innerWidth(frame: Frame): number {
  return frame.width - frame.margin.left - frame.margin.right;
}

export function innerHeight(frame: Frame): number {
  return frame.height - frame.margin.top - frame.margin.bottom;
}

/** x scale over quarter indices 0..n-1 filling the plot width. */
export function quarterScale(count: number, frame: Frame): ScaleLinear<number, number> {
  return scaleLinear()
    .domain([0, Math.max(1, count - 1)])
    .range([frame.margin.left, frame.width - frame.margin.right]);
}

/** y scale from a value domain (always including zero) to the plot height, rounded to nice ticks. */
export function valueScale(values: readonly number[], frame: Frame, opts: { includeZero?: boolean } = {}): ScaleLinear<number, number> {
  const finite = values.filter((v) => Number.isFinite(v));
  let lo = finite.length ? Math.min(...finite) : 0;
  let hi = finite.length ? Math.max(...finite) : 1;
  if (opts.includeZero !== false) {
    lo = Math.min(0, lo);
    hi = Math.max(0, hi);
  }
  if (lo === hi) hi = lo + 1;
  return scaleLinear()
    .domain([lo, hi])
    .range([frame.height - frame.margin.bottom, frame.margin.top])
    .nice(5);
}

/** Indices of quarter labels to tick on the x axis: the first quarter of each year, thinned to fit. */
export function quarterTicks(labels: readonly string[], maxTicks = 8): number[] {
  const firsts = labels.flatMap((label, i) => (/Q1$/.test(label) ? [i] : []));
  const base = firsts.length > 0 ? firsts : labels.map((_, i) => i);
  const step = Math.max(1, Math.ceil(base.length / maxTicks));
  return base.filter((_, i) => i % step === 0);
}

/** The tick text for a quarter: the year for a first quarter, else the full label. */
export function quarterTickLabel(label: string): string {
  return /Q1$/.test(label) ? label.slice(0, 4) : label;
}

/** SVG path of a line through (x, y) points; gaps where y is not finite. */
export function linePath(points: ReadonlyArray<readonly [number, number]>): string {
  return (
    line<readonly [number, number]>()
      .defined((p) => Number.isFinite(p[0]) && Number.isFinite(p[1]))
      .x((p) => p[0])
      .y((p) => p[1])(points) ?? ""
  );
}

export interface StackLayer {
  key: string;
  /** [lower, upper] per index, in data units. */
  bands: Array<[number, number]>;
}

/** Stacks series (one value per quarter each) on top of each other, in the given order. */
export function stackLayers(series: ReadonlyArray<{ key: string; values: readonly number[] }>): StackLayer[] {
  const length = Math.max(0, ...series.map((s) => s.values.length));
  const rows = Array.from({ length }, (_, i) => {
    const row: Record<string, number> = {};
    for (const s of series) {
      const v = s.values[i];
      row[s.key] = v !== undefined && Number.isFinite(v) ? Math.max(0, v) : 0;
    }
    return row;
  });
  const layers = stack<Record<string, number>>()
    .keys(series.map((s) => s.key))
    .order(stackOrderNone)
    .offset(stackOffsetNone)(rows);
  return layers.map((layer) => ({ key: layer.key, bands: layer.map((point) => [point[0], point[1]] as [number, number]) }));
}

/** SVG path of the area between a band's lower and upper edges. */
export function bandPath(
  bands: ReadonlyArray<readonly [number, number]>,
  x: (i: number) => number,
  y: (v: number) => number,
  defined: (i: number) => boolean = () => true,
): string {
  return (
    area<readonly [number, number]>()
      .defined((_, i) => defined(i))
      .x((_, i) => x(i))
      .y0((b) => y(b[0]))
      .y1((b) => y(b[1]))(bands) ?? ""
  );
}

/** Largest upper edge of a stack, for the y domain. */
export function stackMax(layers: readonly StackLayer[]): number {
  let max = 0;
  for (const layer of layers) for (const [, hi] of layer.bands) max = Math.max(max, hi);
  return max;
}
