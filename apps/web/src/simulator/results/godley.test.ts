import { presets, simulate, simulateFast } from "@aidebt/model";
import { describe, expect, it } from "vitest";
import { godleyBalances, godleyMatrix } from "./godley";

describe("Godley balance-sheet matrix", () => {
  it.each(presets.map((p) => p.id))("balances in every quarter of preset %s", (id) => {
    const result = simulateFast(presets.find((p) => p.id === id)!.scenario);
    for (const q of result.quarters) {
      const rows = godleyMatrix(q);
      expect(godleyBalances(rows)).toBe(true);
      const bonds = rows.find((r) => r.id === "bonds")!;
      // Bonds and private credit are held entirely inside the model: no residual goes outside.
      expect(Math.abs(bonds.cells.outside)).toBeLessThan(1e-6);
      expect(Math.abs(rows.find((r) => r.id === "privateCredit")!.cells.outside)).toBeLessThan(1e-6);
    }
  });

  it("balances on the Decimal ledger too", () => {
    const result = simulate(presets[0]!.scenario).toJSON();
    expect(result.quarters.every((q) => godleyBalances(godleyMatrix(q)))).toBe(true);
  });
});
