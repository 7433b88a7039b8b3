import { describe, expect, it } from "vitest";
import { loadUnits } from "./units.js";

describe("result-field units", () => {
  it("reads every measure the CLI shows as debt with a unit and labels in both languages", async () => {
    const units = await loadUnits();
    for (const m of ["reportedDebt", "leaseLiabilities", "adjustedDebt", "hiddenDebt", "totalDebt", "commitmentsNotCommenced", "revenue", "ownCapex", "operatingIncome", "cashAndSecurities", "longTermDebt"]) {
      const meta = units.resultField(`measures.${m}`);
      expect(meta?.unit, m).toBe("usd-bn");
      expect(meta?.label.ja && meta.label.en, m).toBeTruthy();
    }
  });
});
