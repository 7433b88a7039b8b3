/**
 * Scheduled shocks (MODEL.md, "Demand, revenue and costs" and the shock lists): indexed by quarter once, then
 * applied at the start of their quarter. Each logs an event and becomes the latest shock, which later events
 * name as their cause.
 */
import { quarterIndex } from "../_lib/quarter.js";
import type { Scenario } from "../scenario.js";
import { logEvent } from "./event-log.js";
import type { RunState } from "./state.js";

interface DemandShockAt {
  growthAnnual?: number | undefined;
  levelChange?: number | undefined;
}

/** The scenario's shock lists by quarter index. */
export interface ScheduledShocks {
  demand: Map<number, DemandShockAt[]>;
  /** Compound revenue change of the core shocks of a quarter. */
  core: Map<number, number>;
  rate: Map<number, number>;
  credit: Map<number, boolean>;
  cadence: Map<number, number>;
  /** Price-of-compute and anchor-tenant shocks, by quarter. */
  ai: Map<number, Array<{ priceChange?: number | undefined; tenantPaidShare?: number | undefined }>>;
}

/** Index a scenario's shock lists by quarter. */
export function scheduleShocks(s: Scenario): ScheduledShocks {
  const start = s.startQuarter;
  const demand = new Map<number, DemandShockAt[]>();
  for (const sh of s.demand.shocks) {
    const i = quarterIndex(start, sh.quarter);
    demand.set(i, [...(demand.get(i) ?? []), sh]);
  }
  const core = new Map<number, number>();
  for (const sh of s.core.shocks) {
    const i = quarterIndex(start, sh.quarter);
    core.set(i, (1 + (core.get(i) ?? 0)) * (1 + sh.revenueChange) - 1);
  }
  const rate = new Map<number, number>();
  for (const sh of s.rates.shocks) rate.set(quarterIndex(start, sh.quarter), sh.baseAnnual);
  const credit = new Map<number, boolean>();
  for (const sh of s.credit.shocks) credit.set(quarterIndex(start, sh.quarter), sh.frozen);
  const cadence = new Map<number, number>();
  for (const sh of s.gpu.shocks) cadence.set(quarterIndex(start, sh.quarter), sh.economicLifeQuarters);
  const ai = new Map<number, Array<{ priceChange?: number | undefined; tenantPaidShare?: number | undefined }>>();
  for (const sh of s.ai.shocks) {
    const i = quarterIndex(start, sh.quarter);
    ai.set(i, [...(ai.get(i) ?? []), sh]);
  }
  return { demand, core, rate, credit, cadence, ai };
}

/** Quarterly growth factor minus one of an annual rate. */
export const toQuarterly = (annual: number): number => Math.pow(1 + annual, 0.25) - 1;

/** Phase 1: the quarter's scheduled shocks, and the base rate (plus Monte Carlo noise) of the quarter. */
export function applyShocks<T>(st: RunState<T>): void {
  const q = st.q;
  const t = q.t;
  const sh = st.shocks;
  let levelShock = 0;
  const demandToday = sh.demand.size > 0 ? sh.demand.get(t) : undefined;
  if (demandToday) {
    for (const d of demandToday) {
      if (d.growthAnnual !== undefined) st.growthQ = toQuarterly(d.growthAnnual);
      if (d.levelChange !== undefined) levelShock = (1 + levelShock) * (1 + d.levelChange) - 1;
      logEvent(st, t, "demand-shock", d.growthAnnual ?? Math.pow(1 + st.growthQ, 4) - 1);
    }
  }
  // a scenario has few shocks: an empty schedule is not looked up (every quarter of every path asks)
  const coreShock = sh.core.size > 0 ? sh.core.get(t) : undefined;
  if (coreShock !== undefined) {
    st.coreLevel *= 1 + coreShock;
    logEvent(st, t, "core-shock", coreShock);
  }
  if (levelShock !== 0) st.coreLevel *= 1 + st.s.core.demandSensitivity * levelShock;
  const rs = sh.rate.size > 0 ? sh.rate.get(t) : undefined;
  if (rs !== undefined) {
    st.baseRate = rs;
    logEvent(st, t, "rate-shock", rs);
  }
  const cs = sh.credit.size > 0 ? sh.credit.get(t) : undefined;
  if (cs !== undefined && cs !== st.frozen) {
    st.frozen = cs;
    if (st.frozen) {
      st.freezeReported = false;
    }
    logEvent(st, t, st.frozen ? "credit-freeze" : "credit-reopen", 0);
  }
  const cad = sh.cadence.size > 0 ? sh.cadence.get(t) : undefined;
  if (cad !== undefined) {
    st.econLife = cad;
    logEvent(st, t, "cadence-change", cad);
  }
  const aiToday = sh.ai.size > 0 ? sh.ai.get(t) : undefined;
  if (aiToday) {
    for (const a of aiToday) {
      if (a.priceChange !== undefined) {
        st.priceLevel *= 1 + a.priceChange;
        logEvent(st, t, "price-shock", a.priceChange);
      }
      if (a.tenantPaidShare !== undefined) {
        st.tenantPaid = a.tenantPaidShare;
        logEvent(st, t, "tenant-shock", a.tenantPaidShare);
      }
    }
  }
  q.levelShock = levelShock;
  q.rate = st.baseRate + (st.noise.rate ? (st.noise.rate[t] ?? 0) : 0);
}
