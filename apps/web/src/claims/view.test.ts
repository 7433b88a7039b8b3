import { CLAIM_IDS, claimFigureMeta, getPreset, parameterMeta, type ClaimsReport } from "@aidebt/model";
import { describe, expect, it } from "vitest";
import { getClaimsMessages } from "./messages";
import { presetReport } from "./report";
import { claimsView, flipText, formatInUnit } from "./view";

const ja = getClaimsMessages("ja");
const en = getClaimsMessages("en");

describe("the claims report shaped for display", () => {
  const { preset, report } = presetReport("base");

  it("labels every figure the model reports from the model's CLAIM_FIGURES, in each language", () => {
    const keys = report.claims.flatMap((c) => Object.keys(c.figures));
    expect(keys.filter((k) => claimFigureMeta(k) === undefined)).toEqual([]);
    for (const lang of ["ja", "en"] as const) {
      const view = claimsView(report, preset.scenario, lang, getClaimsMessages(lang));
      for (const f of view.claims.flatMap((c) => c.figures)) {
        expect(f.label, f.key).not.toBe(f.key);
        expect(f.value, f.key).not.toMatch(/NaN|Infinity|undefined/);
      }
    }
  });

  it("keeps the model's order, answers and sentences, and words the answer", () => {
    const view = claimsView(report, preset.scenario, "en", en);
    expect(view.claims.map((c) => c.id)).toEqual([...CLAIM_IDS]);
    view.claims.forEach((c, i) => {
      expect(c.answer).toBe(report.claims[i]!.answer);
      expect(c.text).toBe(report.claims[i]!.text.en);
      expect(c.answerText).toBe(en.answers[c.answer]);
    });
    expect(claimsView(report, preset.scenario, "ja", ja).claims[0]!.text).toBe(report.claims[0]!.text.ja);
  });

  it("names the flip's parameter by the model's label and writes its value in the parameter's unit", () => {
    const flip = { path: "ai.revenueShare", value: 0.2118, becomes: "does-not-hold" as const };
    const scenario = getPreset("base")!.scenario;
    const label = parameterMeta("ai.revenueShare")!.label.en;
    expect(flipText(flip, scenario, "en", en)).toBe(`The answer changes at ${label} = 21.2% (it becomes “Does not hold”); now ${formatInUnit(scenario.ai.revenueShare, "share", "en", en, 150)}`);
    expect(flipText({ path: "gpu.economicLifeQuarters", value: 20, becomes: "holds" }, undefined, "ja", ja)).toBe(
      `答えが変わる境目: ${parameterMeta("gpu.economicLifeQuarters")!.label.ja} = 20四半期(答えは「成り立つ」に)`,
    );
    // a shock's field has no single current value
    expect(flipText({ path: "demand.shocks[].levelChange", value: -0.25, becomes: "holds" }, scenario, "en", en)).toMatch(/= −25% \(it becomes “Holds”\)$/);
    expect(flipText(null, scenario, "en", en)).toBeNull();
  });

  it("writes values in their units", () => {
    expect(formatInUnit(null, "quarter-label", "en", en, 150)).toBe("not within the horizon");
    expect(formatInUnit("2030Q2", "quarter-label", "ja", ja, 150)).toBe("2030Q2");
    expect(formatInUnit("cash-flow", "class", "en", en, 150)).toBe("runs on cash flow");
    expect(formatInUnit(1.78944, "ratio", "ja", ja, 150)).toBe("1.79倍");
    expect(formatInUnit(0.379588, "share", "en", en, 150)).toBe("38%");
    expect(formatInUnit(5.68434e-14, "usd-bn", "en", en, 150)).toBe(formatInUnit(0, "usd-bn", "en", en, 150));
  });

  it("shows a figure the table does not know yet by its name, not as an error", () => {
    const extra: ClaimsReport = { ...report, claims: [{ ...report.claims[0]!, figures: { somethingNew: 3 } }] };
    expect(claimsView(extra, undefined, "en", en).claims[0]!.figures).toEqual([{ key: "somethingNew", label: "somethingNew", value: "3" }]);
  });
});
