import type { Lang } from "@/messages/types";
import { explainEn } from "./explain-en";
import { explainJa } from "./explain-ja";
import type { ExplainMessages } from "./explain-types";

/** The explaining layer's words for a language (called on the server; the object crosses as props). */
export function explainMessages(lang: Lang): ExplainMessages {
  return lang === "ja" ? explainJa : explainEn;
}
