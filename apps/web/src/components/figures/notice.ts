import { fillTemplate } from "@/messages/types";
import type { ExplainMessages } from "./explain-types";

/**
 * The sentence a state off the default earns (a "try this" or the reader's own move): its number against the
 * default's, both as the page shows them.
 * Written from the two runs, so it says "the same" when the runs agree instead of promising a change.
 */
export function noticeSentence(x: ExplainMessages, metric: string, from: string, to: string): string {
  return fillTemplate(from === to ? x.noticeSame : x.noticeChanged, { metric, from, to });
}

/** True when two series differ anywhere: a faint default line is drawn only where it shows something. */
export function seriesDiffer(a: readonly (readonly number[])[], b: readonly (readonly number[])[]): boolean {
  return a.some((series, k) => {
    const other = b[k] ?? [];
    return series.length !== other.length || series.some((v, i) => !(Object.is(v, other[i]) || Math.abs(v - (other[i] ?? Number.NaN)) <= 1e-9 * Math.max(1, Math.abs(v))));
  });
}
