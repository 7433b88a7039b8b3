import { describe, expect, it } from "vitest";
import { RATIO_CAP, dscr, getPreset, minskyClass, setPath, simulate } from "./index.js";

const base = getPreset("base")!.scenario;

describe("Minsky classes, by hand", () => {
  it("is hedge when cash flow meets interest and principal (boundary included)", () => {
    expect(minskyClass(10, 2, 5)).toBe("hedge");
    expect(minskyClass(7, 2, 5)).toBe("hedge");
  });
  it("is speculative when cash flow meets interest only", () => {
    expect(minskyClass(6.99, 2, 5)).toBe("speculative");
    expect(minskyClass(2, 2, 5)).toBe("speculative");
  });
  it("is Ponzi when cash flow does not even meet interest", () => {
    expect(minskyClass(1.99, 2, 5)).toBe("ponzi");
    expect(minskyClass(-3, 2, 0)).toBe("ponzi");
  });
});

describe("DSCR, by hand", () => {
  it("divides cash flow by interest plus principal", () => {
    expect(dscr(1.3, 0.5, 0.5)).toBe(1.3);
    expect(dscr(0.9, 0.6, 0.15)).toBeCloseTo(1.2, 12);
  });
  it("is capped, never Infinity, when nothing is due", () => {
    expect(dscr(5, 0, 0)).toBe(RATIO_CAP);
  });
  it("matches the lease equation for the Hyperion-like SPV in the first quarter", () => {
    // debt 27.3 at 6.58% amortising over 96 quarters; rent sized at 1.3× service, 35% of it scaling with occupancy
    const service = (27.3 * 0.0658) / 4 + 27.3 / 96;
    // opening GPUs: 10 GW in twelve quarterly vintages growing 8% a quarter; the oldest goes obsolete at once
    const weights = Array.from({ length: 12 }, (_, k) => Math.pow(1.08, -(k + 1)));
    const live = 10 - (10 * weights[11]!) / weights.reduce((a, b) => a + b, 0);
    const shell = 10 + 29.5 / 20; // own shells house the opening GPUs; the SPV adds 29.5 / ($50bn × 40%) GW
    const occupancy = live / shell;
    const rent = 1.3 * service * (0.65 + 0.35 * occupancy);
    const q = simulate(base).toJSON().quarters[0]!;
    expect(q.measures.occupancy).toBeCloseTo(occupancy, 12);
    expect(q.spv.income.rent).toBeCloseTo(rent, 9);
    expect(q.measures.spvDscr).toBeCloseTo(rent / service, 9);
    expect(q.measures.spvDscr).toBeCloseTo(1.2206, 4); // 1.3 × (0.65 + 0.35 × 9.473 / 11.475)
  });
});

describe("depreciation, by hand", () => {
  it("writes a cohort off in equal quarterly charges over its book life, from the quarter after purchase", () => {
    const s = setPath(base, "gpu.bookLifeQuarters", 4);
    const quarters = simulate(s).toJSON().quarters;
    const cohortAt = (i: number) => quarters[i]!.cohorts.find((c) => c.vintage === "2025Q1");
    const cost = cohortAt(0)!.gpuBookValue;
    expect(cost).toBeGreaterThan(1);
    expect(cohortAt(1)!.gpuBookValue).toBeCloseTo(cost * 0.75, 9);
    expect(cohortAt(2)!.gpuBookValue).toBeCloseTo(cost * 0.5, 9);
    expect(cohortAt(3)!.gpuBookValue).toBeCloseTo(cost * 0.25, 9);
    expect(cohortAt(4)).toBeUndefined();
  });

  it("takes the sponsor's depreciation and book value from the same schedule", () => {
    const r = simulate(base);
    for (let i = 1; i < r.frames.length; i++) {
      const prev = r.frames[i - 1]!.sponsor.assets;
      const f = r.frames[i]!;
      // gpu + shell book value moves only by capex, depreciation, impairment and consolidated SPV assets
      const moved = prev.gpu.plus(prev.shell).plus(f.sponsor.cashFlow.capex).minus(f.sponsor.income.depreciation).minus(f.sponsor.income.impairment);
      if (f.spv.flows.transferredOnConsolidation.isZero()) expect(moved.eq(f.sponsor.assets.gpu.plus(f.sponsor.assets.shell)), f.label).toBe(true);
    }
  });

  it("shows book value above economic value when the book life outlasts the cadence", () => {
    const q = simulate(getPreset("gpu-treadmill")!.scenario).toJSON().quarters;
    expect(q.at(-1)!.measures.bookMinusEconomic).toBeGreaterThan(0);
    expect(q.some((x) => x.cohorts.some((c) => c.economicallyObsolete && c.gpuBookValue > 0))).toBe(true);
  });
});

describe("rates bite slowly, demand at once", () => {
  it("leaves the next quarter's interest unchanged after a rate shock (fixed-rate debt), while a demand shock cuts revenue that quarter", () => {
    const shock = "2027Q1";
    const idx = 8;
    const plain = simulate(base).toJSON().quarters;
    const rate = simulate(setPath(base, "rates.shocks", [{ quarter: shock, baseAnnual: 0.09 }])).toJSON().quarters;
    const demand = simulate(setPath(base, "demand.shocks", [{ quarter: shock, levelChange: -0.2 }])).toJSON().quarters;
    expect(rate[idx]!.sponsor.income.interest).toBe(plain[idx]!.sponsor.income.interest);
    expect(demand[idx]!.measures.aiRevenue).toBeLessThan(plain[idx]!.measures.aiRevenue * 0.9);
    // new SPV debt is priced at the new rate and passed on in rent, quarter by quarter
    expect(rate.at(-1)!.sponsor.income.leaseExpense).toBeGreaterThan(plain.at(-1)!.sponsor.income.leaseExpense);
  });
});
