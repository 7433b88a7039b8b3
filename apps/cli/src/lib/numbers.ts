import type { Currency } from "./context.js";
import type { Cell } from "./document.js";
import type { Unit } from "./units.js";
import type { Lang } from "../i18n/lang.js";
import { messages } from "../i18n/labels.js";

/** Formatters for the human formats; money always goes through the model's formatMoney. */
export interface Formatters {
  money: (value: Cell) => string;
  percent: (value: Cell) => string;
  ratio: (value: Cell) => string;
  number: (value: Cell) => string;
  /** A value (a level) of the given unit, e.g. `$3.0bn`, `27.8%`, `1.23x`, `11`, `yes`, `runs on debt`. */
  unit: (unit: Unit | undefined) => (value: Cell) => string;
  /**
   * A difference of two values of the given unit: signed, shares and rates in percentage points, "=" for no
   * difference, never a signed zero.
   */
  delta: (unit: Unit | undefined) => (value: Cell) => string;
}

type FormatMoney = (usdBn: number, opts: { currency: Currency; lang: Lang; fxJpyPerUsd: number }) => string;

const isNumber = (v: Cell): v is number => typeof v === "number" && Number.isFinite(v);

export function formatters(
  formatMoney: FormatMoney,
  options: { lang: Lang; currency: Currency; fxJpyPerUsd: number; ratioCap?: number },
): Formatters {
  const m = messages(options.lang);
  const moneyOptions = { lang: options.lang, currency: options.currency, fxJpyPerUsd: options.fxJpyPerUsd };
  const cap = options.ratioCap ?? Number.POSITIVE_INFINITY;
  const missing = (v: Cell): string => (v === null || typeof v === "number" ? "–" : String(v));
  const money = (v: Cell): string => (isNumber(v) ? formatMoney(v, moneyOptions) : missing(v));
  const percent = (v: Cell): string => (isNumber(v) ? `${(v * 100).toFixed(1)}%` : missing(v));
  // the model caps ratios (no interest to cover gives a large finite cover, never Infinity)
  const ratio = (v: Cell): string => (isNumber(v) ? (v >= cap ? `≥${cap}x` : `${v.toFixed(2)}x`) : missing(v));
  const number = (v: Cell): string => (isNumber(v) ? plainNumber(v) : missing(v));
  const integer = (v: Cell): string => (isNumber(v) ? String(Math.round(v)) : missing(v));
  const flag = (v: Cell): string => (v === true || v === 1 ? m.yes : v === false || v === 0 ? m.no : missing(v));
  const cls = (v: Cell): string => (typeof v === "string" ? (m.classValue[v] ?? v) : missing(v));

  const unit = (u: Unit | undefined): ((v: Cell) => string) => {
    switch (u) {
      case "usd-bn":
        return money;
      case "usd-bn-per-gw":
        return (v) => (isNumber(v) ? `${money(v)}/GW` : missing(v));
      case "usd-bn-per-gw-year":
        return (v) => (isNumber(v) ? `${money(v)}${m.perGwYear}` : missing(v));
      case "share":
      case "annual-rate":
        return percent;
      case "relative-change":
        return (v) => (isNumber(v) ? `${v > 0 ? "+" : ""}${percent(v)}` : missing(v));
      case "ratio":
      case "turns":
        return ratio;
      case "quarters":
      case "quarter-index":
      case "count":
        return integer;
      case "gw":
        return (v) => (isNumber(v) ? `${plainNumber(v)} GW` : missing(v));
      case "flag":
        return flag;
      case "class":
        return cls;
      default:
        return number;
    }
  };

  /** `+1.2`, `-0.4`, and `0` (never `+0.0` or `-0.0`) when the rounded difference is nothing. */
  const signed = (text: string, v: number): string => (/[1-9]/.test(text) ? `${v > 0 ? "+" : "-"}${text}` : text.replace(/^-/, ""));
  const delta = (u: Unit | undefined): ((v: Cell) => string) => {
    const level = unit(u);
    return (v) => {
      if (!isNumber(v)) return missing(v);
      if (v === 0) return "=";
      switch (u) {
        case "share":
        case "annual-rate":
        case "relative-change":
          return `${signed((Math.abs(v) * 100).toFixed(1), v)} ${m.points}`;
        case "usd-bn":
          return signed(money(Math.abs(v)), v);
        case "ratio":
        case "turns":
          return signed(`${Math.abs(v).toFixed(2)}x`, v);
        case "flag":
        case "class":
          return "≠";
        default:
          return signed(level(Math.abs(v)), v);
      }
    };
  };

  return { money, percent, ratio, number, unit, delta };
}

/** A number without float noise or padding zeros: 12, 0.68, 1234.6, 0.0123. */
export function plainNumber(v: number): string {
  if (Number.isInteger(v)) return String(v);
  return String(Number(v.toPrecision(Math.abs(v) >= 1000 ? 6 : 4)));
}
