import { getPreset, quarterLabel } from "@aidebt/model";
import { describe, expect, it } from "vitest";
import { getSimulatorMessages } from "../messages";
import { outputFormat } from "./Analysis";

const base = getPreset("base")!.scenario;

describe("outputFormat", () => {
  it("writes the burst as its quarter, and the horizon (the model's 'no burst') in words", () => {
    const ja = outputFormat("burstIndex", "ja", base, getSimulatorMessages("ja"));
    expect(ja(6)).toBe(quarterLabel(base.startQuarter, 6));
    expect(ja(base.horizonQuarters)).toBe("期間内には起きない");
    expect(ja(Number.NaN)).toBe("–");
    expect(outputFormat("burstIndex", "en", base, getSimulatorMessages("en"))(base.horizonQuarters)).toBe("not within the horizon");
  });

  it("writes money outputs in the page's money and the interest cover as a number", () => {
    expect(outputFormat("peakHiddenDebt", "ja", base, getSimulatorMessages("ja"))(29)).toBe("290億ドル");
    expect(outputFormat("minInterestCover", "en", base, getSimulatorMessages("en"))(2.345)).toBe("2.35");
  });
});
