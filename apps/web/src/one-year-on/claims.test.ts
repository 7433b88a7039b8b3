import { claims } from "@aidebt/model";
import { describe, expect, it } from "vitest";
import { moneyFormatter } from "@/components/figures/common";
import { getOneYearOnMessages } from "./messages";
import { CLAIMS, modelRuns, modelSays } from "./claims";

describe.each(["ja", "en"] as const)("what the model says now (%s)", (lang) => {
  const says = modelSays(modelRuns(lang), lang, getOneYearOnMessages(lang), moneyFormatter(lang, 150));
  const report = claims("base");

  it("gives each claim the answer and the sentence of the model's claims() on base", () => {
    const modelIds = ["hidden-debt", "treadmill", "repaid-no-profit", "demand-not-rates", "cash-or-debt", "sudden-surfacing"];
    CLAIMS.forEach((id, i) => {
      const claim = report.claims.find((c) => c.id === modelIds[i])!;
      expect(says[id].answer, id).toBe(claim.answer);
      expect(says[id].sentences[0], id).toContain(claim.text[lang]);
    });
  });

  it("keeps the backtest's dated figures beside the model's sentence", () => {
    expect(says["hidden-debt"].sentences.length).toBe(2);
    expect(says.treadmill.sentences[1]).toContain("meta-2024");
  });
});
