import { RESULT_FIELDS, resultFieldMeta, simulateFast, getPreset } from "@aidebt/model";
import { describe, expect, it } from "vitest";
import { PENDING_RESULT_FIELDS, loadUnits } from "./units.js";

describe("result-field units", () => {
  it("reads every measure the CLI shows as debt with a unit and labels in both languages", async () => {
    const units = await loadUnits();
    for (const m of ["reportedDebt", "leaseLiabilities", "adjustedDebt", "hiddenDebt", "totalDebt", "commitmentsNotCommenced", "revenue", "ownCapex", "operatingIncome", "cashAndSecurities", "longTermDebt"]) {
      const meta = units.resultField(`measures.${m}`);
      expect(meta?.unit, m).toBe("usd-bn");
      expect(meta?.label.ja && meta.label.en, m).toBeTruthy();
    }
  });

  it("declares only fields a result has, and yields to the model's own entry, which must agree with it", () => {
    const q = simulateFast(getPreset("base")!.scenario);
    for (const field of PENDING_RESULT_FIELDS) {
      const [scope, name] = field.path.split(".") as ["measures" | "summary", string];
      const source = scope === "measures" ? q.quarters[0]!.measures : q.summary;
      expect(name in source, field.path).toBe(true);
      const model = resultFieldMeta(field.path);
      if (model !== undefined) expect(model.unit, `${field.path}: the model says ${model.unit}`).toBe(field.unit);
    }
    expect(RESULT_FIELDS.length).toBeGreaterThan(0);
  });
});
