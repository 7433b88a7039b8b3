import type { Lang } from "@/messages/types";

/**
 * Money on axes: the model's USD billions shown as 億ドル (×10) in Japanese and $bn in English. A plain
 * change of unit, no exchange rate involved; tables and sentences use the model's formatMoney.
 */
export function moneyAxisValue(usdBn: number, lang: Lang): number {
  return lang === "ja" ? usdBn * 10 : usdBn;
}

// Building an Intl.NumberFormat costs far more than formatting with one, and a figure formats hundreds of
// table cells and ticks per render: one formatter per language, style and number of decimals.
const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, style: "decimal" | "percent", digits: number): Intl.NumberFormat {
  const key = `${lang} ${style} ${digits}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang === "ja" ? "ja-JP" : "en-US", { style, maximumFractionDigits: digits });
    formatters.set(key, format);
  }
  return format;
}

/** A tick number, grouped for the language, with at most `digits` decimals. */
export function formatNumber(value: number, lang: Lang, digits = 0): string {
  return numberFormat(lang, "decimal", digits).format(value);
}

/** A ratio (0.25) as a percentage ("25%"). */
export function formatPercent(ratio: number, lang: Lang, digits = 0): string {
  if (!Number.isFinite(ratio)) return "–";
  return numberFormat(lang, "percent", digits).format(ratio);
}

/** A multiple such as a DSCR, written with the language's template (`{n}倍`, `{n}x`). */
export function formatMultiple(value: number, lang: Lang, template: string): string {
  if (!Number.isFinite(value)) return "–";
  return template.replace("{n}", formatNumber(value, lang, 2));
}
