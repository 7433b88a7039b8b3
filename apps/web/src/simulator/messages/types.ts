import type { ScenarioIssueCode, Unit } from "@aidebt/model";
import type { GodleyRowId } from "../results/godley";

/**
 * Interface text of the simulator. Components take every word from here (or from the model's bilingual
 * event messages and preset names); placeholders are `{name}`, filled with `fillTemplate` from the site.
 */
import type { Lang } from "@/messages/types";

export type GroupId = "general" | "sponsor" | "demand" | "gpus" | "financing" | "spv" | "rates" | "shocks";
export type ShockListId = "demand.shocks" | "core.shocks" | "rates.shocks" | "credit.shocks" | "gpu.shocks" | "ai.shocks";
export type ProvenanceKind = "sourced" | "estimated" | "illustrative";
/** What an analysis reads from each run; `burstIndex` is the quarter the hidden debt surfaces (the horizon when it does not). */
export type AnalysisOutput = "peakTotalDebt" | "peakHiddenDebt" | "sponsorAiNpv" | "lenderLoss" | "minInterestCover" | "burstIndex";

export interface SimulatorMessages {
  lang: Lang;
  meta: { title: string; description: string };
  title: string;
  intro: string;
  navLabel: string;
  sections: { parameters: string; shocks: string; results: string; compare: string; analysis: string; share: string };
  groups: Record<GroupId, string>;
  /** Unit names by the model's unit (parameter labels come from the model's parameter table). */
  units: Record<Unit, string>;
  provenance: Record<ProvenanceKind, string> & { none: string; source: string; badgeLabel: string };
  field: {
    allowed: string;
    /** A problem followed by what is allowed. */
    withAllowed: string;
    /** What the model allows at a section's path, in the page's words: "{keys}" its JSON keys, "{more}" how many are not listed. */
    objectKeys: string;
    objectKeysMore: string;
    reset: string;
    changed: string;
    numberLabel: string;
    range: string;
    integer: string;
    quarterFormat: string;
    /** The unit of a life shown in years (the model counts quarters). */
    years: string;
    /** A range of a life in years, in whole quarters. */
    quarterSteps: string;
    /** What a yes/no parameter allows. */
    onOff: string;
    problems: Record<"empty" | "not-a-number" | "not-integer" | "not-step" | "too-small" | "too-large", string>;
  };
  preset: { label: string; description: string; apply: string };
  shocks: {
    lists: Record<ShockListId, string>;
    /** The label of a shock's quarter (its other fields are labelled by the model's parameter table). */
    quarter: string;
    add: string;
    addKind: string;
    remove: string;
    none: string;
    timeline: string;
    marker: string;
    frozenOn: string;
    frozenOff: string;
    optional: string;
  };
  results: {
    summary: string;
    headline: string;
    keyFigures: string;
    /** The debt chart; its series are labelled by the model's RESULT_FIELDS. */
    debt: { title: string; caption: string };
    treadmill: { title: string; caption: string; capex: string; newBorrowing: string; depreciation: string };
    gpuValue: { title: string; caption: string; book: string; economic: string };
    cover: { title: string; caption: string; capLabel: string; interestCover: string; spvDscr: string; covenant: string };
    /** The article's "返済はできても儲けはない": what lenders receive against what the AI business earns. */
    repaid: { title: string; caption: string; lenders: string; aiCashFlow: string };
    /** The article's "キャッシュフローか借金か": new borrowing as a share of capex (the model's debtFundedCapexShare). */
    funding: { title: string; caption: string; share: string; axis: string };
    axisMoney: string;
    axisRatio: string;
    axisQuarter: string;
    balance: { title: string; intro: string; quarter: string; instrument: string; sponsor: string; spv: string; lenders: string; outside: string; sum: string; rows: Record<GodleyRowId, string>; check: string; checkFail: string };
    events: { title: string; none: string; quarter: string; kind: string; message: string };
    summaryRows: Record<"burstQuarter" | "peakHiddenDebt" | "peakTotalDebt" | "peakReportedDebt" | "lenderRepaid" | "lenderLoss" | "sponsorAiNpv" | "debtFundedCapexShare" | "minInterestCover" | "verdict", string>;
    /** A measure read at the run's last quarter: {measure} {quarter}. */
    atEnd: string;
    noBurst: string;
    verdict: Record<"cash-flow" | "balanced" | "debt", string>;
    showData: string;
    stale: string;
    /** Shown where a result is drawn while the model is still loading (only after a client-side visit). */
    computing: string;
    /** Shown when the model's code could not be loaded, with a button to try again. */
    modelFailed: string;
    retry: string;
  };
  compare: {
    intro: string;
    add: string;
    remove: string;
    slotName: string;
    current: string;
    full: string;
    measure: string;
    measures: Record<"totalDebt" | "adjustedDebt" | "leaseLiabilities" | "hiddenDebt" | "interestCover", string>;
    table: string;
    scenario: string;
  };
  analysis: {
    intro: string;
    output: string;
    outputs: Record<AnalysisOutput, string>;
    run: string;
    cancel: string;
    cancelled: string;
    progress: string;
    running: string;
    failed: string;
    tornado: { title: string; caption: string; delta: string; low: string; high: string; base: string };
    heatmap: { title: string; caption: string; orLess: string; orMore: string; flagged: string; flags: Record<"rejected" | "implausible", string>; x: string; y: string; steps: string; cell: string };
    monteCarlo: {
      title: string;
      caption: string;
      seed: string;
      /** "{paths} paths": how many paths a band was drawn from. */
      pathCount: string;
      runs: string;
      spread: string;
      rateVolatility: string;
      burstProbability: string;
      median: string;
      p25p75: string;
      p5p95: string;
      measure: string;
      /** Cumulative probability of the burst by the end of each year: title and column names. */
      byYear: string;
      year: string;
      probability: string;
      /** Lenders' cumulative loss at the horizon across paths: {mean} {p50} {p95} {p99} {share}. */
      finalLoss: string;
    };
  };
  /** The model's issue codes in the page's words: {received} the value given, {message} the model's English detail. */
  issues: Record<ScenarioIssueCode, string>;
  share: {
    link: string;
    copy: string;
    copied: string;
    downloadScenario: string;
    downloadCsv: string;
    downloadJson: string;
    upload: string;
    uploadHelp: string;
    uploaded: string;
    tooLarge: string;
    notJson: string;
    empty: string;
    invalidFile: string;
    notObject: string;
    readFailed: string;
    urlInvalid: string;
    urlFallback: string;
    issuesTitle: string;
    issue: string;
    dismiss: string;
  };
  codec: {
    badVersion: string;
    badEncoding: string;
    badJson: string;
    badShape: string;
    unknownPreset: string;
    unknownPath: string;
  };
  noscript: string;
}
