import { describe, expect, it } from "vitest";
import { digitsAgainst, formatMultiple, formatMultipleAgainst, formatNumber, formatPercent, moneyAxisValue } from "./format";

describe("display formats", () => {
  it("shows USD billions as 億ドル in Japanese and $bn in English", () => {
    expect(moneyAxisValue(29, "ja")).toBe(290);
    expect(moneyAxisValue(29, "en")).toBe(29);
  });

  it("groups digits for the language", () => {
    expect(formatNumber(12345.678, "en", 1)).toBe("12,345.7");
    expect(formatNumber(12345.678, "ja")).toBe("12,346");
  });

  it("formats ratios as percentages and multiples with the language's template", () => {
    expect(formatPercent(0.254, "en")).toBe("25%");
    expect(formatPercent(Number.NaN, "en")).toBe("–");
    expect(formatMultiple(1.15, "ja", "{n}倍")).toBe("1.15倍");
    expect(formatMultiple(Number.POSITIVE_INFINITY, "en", "{n}x")).toBe("–");
  });

  it("writes a multiple near a bound with the digits that keep it on its side (a DSCR of 1.1977 is not '1.2' against a 1.2 covenant)", () => {
    expect(formatMultiple(1.1977418854252622, "ja", "{n}倍")).toBe("1.2倍");
    expect(formatMultipleAgainst(1.1977418854252622, 1.2, "ja", "{n}倍")).toBe("1.198倍");
    expect(formatMultipleAgainst(1.1913764880968853, 1.2, "en", "{n}x")).toBe("1.19x");
    expect(formatMultipleAgainst(1.2026, 1.2, "en", "{n}x")).toBe("1.203x");
    expect(formatMultipleAgainst(1.2217, 1.2, "en", "{n}x")).toBe("1.22x");
    expect(formatMultipleAgainst(1.19996, 1.2, "en", "{n}x")).toBe("1.19996x");
    expect(digitsAgainst(1.2, 1.2)).toBe(2);
    expect(digitsAgainst(1.20004, 1.2)).toBe(5);
  });
});
