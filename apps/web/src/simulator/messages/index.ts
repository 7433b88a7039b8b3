import type { Lang } from "@/messages/types";
import { en } from "./en";
import { ja } from "./ja";
import type { SimulatorMessages } from "./types";

export type { SimulatorMessages } from "./types";

/** The simulator's interface text for one language. */
export function getSimulatorMessages(lang: Lang): SimulatorMessages {
  return lang === "ja" ? ja : en;
}
