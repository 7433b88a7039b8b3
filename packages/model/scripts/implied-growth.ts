// Diagnostic (MODEL.md, "What the model leaves out"): the demand growth a company's capex guidance implies. A company guides its capex to
// the compute it expects to sell, so the calibrated opening growth of AI demand is the one at which the guided
// year's build leaves utilisation where it opened. Solved by bisection on the model itself (the fast path), so
// that the physics that turns dollars into compute — GPU cost, the gain per generation, retirements, inference —
// is the model's own and not a second formula here. Not used by the calibration (see MODEL.md); it prints the gap.
// Usage: node --import tsx scripts/implied-growth.ts
import { getPreset } from "../src/presets.js";
import { simulateFastUncaused } from "../src/simulate-fast.js";
import type { Scenario } from "../src/scenario.js";

/** Utilisation at the end of the guided year (the fourth quarter) at opening growth `g`. */
function yearEndUtilisation(s: Scenario, g: number): number {
  const run = simulateFastUncaused({ ...s, demand: { ...s.demand, aiGrowthAnnual: g } });
  return run.quarters[3]!.measures.utilisation;
}

/**
 * The opening growth of AI demand at which utilisation ends the guided year at its opening level, or undefined
 * when the scenario has no guidance or no growth in [0, 5] gets there.
 */
export function impliedDemandGrowth(s: Scenario): number | undefined {
  if (!(s.investment.guidanceAnnual > 0) || s.horizonQuarters < 4) return undefined;
  const goal = s.ai.openingUtilisation;
  let lo = 0;
  let hi = 5;
  if (yearEndUtilisation(s, lo) >= goal || yearEndUtilisation(s, hi) < goal) return undefined;
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (yearEndUtilisation(s, mid) < goal) lo = mid;
    else hi = mid;
  }
  return Number(hi.toPrecision(4));
}

const rows = ["meta-2024", "meta", "alphabet", "microsoft", "amazon", "oracle", "coreweave", "neocloud"].map((id) => {
  const s = getPreset(id)!.scenario;
  return { preset: id, calibrated: s.demand.aiGrowthAnnual, implied: impliedDemandGrowth(s) ?? null, guidance: s.investment.guidanceAnnual };
});
console.table(rows);
