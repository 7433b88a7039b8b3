import { describe, expect, it } from "vitest";
import { formatMultiple, formatNumber, formatPercent, moneyAxisValue } from "./format";

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
});
