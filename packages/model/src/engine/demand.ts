/**
 * Demand, price and the core business (MODEL.md, "Revenue and costs"): AI compute demand grows at its trend
 * (changed by shocks, fading toward its long-run rate, plus Monte Carlo noise), expectations adapt to what is observed, the price of a unit of
 * compute falls, and core (non-AI) revenue follows its trend times its shocked level. Core costs: the variable
 * part follows revenue at once, the fixed part follows a lasting change of its level over
 * `core.costAdjustQuarters`.
 */
import type { RunState } from "./state.js";

/** Phase 2: this quarter's demand, expected growth, core revenue and costs, and the price of compute. */
export function demandAndPrice<T>(st: RunState<T>): void {
  const N = st.N;
  const s = st.s;
  const q = st.q;
  const t = q.t;
  const prevDemand = st.demand;
  // trend growth fades toward its long-run rate (a scheduled shock resets where it starts from)
  if (t > 0) st.growthQ = st.c.longRunQ + (st.growthQ - st.c.longRunQ) * st.c.fadeQ;
  const noise = st.noise.demand ? (st.noise.demand[t] ?? 0) : 0;
  st.demand =
    t === 0 ? st.demand * (1 + q.levelShock) * Math.exp(noise) : st.demand * (1 + st.growthQ) * (1 + q.levelShock) * Math.exp(noise);
  if (t > 0) st.expectedQ += s.demand.expectationSpeed * (st.demand / prevDemand - 1 - st.expectedQ);
  const coreTrend = st.c.coreTrendAt[t]!;
  st.costLevel += (st.coreLevel - st.costLevel) / s.core.costAdjustQuarters;
  const fixed = s.core.fixedCostShare;
  q.coreRevenue = N.from(coreTrend * st.coreLevel);
  q.coreCosts = N.from(coreTrend * st.c.coreCostShare * ((1 - fixed) * st.coreLevel + fixed * st.costLevel));
  q.price = st.c.price0 * st.c.priceFactorAt[t]! * st.priceLevel;
}
