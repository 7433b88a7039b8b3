/**
 * The shape of a preset calibrated from @aidebt/data at build time (`scripts/presets.ts`): its scenario, the
 * provenance of each parameter with the data rows behind it, and every row the calibration read.
 */
import type { Scenario } from "./scenario.js";

/** A row of @aidebt/data a calibration read: what, about when, its value, and where it was published. */
export interface DataRead {
  table: "company" | "guidance" | "deal" | "series";
  what: string;
  period: string;
  value: number;
  /** Last day of the period the row is about, the day guidance was given, or the deal's or observation's date. */
  asOf: string;
  published: string;
  url: string;
  title: string;
  confidence: string;
}

export interface CalibratedPreset {
  id: string;
  /** The opening balance sheet's date (ISO). */
  opening: string;
  scenario: Scenario;
  provenance: Record<string, { kind: "sourced" | "estimated" | "illustrative"; note: string; reads?: DataRead[] }>;
  reads: DataRead[];
}

/** A calibrated preset as shipped: scenario, provenance notes and the pages its values were read in. */
export interface PackedCalibration {
  id: string;
  opening: string;
  scenario: Scenario;
  /** Each parameter's kind and its note, as an index into the shared table of notes (many presets share one). */
  provenance: Record<string, [kind: "sourced" | "estimated" | "illustrative", note: number]>;
  sources: Array<{ title: string; url: string }>;
}

/** The data rows a calibrated preset read, as indices into the shared table of rows. */
export interface PackedReads {
  all: number[];
  byParameter: Record<string, number[]>;
}
