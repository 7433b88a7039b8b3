/**
 * The run's event log (MODEL.md, "Events"): each event with its quarter, kind, the scheduled shock that set it
 * off, and a bilingual message; and the burst, the first material surfacing of the hidden debt.
 */
import { BURST_KINDS, makeEvent } from "../events.js";
import type { EventKind, ShockKind } from "../events.js";
import type { RunState } from "./state.js";

/** A scheduled shock is named as the cause of events up to three years after it. */
const CAUSE_WINDOW = 12;
/** A surfacing event must be at least this share of total debt to count as the burst. */
const BURST_MATERIALITY = 0.02;
/** Burst kinds whose value is an amount of money (compared with the materiality threshold). */
const AMOUNT_KINDS: ReadonlySet<EventKind> = new Set<EventKind>([
  "consolidation",
  "guarantee-called",
  "lender-loss",
  "refinancing-failure",
  "liquidity-shortfall",
]);
const NO_MESSAGE = { ja: "", en: "" };

/**
 * Log an event of quarter `t`. Its cause is the latest scheduled shock within the cause window (or `cause`
 * when given); lean runs (Monte Carlo) skip the bilingual text, since only kinds and quarters are read.
 */
export function logEvent<T>(st: RunState<T>, t: number, kind: EventKind, value: number, extra = 0, cause: ShockKind | null = st.lastShock): void {
  const N = st.N;
  const recent = cause !== null && t - st.lastShockAt <= CAUSE_WINDOW ? cause : null;
  const label = st.c.labels[t] ?? "";
  const why = kind === recent ? null : recent;
  const e = st.detail ? makeEvent(label, t, kind, why, value, extra) : { quarter: label, index: t, kind, cause: why, value, message: NO_MESSAGE };
  st.events.push(e);
  // the burst is the first material surfacing: amounts under 2% of the debt outstanding are logged only
  if (!st.burst && BURST_KINDS.has(kind) && (!AMOUNT_KINDS.has(kind) || value >= BURST_MATERIALITY * N.toNumber(st.lastTotal))) {
    st.burst = e;
  }
}
