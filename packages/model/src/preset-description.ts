/**
 * A preset's description, generated from its scenario in both languages: the opening figures, the vehicles,
 * the server life and the scheduled shocks it applies, so that a description can never state other numbers
 * than the preset runs with.
 */
import type { Bilingual } from "./bilingual.js";
import { formatMoney } from "./format-money.js";
import type { Scenario } from "./scenario.js";

const pct = (x: number, digits = 0): string => `${(x * 100).toFixed(digits)}%`;

/**
 * Describe a scenario in a few sentences (ja, en).
 *
 * @param opening - the opening balance sheet's date, when calibrated from filings
 * @example
 * describeScenario(getPreset("meta")!.scenario, "2025-12-31").en.startsWith("Opening 2025-12-31"); // true
 */
export function describeScenario(s: Scenario, opening?: string): Bilingual {
  const ja = (x: number) => formatMoney(x, { currency: "usd", lang: "ja", fxJpyPerUsd: s.fxJpyPerUsd });
  const en = (x: number) => formatMoney(x, { currency: "usd", lang: "en", fxJpyPerUsd: s.fxJpyPerUsd });
  const life = (s.gpu.bookLifeQuarters / 4).toFixed(1);
  const parts: Bilingual[] = [
    {
      ja: `${opening ? `${opening}の貸借対照表から開始。` : ""}売上高(年換算)${ja(s.sponsor.revenueAnnual)}、現預金${ja(s.sponsor.cash)}、社債${ja(s.sponsor.bonds)}、リース負債${ja(s.leases.operatingLiability + s.leases.financeLiability)}、未開始のリース${ja(s.leases.commitments)}。`,
      en: `${opening ? `Opening ${opening}. ` : ""}Revenue run-rate ${en(s.sponsor.revenueAnnual)}, cash ${en(s.sponsor.cash)}, bonds ${en(s.sponsor.bonds)}, lease liabilities ${en(s.leases.operatingLiability + s.leases.financeLiability)}, leases not yet commenced ${en(s.leases.commitments)}.`,
    },
    {
      ja: `サーバー償却${life}年、サーバー取得原価${ja(s.fleet.serversGross)}。${s.investment.guidanceAnnual > 0 ? `初年度の設備投資はガイダンスの${ja(s.investment.guidanceAnnual)}。` : ""}`,
      en: `Servers depreciated over ${life} years, ${en(s.fleet.serversGross)} of them at cost.${s.investment.guidanceAnnual > 0 ? ` First-year capex at the ${en(s.investment.guidanceAnnual)} guidance.` : ""}`,
    },
  ];
  const o = s.spv.opening;
  if (o.debt > 0) {
    parts.push({
      ja: `期首のキャンパス型SPV:債務${ja(o.debt)}(利率${pct(o.couponAnnual, 2)})、${o.completionQuarter}に完成。`,
      en: `A campus vehicle in place: ${en(o.debt)} of debt at ${pct(o.couponAnnual, 2)}, completing in ${o.completionQuarter}.`,
    });
  }
  if (s.financing.campusShare > 0 || s.financing.gpuShare > 0) {
    parts.push({
      ja: `新しい建物の${pct(s.financing.campusShare)}をキャンパス型SPVで、新しいGPUの${pct(s.financing.gpuShare)}をGPU型SPVで調達。`,
      en: `${pct(s.financing.campusShare)} of new shells through campus vehicles, ${pct(s.financing.gpuShare)} of new GPUs through GPU vehicles.`,
    });
  } else parts.push({ ja: "新しいSPVは使わない。", en: "No new vehicles." });
  for (const d of s.demand.shocks) {
    parts.push({
      ja: `${d.quarter}にAI需要${d.growthAnnual !== undefined ? `の伸びが年${pct(d.growthAnnual)}に` : ""}${d.levelChange !== undefined ? `${d.growthAnnual !== undefined ? "、水準が" : "の水準が"}${pct(d.levelChange)}変化` : ""}。`,
      en: `In ${d.quarter} AI demand${d.growthAnnual !== undefined ? ` growth goes to ${pct(d.growthAnnual)} a year` : ""}${d.levelChange !== undefined ? `${d.growthAnnual !== undefined ? " and its level" : " level"} changes by ${pct(d.levelChange)}` : ""}.`,
    });
  }
  for (const c of s.core.shocks) parts.push({ ja: `${c.quarter}に本業の売上水準が${pct(c.revenueChange)}変化。`, en: `In ${c.quarter} core revenue changes by ${pct(c.revenueChange)}.` });
  for (const r of s.rates.shocks) parts.push({ ja: `${r.quarter}に基準金利が${pct(r.baseAnnual, 2)}に。`, en: `In ${r.quarter} the base rate moves to ${pct(r.baseAnnual, 2)}.` });
  for (const c of s.credit.shocks) parts.push({ ja: `${c.quarter}に信用市場が${c.frozen ? "閉じる" : "再開"}。`, en: `In ${c.quarter} credit markets ${c.frozen ? "close" : "reopen"}.` });
  for (const g of s.gpu.shocks) parts.push({ ja: `${g.quarter}にGPUの経済寿命が${g.economicLifeQuarters}四半期に。`, en: `In ${g.quarter} the GPU economic life becomes ${g.economicLifeQuarters} quarters.` });
  return { ja: parts.map((p) => p.ja).join(""), en: parts.map((p) => p.en).join(" ") };
}
