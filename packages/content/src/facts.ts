import { factSchema } from "./schema.js";
import type { Fact } from "./schema.js";

const SCALE = { 万: 1e4, 億: 1e8, 千億: 1e11, 兆: 1e12 } as const;

type Draft = Omit<Fact, "absolute" | "impliedJpyPerUsd">;

const money = (
  id: string,
  paragraphId: string,
  rawText: string,
  value: number,
  currency: "USD" | "JPY",
  scale: keyof typeof SCALE,
  precision: Fact["precision"],
  measures: Fact["measures"],
  pairedWith?: string,
): Draft => ({
  id,
  paragraphId,
  rawText,
  value,
  unit: "money",
  currency,
  scale,
  precision,
  measures,
  ...(pairedWith ? { pairedWith } : {}),
});

const plain = (
  id: string,
  paragraphId: string,
  rawText: string,
  value: number,
  unit: Fact["unit"],
  precision: Fact["precision"],
  measures: Fact["measures"],
): Draft => ({ id, paragraphId, rawText, value, unit, currency: null, scale: null, precision, measures });

const drafts: readonly Draft[] = [
  money("meta-heading-jpy", "meta-private-credit-heading", "29兆円", 29, "JPY", "兆", "approximate", {
    ja: "見出しが示すメタの調達規模(本文の290億ドル・約4.5兆円と食い違う。ファクトチェック参照)",
    en: "Meta's fund-raising as the heading states it (it contradicts the body's $29B, about ¥4.5T; see the fact check)",
  }),
  money("meta-private-credit-usd", "meta-private-credit-1", "290億ドル", 290, "USD", "億", "exact", {
    ja: "メタがAI構築資金としてプライベートクレジットから調達する計画の額",
    en: "What Meta plans to raise from private credit to build AI",
  }, "meta-private-credit-jpy"),
  money("meta-private-credit-jpy", "meta-private-credit-1", "4.5兆円", 4.5, "JPY", "兆", "approximate", {
    ja: "メタの調達計画額(290億ドル)の円換算",
    en: "Meta's planned raise ($29B) converted to yen",
  }, "meta-private-credit-usd"),
  plain("carlyle-year", "meta-private-credit-2", "2030年", 2030, "year", "exact", {
    ja: "カーライルの見通しでAI関連投資が積み上がる期限の年",
    en: "The year by which, in Carlyle's outlook, the AI-related investment is made",
  }),
  money("carlyle-usd", "meta-private-credit-2", "1.8兆ドル", 1.8, "USD", "兆", "exact", {
    ja: "カーライルによれば2030年までにAI関連に投下される資金の額(未確認:ファクトチェック参照)",
    en: "The money Carlyle says will be poured into AI by 2030 (unconfirmed: see the fact check)",
  }, "carlyle-jpy"),
  money("carlyle-jpy", "meta-private-credit-2", "270兆円", 270, "JPY", "兆", "approximate", {
    ja: "カーライルの見通し(1.8兆ドル)の円換算",
    en: "Carlyle's outlook ($1.8T) converted to yen",
  }, "carlyle-usd"),
  plain("subprime-year", "hidden-debt-6", "2008年", 2008, "year", "exact", {
    ja: "サブプライムローン問題(金融危機)の年",
    en: "The year of the subprime-loan (financial) crisis",
  }),
  plain("data-center-buildings", "debt-machine-2", "1棟", 1, "count", "exact", {
    ja: "建設費の単位となるデータセンターの棟数(1棟あたり)",
    en: "The number of data-center buildings the cost refers to (one building)",
  }),
  {
    id: "data-center-cost-jpy",
    paragraphId: "debt-machine-2",
    rawText: "数千億円",
    value: 2,
    unit: "money",
    currency: "JPY",
    scale: "千億",
    precision: "vague",
    bounds: { min: 2e11, max: 9e11 },
    measures: {
      ja: "データセンター1棟の建設費(「数千億円」:ここでは2千億〜9千億円と解釈)",
      en: "The cost of building one data center (“several hundred billion yen”: read here as ¥200–900 billion)",
    },
  },
  plain("chip-cost-share", "debt-machine-3", "半分以上", 0.5, "fraction", "at-least", {
    ja: "データセンターのコストに占めるチップの割合(半分以上)",
    en: "The share of a data center's cost that is chips (more than half)",
  }),
  plain("build-once", "debt-machine-6", "1回", 1, "count", "exact", {
    ja: "AIインフラの建設が「1回」では終わらないという回数",
    en: "How many times AI infrastructure is built: not just once",
  }),
  plain("solar-bubble-decade", "bubble-trigger-6", "2000年代", 2000, "decade", "exact", {
    ja: "記事が挙げる日本の太陽光バブル・メガソーラー案件の年代",
    en: "The decade the article gives for Japan's solar bubble and mega-solar projects",
  }),
  plain("it-bubble-decade", "summary-13", "90年代", 1990, "decade", "exact", {
    ja: "日本のITバブル期の年代(1990年代)",
    en: "The decade of Japan's IT bubble (the 1990s)",
  }),
  plain("portfolio-heading-stocks", "portfolio-60-40-heading", "60/40", 60, "percent", "exact", {
    ja: "60/40ポートフォリオの株式の割合(60%)",
    en: "The share of stocks in a 60/40 portfolio (60%)",
  }),
  plain("portfolio-heading-bonds", "portfolio-60-40-heading", "60/40", 40, "percent", "exact", {
    ja: "60/40ポートフォリオの債券の割合(40%)",
    en: "The share of bonds in a 60/40 portfolio (40%)",
  }),
  plain("portfolio-stocks", "portfolio-60-40-3", "60%", 60, "percent", "exact", {
    ja: "伝統的ポートフォリオの株式の配分",
    en: "The allocation to stocks in the traditional portfolio",
  }),
  plain("portfolio-bonds", "portfolio-60-40-3", "40%", 40, "percent", "exact", {
    ja: "伝統的ポートフォリオの債券の配分",
    en: "The allocation to bonds in the traditional portfolio",
  }),
  money("h1b-heading-usd", "h1b-fee-heading", "10万ドル", 10, "USD", "万", "exact", {
    ja: "H-1Bビザの「入場料」(見出し)",
    en: "The H-1B visa's “entry fee” (heading)",
  }),
  plain("h1b-per-petition", "h1b-fee-2", "1件", 1, "count", "exact", {
    ja: "申請料がかかる単位(申請1件あたり)",
    en: "The unit the fee is charged on (per petition)",
  }),
  money("h1b-fee-usd", "h1b-fee-2", "10万ドル", 10, "USD", "万", "exact", {
    ja: "H-1Bビザ申請1件あたりに課される申請料",
    en: "The fee charged per H-1B visa petition",
  }, "h1b-fee-jpy"),
  money("h1b-fee-jpy", "h1b-fee-2", "1500万円", 1500, "JPY", "万", "approximate", {
    ja: "H-1B申請料(10万ドル)の円換算",
    en: "The H-1B fee ($100,000) converted to yen",
  }, "h1b-fee-usd"),
  plain("artemis-year", "artemis-delay-1", "2028年", 2028, "year", "exact", {
    ja: "NASAがアルテミスIIIの月面着陸を予定していた年",
    en: "The year NASA had planned the Artemis III moon landing for",
  }),
  plain("starship-explosions", "artemis-delay-2", "3回", 3, "count", "exact", {
    ja: "スペースXのロケットが連続で爆発した回数",
    en: "How many times in a row SpaceX's rocket exploded",
  }),
];

