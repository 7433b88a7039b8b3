import type { Lang } from "@/messages/types";
import { en } from "./en";
import { ja } from "./ja";
import type { OneYearOnMessages } from "./types";

export type { ClaimId, OneYearOnMessages, TrackerFigureMessages, TrackerId } from "./types";

/** The "one year on" page's text for one language. */
export function getOneYearOnMessages(lang: Lang): OneYearOnMessages {
  return lang === "ja" ? ja : en;
}
