// The debt the CLI shows wherever it shows debt (issue 14): reported debt, the sponsor's lease liabilities,
// adjusted debt (reported + leases), hidden debt, total debt (adjusted + hidden) and leases signed but not yet
// commenced (not part of total debt). Values are the model's `quarters[].measures`, read, never recomputed.
import type { ResultJson } from "@aidebt/model";
import type { Lang } from "../i18n/lang.js";
import { messages } from "../i18n/labels.js";
import type { Column } from "./document.js";
import type { Formatters } from "./numbers.js";
import type { Units } from "./units.js";

/** The debt measures in the order they are shown: the first five build up to total debt, the last stands apart. */
export const DEBT_MEASURES = ["reportedDebt", "leaseLiabilities", "adjustedDebt", "hiddenDebt", "totalDebt", "commitmentsNotCommenced"] as const;
export type DebtMeasure = (typeof DEBT_MEASURES)[number];

/** Column id of a measure at the end of the run: the path inside a stress row's JSON (`end.leaseLiabilities`). */
export const endId = (measure: DebtMeasure): string => `end.${measure}`;

/** The debt measures of the run's last quarter, as the model reports them. */
export function debtAtEnd(result: ResultJson): Record<DebtMeasure, number | null> {
  const last = result.quarters.at(-1)?.measures;
  return Object.fromEntries(DEBT_MEASURES.map((m) => [m, last === undefined ? null : last[m]])) as Record<DebtMeasure, number | null>;
}

/** The label of a result field in the output's language: the CLI's own where it has one, else the model's. */
export function fieldLabel(units: Units, path: string, lang: Lang): string {
  const id = path.split(".").at(-1) ?? path;
  const own = (messages(lang) as unknown as Record<string, unknown>)[id === "minskySponsor" ? "minsky" : id];
  if (typeof own === "string") return own;
  const label = units.resultField(path)?.label[lang];
  if (label === undefined) return id;
  // the CLI's English headers are lower case, as its own labels are ("reported debt"); acronyms stay
  return lang === "en" ? label.replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase()) : label;
}

/** Columns for the debt measures at the end of the run, ids `end.<measure>`, formatted by their unit. */
export function debtEndColumns(units: Units, lang: Lang, f: Formatters): Column[] {
  const m = messages(lang);
  return DEBT_MEASURES.map((measure) => {
    const unit = units.resultField(`measures.${measure}`)?.unit;
    return { id: endId(measure), header: m.atEnd(fieldLabel(units, `measures.${measure}`, lang)), ...(unit === undefined ? {} : { unit }), align: "right" as const, format: f.unit(unit) };
  });
}
