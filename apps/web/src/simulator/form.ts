import { formatDecimal } from "@/lib/number-format";
import type { Unit } from "@aidebt/model";
import type { ParamField } from "./schema";

/** Units shown as percentages (the value 0.25 reads "25%"). */
const PERCENT_UNITS: ReadonlySet<Unit> = new Set<Unit>(["share", "annual-rate", "relative-change"]);

/** How a value is shown: shares and rates as percentages, the rest as plain numbers. */
export type Display = "percent" | "number";

export function displayOf(field: ParamField): Display {
  return PERCENT_UNITS.has(field.unit) ? "percent" : "number";
}

/** A round step (1, 2 or 5 × a power of ten) close to `raw`. */
export function niceStep(raw: number): number {
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const unit = raw / power;
  const mult = unit < 1.5 ? 1 : unit < 3.5 ? 2 : unit < 7.5 ? 5 : 10;
  return Number((mult * power).toPrecision(12));
}

/** The next round number at or above `x` (for slider windows). */
export function niceCeil(x: number): number {
  if (!(x > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(x));
  for (const m of [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (m * power >= x - 1e-12) return Number((m * power).toPrecision(12));
  return 10 * power;
}

/** Spans wider than this (in the field's unit) get a slider window around the preset value. */
const WIDE_SPAN = 1000;

/**
 * The slider's range for a field. It is the schema's allowed range, except for very wide money ranges
 * (0 to 1,000,000 $bn), where the slider covers a window up to a round number above 3× the preset value
 * (or the current value, whichever is larger); the number box beside it still accepts the whole range.
 */
export function sliderRange(field: ParamField, presetValue: number, current = presetValue): { min: number; max: number; step: number } {
  const span = field.max - field.min;
  const { min } = field;
  let { max } = field;
  if (span > WIDE_SPAN) {
    const anchor = Math.max(Math.abs(presetValue), Math.abs(current), 1);
    max = Math.min(field.max, Math.max(niceCeil(anchor * 3), field.min + 1));
    if (current > max) max = Math.min(field.max, niceCeil(current));
    // A window's step is 1 or 5 × 10^k: Chromium's range input does not step by keyboard from 20 by 0.2
    // (its step alignment floors 20.2 ÷ 0.2 = 100.999… back to 20), and the window's values are round numbers.
    if (field.kind !== "integer") {
      const raw = stepOf(field, max - min);
      const power = 10 ** Math.floor(Math.log10(raw));
      return { min, max, step: Number(((raw / power > 1 ? 5 : 1) * power).toPrecision(12)) };
    }
  }
  return { min, max, step: stepOf(field, max - min) };
}

/** Step of a field's controls: 1 for integers, 0.5 percentage points for rates, 1% for shares, else ~1/200 of the span. */
export function stepOf(field: ParamField, span = field.max - field.min): number {
  if (field.kind === "integer") return 1;
  if (field.unit === "annual-rate" || field.unit === "relative-change") return 0.0025;
  if (field.unit === "share") return 0.01;
  return niceStep(span / 200);
}

/** Decimals needed to show values on a step grid. */
export function decimalsOf(step: number): number {
  for (let d = 0; d < 10; d++) {
    const scaled = step * 10 ** d;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-9) return d;
  }
  return 10;
}

/** Clamps to [min, max] and snaps to the step grid anchored at min (no float dust). */
export function clampSnap(value: number, min: number, max: number, step: number): number {
  const clamped = Math.min(max, Math.max(min, value));
  const snapped = min + Math.round((clamped - min) / step) * step;
  return Number(Math.min(max, snapped).toFixed(decimalsOf(step) + 2));
}

export type InputCheck = { ok: true; value: number } | { ok: false; reason: "empty" | "not-a-number" | "not-integer" | "too-small" | "too-large" };

/** Checks what a reader typed into a number box against the field's schema range (no clamping). */
export function checkInput(raw: string, field: ParamField): InputCheck {
  const text = raw.trim().replace(/,/g, "");
  if (text === "") return { ok: false, reason: "empty" };
  const value = Number(text);
  if (!Number.isFinite(value)) return { ok: false, reason: "not-a-number" };
  if (field.kind === "integer" && !Number.isInteger(value)) return { ok: false, reason: "not-integer" };
  if (value < field.min) return { ok: false, reason: "too-small" };
  if (value > field.max) return { ok: false, reason: "too-large" };
  return { ok: true, value };
}

/** Formats a value for the field's output next to its slider (the same in both languages: lib/number-format). */
export function formatValue(value: number, field: ParamField): string {
  if (!Number.isFinite(value)) return "–";
  if (displayOf(field) === "percent") {
    return formatDecimal(value, { percent: true, maximumFractionDigits: 2 });
  }
  const digits = field.kind === "integer" ? 0 : Math.min(4, decimalsOf(stepOf(field)) + 1);
  return formatDecimal(value, { maximumFractionDigits: digits });
}

/** The quarter labels of a horizon: ["2025Q1", "2025Q2", …], from the model's quarter arithmetic. */
export { quarterLabels } from "@aidebt/model";
