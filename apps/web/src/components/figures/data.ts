import { RATIO_CAP, presets, quarterLabels, type ResultJson } from "@aidebt/model";
import { presetScenario, runScenario, stableJson, type Patch } from "@/lib/simulation";
import type { StateOf } from "@/lib/url-state";
import { RATE_RISE } from "./specs";
import { runMarks, type RunMarks } from "./run-marks";

// The structure diagram's run and view travel in this chunk too: they load with the figures' model code.
export { structureData } from "./structure-data";
export { structureRun } from "./structure-view";
export { fig7Data, fig8Data } from "./side-data";

/**
 * What each article figure draws, taken from the model's ResultJson: only the series and numbers the
 * figure shows, as plain arrays. The server computes the default state of every figure with the Decimal
 * ledger (`simulate`) and hands these to the client leaves as props, so hydration needs no model code.
 * The browser loads this module (and with it the model) only when a reader moves a control or opens a link
 * with a figure's state; it then runs `simulateFast` for that state.
 */

export type Quarter = ResultJson["quarters"][number];
export type Measure = keyof Quarter["measures"];

/** A figure's data for one state, or the model's objection to that state. */
export type FigureRun<D> = { ok: true; data: D } | { ok: false; error: string };

/** The quarterly measures a figure draws, by name, with the quarter labels and the scenario's exchange rate. */
export type Series<K extends Measure> = { labels: string[]; fx: number } & { [P in K]: number[] };

function numbers<K extends Measure>(result: ResultJson, keys: readonly K[]): Series<K> {
  const out: Record<string, unknown> = { labels: result.quarters.map((q) => q.label), fx: result.scenario.fxJpyPerUsd };
  for (const key of keys) out[key] = result.quarters.map((q) => q.measures[key] as number);
  return out as Series<K>;
}

function run<D>(presetId: string, patches: readonly Patch[], exact: boolean, pick: (result: ResultJson) => D): FigureRun<D> {
  const r = runScenario(presetId, patches, exact);
  return r.ok ? { ok: true, data: pick(r.result) } : { ok: false, error: r.issues.join("; ") };
}

const base = () => presetScenario("base");

/**
 * A slider for a calibrated parameter. A native range input only holds values on its step grid
 * (min + k·step), so a default off the grid (a calibrated 0.507787) could never be returned to by keyboard
 * and would not survive a round trip through the URL. The default is the preset's value snapped to the
 * grid, the range widened to hold it when the calibration lies outside.
 */
function numberControl(value: number, min: number, max: number, step: number) {
  const snapped = Number((min + Math.round((value - min) / step) * step).toFixed(10));
  return { kind: "number", default: snapped, min: Math.min(min, snapped), max: Math.max(max, snapped), step } as const;
}

// ---- Figure 1: the debt treadmill -------------------------------------------------------------------

export function fig1Spec() {
  const b = base();
  return {
    economicLife: numberControl(b.gpu.economicLifeQuarters, 4, 28, 1),
    costShare: numberControl(b.gpu.costShare, 0.3, 0.8, 0.05),
  } as const;
}
export type Fig1Spec = ReturnType<typeof fig1Spec>;

/** One GPU vintage: its book value from quarter `from` on, and which of those quarters it is obsolete. */
export interface Vintage {
  key: string;
  from: number;
  book: number[];
  obsolete: boolean[];
}
export type Fig1Data = Series<"capex" | "newBorrowing" | "depreciation"> & {
  vintages: Vintage[];
  marks: RunMarks;
  /** summary.cumulativeBorrowing, the number a "try this" state is compared on. */
  cumulativeBorrowing: number;
  /** The scenario's GPU economic life and book life (quarters) and chips' share of the build cost. */
  economicLife: number;
  bookLife: number;
  costShare: number;
  /**
   * Where the horizon's new borrowing came from (the model's newBorrowing = bonds issued + vehicle debt drawn):
   * the sponsor's bonds, the vehicles' debt, and the vehicles' capex (campuses: the buildings' share of the cost).
   */
  bonds: number;
  vehicleBorrowing: number;
  vehicleCapex: number;
};

