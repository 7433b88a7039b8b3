import { presets, type ResultJson } from "@aidebt/model";
import type { StateOf } from "@/lib/url-state";
import { runScenario } from "@/lib/simulation";
import type { FigureRun } from "./data";

/**
 * What the structure diagram before figure 2 draws: the flows between the sponsor, its vehicles (SPVs) and
 * their lenders, quarter by quarter, picked from the model's statements. Nothing is computed here; each
 * series is a field of the result (see the model's RESULT_FIELDS).
 */

/** The scenarios the diagram offers: figure 2's own, and the article's demand slowdown, where vehicles get into trouble. */
export const STRUCTURE_PRESETS = ["base", "demand-slowdown"] as const;

/** Event kinds that change the structure, listed under the diagram for their quarter. */
const STRUCTURE_EVENTS: ReadonlySet<string> = new Set(["vehicle-complete", "covenant-breach", "spv-shortfall", "consolidation", "guarantee-called", "lender-loss"]);

export interface StructureData {
  labels: string[];
  fx: number;
  /** spv.liabilities.debt: what lenders have lent the vehicles (USD bn, balance). */
  debt: number[];
  /** spv.income.rent: rent the sponsor pays the vehicles (USD bn a quarter). */
  rent: number[];
  /** spv.income.interest: interest the vehicles pay their lenders (USD bn a quarter). */
  interest: number[];
  /** spv.income.capitalisedInterest: interest added to the debt while a campus is built. */
  capitalised: number[];
  /** spv.income.supportIncome + guaranteeIncome, each a model field: what the sponsor pays in when a vehicle is short. */
  support: number[];
  guaranteePaid: number[];
  /** measures.guarantees: the sponsor's residual value guarantees (USD bn, balance). */
  guarantees: number[];
  /** sponsor.liabilities.consolidatedSpvDebt (USD bn, balance). */
  consolidated: number[];
  /** Each quarter's structural events, in the page's language. */
  events: string[][];
  /** The quarter the model says the hidden debt surfaces, or null. */
  burstQuarter: string | null;
}

/** The diagram's own state: the scenario and the quarter on show (the campus share is figure 2's). */
export function structureSpec(defaultQuarter: number, horizon: number) {
  return {
    scenario: { kind: "enum", default: "base", values: [...STRUCTURE_PRESETS] },
    quarter: { kind: "number", default: defaultQuarter, min: 0, max: Math.max(0, horizon - 1), step: 1 },
  } as const;
}
export type StructureSpec = ReturnType<typeof structureSpec>;

export interface StructureInputs {
  scenario: StateOf<StructureSpec>["scenario"];
  campusShare: number;
}

function pick(result: ResultJson, lang: "ja" | "en"): StructureData {
  const q = result.quarters;
  return {
    labels: q.map((x) => x.label),
    fx: result.scenario.fxJpyPerUsd,
    debt: q.map((x) => x.spv.liabilities.debt),
    rent: q.map((x) => x.spv.income.rent ?? 0),
    interest: q.map((x) => x.spv.income.interest ?? 0),
    capitalised: q.map((x) => x.spv.income.capitalisedInterest ?? 0),
    support: q.map((x) => x.spv.income.supportIncome ?? 0),
    guaranteePaid: q.map((x) => x.spv.income.guaranteeIncome ?? 0),
    guarantees: q.map((x) => x.measures.guarantees),
    consolidated: q.map((x) => x.sponsor.liabilities.consolidatedSpvDebt),
    events: q.map((x) => result.events.filter((e) => e.index === x.index && STRUCTURE_EVENTS.has(e.kind)).map((e) => e.message[lang])),
    burstQuarter: result.summary.burstQuarter ?? null,
  };
}

/** The diagram's data for a scenario and figure 2's campus share. */
export function structureData(inputs: StructureInputs, exact: boolean, lang: "ja" | "en"): FigureRun<StructureData> {
  const r = runScenario(inputs.scenario, [["financing.campusShare", inputs.campusShare]], exact);
  return r.ok ? { ok: true, data: pick(r.result, lang) } : { ok: false, error: r.issues.join("; ") };
}

/** The quarter of the default run where hidden debt peaks: where the diagram opens, so its flows are at their widest. */
export function structureDefaultQuarter(result: ResultJson): number {
  return Math.max(0, result.quarters.findIndex((q) => q.label === result.summary.peakHiddenDebtQuarter));
}

/**
 * The diagram's spec and its data at the default state (base, figure 2's default campus share), for the server
 * to render; the exact (Decimal) ledger, as for the figures.
 */
export function structureDefaults(campusShare: number, lang: "ja" | "en"): { spec: StructureSpec; initial: StructureData } {
  const r = runScenario("base", [["financing.campusShare", campusShare]], true);
  if (!r.ok) throw new Error(`the structure diagram's default state was rejected by the model: ${r.issues.join("; ")}`);
  return { spec: structureSpec(structureDefaultQuarter(r.result), r.result.quarters.length), initial: pick(r.result, lang) };
}

/** The scenarios as options, with the model's names in the page's language. */
export function structureScenarioOptions(lang: "ja" | "en"): { value: string; label: string }[] {
  return STRUCTURE_PRESETS.map((id) => ({ value: id, label: presets.find((p) => p.id === id)?.name[lang] ?? id }));
}
