import type { ClaimAnswer } from "@aidebt/model";

/**
 * The words of the claims report (the article's section and the simulator's panel). Sentences about the model's
 * findings come from `claims()` itself; these are headings, labels and templates whose `{slots}` are filled from
 * the report.
 */
export interface ClaimsMessages {
  heading: string;
  /** Under the heading on the article page. */
  intro: string;
  /** The preset picker's legend. */
  scenarioLegend: string;
  /** The line above a preset's claims: `{preset}`, `{start}`. */
  presetLine: string;
  /** The simulator panel's heading and its line about which scenario it tests. */
  panelHeading: string;
  panelIntro: string;
  /** Status of the simulator's panel. */
  computing: string;
  updating: string;
  failed: string;
  answers: Record<ClaimAnswer, string>;
  /** The label before the answer (for screen readers and print). */
  answerLabel: string;
  figuresLabel: string;
  /** Where the answer flips: `{parameter}`, `{value}`, `{becomes}`; `flipNow` is appended with the scenario's own value (`{now}`). */
  flip: string;
  flipNow: string;
  /** No parameter tried flips the answer within its range. */
  noFlip: string;
  /** A figure that is a quarter but has none (nothing surfaced). */
  notWithinHorizon: string;
  /** A multiple: `{n}`. */
  multiple: string;
  /** A number of quarters: `{n}`. */
  quarters: string;
  /** Labels of the figures `claims()` reports that are not fields of a result or parameters. */
  verdicts: Record<"cash-flow" | "balanced" | "debt", string>;
}
