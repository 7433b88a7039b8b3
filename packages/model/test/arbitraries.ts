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
 * economically sensible (GPUs last at least a year and a half, AI is at least 2% of revenue): outside them a
 * loss-making AI business can burst *because* demand is strong (more investment, more debt), which is the
 * model working, not a broken static.
 */
/**
 * A number in [min, max] on a grid of a thousandth of the range: shares and rates as an analyst would type
 * them, never a subnormal like 5e-323 that no scenario means and that float and Decimal round apart.
 */
const num = (min: number, max: number): fc.Arbitrary<number> => fc.integer({ min: 0, max: 1000 }).map((k) => min + ((max - min) * k) / 1000);

export const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    preset: fc.constantFrom(...presets.map((p) => p.id)),
    horizon: fc.integer({ min: 6, max: 40 }),
    growth: num(-0.3, 1.2),
    econLife: fc.integer({ min: 6, max: 24 }),
    bookLife: fc.integer({ min: 4, max: 40 }),
    costShare: num(0.2, 0.9),
    baseRate: num(0, 0.12),
    covenant: num(1, 1.6),
    variable: num(0, 1),
    rvg: num(0, 1),
    vacant: num(0, 1),
    payout: num(0, 1),
    minCashShare: num(0, 1),
    aiShare: num(0.02, 0.6),
    campus: num(0, 1),
    gpuVehicle: num(0, 1),
    leasedShells: num(0, 0.5),
    demandShock: fc.option(fc.record({ at: fc.nat(), growth: num(-0.5, 1), level: num(-0.5, 0.3) })),
    coreShock: fc.option(fc.record({ at: fc.nat(), change: num(-0.5, 0.3) })),
    rateShock: fc.option(fc.record({ at: fc.nat(), rate: num(0, 0.15) })),
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
      treasury: { ...p.treasury, payoutShare: g.payout, cashFloor: p.sponsor.cash * g.minCashShare * 0.5 },
      ai: { ...p.ai, revenueShare: g.aiShare },
      leases: { ...p.leases, shellShare: g.leasedShells },
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
      financing: { campusShare: g.campus * (1 - g.leasedShells), gpuShare: g.gpuVehicle },
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
