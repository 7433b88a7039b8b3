import { formatDecimal } from "@/lib/number-format";
import type { Lang } from "@/messages/types";

/**
 * Money on axes: the model's USD billions shown as 億ドル (×10) in Japanese and $bn in English. A plain
 * change of unit, no exchange rate involved; tables and sentences use the model's formatMoney.
 */
export function moneyAxisValue(usdBn: number, lang: Lang): number {
  return lang === "ja" ? usdBn * 10 : usdBn;
}

// Japanese and English write these numbers alike ("1,234.5", "25%"): `lang` stays in the signatures because
// callers format for a language, and lib/number-format explains why it is not Intl.

/** A tick number, grouped for the language, with at most `digits` decimals. */
export function formatNumber(value: number, lang: Lang, digits = 0): string {
  return formatDecimal(value, { maximumFractionDigits: digits });
}

/** A ratio (0.25) as a percentage ("25%"). */
export function formatPercent(ratio: number, lang: Lang, digits = 0): string {
  if (!Number.isFinite(ratio)) return "–";
  return formatDecimal(ratio, { percent: true, maximumFractionDigits: digits });
}

/** A multiple such as a DSCR, written with the language's template (`{n}倍`, `{n}x`). */
export function formatMultiple(value: number, lang: Lang, template: string): string {
  if (!Number.isFinite(value)) return "–";
  return template.replace("{n}", formatNumber(value, lang, 2));
}

/**
 * The fewest decimals (from `min`) that keep a value on its own side of a bound once rounded: a DSCR of
 * 1.1977 against a covenant of 1.2 needs three ("1.198"), since two would print it at the bound ("1.20").
 */
export function digitsAgainst(value: number, bound: number, min = 2, max = 6): number {
  if (!Number.isFinite(value) || !Number.isFinite(bound)) return min;
  for (let d = min; d < max; d++) {
    const rounded = Number(value.toFixed(d));
    if (rounded < bound === value < bound && rounded > bound === value > bound) return d;
  }
  return max;
}

/** A multiple written with enough digits to show which side of `bound` it lies (see digitsAgainst). */
export function formatMultipleAgainst(value: number, bound: number, lang: Lang, template: string): string {
  if (!Number.isFinite(value)) return "–";
  return template.replace("{n}", formatNumber(value, lang, digitsAgainst(value, bound)));
}
