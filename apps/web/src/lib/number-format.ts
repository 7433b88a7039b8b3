/**
 * Number formatting for the site's two languages, written to give exactly what
 * `new Intl.NumberFormat("ja-JP" | "en-US", options).format(value)` gives (a property test compares them),
 * without Intl.
 *
 * Why not Intl: the first Intl.NumberFormat a page builds loads the browser's ICU number data, 15–35 ms of
 * main-thread time on the test machine, and hydration formats numbers before anything else can run (the
 * simulator's 60 parameters, the figures' controls); under Lighthouse's 4× CPU slowdown that one call was
 * the page's longest task. Japanese and US English write numbers the same way ("1,234.5", "35%"), so one
 * implementation serves both.
 */
export interface NumberFormatOptions {
  /** Default 0. */
  minimumFractionDigits?: number;
  /** Default: 3 for decimals, 0 for percentages (as Intl). */
  maximumFractionDigits?: number;
  /** Multiply by 100 and append "%". */
  percent?: boolean;
  /** "exceptZero": a "+" before positive numbers, no sign on zero (after rounding). Default: "-" on negatives only. */
  signDisplay?: "auto" | "exceptZero";
}

/** The decimal digits of a finite, non-negative number as the shortest round-trip form writes them (as ICU reads a double). */
function shortestDigits(x: number): { digits: string; exponent: number } {
  // String(x) is the shortest representation that reads back as x, e.g. "1.005", "1e-7", "1.5e+21".
  const [mantissa = "0", exp = "0"] = String(x).split("e");
  const [whole = "0", fraction = ""] = mantissa.split(".");
  // value = 0.digits × 10^exponent
  return { digits: whole + fraction, exponent: whole.length + Number(exp) };
}

/** Rounds |value| half away from zero to `max` fraction digits on its decimal digits; returns integer and fraction strings. */
function roundDecimal(digits: string, exponent: number, max: number): { int: string; frac: string } {
  // Place the decimal point: integer part = first `exponent` digits (padded), fraction = the rest.
  const padded = exponent > digits.length ? digits.padEnd(exponent, "0") : exponent < 0 ? "0".repeat(-exponent) + digits : digits;
  const point = Math.max(exponent, 0);
  let int = padded.slice(0, point) || "0";
  let frac = padded.slice(point);
  if (frac.length > max) {
    const roundUp = (frac.charCodeAt(max) - 48) >= 5;
    frac = frac.slice(0, max);
    if (roundUp) {
      // Add one unit in the last kept place, carrying into the integer part when needed.
      const all = (int + frac).split("").map(Number);
      let i = all.length - 1;
      while (i >= 0) {
        const d = (all[i] ?? 0) + 1;
        if (d < 10) {
          all[i] = d;
          break;
        }
        all[i] = 0;
        i--;
      }
      const joined = (i < 0 ? "1" : "") + all.join("");
      int = joined.slice(0, joined.length - frac.length);
      frac = joined.slice(joined.length - frac.length);
    }
  }
  int = int.replace(/^0+(?=\d)/, "");
  return { int, frac };
}

function group(int: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** Formats a number as Intl.NumberFormat does for ja-JP and en-US with these options. */
export function formatDecimal(value: number, options: NumberFormatOptions = {}): string {
  const percent = options.percent === true;
  const min = options.minimumFractionDigits ?? 0;
  const max = Math.max(min, options.maximumFractionDigits ?? (percent ? 0 : 3));
  const negative = value < 0 || Object.is(value, -0);
  const suffix = percent ? "%" : "";
  if (Number.isNaN(value)) return `NaN${suffix}`;
  if (!Number.isFinite(value)) return `${negative ? "-" : options.signDisplay === "exceptZero" ? "+" : ""}∞${suffix}`;
  const { digits, exponent } = shortestDigits(Math.abs(value));
  const rounded = roundDecimal(digits, exponent + (percent ? 2 : 0), max);
  let frac = rounded.frac.replace(/0+$/, "");
  if (frac.length < min) frac = frac.padEnd(min, "0");
  const body = `${group(rounded.int)}${frac ? `.${frac}` : ""}${suffix}`;
  const zero = /^[0,.]*$/.test(rounded.int + rounded.frac);
  if (options.signDisplay === "exceptZero") return zero ? body : `${negative ? "-" : "+"}${body}`;
  return negative ? `-${body}` : body;
}
