import { resultFieldMeta, type SummaryJson } from "@aidebt/model";
import type { Lang } from "@/messages/types";

/**
 * The label of a summary field in the page's language, from the model's RESULT_FIELDS: a "try this" sentence
 * names the number it compares in the model's own words. Called on the server.
 *
 * @example
 * summaryLabel("burstQuarter", "en"); // "Hidden debt surfaces"
 */
export function summaryLabel(key: Extract<keyof SummaryJson, string>, lang: Lang): string {
  const label = resultFieldMeta(`summary.${key}`)?.label[lang];
  if (label === undefined) throw new Error(`the model's RESULT_FIELDS has no label for summary field "${key}"`);
  return label;
}
