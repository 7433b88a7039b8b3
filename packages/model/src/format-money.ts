/** Options for {@link formatMoney}. */
export interface FormatMoneyOptions {
  currency: "usd" | "jpy";
  lang: "ja" | "en";
  /** Yen per dollar, used when `currency` is "jpy". */
  fxJpyPerUsd: number;
}

function trimmed(x: number, digits: number): string {
  return x.toFixed(digits).replace(/\.0+$/, "");
}

/** Japanese style: whole numbers from 10 of a unit up, one decimal below ("290億ドル", "4.5兆円"). */
function ja(value: number, units: ReadonlyArray<readonly [number, string]>, suffix: string): string {
  const abs = Math.abs(value);
  // Nothing is "0万円": a zero has no scale unit.
  if (abs < 0.5) return `0${suffix}`;
  const sign = value < 0 ? "-" : "";
  for (const [size, name] of units) {
    if (abs >= size * 0.9995 || size === units[units.length - 1]?.[0]) {
      const x = abs / size;
      return `${sign}${x >= 10 ? Math.round(x).toString() : trimmed(x, 1)}${name}${suffix}`;
    }
  }
  return `${sign}${Math.round(abs)}${suffix}`;
}

/**
 * Format an amount in USD billions for display, in dollars or yen, Japanese or English style.
 *
 * @param usdBn - amount in USD billions
 * @param opts - currency, language and the JPY/USD rate
 * @returns e.g. "290億ドル", "4.5兆円", "$29.0bn", "¥4.5tn"
 * @example
 * formatMoney(29, { currency: "usd", lang: "ja", fxJpyPerUsd: 155 }); // "290億ドル"
 * formatMoney(29, { currency: "jpy", lang: "ja", fxJpyPerUsd: 155 }); // "4.5兆円"
 * formatMoney(29, { currency: "usd", lang: "en", fxJpyPerUsd: 155 }); // "$29.0bn"
 * formatMoney(0, { currency: "jpy", lang: "ja", fxJpyPerUsd: 155 }); // "0円"
 */
export function formatMoney(usdBn: number, opts: FormatMoneyOptions): string {
  if (!Number.isFinite(usdBn)) return "—";
  if (opts.currency === "usd") {
    const usd = usdBn * 1e9;
    if (opts.lang === "ja") {
      return ja(usd, [[1e12, "兆"], [1e8, "億"], [1e4, "万"]], "ドル");
    }
    const abs = Math.abs(usd);
    // an amount that rounds to nothing is "$0", not "-$0"
    const sign = usd < 0 && Math.round(abs) > 0 ? "-" : "";
    if (abs >= 0.9995e12) return `${sign}$${(abs / 1e12).toFixed(1)}tn`;
    if (abs >= 0.9995e9) return `${sign}$${(abs / 1e9).toFixed(1)}bn`;
    if (abs >= 0.9995e6) return `${sign}$${(abs / 1e6).toFixed(1)}m`;
    if (abs >= 1e3) return `${sign}$${trimmed(abs / 1e3, 1)}k`;
    return `${sign}$${Math.round(abs)}`;
  }
  const yen = usdBn * 1e9 * opts.fxJpyPerUsd;
  if (opts.lang === "ja") return ja(yen, [[1e12, "兆"], [1e8, "億"], [1e4, "万"]], "円");
  const abs = Math.abs(yen);
  const sign = yen < 0 && Math.round(abs) > 0 ? "-" : "";
  if (abs >= 0.9995e12) return `${sign}¥${(abs / 1e12).toFixed(1)}tn`;
  if (abs >= 0.9995e9) return `${sign}¥${(abs / 1e9).toFixed(1)}bn`;
  if (abs >= 0.9995e6) return `${sign}¥${(abs / 1e6).toFixed(1)}m`;
  return `${sign}¥${Math.round(abs).toLocaleString("en-US")}`;
}
