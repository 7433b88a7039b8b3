/**
 * The words of the "one year on" page. Every sentence that states a figure is a template whose `{slots}` are
 * filled from the data or a model run, never a fixed claim the data could contradict.
 */
export type ClaimId = "hidden-debt" | "treadmill" | "repaid-no-profit" | "demand-trigger" | "cash-or-debt" | "sudden-surfacing";

export type TrackerId = "capex" | "bonds" | "vehicles" | "leases" | "gpu" | "backtest";

export interface TrackerFigureMessages {
  title: string;
  chartLabel: string;
  /** The unit line under the title. */
  units: string;
  /** Generated caption: a template filled from the figure's rows. */
  caption: string;
  columns: Record<string, string>;
  series?: Record<string, string>;
}

export interface OneYearOnMessages {
  title: string;
  description: string;
  /** Marks the page as a dated companion, not part of the article. */
  companion: string;
  asOf: string;
  backToArticle: string;
  claimsHeading: string;
  trackerHeading: string;
  happenedHeading: string;
  modelHeading: string;
  nothingYet: string;
  sourcesLabel: string;
  figure: string;
  showData: string;
  listSeparator: string;
  confidence: Record<"primary" | "press" | "secondary", string>;
  companies: Record<string, string>;
  structures: Record<string, string>;
  instruments: Record<string, string>;
  seriesNames: Record<string, string>;
  claims: Record<ClaimId, { title: string; article: string }>;
  /** Templates of the dated items under "what happened since". */
  happened: {
    deal: string;
    dealUndisclosed: string;
    aggregate: string;
    aggregateBreakdown: string;
    guidance: string;
    companyValue: string;
    seriesChange: string;
    usefulLife: string;
  };
  /** Templates of "what the model says now": the preset claims() ran on, and the backtest's dated figures. */
  model: {
    preset: string;
    hiddenDebtBacktest: string;
    treadmillBacktest: string;
    /** A multiple such as interest cover: `{n}×`. */
    ratio: string;
  };
  figures: Record<TrackerId, TrackerFigureMessages>;
  backtestNone: string;
}
