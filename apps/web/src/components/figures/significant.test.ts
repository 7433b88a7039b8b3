import { describe, expect, it } from "vitest";
import { toSignificant } from "./significant";

describe("toSignificant", () => {
  it("cuts every number to seven significant digits and keeps the shape, strings, booleans and non-finite numbers", () => {
    const data = { a: 0.27750000000002384, b: [1234.5678912, -0.000123456789, 40], c: { d: "2026Q3", e: true, f: null, g: Number.NaN }, h: Infinity };
    expect(toSignificant(data)).toEqual({ a: 0.2775, b: [1234.568, -0.0001234568, 40], c: { d: "2026Q3", e: true, f: null, g: Number.NaN }, h: Infinity });
    expect(data.a).toBe(0.27750000000002384);
  });
});
