import { describe, expect, it } from "vitest";
import { parseAxis, parseIntegerOption } from "./axis.js";
import { UsageError } from "./errors.js";

describe("--x/--y ranges", () => {
  it("parses PATH=FROM:TO:STEPS into evenly spaced values", () => {
    expect(parseAxis("--x", "demand.aiGrowthAnnual=0:0.6:4")).toEqual({
      path: "demand.aiGrowthAnnual",
      from: 0,
      to: 0.6,
      steps: 4,
      values: [0, 0.19999999999999998, 0.39999999999999997, 0.6],
    });
    expect(parseAxis("--y", "gpu.economicLifeQuarters=24:8:3").values).toEqual([24, 16, 8]);
  });

  it("names what is wrong with a bad range", () => {
    const message = (spec: string): string => {
      try {
        parseAxis("--x", spec);
        return "no error";
      } catch (error) {
        expect(error).toBeInstanceOf(UsageError);
        return (error as UsageError).issues[0]?.message ?? "";
      }
    };
    expect(message("demand.aiGrowthAnnual")).toBe("expected PATH=FROM:TO:STEPS");
    expect(message("a=0:1")).toMatch(/three numbers/);
    expect(message("a=x:1:3")).toMatch(/FROM "x" is not a number/);
    expect(message("a=0:1:1")).toMatch(/STEPS "1"/);
    expect(message("a=0:1:2.5")).toMatch(/STEPS "2.5"/);
    expect(message("a=1:1:3")).toMatch(/equal/);
  });

  it("checks integer options against their bounds", () => {
    expect(parseIntegerOption("--paths", "500", 1, 100000)).toBe(500);
    expect(() => parseIntegerOption("--paths", "0", 1, 100000)).toThrow(UsageError);
    expect(() => parseIntegerOption("--seed", "1.5", 0, 2 ** 32 - 1)).toThrow(UsageError);
  });
});
