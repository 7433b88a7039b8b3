import type { Quote, Speaker } from "./schema.js";

/**
 * The people the article quotes, with their names and affiliations as the article gives them.
 *
 * @example
 * speakers.map((s) => s.id); // ["paul-kedrosky", "ruth-yang", "david-kelly"]
 */
export const speakers: readonly Speaker[] = [
  {
    id: "paul-kedrosky",
    name: { ja: "ポール・ケドロスキー", en: "Paul Kedrosky" },
    affiliation: { ja: "米MIT研究員、ベンチャー投資家", en: "Research fellow at MIT and venture investor" },
  },
  {
    id: "ruth-yang",
    name: { ja: "ルース・ヤン", en: "Ruth Yang" },
    affiliation: { ja: "S&Pグローバル アナリスト", en: "Analyst, S&P Global" },
  },
  {
    id: "david-kelly",
    name: { ja: "デイビッド・ケリー", en: "David Kelly" },
    affiliation: { ja: "J.P.モルガン グローバル・ストラテジスト", en: "Global strategist, J.P. Morgan" },
  },
];

/**
 * Finds a speaker by id.
 *
 * @param id - a speaker id such as "ruth-yang"
 * @returns the speaker, or undefined
 * @example
 * findSpeaker("ruth-yang")?.name.en; // "Ruth Yang"
 */
export function findSpeaker(id: string): Speaker | undefined {
  return speakers.find((s) => s.id === id);
}

/** Which paragraphs quote whom: `block` paragraphs are the quotation itself. */
export const quotations: Readonly<Record<string, Quote>> = {
  "intro-5": { speakerId: "paul-kedrosky", form: "block" },
  "intro-6": { speakerId: "paul-kedrosky", form: "block" },
  "hidden-debt-2": { speakerId: "ruth-yang", form: "block" },
  "debt-machine-6": { speakerId: "paul-kedrosky", form: "block" },
  "financing-illusion-1": { speakerId: "ruth-yang", form: "inline" },
  "financing-illusion-2": { speakerId: "ruth-yang", form: "block" },
  "bubble-trigger-2": { speakerId: "ruth-yang", form: "block" },
  "portfolio-60-40-2": { speakerId: "david-kelly", form: "block" },
};
