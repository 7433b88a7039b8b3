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
