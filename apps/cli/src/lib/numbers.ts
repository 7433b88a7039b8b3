import type { Cell } from "./document.js";
import type { Currency, Lang } from "./context.js";

/** Formatters for the human formats; money always goes through the model's formatMoney. */
export interface Formatters {
  money: (value: Cell) => string;
  percent: (value: Cell) => string;
  ratio: (value: Cell) => string;
  number: (value: Cell) => string;
}

type FormatMoney = (usdBn: number, opts: { currency: Currency; lang: Lang; fxJpyPerUsd: number }) => string;

const isNumber = (v: Cell): v is number => typeof v === "number" && Number.isFinite(v);

export function formatters(
  formatMoney: FormatMoney,
  options: { lang: Lang; currency: Currency; fxJpyPerUsd: number; ratioCap?: number },
): Formatters {
  const money = { lang: options.lang, currency: options.currency, fxJpyPerUsd: options.fxJpyPerUsd };
  const cap = options.ratioCap ?? Number.POSITIVE_INFINITY;
  return {
    money: (v) => (isNumber(v) ? formatMoney(v, money) : "–"),
    percent: (v) => (isNumber(v) ? `${(v * 100).toFixed(1)}%` : "–"),
    // the model caps ratios (no interest to cover gives a large finite cover, never Infinity)
    ratio: (v) => (isNumber(v) ? (v >= cap ? `≥${cap}x` : `${v.toFixed(2)}x`) : "–"),
    number: (v) => (isNumber(v) ? plainNumber(v) : v === null ? "–" : String(v)),
  };
}

/** A number without float noise or padding zeros: 12, 0.68, 1234.6, 0.0123. */
export function plainNumber(v: number): string {
  if (Number.isInteger(v)) return String(v);
  return String(Number(v.toPrecision(Math.abs(v) >= 1000 ? 6 : 4)));
}
