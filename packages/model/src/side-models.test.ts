import { describe, expect, it } from "vitest";
import { H1B_FEE_DEFAULTS, formatMoney, h1bFeeImpact, portfolioRisk } from "./index.js";

describe("formatMoney", () => {
  it("writes an amount that rounds to nothing without a sign, in every language and currency", () => {
    for (const lang of ["en", "ja"] as const) {
      for (const currency of ["usd", "jpy"] as const) {
        const text = formatMoney(-6e-14, { currency, lang, fxJpyPerUsd: 150 });
        expect(text, `${lang} ${currency}`).not.toMatch(/^-/);
      }
    }
    expect(formatMoney(-6e-14, { currency: "usd", lang: "en", fxJpyPerUsd: 150 })).toBe("$0");
    expect(formatMoney(-0.3, { currency: "usd", lang: "en", fxJpyPerUsd: 150 })).toBe("-$300.0m");
  });

  const fx = 155;
  it("writes the article's figures the way the article does", () => {
    expect(formatMoney(29, { currency: "usd", lang: "ja", fxJpyPerUsd: fx })).toBe("290億ドル");
    expect(formatMoney(29, { currency: "jpy", lang: "ja", fxJpyPerUsd: fx })).toBe("4.5兆円");
    expect(formatMoney(29, { currency: "usd", lang: "en", fxJpyPerUsd: fx })).toBe("$29.0bn");
    expect(formatMoney(1800, { currency: "usd", lang: "ja", fxJpyPerUsd: 150 })).toBe("1.8兆ドル");
    expect(formatMoney(1800, { currency: "jpy", lang: "ja", fxJpyPerUsd: 150 })).toBe("270兆円");
    expect(formatMoney(0.0001, { currency: "usd", lang: "ja", fxJpyPerUsd: 150 })).toBe("10万ドル");
    expect(formatMoney(0.0001, { currency: "jpy", lang: "ja", fxJpyPerUsd: 150 })).toBe("1500万円");
  });
  it("handles large, small, negative and non-finite amounts", () => {
    expect(formatMoney(1800, { currency: "usd", lang: "en", fxJpyPerUsd: fx })).toBe("$1.8tn");
    expect(formatMoney(0.45, { currency: "usd", lang: "en", fxJpyPerUsd: fx })).toBe("$450.0m");
    expect(formatMoney(29, { currency: "jpy", lang: "en", fxJpyPerUsd: fx })).toBe("¥4.5tn");
    expect(formatMoney(-12.3, { currency: "usd", lang: "ja", fxJpyPerUsd: fx })).toBe("-123億ドル");
    expect(formatMoney(Number.NaN, { currency: "usd", lang: "en", fxJpyPerUsd: fx })).toBe("—");
  });
  it("writes zero without a scale unit", () => {
    expect(formatMoney(0, { currency: "jpy", lang: "ja", fxJpyPerUsd: fx })).toBe("0円");
    expect(formatMoney(0, { currency: "usd", lang: "ja", fxJpyPerUsd: fx })).toBe("0ドル");
    expect(formatMoney(0, { currency: "usd", lang: "en", fxJpyPerUsd: fx })).toBe("$0");
    expect(formatMoney(-0, { currency: "jpy", lang: "en", fxJpyPerUsd: fx })).toBe("¥0");
  });
});

describe("portfolioRisk (60/40)", () => {
  it("names the mix it measured: stocks' share and the bonds' rest", () => {
    expect(portfolioRisk({ correlation: 0 })).toMatchObject({ stockWeight: 0.6, bondWeight: 0.4 });
    const all = portfolioRisk({ correlation: 0, stockWeight: 1 });
    expect([all.stockWeight, all.bondWeight]).toEqual([1, 0]);
  });

  it("loses its hedge as the stock-bond correlation turns positive", () => {
    const neg = portfolioRisk({ correlation: -0.2 });
    const pos = portfolioRisk({ correlation: 0.65 });
    expect(neg.volatility).toBeCloseTo(Math.sqrt(0.36 * 0.0256 + 0.16 * 0.0049 - 2 * 0.24 * 0.2 * 0.16 * 0.07), 12);
    expect(pos.volatility).toBeGreaterThan(neg.volatility);
    expect(pos.drawdown95).toBeGreaterThan(neg.drawdown95);
    expect(pos.diversificationBenefit).toBeLessThan(neg.diversificationBenefit);
    expect(neg.expectedReturn).toBeCloseTo(0.058, 12);
  });
  it("returns a curve over correlations from -1 to 1, rising monotonically", () => {
    const { curve } = portfolioRisk({ correlation: 0 });
    expect(curve).toHaveLength(21);
    expect(curve[0]!.correlation).toBe(-1);
    for (let i = 1; i < curve.length; i++) expect(curve[i]!.volatility).toBeGreaterThan(curve[i - 1]!.volatility);
  });
});

describe("h1bFeeImpact", () => {
  it("shows how many hires a $100,000 fee costs a startup", () => {
    expect(h1bFeeImpact({ hiringBudgetUsd: 2_000_000 })).toMatchInlineSnapshot(`
      {
        "costPerHireUsd": 195000,
        "costPerHireWithFeeUsd": 295000,
        "feeShareOfCost": 0.3389830508474576,
        "feesPaidUsd": 600000,
        "hiresLost": 4,
        "hiresWithFee": 6,
        "hiresWithoutFee": 10,
        "overheadShare": 0.3,
        "visaShare": 1,
      }
    `);
  });
  it("reports the overhead and visa share it used, the defaults or the input's (clamped)", () => {
    const d = h1bFeeImpact({ hiringBudgetUsd: 1_000_000 });
    expect([d.overheadShare, d.visaShare]).toEqual([H1B_FEE_DEFAULTS.overheadShare, H1B_FEE_DEFAULTS.visaShare]);
    expect(d.costPerHireUsd).toBeCloseTo(H1B_FEE_DEFAULTS.salaryUsd * (1 + d.overheadShare));
    const r = h1bFeeImpact({ hiringBudgetUsd: 1_000_000, overheadShare: 0.2, visaShare: 1.5 });
    expect([r.overheadShare, r.visaShare]).toEqual([0.2, 1]);
  });
  it("costs nothing when no hire needs a new petition", () => {
    const r = h1bFeeImpact({ hiringBudgetUsd: 2_000_000, visaShare: 0 });
    expect(r.hiresLost).toBe(0);
    expect(r.feesPaidUsd).toBe(0);
  });
});
