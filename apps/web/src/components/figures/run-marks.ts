import type { ResultJson } from "@aidebt/model";

/**
 * The quarters of a run worth marking on its charts, each taken from what the model reports (never placed by
 * the page): where the hidden debt surfaces (the summary's burst), where a vehicle first breaches its DSCR
 * covenant, and where a vehicle's lease first commences. Null when the run has no such event.
 */
export interface RunMarks {
  burst: number | null;
  covenant: number | null;
  leaseStart: number | null;
}

export type MarkKind = keyof RunMarks;

/** The mark kinds in the order they are drawn and listed. */
export const MARK_KINDS: readonly MarkKind[] = ["leaseStart", "covenant", "burst"];

function firstEvent(result: ResultJson, kind: string): number | null {
  return result.events.find((e) => e.kind === kind)?.index ?? null;
}

/** The marks of a run, as quarter indices into `result.quarters`. */
export function runMarks(result: ResultJson): RunMarks {
  return {
    burst: result.summary.burstIndex ?? null,
    covenant: firstEvent(result, "covenant-breach"),
    leaseStart: firstEvent(result, "vehicle-complete"),
  };
}
