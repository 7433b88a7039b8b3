/**
 * Several sponsors serving one market for compute (MODEL.md, "Market"), on the fast path: each sponsor's full
 * result, the market's demand, capacity, utilisation and glut factor per quarter, and the sums the industry
 * reports. Causes are not attributed in a market run (each would need the whole market run again per shock).
 */
import { floatNum } from "./_lib/num.js";
import { ordinalLabel, quarterOrdinal } from "./_lib/quarter.js";
import { prepare } from "./generated/engine/prepare.js";
import { FrameRecorder } from "./generated/engine/recorder.js";
import { runMarket } from "./generated/engine/market-run.js";
import { INDUSTRY_SPONSORS, getPreset, presets } from "./presets.js";
import type { ResultJson } from "./result.js";
import { toResultJson } from "./result.js";
import type { Scenario } from "./scenario.js";
import { assertScenario } from "./scenario.js";

/** USD bn measures summed over the sponsors for the industry's totals. */
export const MARKET_TOTALS = ["revenue", "capex", "spvCapex", "ownCapex", "reportedDebt", "leaseLiabilities", "adjustedDebt", "spvDebt", "hiddenDebt", "totalDebt", "commitmentsNotCommenced", "aiRevenue"] as const;
export type MarketTotal = (typeof MARKET_TOTALS)[number];

export interface MarketQuarterJson {
  label: string;
  demand: number;
  capacity: number;
  utilisation: number;
  /** Factor on every sponsor's price of compute from the market's glut (1 = none). */
  glutFactor: number;
  totals: Record<MarketTotal, number>;
}

export interface MarketResult {
  elasticity: number;
  /** The market's first quarter: when the last sponsor opens. */
  opens: string;
  /** Each sponsor's own run, from its own opening (`opens`), with the quarters before the market's on its own market. */
  sponsors: Array<{ id: string; result: ResultJson; opens: string }>;
  quarters: MarketQuarterJson[];
  summary: {
    peakTotalDebt: number;
    peakHiddenDebt: number;
    /** The first sponsor whose hidden debt surfaces, and when (null: none within the horizon). */
    firstBurst: { sponsor: string; quarter: string } | null;
    lowestGlutFactor: number;
    /** The sponsors' AI NPVs summed (each at its own horizon value). */
    sponsorAiNpv: number;
  };
}

/**
 * Run sponsors as one market. Sponsors may open at different quarters (a fiscal year ending in June opens its
 * preset in the third calendar quarter): the market opens when the last of them does, and those that opened
 * earlier run on their own market until then. Every sponsor's horizon is stretched, if need be, to end with the
 * latest of them.
 *
 * @param sponsors - each sponsor's id and scenario
 * @param options.elasticity - how far the price of compute falls with the market's glut (see `ai.priceElasticity`)
 * @example
 * simulateMarket([{ id: "meta", scenario: getPreset("meta")!.scenario }], { elasticity: 1 }).quarters[0].glutFactor; // 1
 */
