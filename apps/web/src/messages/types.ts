/**
 * The shape every language's message file fills in. Components take their words only from here or from
 * `@aidebt/content`; placeholders in templates are written `{name}` and filled by `fillTemplate`.
 */
export type Lang = "ja" | "en";

export interface FigureMessages<C extends string = string, S extends string = string> {
  /** Short title shown above the chart. */
  title: string;
  /** What to notice, one or two sentences. */
  caption: string;
  /** A sentence with live numbers (`{name}` placeholders) that the reader can change in place. */
  live: string;
  /** Accessible description of the SVG chart. */
  chartLabel: string;
  controls: Record<C, string>;
  series: Record<S, string>;
  axes: { x: string; y: string; y2?: string };
}

export interface Messages {
  lang: Lang;
  site: {
    name: string;
    description: string;
    ogImageAlt: string;
    skipToContent: string;
    nav: { article: string; glossary: string; sources: string; simulator: string; oneYearOn: string; label: string };
    langSwitch: { label: string; target: string; targetLang: Lang; hint: string };
    footer: string;
    /** The footer's link to the packages' API reference (/docs/, in English). */
    docsLink: string;
    disclaimer: string;
  };
  article: {
    /** Stretches of the article's text that become live numbers (see lib/live-prose.ts). */
    liveMatches: { h1bFee: string; h1bFeeYen: string };
    lead: string;
    tocLabel: string;
    termLinkTitle: string;
    figureRef: string;
  };
  glossary: {
    title: string;
    description: string;
    reading: string;
    english: string;
    occurrences: string;
    occurrenceLink: string;
    none: string;
    /** "In the figures": the figures whose own words use the term. */
    inFigures: string;
    /** The link text for the structure diagram before figure 2. */
    structureLink: string;
  };
  sources: {
    title: string;
    description: string;
    factsHeading: string;
    checksHeading: string;
    columns: { fact: string; value: string; paragraph: string; raw: string; implied: string };
    verdict: string;
    arithmetic: string;
    claim: string;
    inParagraph: string;
    verdicts: Record<"inconsistent" | "unconfirmed" | "partly-confirmed" | "confirmed", string>;
    modelHeading: string;
    modelIntro: string;
    provenance: Record<"sourced" | "estimated" | "illustrative", string>;
    /** The section listing every page @aidebt/data cites, primary sources first. */
    dataHeading: string;
    dataIntro: string;
    /** "{primary} … {press} … {secondary}": how many pages of each kind. */
    dataCounts: string;
    /** A heading per confidence level, and the badge each cited page carries. */
    levelHeadings: Record<"primary" | "press" | "secondary", string>;
    levels: Record<"primary" | "press" | "secondary", string>;
    /** "{n} rows": how many rows of the data cite a page. */
    rowsCount: string;
  };
  notFound: { title: string; body: string; home: string };
  common: {
    figure: string;
    showData: string;
    quarter: string;
    moneyAxisUnit: string;
    moneyPerQuarterUnit: string;
    percent: string;
    multiple: string;
    quarters: string;
    years: string;
    invalid: string;
    reset: string;
    burstAt: string;
    noBurst: string;
    minsky: Record<"hedge" | "speculative" | "ponzi", string>;
    minskyHelp: Record<"hedge" | "speculative" | "ponzi", string>;
    on: string;
    off: string;
    none: string;
    verdict: Record<"cash-flow" | "balanced" | "debt", string>;
    /** The verdicts as gauge labels. */
    verdictShort: Record<"cash-flow" | "balanced" | "debt", string>;
    /** A difference of rates or shares in percentage points: {n}. */
    percentagePoints: string;
    /** A number of quarters: {n}. */
    quarterCount: string;
    decrease: string;
    increase: string;
  };
  figures: {
    treadmill: FigureMessages<"economicLife" | "costShare", "capex" | "newBorrowing" | "depreciation" | "cohorts" | "obsolete"> & {
      /**
       * `caption` explains the bands; then one of these, chosen from the borrowing series: {n} {periods} {max}
       * {maxQuarter} {from} {to}. {periods} lists the episodes, each `period` ({from}, {to}) or a single quarter,
       * joined by `periodSeparator`.
       */
      borrowingEpisodes: string;
      borrowingOnce: string;
      borrowingNone: string;
      period: string;
      periodSeparator: string;
      /** The grey bands, from the run: {max} {maxQuarter} {economicLife} {bookLife}; or that there are none. */
      obsoleteSome: string;
      obsoleteNone: string;
      /** A state off the default, where its borrowing came from: {bondsFrom} {bondsTo} {vehiclesFrom} {vehiclesTo}. */
      whyBorrowing: string;
      /** When chips' share moved: {buildingsFrom} {buildingsTo} (buildings' share of cost) {capexFrom} {capexTo} (vehicles' capex). */
      whyShare: string;
      /** Legend entry for the alternate colour of the vintage bands. */
      cohortsAlternate: string;
    };
    hiddenDebt: FigureMessages<"campusShare" | "view", "guarantees" | "commitments"> & {
      viewInvestors: string;
      viewAll: string;
    };
    gpuValue: Omit<FigureMessages<"bookLife" | "economicLife", "book" | "economic" | "gap" | "obsoleteDebt" | "writeDowns">, "caption"> & {
      /** The caption's first sentence, by where book value stands against economic value: {gap} {quarter}. */
      relation: Record<"above" | "below" | "equal", string>;
      /** The lives: {bookLife} {economicLife} {inferenceLife} {service}, by how the book life compares with the service life. */
      lifeLonger: string;
      lifeShorter: string;
      lifeSame: string;
      /** {total}: what the model wrote off the GPUs over the horizon. */
      writeDowns: string;
      noWriteDowns: string;
      /** The end of the live sentence ({outcome} in `live`): {gap}. */
      outcome: Record<"above" | "below" | "equal", string>;
      /** What a state off the default is compared on: the widest gap, with its sign. */
      gapMetric: string;
    };
    repayNoProfit: Omit<FigureMessages<"growth" | "priceDecline", "lenderCash" | "sponsorCash" | "returnOnCapital">, "caption"> & {
      /** `live` for shrinking and for flat demand ({growth} shows the size of the change, without its sign). */
      liveShrinking: string;
      liveFlat: string;
      /** The growth control's label when demand shrinks. */
      shrinking: string;
      /** Why the NPV is what it is: {best} (the best quarterly return on AI capital) {coc} {capex}. */
      reasonBelow: string;
      reasonAbove: string;
      /** {received} is the sum of the bars; {repaid} the principal in it; {loss}; {npv}. */
      summary: string;
      costOfCapital: string;
      /** The caption, chosen by the run's outcome: {loss}, {npv}. */
      outcomes: Record<"repaidNoProfit" | "lossNoProfit" | "repaidProfit" | "lossProfit", string>;
    };
    trigger: FigureMessages<
      "growth" | "shockQuarter" | "shockSize" | "rate",
      "aiRevenue" | "coreRevenue" | "capacity" | "demand" | "dscr"
    > & {
      timeline: string;
      noEvents: string;
      chain: string;
      covenant: string;
      burstMarker: string;
      /** {rise} is in percentage points. */
      compareRate: string;
      /** The live sentence when there is no demand shock. */
      liveNoShock: string;
      /** The rate moved and nothing the figure draws changed: {rate} {base} {from} {to}. */
      rateSame: string;
      /** The rate moved and the figure changed: {rate} {base} {from} {to}. */
      rateChanged: string;
      /** Money events below the materiality threshold left out: {n} {threshold}. */
      omitted: string;
      /** The live sentence when the shock's level change is zero (it still sets the growth after it). */
      liveNoDrop: string;
      /** The demand-growth phrase of the live sentences ({growthPhrase}): growing, or shrinking for a negative rate ({growth}: its size). */
      growthUp: string;
      growthDown: string;
      /** The growth control's name inside the sentence while it reads "shrinking". */
      shrinkingLabel: string;
      /** The rate rise in the comparison, as a modifier ("a {n} percentage point rise"): {n}. */
      rise: string;
      /** Why the quarter of surfacing moves in steps, from the run: {leaseStart} {cure}. */
      steps: string;
      /** A covenant breach in the chain: {cause} (the model's blame, with its arrow, or empty) {value} {covenant}. */
      breachEvent: string;
      /** A core-revenue shock the preset carries: {cause} {change} {preset}; one for a fall, one for a rise. */
      coreFall: string;
      coreRise: string;
      /** The legend entry for the breach dots (each breaching vehicle's DSCR). */
      breachDot: string;
    };
    cashOrDebt: FigureMessages<"preset" | "quarter", "debtShare" | "minskyAi" | "minskySponsor"> & {
      gaugeLabel: string;
      /** Under the gauge, from the run: {internal}. */
      gaugeHelp: string;
      /** The live sentence for a quarter without capex: {quarter} {minsky}. */
      liveNoCapex: string;
      /** The caption's Ponzi clause: {n} quarters, or none. */
      ponziSome: string;
      ponziNone: string;
    };
    portfolio: FigureMessages<"correlation" | "stockWeight", "risk" | "drawdown" | "current"> & { summary: string };
    /** Figure 9: the model's meta-2024 preset against what Meta reported for 2025 (the model's backtest). */
    backtest: {
      /** Heading and lead of the section after the article that holds the figure. */
      heading: string;
      intro: string;
      title: string;
      /** Written from the run: {within10}, {within15}, {outside} are lists of items. */
      caption: string;
      /** Added to the caption for items whose reported value is zero: {items}. */
      undefinedNote: string;
      none: string;
      listSeparator: string;
      chartLabel: string;
      /** A panel's second line: {year} {model} {reported} {error}. */
      panelYear: string;
      /** Under the legend: {unit} {start}. */
      unitNote: string;
      series: { model: string; reported: string };
      columns: { item: string; period: string; model: string; reported: string; error: string; band: string; source: string };
      bands: Record<"within10" | "within15" | "outside" | "undefined", string>;
      sourcesHeading: string;
      /** The simulator's pointer to the figure: {n}. */
      simulatorLink: string;
    };
    h1b: FigureMessages<
      "fee" | "budget" | "salary",
      "hiresWithout" | "hiresWith" | "hiresMade" | "hiresLost" | "hires" | "costPerHire" | "feesPaid"
    > & {
      summary: string;
      /** The live sentence when the fee changes no hire: {fee} {budget} {hires}. */
      liveSame: string;
      /** The model's assumptions, from its parameters: {overhead} {visa}. */
      assumptions: string;
    };
  };
}

/** Fills `{name}` placeholders in a template with the given values. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** Splits a template into literal text and placeholder names, for rendering live numbers in place. */
export function splitTemplate(template: string): Array<{ text: string } | { slot: string }> {
  const parts: Array<{ text: string } | { slot: string }> = [];
  const pattern = /\{(\w+)\}/g;
  let last = 0;
  for (let match = pattern.exec(template); match; match = pattern.exec(template)) {
    if (match.index > last) parts.push({ text: template.slice(last, match.index) });
    parts.push({ slot: match[1] ?? "" });
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push({ text: template.slice(last) });
  return parts;
}