export function fig1Data(state: StateOf<Fig1Spec>, exact: boolean): FigureRun<Fig1Data> {
  return run(
    "base",
    [
      ["gpu.economicLifeQuarters", state.economicLife],
      ["gpu.costShare", state.costShare],
    ],
    exact,
    (result) => {
      const vintages = new Map<string, Vintage>();
      result.quarters.forEach((q, i) => {
        for (const c of q.cohorts) {
          let v = vintages.get(c.vintage);
          if (!v) vintages.set(c.vintage, (v = { key: c.vintage, from: i, book: [], obsolete: [] }));
          // A vintage missing from a quarter in between holds no book value there.
          while (v.from + v.book.length < i) {
            v.book.push(0);
            v.obsolete.push(false);
          }
          v.book.push(c.gpuBookValue);
          v.obsolete.push(c.economicallyObsolete);
        }
      });
      const bonds = result.quarters.reduce((sum, q) => sum + q.sponsor.cashFlow.bondsIssued, 0);
      return {
        ...numbers(result, ["capex", "newBorrowing", "depreciation"]),
        vintages: [...vintages.values()],
        marks: runMarks(result),
        cumulativeBorrowing: result.summary.cumulativeBorrowing,
        economicLife: result.scenario.gpu.economicLifeQuarters,
        bookLife: result.scenario.gpu.bookLifeQuarters,
        costShare: result.scenario.gpu.costShare,
        bonds,
        vehicleBorrowing: Math.max(0, result.summary.cumulativeBorrowing - bonds),
        vehicleCapex: result.quarters.reduce((sum, q) => sum + q.measures.spvCapex, 0),
      };
    },
  );
}

// ---- Figure 2: hidden debt --------------------------------------------------------------------------

// The figure's control is the share of new data-centre buildings (campuses: shell and power) that campus
// vehicles build and lease to the sponsor — the Hyperion-like deals the article describes. GPU vehicles keep
// the preset's share, so the caption says which channel the slider moves.
export function fig2Spec() {
  return {
    // Campus vehicles and shells leased from others share the new shell capacity: the slider stops where they fill it.
    campusShare: numberControl(base().financing.campusShare, 0, Math.floor((1 - base().leases.shellShare) / 0.05 + 1e-9) * 0.05, 0.05),
    view: { kind: "enum", default: "all", values: ["all", "investors"] },
  } as const;
}
export type Fig2Spec = ReturnType<typeof fig2Spec>;

/** The debt measures figure 2 draws and tabulates, in the order of its table. */
export const FIG2_MEASURES = [
  "longTermDebt",
  "reportedDebt",
  "leaseLiabilities",
  "adjustedDebt",
  "spvDebt",
  "hiddenDebt",
  "guarantees",
  "totalDebt",
  "commitmentsNotCommenced",
  "hiddenShare",
] as const satisfies readonly Measure[];

export type Fig2Data = Series<(typeof FIG2_MEASURES)[number]> & { gpuShare: number; marks: RunMarks; peakHiddenDebt: number };

export function fig2Data(state: StateOf<Fig2Spec>, exact: boolean): FigureRun<Fig2Data> {
  return run("base", [["financing.campusShare", state.campusShare]], exact, (result) => ({
    ...numbers(result, FIG2_MEASURES),
    gpuShare: result.scenario.financing.gpuShare,
    marks: runMarks(result),
    peakHiddenDebt: result.summary.peakHiddenDebt,
  }));
}

// ---- Figure 3: GPU value ----------------------------------------------------------------------------

