import { describe, expect, it } from "vitest";
import { RATIO_CAP, dscr, getPreset, minskyClass, quarterIndex, setPath, simulate, simulateFast } from "./index.js";

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
  it("builds the Hyperion-like campus with interest capitalised and no rent, then leases it sized on its debt", () => {
    // Beignet: $27.3bn at 6.58%, building until 2029Q4; interest is added to debt and cost, no rent is due
    const r = simulate(base).toJSON();
    const q0 = r.quarters[0]!;
    expect(q0.spv.income.capitalisedInterest).toBeCloseTo((27.3 * 0.0658) / 4, 9);
    expect(q0.spv.income.rent).toBe(0);
    expect(q0.spv.liabilities.debt).toBeCloseTo(27.3 * (1 + 0.0658 / 4), 9);
    const done = r.events.find((e) => e.kind === "vehicle-complete")!;
    expect(done.quarter).toBe("2029Q4");
    // rent covers the first quarter's debt service 1.3 times at full use (35% of it scales with occupancy); as
    // the debt amortises, interest falls under a level rent and the cover rises
    const first = r.quarters[done.index]!;
    expect(first.measures.occupancy).toBe(1);
    expect(first.measures.spvDscr).toBeCloseTo(1.3, 9);
    expect(r.quarters[done.index + 1]!.measures.spvDscr).toBeGreaterThan(1.3);
  });
});

describe("depreciation, by hand", () => {
  it("writes a cohort off in equal quarterly charges over its book life, from the quarter after purchase", () => {
    const s = setPath(base, "gpu.bookLifeQuarters", 4);
    const quarters = simulate(s).toJSON().quarters;
    const cohortAt = (i: number) => quarters[i]!.cohorts.find((c) => c.vintage === "2026Q1");
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
      // gpu + shell book value moves only by capex, depreciation (right-of-use amortisation aside), impairment and
      // consolidated SPV assets
      const plantDepreciation = f.sponsor.income.depreciation.minus(f.sponsor.income.rightOfUseAmortisation);
      const moved = prev.gpu.plus(prev.shell).plus(f.sponsor.cashFlow.capex).minus(plantDepreciation).minus(f.sponsor.income.impairment);
      if (f.spv.flows.transferredOnConsolidation.isZero()) expect(moved.eq(f.sponsor.assets.gpu.plus(f.sponsor.assets.shell)), f.label).toBe(true);
    }
  });

  it("shows book value above economic value when the book life outlasts the cadence", () => {
    const q = simulate(getPreset("gpu-treadmill")!.scenario).toJSON().quarters;
    expect(q.at(-1)!.measures.bookMinusEconomic).toBeGreaterThan(0);
    expect(q.some((x) => x.cohorts.some((c) => c.economicallyObsolete && c.gpuBookValue > 0))).toBe(true);
  });

  it("values GPUs the same whatever the book life: economic value depends on the cadence and service life only", () => {
    const econ = (bookLife: number) =>
      simulateFast(setPath(base, "gpu.bookLifeQuarters", bookLife)).quarters.map((q) => q.measures.gpuEconomicValue);
    const reference = econ(base.gpu.bookLifeQuarters);
    for (const bookLife of [4, 12, 16, 28, 32]) expect(econ(bookLife)).toEqual(reference);
    // with a book life equal to the service life (22 = 12 + 10) book and economic value coincide: no gap to show
    expect(base.gpu.bookLifeQuarters).toBe(base.gpu.economicLifeQuarters + base.gpu.inferenceLifeQuarters);
    const r = simulateFast(base);
    expect(Math.max(...r.quarters.map((q) => Math.abs(q.measures.bookMinusEconomic)))).toBeLessThan(1e-9);
    // a longer book life carries book value above it, and the model writes the excess off
    const long = simulateFast(setPath(base, "gpu.bookLifeQuarters", 32));
    expect(long.summary.peakBookMinusEconomic).toBeGreaterThan(1);
    expect(long.summary.impairments).toBeGreaterThan(1);
  });

  it("marks a cohort obsolete once past its economic life, while its book value is still carried", () => {
    const r = simulateFast(base);
    const start = r.quarters[0]!.label;
    const age = (label: string, vintage: string) => quarterIndex(start, label) - quarterIndex(start, vintage);
    let carried = 0;
    for (const q of r.quarters)
      for (const c of q.cohorts) {
        expect(c.economicallyObsolete, `${q.label} ${c.vintage}`).toBe(age(q.label, c.vintage) >= base.gpu.economicLifeQuarters);
        if (c.economicallyObsolete && c.gpuBookValue > 0) carried++;
      }
    expect(carried).toBeGreaterThan(0);
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
    // what the sponsor would borrow at moves at once
    expect(rate[idx]!.measures.newDebtRate).toBeCloseTo(plain[idx]!.measures.newDebtRate + 0.09 - plain[idx]!.measures.baseRate, 12);
  });
});

describe("leases under ASC 842", () => {
  it("classifies a lease for 75% or more of the shell's life as a finance lease, and a shorter one as operating", () => {
    const life = base.gpu.shellLifeQuarters;
    const run = (term: number) => simulate(setPath(setPath(base, "leases.termQuarters", term), "leases.shellShare", 0.3)).toJSON().quarters;
    const short = run(Math.floor(0.75 * life) - 1);
    const long = run(Math.ceil(0.75 * life));
    const amortised = (qs: typeof short) => qs.reduce((a, q) => a + q.sponsor.income.rightOfUseAmortisation, 0);
    const principal = (qs: typeof short) => qs.reduce((a, q) => a + q.sponsor.cashFlow.financeLeasePrincipal, 0);
    // finance leases amortise a right-of-use asset and repay principal in financing; operating ones only pay rent
    expect(amortised(long)).toBeGreaterThan(amortised(short) + 1);
    expect(principal(long)).toBeGreaterThan(principal(short) + 1);
    expect(long.at(-1)!.measures.leaseLiabilities).toBeGreaterThan(0);
  });
});
