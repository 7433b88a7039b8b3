import { resultFieldMeta, type QuarterJson } from "@aidebt/model";
import type { Lang, Messages } from "@/messages/types";

/** A quarter's measure, by its name in `quarters[].measures`. */
export type MeasureKey = keyof QuarterJson["measures"];

/** The measures the model (schema 2.0.0) reports but does not yet declare in RESULT_FIELDS, labelled by the site until it does. */
export type UndeclaredMeasure = keyof Messages["common"]["measures"];

/**
 * The labels of quarterly measures in the page's language, taken from the model's RESULT_FIELDS
 * (`measures.<key>`). A measure the model does not declare falls back to the site's message file, so the
 * model's wording wins as soon as it declares the field. Called on the server; the labels cross to client
 * components as plain strings.
 *
 * @example
 * measureLabels(["hiddenDebt"], "en", en.common.measures); // { hiddenDebt: "Hidden debt" }
 */
export function measureLabels<K extends MeasureKey>(keys: readonly K[], lang: Lang, fallback: Messages["common"]["measures"]): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const key of keys) {
    const label = resultFieldMeta(`measures.${key}`)?.label[lang] ?? (fallback as Partial<Record<MeasureKey, string>>)[key];
    if (label === undefined) throw new Error(`no label for measure "${key}" in the model's RESULT_FIELDS or the site's messages`);
    out[key] = label;
  }
  return out;
}