export function fig3Spec() {
  const b = base();
  return {
    bookLife: numberControl(b.gpu.bookLifeQuarters, 4, 32, 1),
    economicLife: numberControl(b.gpu.economicLifeQuarters, 4, 32, 1),
  } as const;
}
export type Fig3Spec = ReturnType<typeof fig3Spec>;
export type Fig3Data = Series<"gpuBookValue" | "gpuEconomicValue" | "obsoleteGpuDebt" | "bookMinusEconomic"> & {
  marks: RunMarks;
  peakGap: number;
  /** The book value minus economic value of largest size, with its sign: what a state is compared on. */
  widestGap: number;
  /**
   * What the model has written off the sponsor's GPUs so far (impairment to economic value, and book value left
   * when GPUs leave service), each quarter: the running total of the income statement's impairment.
   */
  writeDowns: number[];
  /** summary.impairments, the horizon's total of `writeDowns`. */
  writeDownTotal: number;
  /** The scenario's lives (quarters): book, economic (training) and the further life in inference. */
  bookLife: number;
  economicLife: number;
  inferenceLife: number;
};

export function fig3Data(state: StateOf<Fig3Spec>, exact: boolean): FigureRun<Fig3Data> {
  return run(
    "base",
    [
      ["gpu.bookLifeQuarters", state.bookLife],
      ["gpu.economicLifeQuarters", state.economicLife],
    ],
    exact,
    (result) => {
      let written = 0;
      const gaps = result.quarters.map((q) => q.measures.bookMinusEconomic);
      return {
        ...numbers(result, ["gpuBookValue", "gpuEconomicValue", "obsoleteGpuDebt", "bookMinusEconomic"]),
        marks: runMarks(result),
        peakGap: result.summary.peakBookMinusEconomic,
        widestGap: gaps.reduce((widest, g) => (Math.abs(g) > Math.abs(widest) ? g : widest), 0),
        writeDowns: result.quarters.map((q) => (written += q.sponsor.income.impairment)),
        writeDownTotal: result.summary.impairments,
        bookLife: result.scenario.gpu.bookLifeQuarters,
        economicLife: result.scenario.gpu.economicLifeQuarters,
        inferenceLife: result.scenario.gpu.inferenceLifeQuarters,
      };
    },
  );
}

// ---- Figure 4: repaid, yet no profit ------------------------------------------------------------------

export function fig4Spec() {
  return {
    growth: numberControl(base().demand.aiGrowthAnnual, -0.2, 1.5, 0.05),
    // The price of compute sets whether capacity earns its cost of capital at all: growth only scales the answer.
    priceDecline: numberControl(base().ai.priceDeclineAnnual, 0, 0.5, 0.05),
  } as const;
}
export type Fig4Spec = ReturnType<typeof fig4Spec>;
export type Fig4Data = Series<"lenderCashReceived" | "sponsorAiCashFlow" | "sponsorAiReturnOnCapital"> & {
  discountAnnual: number;
  /** The sum of the bars: all cash lenders received over the horizon. */
  lenderCashTotal: number;
  lenderRepaid: number;
  lenderLoss: number;
  sponsorAiNpv: number;
  /** The highest quarterly return on AI capital of the run, and the capex of the horizon (summary.cumulativeCapex). */
  bestReturn: number;
  cumulativeCapex: number;
  marks: RunMarks;
};

export function fig4Data(state: StateOf<Fig4Spec>, exact: boolean): FigureRun<Fig4Data> {
  const patches: Patch[] = [
    ["demand.aiGrowthAnnual", state.growth],
    ["ai.priceDeclineAnnual", state.priceDecline],
  ];
  return run("base", patches, exact, (result) => ({
    ...numbers(result, ["lenderCashReceived", "sponsorAiCashFlow", "sponsorAiReturnOnCapital"]),
    discountAnnual: result.scenario.discountAnnual,
    lenderCashTotal: result.quarters.reduce((sum, q) => sum + q.measures.lenderCashReceived, 0),
    lenderRepaid: result.summary.lenderRepaid,
    lenderLoss: result.summary.lenderLoss,
    sponsorAiNpv: result.summary.sponsorAiNpv,
    bestReturn: Math.max(...result.quarters.map((q) => q.measures.sponsorAiReturnOnCapital)),
    cumulativeCapex: result.summary.cumulativeCapex,
    marks: runMarks(result),
  }));
}

