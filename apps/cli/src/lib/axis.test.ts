import { describe, expect, it } from "vitest";
import { checkAxis, gridValues, parseAxis } from "./axis.js";
import { UsageError } from "./errors.js";
import { loadUnits } from "./units.js";
import { integerOption, numberOption } from "./values.js";

describe("--x/--y ranges", () => {
  it("parses PATH=FROM:TO:STEPS into evenly spaced values", () => {
    expect(parseAxis("--x", "demand.aiGrowthAnnual=0:0.6:4")).toEqual({
      path: "demand.aiGrowthAnnual",
      from: 0,
      to: 0.6,
      steps: 4,
      values: [0, 0.2, 0.4, 0.6],
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
    expect(message("a=x:1:3")).toMatch(/FROM "x" is not a decimal number/);
    expect(message("a=0x10:1:3")).toMatch(/FROM "0x10" is not a decimal number/);
    expect(message("a=0:1:1")).toMatch(/STEPS "1"/);
    expect(message("a=0:1:2.5")).toMatch(/STEPS "2.5"/);
    expect(message("a=1:1:3")).toMatch(/equal/);
  });

  it("computes grid values as from + i·step rounded to 12 significant digits", () => {
    expect(gridValues(0, 1, 11)).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
    expect(gridValues(0.02, 0.08, 4)).toEqual([0.02, 0.04, 0.06, 0.08]);
    expect(gridValues(24, 8, 3)).toEqual([24, 16, 8]);
  });

  it("refuses fractional steps of an integer parameter and ends outside its range", async () => {
    const units = await loadUnits();
    const problem = (spec: string): string => {
      try {
        checkAxis("--x", parseAxis("--x", spec), units);
        return "no error";
      } catch (error) {
        return (error as UsageError).issues[0]?.message ?? "";
      }
    };
    expect(problem("gpu.economicLifeQuarters=8:9:3")).toBe("an integer parameter, and these steps give 8.5");
    expect(problem("gpu.economicLifeQuarters=8:24:5")).toBe("no error");
    expect(problem("demand.aiGrowthAnnual=0:9:3")).toBe("9 outside the parameter's range");
    expect(problem("demand.nope=0:1:3")).toBe('"demand.nope" is not a numeric scenario parameter');
  });
});

describe("numeric option values", () => {
  const problem = async (promise: Promise<number>): Promise<string> => {
    try {
      await promise;
      return "no error";
    } catch (error) {
      expect(error).toBeInstanceOf(UsageError);
      return (error as UsageError).issues[0]?.message ?? "";
    }
  };

  it("takes decimal whole numbers within bounds", async () => {
    expect(await integerOption("--paths", "500", 1, 100000)).toBe(500);
    expect(await integerOption("--seed", " 7 ", 0, 10)).toBe(7);
    expect(await problem(integerOption("--paths", "0", 1, 100000))).toBe("out of range");
    expect(await problem(integerOption("--seed", "1.5", 0, 2 ** 32 - 1))).toBe("not a whole number in decimal digits");
  });

  it("refuses empty values, hex and exponent forms for whole numbers", async () => {
    expect(await problem(integerOption("--seed", "", 0, 10))).toBe("empty value");
    expect(await problem(integerOption("--seed", "  ", 0, 10))).toBe("empty value");
    expect(await problem(integerOption("--paths", "0x28", 1, 100))).toBe("not a whole number in decimal digits");
    expect(await problem(integerOption("--paths", "1e3", 1, 10000))).toBe("not a whole number in decimal digits");
  });

  it("takes decimal numbers with exponents, but not empty, hex or infinite ones", async () => {
    expect(await numberOption("--step", "2e-1", { min: 0, max: 1, exclusiveMin: true }, "")).toBe(0.2);
    expect(await problem(numberOption("--step", "0", { min: 0, max: 1, exclusiveMin: true }, ""))).toBe("out of range");
    expect(await problem(numberOption("--volatility", "", { min: 0, max: 2 }, ""))).toBe("empty value");
    expect(await problem(numberOption("--volatility", "0x1", { min: 0, max: 2 }, ""))).toBe("not a decimal number");
    expect(await problem(numberOption("--volatility", "1e400", { min: 0, max: 2 }, ""))).toBe("not a finite number");
  });
});