const absoluteOf = (d: Draft): number | null =>
  d.unit === "money" && d.scale && d.precision !== "vague" ? d.value * SCALE[d.scale] : null;

/** Yen per dollar implied by two amounts given for the same thing, rounded to two decimals. */
function impliedRate(a: Draft, b: Draft): number | undefined {
  const usd = a.currency === "USD" ? a : b.currency === "USD" ? b : undefined;
  const jpy = a.currency === "JPY" ? a : b.currency === "JPY" ? b : undefined;
  const usdAmount = usd && absoluteOf(usd);
  const jpyAmount = jpy && absoluteOf(jpy);
  if (!usdAmount || !jpyAmount) return undefined;
  return Math.round((jpyAmount / usdAmount) * 100) / 100;
}

const facts: readonly Fact[] = drafts.map((d) => {
  const partner = d.pairedWith ? drafts.find((x) => x.id === d.pairedWith) : undefined;
  const rate = partner ? impliedRate(d, partner) : undefined;
  return factSchema.parse({ ...d, absolute: absoluteOf(d), ...(rate ? { impliedJpyPerUsd: rate } : {}) });
});

/**
 * Every number in the Japanese article as data, in article order: the value as written with its unit,
 * currency and Japanese scale (万, 億, 千億, 兆), the plain `absolute` amount for money, what it measures,
 * and the id of the paragraph (or heading) whose text contains `rawText`. Amounts given in both dollars and
 * yen point at each other through `pairedWith` and carry the exchange rate they imply.
 *
 * @returns the facts
 * @example
 * getFacts().filter((f) => f.impliedJpyPerUsd).map((f) => [f.rawText, f.impliedJpyPerUsd]);
 * // [["290億ドル", 155.17], ["4.5兆円", 155.17], ["1.8兆ドル", 150], ["270兆円", 150], ["10万ドル", 150], ["1500万円", 150]]
 */
export function getFacts(): readonly Fact[] {
  return facts;
}

/**
 * Finds a fact by id.
 *
 * @param id - a fact id such as "carlyle-usd"
 * @returns the fact, or undefined
 * @example
 * findFact("carlyle-usd")?.absolute; // 1800000000000
 */
export function findFact(id: string): Fact | undefined {
  return facts.find((f) => f.id === id);
}
