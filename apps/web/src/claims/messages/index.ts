import type { Lang } from "@/messages/types";
import { en } from "./en";
import { ja } from "./ja";
import type { ClaimsMessages } from "./types";

export type { ClaimsMessages } from "./types";

/** The claims report's words for one language. */
export function getClaimsMessages(lang: Lang): ClaimsMessages {
  return lang === "ja" ? ja : en;
}
