/**
 * Causes by counterfactual (MODEL.md, "Events"): an event is blamed on the scheduled shock whose removal removes
 * it or makes it later. For each shock the scenario is run again without it on the fast path (a lean run: kinds
 * and quarters only), and each event of the full run is compared with the same occurrence of its kind there.
 * Of several shocks that qualify, the latest before the event is named; an event that happens anyway has none.
 */
import type { ShockKind, SimEvent } from "./events.js";
import { withCause } from "./events.js";
import { burstChainOf } from "./engine/event-log.js";
import { prepare } from "./generated/engine/prepare.js";
import { SeriesRecorder } from "./generated/engine/recorder.js";
import { runEngine as runFloatEngine } from "./generated/engine/run.js";
import { floatNum } from "./_lib/num.js";
import { quarterIndex } from "./_lib/quarter.js";
import type { Scenario } from "./scenario.js";

/** A scheduled shock of the scenario, and the scenario without it. */
interface Removal {
  kind: ShockKind;
  index: number;
  without: Scenario;
}

/** Kinds never blamed on a shock: the shocks themselves, and a campus's completion (its date is set at signing). */
const UNCAUSED: ReadonlySet<string> = new Set([
  "demand-shock",
  "core-shock",
  "rate-shock",
  "credit-freeze",
  "credit-reopen",
  "cadence-change",
  "price-shock",
  "tenant-shock",
  "vehicle-complete",
]);

/** Every scheduled shock, each with the scenario it leaves when taken out (a freeze goes with its reopening). */
function removals(s: Scenario): Removal[] {
  const out: Removal[] = [];
  const at = (quarter: string) => quarterIndex(s.startQuarter, quarter);
  s.demand.shocks.forEach((d, i) => out.push({ kind: "demand-shock", index: at(d.quarter), without: { ...s, demand: { ...s.demand, shocks: s.demand.shocks.filter((_, k) => k !== i) } } }));
  s.core.shocks.forEach((d, i) => out.push({ kind: "core-shock", index: at(d.quarter), without: { ...s, core: { ...s.core, shocks: s.core.shocks.filter((_, k) => k !== i) } } }));
  s.rates.shocks.forEach((d, i) => out.push({ kind: "rate-shock", index: at(d.quarter), without: { ...s, rates: { ...s.rates, shocks: s.rates.shocks.filter((_, k) => k !== i) } } }));
  s.ai.shocks.forEach((d, i) => {
    const without = { ...s, ai: { ...s.ai, shocks: s.ai.shocks.filter((_, k) => k !== i) } };
    out.push({ kind: d.priceChange !== undefined ? "price-shock" : "tenant-shock", index: at(d.quarter), without });
  });
  s.gpu.shocks.forEach((d, i) => out.push({ kind: "cadence-change", index: at(d.quarter), without: { ...s, gpu: { ...s.gpu, shocks: s.gpu.shocks.filter((_, k) => k !== i) } } }));
  const credit = [...s.credit.shocks].map((c, i) => ({ ...c, i, t: at(c.quarter) })).sort((a, b) => a.t - b.t || a.i - b.i);
  credit.forEach((c, n) => {
    if (!c.frozen) return;
    const reopen = credit.slice(n + 1).find((x) => !x.frozen);
    const drop = new Set([c.i, ...(reopen ? [reopen.i] : [])]);
    out.push({ kind: "credit-freeze", index: c.t, without: { ...s, credit: { ...s.credit, shocks: s.credit.shocks.filter((_, k) => !drop.has(k)) } } });
  });
  return out;
}

/** Quarter index of each occurrence of each kind in a lean run of `scenario`. */
function occurrences(scenario: Scenario): Map<string, number[]> {
  const recorder = new SeriesRecorder<number>(scenario.horizonQuarters);
  const { events } = runFloatEngine(floatNum, prepare(scenario), recorder);
  return byKind(events);
}

function byKind(events: readonly { kind: string; index: number }[]): Map<string, number[]> {
  const m = new Map<string, number[]>();
  for (const e of events) {
    const list = m.get(e.kind);
    if (list) list.push(e.index);
    else m.set(e.kind, [e.index]);
  }
  return m;
}

/**
 * The run's events with their causes named, and its burst chain rebuilt from them.
 *
 * @example
 * attributeCauses(getPreset("demand-slowdown")!.scenario, events, burstIndex).events.find((e) => e.kind === "covenant-breach")?.cause; // "demand-shock"
 */
export function attributeCauses(scenario: Scenario, events: readonly SimEvent[], burstIndex: number | null): { events: SimEvent[]; burstChain: Array<Pick<SimEvent, "quarter" | "kind" | "message">> } {
  const shocks = removals(scenario);
  const counterfactuals = shocks.map((r) => occurrences(r.without));
  const seen = new Map<string, number>();
  const attributed = events.map((e) => {
    const nth = seen.get(e.kind) ?? 0;
    seen.set(e.kind, nth + 1);
    if (UNCAUSED.has(e.kind)) return withCause(e, null);
    let cause: ShockKind | null = null;
    let causeAt = -1;
    shocks.forEach((shock, k) => {
      if (shock.index > e.index || shock.index < causeAt) return;
      const without = counterfactuals[k]!.get(e.kind)?.[nth];
      if (without === undefined || without > e.index) {
        cause = shock.kind;
        causeAt = shock.index;
      }
    });
    return withCause(e, cause);
  });
  const chain = burstIndex === null ? [] : burstChainOf(attributed, burstIndex);
  return { events: attributed, burstChain: chain.map((e) => ({ quarter: e.quarter, kind: e.kind, message: e.message })) };
}