// ---- Figure 5: the trigger --------------------------------------------------------------------------

// The article's trigger as the model's demand-slowdown preset: one demand shock (a level drop and slower
// growth after it). The reader moves its quarter and size; the rest of the preset stays as calibrated.
const FIG5_PRESET = "demand-slowdown";


/** Every quarter of the base horizon, the choices for the shock quarter. */
function shockQuarters(): string[] {
  const b = presetScenario(FIG5_PRESET);
  return quarterLabels(b.startQuarter, b.horizonQuarters);
}

export function fig5Spec() {
  const b = presetScenario(FIG5_PRESET);
  const presetShock = b.demand.shocks[0];
  const quarters = shockQuarters();
  const defaultShock = presetShock?.quarter ?? quarters[Math.min(8, quarters.length - 1)] ?? b.startQuarter;
  return {
    growth: numberControl(b.demand.aiGrowthAnnual, -0.2, 1.5, 0.05),
    shock: { kind: "enum", default: defaultShock, values: ["none", ...quarters] },
    size: numberControl(presetShock?.levelChange ?? -0.2, -0.6, 0, 0.05),
    rate: numberControl(b.rates.baseAnnual, 0, 0.1, 0.005),
  } as const;
}
export type Fig5Spec = ReturnType<typeof fig5Spec>;

export interface ChainEvent {
  quarter: string;
  /** The quarter's index into the run's quarters. */
  index: number;
  kind: string;
  /** The scheduled shock the model blames by counterfactual (the event's `cause`), or null. */
  cause: string | null;
  /** The event's figure (see the model's event messages): a breach's is the breaching vehicle's DSCR. */
  value: number;
  /** The model's message, in the page's language. */
  message: string;
}

/**
 * Event kinds whose value is an amount of money (USD bn), so that a materiality threshold applies to them;
 * the others carry a ratio, a rate or gigawatts (see the model's event messages).
 */
const MONEY_EVENTS: ReadonlySet<string> = new Set([
  "impairment",
  "spv-shortfall",
  "consolidation",
  "guarantee-called",
  "lender-loss",
  "refinancing-failure",
  "liquidity-shortfall",
]);

/** Amounts below this share of the run's peak total debt are left out of the story (not out of the model). */
export const MATERIALITY_SHARE = 0.001;

export type Fig5Data = Series<"aiRevenue" | "coreRevenue"> & {
  /** SPV debt service cover; null where nothing is due (the model's RATIO_CAP). */
  dscr: (number | null)[];
  covenant: number;
  burstQuarter: string | null;
  /** The burst's chain of events, or the first events when nothing bursts, in the page's language. */
  chain: ChainEvent[];
  /** Each quarter's material events. */
  events: ChainEvent[][];
  /**
   * The covenant breaches of the chain: the quarter and the breaching vehicle's DSCR (the model tests each
   * vehicle, rent short of covenant × service by more than its tolerance, so this is below the covenant; the
   * line is all vehicles together and can stand above it when several are active).
   */
  breaches: { index: number; value: number }[];
  /** The preset's name in the page's language (for the shocks it carries that no control sets). */
  presetName: string;
  /**
   * When the surfacing is a consolidation: the first lease commencement of the chain and the cure period after
   * which a vehicle in breach is consolidated (why the result moves in steps), else null.
   */
  steps: { leaseStart: string; cure: number } | null;
  /** The materiality threshold (USD bn) and how many money events fell below it and are not shown. */
  materiality: number;
  omitted: number;
  /** Annual AI demand growth the shock sets from its quarter on (the preset's), or null when it sets none. */
  growthAfterShock: number | null;
  /** The quarter of the rate-only comparison, and when (if ever) that bursts. */
  rateOnlyQuarter: string;
  rateOnlyBurst: string | null;
  /**
   * The same state at the figure's default base rate, compared with this one: whether anything the figure draws
   * differs, and the lowest interest cover of each (which the rate does move).
   */
  rateEffect: { figureChanged: boolean; minCoverAtDefault: number; minCover: number } | null;
  /** The chart's marks, from the chain's own events (so that the chart marks nothing the chain leaves out). */
  marks: RunMarks;
};

