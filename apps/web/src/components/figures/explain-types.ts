import type { MarkKind } from "./run-marks";

/**
 * The words of the explaining layer on the figures (the default baseline, the run's marks, the reset and
 * "try this" buttons, and the structure diagram at figure 2), one file per language like src/messages.
 * Placeholders are `{name}`, filled by `fillTemplate` with numbers from a run.
 */
export interface ExplainMessages {
  /** Legend label of the faint series: the figure's default state. */
  baseline: string;
  reset: string;
  /** Label of the group of "try this" buttons. */
  tryLabel: string;
  /** What a mark on a chart is; the quarter comes from the run. */
  marks: Record<MarkKind, string>;
  /** `{metric}`, `{from}` (the default's), `{to}` (this state's): the sentence a "try this" state earns. */
  noticeChanged: string;
  noticeSame: string;
  /** A quarter that does not come within the horizon (no surfacing). */
  never: string;
  tries: {
    fig1: { shortLife: string; gpuHeavy: string };
    fig2: { allVehicles: string; noVehicles: string };
    fig3: { honestBook: string; longBook: string; shortLife: string };
    fig4: { flat: string; fast: string; slowPrices: string };
    fig5: { earlier: string; deeper: string; none: string };
    /** `{preset}`: a preset's name from the model. */
    fig6: { preset: string };
    fig7: { together: string; allStocks: string };
    fig8: { noFee: string; doubleBudget: string };
  };
  structure: StructureMessages;
}

export interface StructureMessages {
  /** Heading of the diagram (not a numbered figure: it draws figure 2's run as a structure). */
  title: string;
  intro: string;
  chartLabel: string;
  controls: { scenario: string; quarter: string; campusShare: string };
  nodes: { sponsor: string; vehicle: string; lenders: string };
  flows: { debt: string; rent: string; interest: string; payments: string; guarantee: string; consolidated: string };
  /** What each flow is, for the list under the diagram. */
  flowNotes: { debt: string; rent: string; interest: string; payments: string; guarantee: string; consolidated: string };
  /** `{quarter}`, `{debt}`: the vehicle debt outstanding that quarter. */
  captionDebt: string;
  captionNoDebt: string;
  /** `{rent}`, `{interest}`. */
  captionRent: string;
  /** `{capitalised}`: interest added to the debt while the campus is built. */
  captionBuilding: string;
  /** `{guarantee}`. */
  captionGuarantee: string;
  /** `{consolidated}`. */
  captionConsolidated: string;
  /** `{events}`: the model's messages for that quarter. */
  captionEvents: string;
  /** The width legend: flows per quarter and balances are drawn to two scales. */
  scales: string;
  events: string;
}
