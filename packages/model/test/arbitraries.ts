// fast-check generators of valid scenarios: a preset with parameters and shocks drawn within their ranges.
import fc from "fast-check";
import type { Scenario } from "../src/index.js";
import { assertScenario, getPreset, presets } from "../src/index.js";

const label = (start: string, index: number): string => {
  const m = /^(\d{4})Q([1-4])$/.exec(start)!;
  const ord = Number(m[1]) * 4 + Number(m[2]) - 1 + index;
  return `${Math.floor(ord / 4)}Q${(ord % 4) + 1}`;
};

/**
 * A valid scenario: any preset, perturbed, with up to one shock of each kind inside the horizon. Ranges stay
 * economically sensible (GPUs last at least a year and a half, AI earns at least $5B a year): outside them a
 * loss-making AI business can burst *because* demand is strong (more investment, more debt), which is the
 * model working, not a broken static.
 */
export const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    preset: fc.constantFrom(...presets.map((p) => p.id)),
    horizon: fc.integer({ min: 6, max: 40 }),
    growth: fc.double({ min: -0.3, max: 1.2, noNaN: true }),
    econLife: fc.integer({ min: 6, max: 24 }),
    bookLife: fc.integer({ min: 4, max: 40 }),
    costShare: fc.double({ min: 0.2, max: 0.9, noNaN: true }),
    offBalance: fc.double({ min: 0, max: 1, noNaN: true }),
    baseRate: fc.double({ min: 0, max: 0.12, noNaN: true }),
    covenant: fc.double({ min: 1, max: 1.6, noNaN: true }),
    variable: fc.double({ min: 0, max: 1, noNaN: true }),
    rvg: fc.double({ min: 0, max: 1, noNaN: true }),
    vacant: fc.double({ min: 0, max: 1, noNaN: true }),
    payout: fc.double({ min: 0, max: 1, noNaN: true }),
    minCashShare: fc.double({ min: 0, max: 1, noNaN: true }),
    aiRevenue: fc.double({ min: 5, max: 100, noNaN: true }),
    demandShock: fc.option(fc.record({ at: fc.nat(), growth: fc.double({ min: -0.5, max: 1, noNaN: true }), level: fc.double({ min: -0.5, max: 0.3, noNaN: true }) })),
    coreShock: fc.option(fc.record({ at: fc.nat(), change: fc.double({ min: -0.5, max: 0.3, noNaN: true }) })),
    rateShock: fc.option(fc.record({ at: fc.nat(), rate: fc.double({ min: 0, max: 0.15, noNaN: true }) })),
    freeze: fc.option(fc.record({ at: fc.nat(), length: fc.integer({ min: 1, max: 12 }) })),
    cadence: fc.option(fc.record({ at: fc.nat(), life: fc.integer({ min: 4, max: 16 }) })),
  })
  .map((g): Scenario => {
    const p = getPreset(g.preset)!.scenario;
    const H = g.horizon;
    const q = (at: number) => label(p.startQuarter, at % H);
    const freezeEnd = g.freeze ? (g.freeze.at % H) + g.freeze.length : 0;
    return assertScenario({
      ...p,
      horizonQuarters: H,
      core: { ...p.core, shocks: g.coreShock ? [{ quarter: q(g.coreShock.at), revenueChange: g.coreShock.change }] : [] },
      sponsor: { ...p.sponsor, payoutRatio: g.payout, minCash: p.sponsor.cash * g.minCashShare },
      ai: { ...p.ai, revenueAnnual: g.aiRevenue },
      demand: {
        ...p.demand,
        aiGrowthAnnual: g.growth,
        shocks: g.demandShock ? [{ quarter: q(g.demandShock.at), growthAnnual: g.demandShock.growth, levelChange: g.demandShock.level }] : [],
      },
      gpu: {
        ...p.gpu,
        economicLifeQuarters: g.econLife,
        bookLifeQuarters: g.bookLife,
        costShare: g.costShare,
        shocks: g.cadence ? [{ quarter: q(g.cadence.at), economicLifeQuarters: g.cadence.life }] : [],
      },
      financing: { offBalanceShare: g.offBalance },
      rates: { baseAnnual: g.baseRate, shocks: g.rateShock ? [{ quarter: q(g.rateShock.at), baseAnnual: g.rateShock.rate }] : [] },
      credit: {
        ...p.credit,
        shocks: g.freeze
          ? [
              { quarter: q(g.freeze.at), frozen: true },
              ...(freezeEnd < H ? [{ quarter: label(p.startQuarter, freezeEnd), frozen: false }] : []),
            ]
          : [],
      },
      spv: { ...p.spv, dscrCovenant: g.covenant, leaseVariableShare: g.variable, rvgCapShare: g.rvg, vacantValueShare: g.vacant },
    });
  });

/** Walk a JSON value and return the path of the first number that is NaN or infinite, or null. */
export function firstNonFinite(value: unknown, path = ""): string | null {
  if (typeof value === "number") return Number.isFinite(value) ? null : path;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const r = firstNonFinite(value[i], `${path}.${i}`);
      if (r) return r;
    }
    return null;
  }
  if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      const r = firstNonFinite(v, path ? `${path}.${k}` : k);
      if (r) return r;
    }
  }
  return null;
}
