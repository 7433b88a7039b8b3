import { formatDecimal } from "@/lib/number-format";
import type { Unit } from "@aidebt/model";
import type { Lang } from "@/messages/types";
import type { ParamField } from "./schema";

/** Units shown as percentages (the value 0.25 reads "25%"). */
const PERCENT_UNITS: ReadonlySet<Unit> = new Set<Unit>(["share", "annual-rate", "relative-change"]);

/** How a value is shown: shares and rates as percentages, the rest as plain numbers. */
export type Display = "percent" | "number";

export function displayOf(field: ParamField): Display {
  return PERCENT_UNITS.has(field.unit) ? "percent" : "number";
}

/** Money units: USD bn in the model, shown in the page's units (億ドル on the Japanese page, $bn on the English). */
const MONEY_UNITS: ReadonlySet<Unit> = new Set<Unit>(["usd-bn", "usd-bn-per-gw", "usd-bn-per-gw-year"]);

/**
 * How a field's value is shown and typed: `shown = model × factor`. Percentages in percent (0.4 → 40),
 * money in the page's units (×10 for 億ドル, as the charts' moneyAxisValue), lives in years (quarters ÷ 4);
 * everything else as the model stores it. The conversion happens only here, at the form's boundary.
 */
export interface ShownUnit {
  factor: number;
  /** What the factor converts to; "model" keeps the model's unit. */
  kind: "percent" | "money" | "years" | "model";
}

/** A life in quarters (GPU, server, building lives), shown in years. */
export function isLife(field: ParamField): boolean {
  return field.unit === "quarters" && /Life(Quarters)?$/.test(field.path);
}

export function shownUnit(field: ParamField, lang: Lang): ShownUnit {
  if (PERCENT_UNITS.has(field.unit)) return { factor: 100, kind: "percent" };
  if (MONEY_UNITS.has(field.unit)) return { factor: lang === "ja" ? 10 : 1, kind: "money" };
  if (isLife(field)) return { factor: 0.25, kind: "years" };
  return { factor: 1, kind: "model" };
}

/** A model value in the field's shown unit, without float dust (0.07 × 100 is 7, not 7.000000000000001). */
export function toShown(value: number, field: ParamField, lang: Lang): number {
  return Number((value * shownUnit(field, lang).factor).toPrecision(12));
}

/** A shown value back in the model's unit. */
export function fromShown(shown: number, field: ParamField, lang: Lang): number {
  return Number((shown / shownUnit(field, lang).factor).toPrecision(12));
}

/** Checks what a reader typed in the field's shown unit ("40" for 40%) and returns the model's value (0.4). */
export function checkShownInput(raw: string, field: ParamField, lang: Lang): InputCheck {
  const text = raw.trim().replace(/,/g, "").replace(/%$/, "").trim();
  if (text === "") return { ok: false, reason: "empty" };
  const shown = Number(text);
  if (!Number.isFinite(shown)) return { ok: false, reason: "not-a-number" };
  const check = checkInput(String(fromShown(shown, field, lang)), field);
  // A life in whole quarters, typed in years: 2.5 years is 10 quarters, 2.6 is not a quarter.
  return !check.ok && check.reason === "not-integer" && shownUnit(field, lang).kind === "years" ? { ok: false, reason: "not-step" } : check;
}

/** Writes a model value as a plain number in the field's shown unit (for the number box: "40", not "40%"). */
export function shownText(value: number, field: ParamField, lang: Lang): string {
  if (!Number.isFinite(value)) return "";
  return String(toShown(value, field, lang));
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

/**
 * The values a field's slider stops at, ascending: its round grid (sliderRange) and every preset's value in
 * that range. A preset's value often is not round (a rate of 4.136% from a filing, a share of 50.7787%), and a
 * grid fine enough to hold them all would take a million key presses to cross; so the slider moves over
 * positions, one stop per position, and every preset's value is a stop of its own.
 */
export function sliderStops(field: ParamField, presetValue: number, current = presetValue): number[] {
  const { min, max, step } = sliderRange(field, presetValue, current);
  const count = Math.floor((max - min) / step + 1e-9);
  const grid = Array.from({ length: count + 1 }, (_, i) => clampSnap(min + i * step, min, max, step));
  const presets = [...(field.presetValues ?? []), presetValue].filter((v) => v >= min && v <= max);
  return [...new Set([...grid, ...presets])].sort((a, b) => a - b);
}

/** The position of the stop nearest to `value` (a typed value between stops shows at its nearest). */
export function stopIndex(stops: readonly number[], value: number): number {
  let lo = 0;
  let hi = stops.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((stops[mid] ?? 0) < value) lo = mid + 1;
    else hi = mid;
  }
  const below = lo > 0 ? lo - 1 : lo;
  return Math.abs((stops[below] ?? 0) - value) <= Math.abs((stops[lo] ?? 0) - value) ? below : lo;
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

export type InputCheck = { ok: true; value: number } | { ok: false; reason: "empty" | "not-a-number" | "not-integer" | "not-step" | "too-small" | "too-large" };

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

/**
 * Formats a value for the field's output next to its slider, in the field's shown unit: "40%" for 0.4,
 * "3,000" 億ドル for 300 $bn on the Japanese page, "2.5" years for 10 quarters (digits: lib/number-format).
 */
export function formatValue(value: number, field: ParamField, lang: Lang): string {
  if (!Number.isFinite(value)) return "–";
  if (displayOf(field) === "percent") {
    return formatDecimal(value, { percent: true, maximumFractionDigits: 2 });
  }
  const { factor } = shownUnit(field, lang);
  const stepDigits = decimalsOf(Number((stepOf(field) * factor).toPrecision(12)));
  const digits = field.kind === "integer" && factor >= 1 ? 0 : Math.min(4, stepDigits + (factor === 1 ? 1 : 0));
  return formatDecimal(toShown(value, field, lang), { maximumFractionDigits: digits });
}

/** The quarter labels of a horizon: ["2025Q1", "2025Q2", …], from the model's quarter arithmetic. */
export { quarterLabels } from "@aidebt/model";
