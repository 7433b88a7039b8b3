import { describe, expect, it } from "vitest";
import { INDUSTRY_SPONSORS, getPreset, industryMarket, presetMarkets, setPath, simulateFast, simulateMarket, simulatePresetMarket, simulatePresetsMarket } from "./index.js";

describe("one market for compute", () => {
  it("reports each sponsor and the total, the total the sum of the sponsors", () => {
    const m = industryMarket();
    expect(m.sponsors.map((s) => s.id)).toEqual([...INDUSTRY_SPONSORS]);
    expect(m.opens).toBe("2026Q1");
    for (const q of m.quarters) {
      const sum = m.sponsors.reduce((a, s) => a + s.result.quarters.find((x) => x.label === q.label)!.measures.totalDebt, 0);
      expect(q.totals.totalDebt).toBeCloseTo(sum, 9);
      expect(q.glutFactor).toBeGreaterThan(0);
      expect(q.glutFactor).toBeLessThanOrEqual(1);
    }
  });

  it("lowers the price of compute and utilisation together when one sponsor builds more for the same demand", () => {
    const base = industryMarket();
    const more = industryMarket({ changes: { alphabet: (s) => setPath(s, "investment.guidanceAnnual", s.investment.guidanceAnnual * 1.5) } });
    let lower = 0;
    for (let t = 1; t < 6; t++) {
      const a = base.quarters[t]!;
      const b = more.quarters[t]!;
      expect(b.demand).toBeCloseTo(a.demand, 9); // the same demand
      expect(b.capacity).toBeGreaterThanOrEqual(a.capacity);
      if (b.capacity > a.capacity * 1.001) {
        expect(b.utilisation).toBeLessThan(a.utilisation);
        expect(b.glutFactor).toBeLessThan(a.glutFactor);
        lower++;
      }
    }
    expect(lower).toBeGreaterThan(0);
  });

  it("is, for one sponsor, the sponsor's own run with the same elasticity", () => {
    const s = setPath(getPreset("meta")!.scenario, "ai.priceElasticity", 1);
    const alone = simulateFast(s);
    const market = simulateMarket([{ id: "meta", scenario: s }], { elasticity: 1 }).sponsors[0]!.result;
    expect(market.quarters.map((q) => q.measures.aiRevenue)).toEqual(alone.quarters.map((q) => q.measures.aiRevenue));
    // and the glut lowers what it earns when it runs below its opening utilisation
    const inelastic = simulateFast(getPreset("meta")!.scenario);
    expect(alone.quarters.at(-1)!.measures.aiRevenue).toBeLessThan(inelastic.quarters.at(-1)!.measures.aiRevenue);
  });

  it("opens when the last sponsor opens: Microsoft's and Oracle's first two quarters run on their own market", () => {
    const m = industryMarket();
    for (const id of ["microsoft", "oracle"]) {
      const s = m.sponsors.find((x) => x.id === id)!;
      expect(s.opens).toBe("2025Q3");
      const alone = simulateFast(getPreset(id)!.scenario);
      // before the market opens it is the sponsor's own run, quarter by quarter
      expect(s.result.quarters.slice(0, 2).map((q) => q.measures.totalDebt)).toEqual(alone.quarters.slice(0, 2).map((q) => q.measures.totalDebt));
      // and every sponsor's run ends with the market's
      expect(s.result.quarters.at(-1)!.label).toBe(m.quarters.at(-1)!.label);
    }
  });

  it("names the first sponsor to burst by calendar quarter, not by its own quarter count", () => {
    const m = industryMarket();
    const bursts = m.sponsors.filter((s) => s.result.summary.burstQuarter !== null).map((s) => s.result.summary.burstQuarter!).sort();
    expect(m.summary.firstBurst?.quarter ?? null).toBe(bursts[0] ?? null);
  });

  it("stretches a sponsor's shorter horizon to the market's end", () => {
    const short = setPath(getPreset("meta-2024")!.scenario, "horizonQuarters", 8);
    const m = simulateMarket([{ id: "meta", scenario: getPreset("meta")!.scenario }, { id: "meta-2024", scenario: short }], { elasticity: 1 });
    expect(m.opens).toBe("2026Q1");
    expect(m.sponsors[1]!.result.quarters.at(-1)!.label).toBe(m.quarters.at(-1)!.label);
    expect(m.sponsors[1]!.result.quarters.length).toBe(m.quarters.length + 4);
  });
});

describe("the investment hurdle", () => {
  it("builds less when the cost of funds rises above the expected return, and not at all with no margin over it", () => {
    const s = setPath(getPreset("neocloud")!.scenario, "investment.hurdleSpread", 0.05);
    const built = (x: typeof s) => simulateFast(x).quarters.slice(4, 12).reduce((a, q) => a + q.measures.capex, 0);
    const dear = setPath(s, "rates.baseAnnual", 0.2);
    expect(built(dear)).toBeLessThan(built(s));
    expect(built(setPath(s, "investment.hurdleSpread", 0))).toBeGreaterThanOrEqual(built(s));
  });
});

describe("the industry preset, six sponsors in one market", () => {
  it("runs as its sponsors in one market, each reported and the total the sum", () => {
    expect(presetMarkets()).toEqual(["industry"]);
    const m = simulatePresetMarket("industry");
    expect(m.sponsors.map((s) => s.id)).toEqual(["meta", "alphabet", "microsoft", "amazon", "oracle", "neocloud"]);
    expect(m.elasticity).toBe(getPreset("industry")!.market!.elasticity);
    const last = m.quarters.at(-1)!;
    const sum = m.sponsors.reduce((a, s) => a + s.result.quarters.at(-1)!.measures.hiddenDebt, 0);
    expect(last.totals.hiddenDebt).toBeCloseTo(sum, 9);
    expect(m.summary.sponsorAiNpv).toBeCloseTo(m.sponsors.reduce((a, s) => a + s.result.summary.sponsorAiNpv, 0), 9);
    expect(() => simulatePresetMarket("meta")).toThrow(/meta is not a market preset \(allowed: industry\)/);
    expect(() => simulatePresetsMarket(["meta", "industry"], { elasticity: 1 })).toThrow(/industry is not a single-sponsor preset/);
  });


  it("lowers the price of compute and utilisation together when its single-sponsor stand-in builds more for the same demand", () => {
    const s = getPreset("industry")!.scenario;
    const a = simulateFast(s).quarters;
    const b = simulateFast(setPath(s, "investment.guidanceAnnual", s.investment.guidanceAnnual * 1.5)).quarters;
    for (let t = 1; t < 5; t++) {
      expect(b[t]!.measures.demand).toBeCloseTo(a[t]!.measures.demand, 9);
      expect(b[t]!.measures.utilisation).toBeLessThan(a[t]!.measures.utilisation);
      expect(b[t]!.measures.glutFactor).toBeLessThan(a[t]!.measures.glutFactor);
    }
  });
});