/** What figure 5 draws from a run, for comparing two runs. */
function fig5Drawn(result: ResultJson): string {
  return JSON.stringify([
    result.summary.burstQuarter,
    result.quarters.map((q) => [q.measures.aiRevenue, q.measures.coreRevenue, q.measures.spvDscr]),
    result.events.map((e) => [e.quarter, e.kind]),
  ]);
}

export function fig5Data(state: StateOf<Fig5Spec>, exact: boolean, lang: "ja" | "en"): FigureRun<Fig5Data> {
  const b = presetScenario(FIG5_PRESET);
  const presetShock = b.demand.shocks[0];
  const quarters = shockQuarters();
  const growthAfterShock = presetShock?.growthAnnual ?? null;
  const shocks =
    state.shock === "none"
      ? []
      : [{ ...(growthAfterShock === null ? {} : { growthAnnual: growthAfterShock }), quarter: state.shock, levelChange: state.size }];
  // The article's claim that rates matter less than demand, tested: the same rise in the base rate at the
  // same quarter, with no demand shock.
  const rateOnlyQuarter = state.shock === "none" ? (quarters[8] ?? b.startQuarter) : state.shock;
  const rateOnly = runScenario(
    FIG5_PRESET,
    [
      ["demand.aiGrowthAnnual", state.growth],
      ["demand.shocks", []],
      ["rates.baseAnnual", state.rate],
      ["rates.shocks", [{ quarter: rateOnlyQuarter, baseAnnual: Math.min(0.25, state.rate + RATE_RISE) }]],
    ],
    exact,
  );
  const demandPatches: Patch[] = [
    ["demand.aiGrowthAnnual", state.growth],
    ["demand.shocks", shocks],
  ];
  // The reader's rate against the figure's default one: does the rate move anything this figure draws?
  const defaultRate = fig5Spec().rate.default;
  const atDefaultRate = Math.abs(state.rate - defaultRate) < 1e-12 ? null : runScenario(FIG5_PRESET, [...demandPatches, ["rates.baseAnnual", defaultRate]], exact);
  return run(FIG5_PRESET, [...demandPatches, ["rates.baseAnnual", state.rate]], exact, (result) => {
    const materiality = MATERIALITY_SHARE * result.summary.peakTotalDebt;
    // A campus's completion carries its size in GW: measured against the largest shell capacity of the run.
    const gwMateriality = MATERIALITY_SHARE * Math.max(0, ...result.quarters.map((q) => q.measures.shellGw));
    const material = (e: { kind: string; value: number }) =>
      MONEY_EVENTS.has(e.kind) ? Math.abs(e.value) >= materiality : e.kind === "vehicle-complete" ? Math.abs(e.value) >= gwMateriality : true;
    // The summary's chain names quarter and kind; the event itself carries its value and its cause.
    const source = result.summary.burstChain.length > 0
      ? result.summary.burstChain.map((c) => result.events.find((e) => e.quarter === c.quarter && e.kind === c.kind)).filter((e) => e !== undefined)
      : result.events;
    const toEvent = (e: ResultJson["events"][number]): ChainEvent => ({ quarter: e.quarter, index: e.index, kind: e.kind, cause: e.cause, value: e.value, message: e.message[lang] });
    const chain = source.filter(material).slice(0, 8).map(toEvent);
    const omitted = result.events.filter((e) => !material(e)).length;
    const firstInChain = (kind: string) => chain.find((e) => e.kind === kind)?.index ?? null;
    const marks: RunMarks = { burst: result.summary.burstIndex ?? null, covenant: firstInChain("covenant-breach"), leaseStart: firstInChain("vehicle-complete") };
    const burstKind = result.summary.burstChain.at(-1)?.kind;
    return {
      ...numbers(result, ["aiRevenue", "coreRevenue"]),
      dscr: result.quarters.map((q) => (Number.isFinite(q.measures.spvDscr) && q.measures.spvDscr < RATIO_CAP ? q.measures.spvDscr : null)),
      covenant: result.scenario.spv.dscrCovenant,
      burstQuarter: result.summary.burstQuarter ?? null,
      marks,
      chain,
      events: result.quarters.map((_, i) => result.events.filter((e) => e.index === i && material(e)).map(toEvent)),
      breaches: chain.filter((e) => e.kind === "covenant-breach").map((e) => ({ index: e.index, value: e.value })),
      presetName: presets.find((p) => p.id === FIG5_PRESET)?.name[lang] ?? FIG5_PRESET,
      steps:
        burstKind === "consolidation" && marks.leaseStart !== null
          ? { leaseStart: result.quarters[marks.leaseStart]?.label ?? "", cure: result.scenario.spv.curePeriodQuarters }
          : null,
      materiality,
      omitted,
      growthAfterShock,
      rateOnlyQuarter,
      rateOnlyBurst: rateOnly.ok ? (rateOnly.result.summary.burstQuarter ?? null) : null,
      rateEffect:
        atDefaultRate?.ok === true
          ? {
              figureChanged: fig5Drawn(atDefaultRate.result) !== fig5Drawn(result),
              minCoverAtDefault: atDefaultRate.result.summary.minInterestCover,
              minCover: result.summary.minInterestCover,
            }
          : null,
    };
  });
}

