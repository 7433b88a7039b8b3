import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { firstNonFinite, scenarioArb } from "../test/arbitraries.js";
import type { Dec, SimulationResult } from "./index.js";
import { presets, simulate } from "./index.js";

const RUNS = 25;

function unbalanced(r: SimulationResult): string | null {
  let prevCash: Dec | null = null;
  for (const f of r.frames) {
    const sp = f.sponsor;
    if (!sp.assets.total.eq(sp.liabilities.total.plus(sp.equity))) {
      return `${f.label} sponsor: assets ${sp.assets.total.toString()} ≠ liabilities ${sp.liabilities.total.toString()} + equity ${sp.equity.toString()}`;
    }
    const sum = sp.assets.cash.plus(sp.assets.gpu).plus(sp.assets.shell).plus(sp.assets.land).plus(sp.assets.rightOfUse).plus(sp.assets.other);
    if (!sum.eq(sp.assets.total)) return `${f.label} sponsor assets do not add up`;
    const spv = f.spv;
    if (!spv.assets.total.eq(spv.liabilities.total.plus(spv.equity))) {
      return `${f.label} spv: assets ${spv.assets.total.toString()} ≠ debt ${spv.liabilities.total.toString()} + equity ${spv.equity.toString()}`;
    }
    const l = f.lenders;
    if (!l.assets.total.eq(l.equity)) return `${f.label} lenders: assets ${l.assets.total.toString()} ≠ equity ${l.equity.toString()}`;
    if (prevCash) {
      const change = sp.assets.cash.minus(prevCash);
      if (!change.eq(sp.cashFlow.total)) return `${f.label} cash change ${change.toString()} ≠ cash-flow statement ${sp.cashFlow.total.toString()}`;
    }
    prevCash = sp.assets.cash;
  }
  return null;
}

describe("the ledger", () => {
  it("keeps all three balance sheets balanced to the last digit every quarter, on every preset", () => {
    for (const p of presets) expect(unbalanced(simulate(p.scenario)), p.id).toBeNull();
  });

  it("keeps all three balance sheets balanced and cash equal to the cash-flow statement for generated scenarios", () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        expect(unbalanced(simulate(s))).toBeNull();
      }),
      { numRuns: RUNS },
    );
  });

  it("adds debt up the way MODEL.md defines it, to the last digit, every quarter (adjusted = reported + leases; total = adjusted + hidden)", () => {
    const check = (r: SimulationResult): string | null => {
      for (const f of r.frames) {
        const m = f.measures;
        if (!m.adjustedDebt.eq(m.reportedDebt.plus(m.leaseLiabilities))) return `${f.label}: adjusted ${m.adjustedDebt.toString()} ≠ reported + leases`;
        if (!m.totalDebt.eq(m.adjustedDebt.plus(m.hiddenDebt))) return `${f.label}: total ${m.totalDebt.toString()} ≠ adjusted + hidden`;
        if (m.hiddenDebt.gt(m.spvDebt)) return `${f.label}: hidden debt above the vehicles' debt`;
        if (m.hiddenDebt.isNegative() || m.leaseLiabilities.isNegative() || m.commitmentsNotCommenced.isNegative()) return `${f.label}: a negative stock of debt`;
      }
      return null;
    };
    for (const p of presets) expect(check(simulate(p.scenario)), p.id).toBeNull();
    fc.assert(
      fc.property(scenarioArb, (s) => {
        expect(check(simulate(s))).toBeNull();
      }),
      { numRuns: RUNS },
    );
  });

  it("never produces NaN or Infinity", () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        expect(firstNonFinite(simulate(s).toJSON())).toBeNull();
      }),
      { numRuns: RUNS },
    );
  });

  it("is deterministic: the same scenario gives the same JSON", () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        expect(JSON.stringify(simulate(s).toJSON())).toBe(JSON.stringify(simulate(structuredClone(s)).toJSON()));
      }),
      { numRuns: 8 },
    );
  });

  it("never mutates its input", () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const before = JSON.stringify(s);
        const frozen = deepFreeze(structuredClone(s));
        simulate(frozen).toJSON();
        expect(JSON.stringify(frozen)).toBe(before);
      }),
      { numRuns: 8 },
    );
  });

  it("reports one quarter per period with contract labels and the scenario echoed", () => {
    const j = simulate(presets[0]!.scenario).toJSON();
    expect(j.quarters).toHaveLength(40);
    expect(j.quarters[0]?.label).toBe("2026Q1");
    expect(j.quarters[39]?.label).toBe("2035Q4");
    expect(j.scenario).toEqual(presets[0]!.scenario);
  });
});

function deepFreeze<T>(o: T): T {
  if (o && typeof o === "object") {
    for (const v of Object.values(o)) deepFreeze(v);
    Object.freeze(o);
  }
  return o;
}
