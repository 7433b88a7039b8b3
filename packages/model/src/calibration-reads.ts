/**
 * The data rows of @aidebt/data behind a calibrated preset: every row its calibration read, and the rows each
 * parameter was computed from, with their dates (what the no-look-ahead test checks) and sources. A module of
 * its own so that front ends that only run presets do not ship the rows.
 */
import type { DataRead } from "./calibrated.js";
import { CALIBRATION_READS, READS } from "./generated/reads-data.js";

export type { DataRead } from "./calibrated.js";

/**
 * The rows a calibrated preset read, or undefined for a preset that is not calibrated from data.
 *
 * @example
 * calibrationReads("meta-2024")?.byParameter["sponsor.cash"]?.[0]?.period; // "2024Q4"
 */
export function calibrationReads(presetId: string): { reads: DataRead[]; byParameter: Record<string, DataRead[]> } | undefined {
  const packed = CALIBRATION_READS[presetId === "base" ? "meta" : presetId];
  if (!packed) return undefined;
  const rows = (indices: readonly number[]) => indices.map((i) => READS[i]!);
  return { reads: rows(packed.all), byParameter: Object.fromEntries(Object.entries(packed.byParameter).map(([path, indices]) => [path, rows(indices)])) };
}
