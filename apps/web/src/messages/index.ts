import { en } from "./en";
import { ja } from "./ja";
import type { Lang, Messages } from "./types";

export type { Lang, Messages } from "./types";
export { fillTemplate, splitTemplate } from "./types";

/** The interface text for one language. */
export function getMessages(lang: Lang): Messages {
  return lang === "ja" ? ja : en;
}
