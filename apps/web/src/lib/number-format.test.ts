import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDecimal, type NumberFormatOptions } from "./number-format";

const seed = Number(process.env.FC_SEED ?? 20261125);

function intl(locale: string, value: number, o: NumberFormatOptions): string {
  return new Intl.NumberFormat(locale, {
    style: o.percent ? "percent" : "decimal",
    ...(o.minimumFractionDigits !== undefined ? { minimumFractionDigits: o.minimumFractionDigits } : {}),
    ...(o.maximumFractionDigits !== undefined ? { maximumFractionDigits: o.maximumFractionDigits } : {}),
    ...(o.signDisplay ? { signDisplay: o.signDisplay } : {}),
  }).format(value);
}

const options: fc.Arbitrary<NumberFormatOptions> = fc
  .record({ min: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }), extra: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }), percent: fc.boolean(), exceptZero: fc.boolean() })
  .map(({ min, extra, percent, exceptZero }) => ({
    ...(min !== undefined ? { minimumFractionDigits: min } : {}),
    ...(extra !== undefined ? { maximumFractionDigits: (min ?? 0) + extra } : {}),
    ...(percent ? { percent: true } : {}),
    ...(exceptZero ? { signDisplay: "exceptZero" as const } : {}),
  }));

// Values the site formats (amounts, ratios, rates, counts) and the awkward ones: halves, long decimals, tiny and huge.
const values = fc.oneof(
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.double({ min: -2, max: 2, noNaN: true }),
  fc.integer({ min: -10_000_000, max: 10_000_000 }).map((n) => n / 1000),
  fc.integer({ min: -100_000, max: 100_000 }).map((n) => n / 8),
  fc.constantFrom(0, -0, 0.5, -0.5, 1.005, 2.675, 0.285, 1e-7, -1e-7, 1e21, 123456789.98765431, 9.9995, 0.0005, Number.MAX_VALUE, Number.MIN_VALUE, Infinity, -Infinity, Number.NaN),
);

describe("formatDecimal", () => {
  it.each(["ja-JP", "en-US"])("writes every number as Intl.NumberFormat(%s) does, for every option the site uses", (locale) => {
    fc.assert(
      fc.property(values, options, (value, o) => {
        expect(formatDecimal(value, o)).toBe(intl(locale, value, o));
      }),
      { seed, numRuns: 5000 },
    );
  });

  it("groups thousands, rounds half away from zero on the shortest decimal form, and signs on request", () => {
    expect(formatDecimal(1234567.891)).toBe("1,234,567.891");
    expect(formatDecimal(1.005, { maximumFractionDigits: 2 })).toBe("1.01");
    expect(formatDecimal(-2.5, { maximumFractionDigits: 0 })).toBe("-3");
    expect(formatDecimal(0.285, { percent: true })).toBe("29%");
    expect(formatDecimal(-0.04, { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: "exceptZero" })).toBe("0.0");
    expect(formatDecimal(12.34, { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: "exceptZero" })).toBe("+12.3");
  });
});
