import { AxisBottom, AxisLeft } from "@/components/chart/axes";
import { Chart, Legend, readoutOver } from "@/components/chart/Chart";
import { LazyTable } from "./LazyTable";
import {
  bandPath,
  defaultFrame,
  linePath,
  quarterScale,
  quarterTickLabel,
  quarterTicks,
  stackLayers,
  stackMax,
  valueScale,
} from "@/components/chart/geometry";

export interface Series {
  key: string;
  label: string;
  values: readonly number[];
  /** Colour class shared by the path and its legend swatch (fill-cN for areas, stroke-cN for lines). */
  className: string;
  dashed?: boolean;
}

interface Props {
  id: string;
  title: string;
  caption: string;
  labels: readonly string[];
  /** Stacked areas (drawn first), then lines on top. */
  stacked?: readonly Series[];
  lines?: readonly Series[];
  /** Optional bands [lower, upper] per quarter, drawn under the lines. */
  bands?: ReadonlyArray<{ key: string; label: string; className: string; values: ReadonlyArray<readonly [number, number]> }>;
  yLabel: string;
  xLabel: string;
  format: (value: number) => string;
  tickFormat: (value: number) => string;
  showData: string;
  quarterLabel: string;
  /** Series listed in the data table only (e.g. a total the stacked areas already draw). */
  tableOnly?: ReadonlyArray<{ key: string; label: string; values: readonly number[] }>;
  /** Horizontal reference line (e.g. a covenant). */
  reference?: { value: number; label: string };
  /**
   * The top of the value axis for ratios that can run to thousands (interest cover with almost no interest):
   * lines are drawn at the cap where they are above it, marked at the top edge; the data table keeps the
   * exact values, as the summary does.
   */
  cap?: { value: number; label: string };
}

/** A quarterly chart drawn with the site's chart primitives, with its legend and data table. */
export function SeriesChart({ id, title, caption, labels, stacked = [], lines = [], bands = [], tableOnly = [], yLabel, xLabel, format, tickFormat, showData, quarterLabel, reference, cap }: Props) {
  const frame = defaultFrame;
  const drawn = (v: number) => (cap && !(v <= cap.value) && !Number.isNaN(v) ? cap.value : v);
  const capped = cap ? lines.some((s) => s.values.some((v) => drawn(v) !== v)) : false;
  const x = quarterScale(labels.length, frame);
  const layers = stackLayers(stacked.map((s) => ({ key: s.key, values: s.values })));
  const domain = [
    stackMax(layers),
    ...lines.flatMap((s) => s.values.map(drawn)),
    ...bands.flatMap((b) => b.values.flatMap((v) => [v[0], v[1]])),
    ...(reference ? [reference.value] : []),
  ];
  const y = valueScale(domain, frame);
  const ticks = quarterTicks(labels).map((i) => ({ at: i, text: quarterTickLabel(labels[i] ?? "") }));
  const all = [...stacked, ...lines, ...tableOnly];
  return (
    <section className="figure-block sim-figure" aria-labelledby={`${id}-title`} data-sim-chart={id}>
      <figure>
        <h3 id={`${id}-title`} className="figure-title">
          {title}
        </h3>
        <Chart frame={frame} label={`${title}. ${caption}`} readout={readoutOver(labels.length, x)}>
          <AxisLeft scale={y} frame={frame} label={yLabel} format={tickFormat} />
          <AxisBottom x={x} frame={frame} ticks={ticks} label={xLabel} />
          {bands.map((band) => (
            <path key={band.key} className={`area-soft ${band.className}`} d={bandPath(band.values, x, y)} />
          ))}
          {layers.map((layer, i) => (
            <path key={layer.key} className={`area ${stacked[i]?.className ?? ""}`} d={bandPath(layer.bands, x, y)} />
          ))}
          {lines.map((s) => (
            <path key={s.key} className={`series-line ${s.className}${s.dashed ? " dash" : ""}`} d={linePath(s.values.map((v, i) => [x(i), y(drawn(v))]))} />
          ))}
          {reference ? (
            <g>
              <line className="marker-line" x1={frame.margin.left} x2={frame.width - frame.margin.right} y1={y(reference.value)} y2={y(reference.value)} />
              <text className="marker-text" x={frame.width - frame.margin.right} y={y(reference.value) - 4} textAnchor="end">
                {reference.label}
              </text>
            </g>
          ) : null}
          {cap && capped ? (
            <g data-cap={cap.value}>
              <line className="marker-line dash" x1={frame.margin.left} x2={frame.width - frame.margin.right} y1={y(cap.value)} y2={y(cap.value)} />
              {/* at the right end: the axis's unit label sits at the top left */}
              <text className="marker-text" x={frame.width - frame.margin.right} y={y(cap.value) - 4} textAnchor="end">
                {cap.label}
              </text>
            </g>
          ) : null}
        </Chart>
        <Legend
          items={[
            ...bands.map((b) => ({ key: b.key, label: b.label, className: b.className })),
            ...stacked.map((s) => ({ key: s.key, label: s.label, className: s.className })),
            ...lines.map((s) => ({ key: s.key, label: s.label, className: s.className, shape: s.dashed ? ("dash" as const) : ("line" as const) })),
          ]}
        />
        <figcaption>{caption}</figcaption>
      </figure>
      <LazyTable
        summary={showData}
        caption={title}
        columns={[
          { key: "q", label: quarterLabel },
          ...bands.map((b) => ({ key: b.key, label: b.label, numeric: true })),
          ...all.map((s) => ({ key: s.key, label: s.label, numeric: true })),
        ]}
        rows={() => labels.map((label, i) => {
          const row: Record<string, string> = { q: label };
          for (const b of bands) {
            const v = b.values[i];
            row[b.key] = v ? `${format(v[0])} – ${format(v[1])}` : "–";
          }
          for (const s of all) row[s.key] = format(s.values[i] ?? Number.NaN);
          return row;
        })}
      />
    </section>
  );
}