export function simulateMarket(sponsors: ReadonlyArray<{ id: string; scenario: Scenario }>, options: { elasticity: number }): MarketResult {
  if (sponsors.length === 0) throw new RangeError("simulateMarket: no sponsors");
  if (!(options.elasticity >= 0 && options.elasticity <= 5)) throw new RangeError(`simulateMarket: elasticity ${options.elasticity} (allowed: 0 to 5)`);
  const given = sponsors.map((x) => assertScenario(x.scenario));
  const opens = given.map((s) => quarterOrdinal(s.startQuarter));
  const marketOpens = Math.max(...opens);
  const marketEnds = Math.max(...given.map((s, i) => opens[i]! + s.horizonQuarters));
  if (marketEnds - marketOpens < 1) throw new RangeError("simulateMarket: the sponsors' horizons end before the last of them opens");
  const scenarios = given.map((s, i) => (opens[i]! + s.horizonQuarters === marketEnds ? s : assertScenario({ ...s, horizonQuarters: marketEnds - opens[i]! })));
  const offsets = opens.map((o) => marketOpens - o);
  const recorders = scenarios.map(() => new FrameRecorder<number>());
  const { runs, market } = runMarket(floatNum, scenarios.map(prepare), recorders, options.elasticity, offsets);
  const results = runs.map((r, i) => toResultJson(scenarios[i]!, { frames: recorders[i]!.frames, events: r.events, summary: r.summary }));
  const quarters: MarketQuarterJson[] = market.map((m, t) => {
    const totals = Object.fromEntries(MARKET_TOTALS.map((k) => [k, results.reduce((a, r, i) => a + r.quarters[t + offsets[i]!]!.measures[k], 0)])) as Record<MarketTotal, number>;
    return { label: ordinalLabel(marketOpens + t), demand: m.demand, capacity: m.capacity, utilisation: m.capacity > 0 ? Math.min(1, m.demand / m.capacity) : 0, glutFactor: m.glutFactor, totals };
  });
  let firstBurst: MarketResult["summary"]["firstBurst"] = null;
  let firstOrdinal = Number.POSITIVE_INFINITY;
  results.forEach((r, i) => {
    const at = r.summary.burstIndex === null ? Number.POSITIVE_INFINITY : opens[i]! + r.summary.burstIndex;
    if (at < firstOrdinal) {
      firstOrdinal = at;
      firstBurst = { sponsor: sponsors[i]!.id, quarter: r.summary.burstQuarter! };
    }
  });
  return {
    elasticity: options.elasticity,
    opens: ordinalLabel(marketOpens),
    sponsors: results.map((result, i) => ({ id: sponsors[i]!.id, result, opens: scenarios[i]!.startQuarter })),
    quarters,
    summary: {
      peakTotalDebt: Math.max(...quarters.map((q) => q.totals.totalDebt)),
      peakHiddenDebt: Math.max(...quarters.map((q) => q.totals.hiddenDebt)),
      firstBurst,
      lowestGlutFactor: Math.min(...quarters.map((q) => q.glutFactor)),
      sponsorAiNpv: results.reduce((a, r) => a + r.summary.sponsorAiNpv, 0),
    },
  };
}

/**
 * Single-sponsor presets run as one market, each optionally changed first.
 *
 * @throws RangeError naming a preset that is unknown or is itself a market
 * @example
 * simulatePresetsMarket(["meta", "alphabet"], { elasticity: 1 }).sponsors.length; // 2
 */
export function simulatePresetsMarket(ids: readonly string[], options: { elasticity: number; changes?: Partial<Record<string, (s: Scenario) => Scenario>> }): MarketResult {
  const sponsors = ids.map((id) => {
    const preset = getPreset(id);
    if (!preset || preset.market) throw new RangeError(`simulatePresetsMarket: ${id} is not a single-sponsor preset`);
    return { id, scenario: options.changes?.[id]?.(preset.scenario) ?? preset.scenario };
  });
  return simulateMarket(sponsors, { elasticity: options.elasticity });
}

/**
 * The industry as one market: Meta, Alphabet, Microsoft, Amazon and Oracle from their filings and a
 * CoreWeave-like neocloud, each with its own books, selling compute whose price falls together when their
 * capacity outruns their demand. Microsoft and Oracle close their fiscal years in June and May: their presets
 * open in 2025Q3 and run on their own for two quarters before the market opens in 2026Q1.
 *
 * @example
 * industryMarket().sponsors.map((s) => s.id); // ["meta", "alphabet", "microsoft", "amazon", "oracle", "neocloud"]
 */
export function industryMarket(options: { elasticity?: number; changes?: Partial<Record<(typeof INDUSTRY_SPONSORS)[number], (s: Scenario) => Scenario>> } = {}): MarketResult {
  return simulatePresetsMarket(INDUSTRY_SPONSORS, { elasticity: options.elasticity ?? 1, ...(options.changes ? { changes: options.changes } : {}) });
}

/**
 * Run a preset that is a market (`industry`) as its sponsors in one market.
 *
 * @throws RangeError when the preset is unknown or is not a market
 * @example
 * simulatePresetMarket("industry").sponsors.length; // 6
 */
export function simulatePresetMarket(id: string): MarketResult {
  const preset = getPreset(id);
  if (!preset?.market) throw new RangeError(`simulatePresetMarket: ${id} is not a market preset (allowed: ${presetMarkets().join(", ")})`);
  return simulatePresetsMarket(preset.market.sponsors, { elasticity: preset.market.elasticity });
}

/** Ids of the presets that are markets. */
export function presetMarkets(): string[] {
  return presets.filter((p) => p.market !== undefined).map((p) => p.id);
}
