import { describe, expect, it } from "vitest";
import { CLAIM_IDS, claimFigureMeta, claims, getPath, getPreset, presets, quarterLabel, setPath, simulateFast } from "./index.js";
import type { Scenario } from "./index.js";

describe("claims()", () => {
  it("answers every claim for every preset, with figures and text in both languages", () => {
    for (const p of presets) {
      const r = claims(p.id);
      expect(r.claims.map((c) => c.id), p.id).toEqual([...CLAIM_IDS]);
      for (const c of r.claims) {
        expect(["holds", "does-not-hold", "depends"]).toContain(c.answer);
        expect(c.text.ja.length && c.text.en.length, `${p.id} ${c.id}`).toBeTruthy();
        expect(Object.keys(c.figures).length).toBeGreaterThan(0);
        // every figure declared with its unit and a label in both languages
        for (const key of Object.keys(c.figures)) {
          const meta = claimFigureMeta(key);
          expect(meta, `${c.id} ${key}`).toBeDefined();
          expect(meta!.label.ja.length && meta!.label.en.length).toBeTruthy();
        }
        // text written from the figures, never a fixed sentence: a number of the figures appears in it
        expect(/\d/.test(c.text.en) && /\d/.test(c.text.ja), `${p.id} ${c.id}`).toBe(true);
      }
    }
  });

  it("gives, on every preset, flip points that give the answer they promise when set by hand", () => {
    for (const p of presets) {
      for (const c of claims(p.id).claims) {
        if (!c.flip) continue;
        expect(getPath(p.scenario, c.flip.path), `${p.id} ${c.id}: a parameter of the scenario`).toBeTypeOf("number");
        const there = claims(setPath(p.scenario, c.flip.path, c.flip.value)).claims.find((x) => x.id === c.id)!;
        expect(there.answer, `${p.id} ${c.id} at ${c.flip.path} = ${c.flip.value}`).toBe(c.flip.becomes);
        expect(c.flip.becomes, `${p.id} ${c.id}`).not.toBe(c.answer);
      }
    }
  });

  it("reproduces a flip point when the parameter is set there by hand", () => {
    const base = getPreset("base")!.scenario;
    const r = claims(base);
    const repaid = r.claims.find((c) => c.id === "repaid-no-profit")!;
    expect(repaid.flip?.path).toBe("ai.revenueShare");
    const past = setPath(base, "ai.revenueShare", repaid.flip!.value);
    expect(simulateFast(past).summary.sponsorAiNpv).toBeGreaterThan(0);
    const before = setPath(base, "ai.revenueShare", repaid.flip!.value * 0.98);
    expect(simulateFast(before).summary.sponsorAiNpv).toBeLessThanOrEqual(0);
    const rates = r.claims.find((c) => c.id === "demand-not-rates")!;
    if (rates.flip) {
      const floated = claims(setPath(base, rates.flip.path, Math.min(1, rates.flip.value + 0.01))).claims.find((c) => c.id === "demand-not-rates")!;
      expect(floated.answer).not.toBe("holds");
    }
  });
});

