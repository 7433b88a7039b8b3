import { describe, expect, it } from "vitest";
import { evaluateCheck, parseCheck, runChecks } from "./check.js";
import { CheckFailedError, UsageError } from "./errors.js";

const result = {
  summary: { burstQuarter: null, lenderLoss: 12.5, verdict: "debt", peakQuarter: "2027Q3" },
  quarters: [{ label: "2025Q1", measures: { dscr: 1.4 } }, { label: "2025Q2", measures: { dscr: 1.1 } }],
};
const check = (source: string): string | null => evaluateCheck(parseCheck(source), result);

describe("--check expressions", () => {
  it("compares a path with null, numbers and strings", () => {
    expect(check("summary.burstQuarter == null")).toBeNull();
    expect(check("summary.lenderLoss < 20")).toBeNull();
    expect(check("summary.lenderLoss >= 12.5")).toBeNull();
    expect(check("summary.verdict == 'debt'")).toBeNull();
    expect(check('summary.verdict != "cash-flow"')).toBeNull();
  });

  it("reads array indices, bracket indices and length", () => {
    expect(check("quarters.1.measures.dscr < 1.2")).toBeNull();
    expect(check("quarters[0].label == '2025Q1'")).toBeNull();
    expect(check("quarters.length == 2")).toBeNull();
  });

  it("orders quarter labels as strings", () => {
    expect(check("summary.peakQuarter < '2028Q1'")).toBeNull();
  });

  it("accepts expressions without spaces", () => {
    expect(check("summary.lenderLoss>12")).toBeNull();
  });

  it("describes a failure with the actual value", () => {
    expect(check("summary.lenderLoss == 0")).toMatchInlineSnapshot(`"check failed: summary.lenderLoss == 0 (summary.lenderLoss is 12.5)"`);
  });

  it("never orders null or mixed types", () => {
    expect(check("summary.burstQuarter < 5")).not.toBeNull();
    expect(check("summary.verdict > 1")).not.toBeNull();
  });

  it("rejects malformed expressions as usage errors naming the expression", () => {
    for (const bad of ["summary.x", "a = 1", "a == 'open", "a == 1 == 2", "== 1"]) {
      expect(() => parseCheck(bad), bad).toThrow(UsageError);
    }
  });

  it("rejects a path that is not in the result, listing what is there", () => {
    try {
      check("summary.nope == 1");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(UsageError);
      expect((error as UsageError).issues[0]?.allowed).toContain("burstQuarter");
    }
  });

  it("collects every failure", () => {
    try {
      runChecks(["summary.lenderLoss < 1", "summary.burstQuarter == null", "quarters.length > 5"], result);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CheckFailedError);
      expect((error as CheckFailedError).failures).toHaveLength(2);
    }
  });
});
