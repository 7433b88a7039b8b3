import type { BandTuple } from "../analysis/jobs";

/**
 * A Monte Carlo band as two of SeriesChart's bands: the 5–95% range, and the 25–75% range drawn darker over it
 * (each tuple is the 5th, 25th, 50th, 75th and 95th percentile of one quarter).
 */
export function percentileBands(tuples: readonly BandTuple[], axis: (v: number) => number, labels: { p5p95: string; p25p75: string }) {
  return [
    { key: "p5", label: labels.p5p95, className: "fill-c1 band-outer", values: tuples.map((b) => [axis(b[0]), axis(b[4])] as const) },
    { key: "p25", label: labels.p25p75, className: "fill-c1 band-inner", values: tuples.map((b) => [axis(b[1]), axis(b[3])] as const) },
  ];
}
