import { describe, expect, it } from "vitest";
import { quarterIndex, quarterLabel, quarterLabels } from "./index.js";

describe("quarter labels", () => {
  it("count across year ends in both directions", () => {
    expect(quarterLabels("2025Q3", 3)).toEqual(["2025Q3", "2025Q4", "2026Q1"]);
    expect(quarterLabel("2025Q1", 40)).toBe("2035Q1");
    expect(quarterIndex("2025Q1", "2027Q3")).toBe(10);
  });
  it("give no labels for a malformed start or a non-positive count", () => {
    expect(quarterLabels("2025Q5", 4)).toEqual([]);
    expect(quarterLabels("2025Q1", 0)).toEqual([]);
  });
});
