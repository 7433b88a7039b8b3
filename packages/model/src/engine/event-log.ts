/**
 * The run's event log (MODEL.md, "Events"): each event with its quarter, kind and a bilingual message; and the
 * burst, the first material surfacing of the hidden debt. Causes are found after the run, by counterfactual
 * (src/attribution.ts): an engine quarter cannot know which shock an event would not have happened without.
 */
import { BURST_KINDS, makeEvent } from "../events.js";
import type { EventKind, SimEvent } from "../events.js";
import type { RunState } from "./state.js";

/** A surfacing event must be at least this share of total debt to count as the burst. */
const BURST_MATERIALITY = 0.02;
/** Burst kinds whose value is an amount of money (compared with the materiality threshold). */
const AMOUNT_KINDS: ReadonlySet<EventKind> = new Set<EventKind>([
  "consolidation",
  "guarantee-called",
  "lender-loss",
  "refinancing-failure",
  "liquidity-shortfall",
  "ltv-breach",
]);
const NO_MESSAGE = { ja: "", en: "" };

/**
 * Log an event of quarter `t`, without a cause (attributed after the run); lean runs (Monte Carlo) skip the
 * bilingual text, since only kinds and quarters are read.
 */
export function logEvent<T>(st: RunState<T>, t: number, kind: EventKind, value: number, extra = 0): void {
  const N = st.N;
  const label = st.c.labels[t] ?? "";
  const e = st.detail ? makeEvent(label, t, kind, null, value, extra) : { quarter: label, index: t, kind, cause: null, value, message: NO_MESSAGE };
  st.events.push(e);
  // the burst is the first material surfacing: amounts under 2% of the debt outstanding are logged only
  if (!st.burst && BURST_KINDS.has(kind) && (!AMOUNT_KINDS.has(kind) || value >= BURST_MATERIALITY * N.toNumber(st.lastTotal))) {
    st.burst = e;
  }
}

/** The events that led to a burst at `burstIndex`: the last ten up to its quarter (a market reopening is not a step). */
export function burstChainOf(events: readonly SimEvent[], burstIndex: number): SimEvent[] {
  return events.filter((e) => e.index <= burstIndex && e.kind !== "credit-reopen").slice(-10);
}
