/**
 * The market for compute (MODEL.md, "Market"): the price of compute follows its default path, shocks and, when
 * capacity outruns demand, a glut. Its glut factor is (utilisation ÷ the opening utilisation)^elasticity, capped
 * at 1: at the opening's balance it is 1, and a market with 10% more spare capacity than at the opening sells
 * compute about `elasticity` × 10% cheaper. A single sponsor is its own market (`ai.priceElasticity`); a run of
 * several sponsors (`market-run.ts`) sets one factor from their summed demand and capacity.
 */
import type { RunState } from "./state.js";

/** Demand on the sponsor's fleet and the capacity that can serve it this quarter (compute units). */
export function marketLoad<T>(st: RunState<T>): { demand: number; capacity: number } {
  return { demand: st.demand, capacity: st.q.capacity + st.q.inferenceCapacity };
}

/** The glut factor of the price of compute for a market's demand, capacity and opening utilisation. */
export function glutFactor(demand: number, capacity: number, openingUtilisation: number, elasticity: number): number {
  if (elasticity <= 0 || capacity <= 0 || openingUtilisation <= 0) return 1;
  return Math.pow(Math.min(1, demand / capacity / openingUtilisation), elasticity);
}

/** Phase: the quarter's price of compute, after the glut of the sponsor's market (`factor`, 1 = none). */
export function setMarketPrice<T>(st: RunState<T>, factor: number): void {
  st.q.price *= factor;
  st.q.glutFactor = factor;
}

/** A single sponsor's own market: its glut factor from its own utilisation and `ai.priceElasticity`. */
export function ownMarketFactor<T>(st: RunState<T>): number {
  const { demand, capacity } = marketLoad(st);
  return glutFactor(demand, capacity, st.s.ai.openingUtilisation, st.s.ai.priceElasticity);
}
