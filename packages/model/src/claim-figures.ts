/**
 * The figures `claims()` reports, declared as data: each key's unit and label in Japanese and English, so that
 * no front end guesses a unit or writes a label of its own (a test checks every key a report holds is here).
 * Figures that are a run's summary field take its unit and label from RESULT_FIELDS.
 */
import type { Bilingual } from "./bilingual.js";
import { resultFieldMeta } from "./result-fields.js";
import type { Unit } from "./units.js";

/** A claims figure as data. */
export interface ClaimFigureMeta {
  key: string;
  unit: Unit;
  label: Bilingual;
}

type Own = [key: string, unit: Unit, ja: string, en: string];

const OWN: Own[] = [
  ["peakHiddenShare", "share", "債務合計に占める隠れ債務の最大割合", "Hidden debt's largest share of total debt"],
  ["leaseLiabilitiesEnd", "usd-bn", "期末のリース負債", "Lease liabilities at the end"],
  ["commitmentsNotCommencedEnd", "usd-bn", "期末の未開始リース契約", "Leases signed, not yet commenced, at the end"],
  ["peakObsoleteGpuDebt", "usd-bn", "陳腐化したGPUに残る債務のピーク", "Peak debt on obsolete GPUs"],
  ["burstBaseline", "quarter-label", "表面化(ショックなし)", "Surfaces (no shock)"],
  ["burstDemandSlowdown", "quarter-label", "表面化(1年後に需要鈍化)", "Surfaces (demand slowdown a year in)"],
  ["burstRateRise200bp", "quarter-label", "表面化(1年後に+200bpの金利上昇)", "Surfaces (+200 bp rate rise a year in)"],
  ["burstQuarter", "quarter-label", "表面化(需要鈍化のシナリオ)", "Surfaces (in the slowdown)"],
  ["reportedDebtJumpShare", "share", "表面化した四半期の表の債務の増加(債務合計比)", "Jump of reported debt that quarter (share of total debt)"],
];

/** Figures that are a run's summary field, by key. */
const SUMMARY = ["peakHiddenDebt", "peakBookMinusEconomic", "lenderLoss", "lenderRepaid", "sponsorAiNpv", "verdict", "internalFundingShare", "debtFundedCapexShare", "borrowedPayoutShare"];

/**
 * Every figure a claims report can hold, in the order the claims report them.
 *
 * @example
 * CLAIM_FIGURES.find((f) => f.key === "burstRateRise200bp")?.unit; // "quarter-label"
 */
export const CLAIM_FIGURES: readonly ClaimFigureMeta[] = [
  ...SUMMARY.map((key) => {
    const meta = resultFieldMeta(`summary.${key}`)!;
    return { key, unit: meta.unit, label: meta.label };
  }),
  ...OWN.map(([key, unit, ja, en]) => ({ key, unit, label: { ja, en } })),
];

const byKey = new Map(CLAIM_FIGURES.map((f) => [f.key, f]));

/**
 * A claims figure's unit and label, or undefined for a key no report holds.
 *
 * @example
 * claimFigureMeta("sponsorAiNpv")?.unit; // "usd-bn"
 */
export function claimFigureMeta(key: string): ClaimFigureMeta | undefined {
  return byKey.get(key);
}