// ---- Figure 6: cash flow or debt? -------------------------------------------------------------------

/** The presets figure 6 offers: each scenario once (`base` is `meta` under another id). */
function distinctPresets() {
  const seen = new Set<string>();
  return presets.filter((p) => {
    const key = stableJson(p.scenario);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function fig6Spec() {
  return {
    preset: { kind: "enum", default: "base", values: distinctPresets().map((p) => p.id) },
    quarter: { kind: "number", default: Math.min(11, base().horizonQuarters - 1), min: 0, max: 119, step: 1 },
  } as const;
}
export type Fig6Spec = ReturnType<typeof fig6Spec>;
export type Minsky = Quarter["measures"]["minskyAi"];
export type Fig6Data = Series<"debtFundedCapexShare" | "capex"> & {
  minskyAi: Minsky[];
  minskySponsor: Minsky[];
  /** The model's verdict (with its dead band, "balanced") and the share it is read from. */
  verdict: ResultJson["summary"]["verdict"];
  internalFundingShare: number;
  /** Cumulative new borrowing ÷ cumulative capex, the summary's own figure. */
  cumulativeDebtShare: number;
  ponziQuartersAi: number;
};

/** The presets to choose from in figure 6, with their names in the page's language. */
export function fig6Presets(lang: "ja" | "en"): { value: string; label: string }[] {
  return distinctPresets().map((p) => ({ value: p.id, label: p.name[lang] }));
}

export function fig6Data(state: StateOf<Fig6Spec>, exact: boolean): FigureRun<Fig6Data> {
  return run(state.preset, [], exact, (result) => ({
    ...numbers(result, ["debtFundedCapexShare", "capex"]),
    minskyAi: result.quarters.map((q) => q.measures.minskyAi),
    minskySponsor: result.quarters.map((q) => q.measures.minskySponsor),
    verdict: result.summary.verdict,
    internalFundingShare: result.summary.internalFundingShare,
    cumulativeDebtShare: result.summary.debtFundedCapexShare,
    ponziQuartersAi: result.summary.ponziQuartersAi,
  }));
}