describe("debt instruments", () => {
  const rise = (s: Scenario, at: string): Scenario => setPath(s, "rates.shocks", [{ quarter: at, baseAnnual: s.rates.baseAnnual + 0.02 }]);
  const burst = (s: Scenario) => simulateFast(s).summary.burstIndex ?? Number.POSITIVE_INFINITY;

  it("surfaces hidden debt no later after a +200 bp rise when vehicle debt floats unhedged, on every preset", () => {
    for (const p of presets) {
      const s = p.scenario;
      const at = `${Number(s.startQuarter.slice(0, 4)) + 1}${s.startQuarter.slice(4)}`;
      const floating = [["spv.floatingShare", 1], ["spv.hedgedShare", 0], ["gpuSpv.floatingShare", 1], ["gpuSpv.hedgedShare", 0]].reduce<Scenario>((x, [k, v]) => setPath(x, k as string, v), s);
      expect(burst(rise(floating, at)), p.id).toBeLessThanOrEqual(burst(floating));
    }
  });

  it("surfaces it strictly earlier in neocloud after a +200 bp rise, whenever the rise comes before the burst", () => {
    const s = getPreset("neocloud")!.scenario;
    const without = burst(s);
    expect(without).toBeLessThan(s.horizonQuarters);
    for (const k of [0, 2, 4, 6]) {
      const at = quarterLabel(s.startQuarter, k);
      expect(burst(rise(s, at)), at).toBeLessThan(without);
    }
  });

  it("passes the floating rate through to a GPU lease's rent only as far as the lease says", () => {
    const s = getPreset("neocloud")!.scenario;
    const rent = (x: Scenario) => simulateFast(rise(x, "2026Q3")).quarters[4]!.spv.income.rent;
    const fixedRent = rent(setPath(s, "gpuSpv.passThroughShare", 0));
    const passed = rent(s);
    expect(passed).toBeGreaterThan(fixedRent);
    expect(rent(setPath(s, "gpuSpv.hedgedShare", 1))).toBeCloseTo(rent(setPath(setPath(s, "gpuSpv.hedgedShare", 1), "gpuSpv.passThroughShare", 0)), 9);
  });

  it("leaves the burst where it is after a rate rise when all vehicle debt is fixed and amortising (Meta's presets)", () => {
    for (const id of ["base", "meta-2024", "demand-slowdown", "gpu-treadmill", "soft-landing"]) {
      const s = [["spv.floatingShare", 0], ["gpuSpv.floatingShare", 0], ["spv.bulletShare", 0]].reduce<Scenario>((x, [k, v]) => setPath(x, k as string, v), getPreset(id)!.scenario);
      const at = `${Number(s.startQuarter.slice(0, 4)) + 1}${s.startQuarter.slice(4)}`;
      expect(burst(rise(s, at)), id).toBe(burst(s));
    }
  });

  it("floating campus debt pays more interest after a rise; hedged, the same as fixed", () => {
    const base = getPreset("base")!.scenario;
    const at = "2027Q1";
    // the campus in construction capitalises its interest: the quarter after the rise shows the coupon it pays
    const interest = (s: Scenario) => simulateFast(rise(s, at)).quarters[5]!.spv.income.capitalisedInterest;
    const fixed = interest(base);
    const floating = interest(setPath(base, "spv.floatingShare", 1));
    const hedged = interest(setPath(setPath(base, "spv.floatingShare", 1), "spv.hedgedShare", 1));
    const debt = simulateFast(base).quarters[4]!.spv.liabilities.debt;
    expect(floating - fixed).toBeGreaterThan(debt * 0.015 * 0.25); // about +200 bp a year on the campus's debt, a quarter
    expect(hedged).toBeCloseTo(fixed, 9);
  });

  it("extends a mini-perm whose covenant holds through a freeze at maturity, on its extension options, and not past them", () => {
    let s = getPreset("base")!.scenario;
    s = setPath(setPath(s, "spv.bulletShare", 1), "spv.maturityQuarters", 4);
    s = setPath(s, "credit.shocks", [{ quarter: "2030Q3", frozen: true }]);
    const failures = (x: Scenario) => simulateFast(x).events.filter((e) => e.kind === "refinancing-failure").map((e) => e.quarter);
    expect(failures(s)).toContain("2030Q4");
    // two one-year extensions carry the 2030Q4 maturity to 2032Q4, past the freeze's first two years
    const extended = setPath(setPath(s, "spv.extensions", 2), "spv.extensionQuarters", 4);
    expect(failures(extended).filter((q) => q < "2032Q4")).toEqual([]);
    expect(failures(extended)).toContain("2032Q4");
  });

  it("makes a maturity markets will not roll a refinancing failure (a mini-perm during a credit freeze)", () => {
    let s = getPreset("base")!.scenario;
    s = setPath(setPath(s, "spv.bulletShare", 1), "spv.maturityQuarters", 4);
    s = setPath(s, "credit.shocks", [{ quarter: "2030Q3", frozen: true }]);
    const r = simulateFast(s);
    expect(r.events.some((e) => e.kind === "refinancing-failure" && e.quarter === "2030Q4")).toBe(true);
  });
});

describe("GPU-backed loans", () => {
  it("breach their loan-to-value test in neocloud when the rental price of compute halves, with demand unchanged", () => {
    const s = getPreset("neocloud")!.scenario;
    const shocked = setPath(s, "ai.shocks", [{ quarter: "2026Q3", priceChange: -0.5 }]);
    expect(simulateFast(s).events.some((e) => e.kind === "ltv-breach")).toBe(false);
    const breach = simulateFast(shocked).events.find((e) => e.kind === "ltv-breach");
    expect(breach?.quarter).toBe("2026Q3");
    expect(breach?.cause).toBe("price-shock");
    expect(shocked.demand.shocks).toEqual([]);
  });

  it("lose the anchor tenant's rent when its funding dries up", () => {
    const s = getPreset("neocloud")!.scenario;
    const q = (x: Scenario) => simulateFast(x).quarters[3]!.measures.aiRevenue;
    const hit = setPath(s, "ai.shocks", [{ quarter: "2026Q3", tenantPaidShare: 0.5 }]);
    expect(q(hit)).toBeCloseTo(q(s) * (1 - s.ai.anchorTenantShare * 0.5), 6);
  });
});
