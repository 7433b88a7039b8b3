import { resultFieldMeta, type QuarterJson } from "@aidebt/model";
import type { Lang } from "@/messages/types";

/** A quarter's measure, by its name in `quarters[].measures`. */
export type MeasureKey = keyof QuarterJson["measures"];

/**
 * The labels of quarterly measures in the page's language, from the model's RESULT_FIELDS (`measures.<key>`):
 * the site never words a measure itself. Called on the server; the labels cross to client components as plain
 * strings.
 *
 * @example
 * measureLabels(["hiddenDebt"], "en"); // { hiddenDebt: "Hidden debt" }
 */
export function measureLabels<K extends MeasureKey>(keys: readonly K[], lang: Lang): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const key of keys) {
    const label = resultFieldMeta(`measures.${key}`)?.label[lang];
    if (label === undefined) throw new Error(`the model's RESULT_FIELDS has no label for measure "${key}"`);
    out[key] = label;
  }
  return out;
}
