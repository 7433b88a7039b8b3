import { findFact } from "./facts.js";
import { factCheckSchema } from "./schema.js";
import type { FactCheck } from "./schema.js";

/** The yen-per-dollar rate the article's own amounts imply (290億ドル ≈ 4.5兆円), rounded. */
const ARTICLE_RATE = 155;

const fmt = (n: number, digits = 0): string =>
  n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });

function absolute(id: string): number {
  const value = findFact(id)?.absolute;
  if (value == null) throw new Error(`fact ${id} has no absolute amount`);
  return value;
}

/** The arithmetic behind the heading check, computed from the facts rather than typed in. */
function headingArithmetic(): { ja: string; en: string } {
  const headingJpy = absolute("meta-heading-jpy"); // 29兆円
  const bodyUsd = absolute("meta-private-credit-usd"); // 290億ドル
  const headingInUsd = headingJpy / ARTICLE_RATE; // ≈ 1,871億ドル
  const ratio = headingInUsd / bodyUsd; // ≈ 6.45
  const bodyInJpy = bodyUsd * ARTICLE_RATE; // ≈ 4.5兆円
  const headingOku = fmt(headingInUsd / 1e8);
  const headingBn = fmt(headingInUsd / 1e9);
  const times = fmt(ratio, 2);
  const bodyCho = fmt(bodyInJpy / 1e12, 2);
  return {
    ja:
      `29兆円 ÷ ${ARTICLE_RATE}円/ドル ≈ ${headingOku}億ドル で、本文の290億ドルの約${times}倍。` +
      `逆に 290億ドル × ${ARTICLE_RATE}円/ドル ≈ ${bodyCho}兆円 で、本文の「約4.5兆円」と合う。`,
    en:
      `¥29 trillion ÷ ${ARTICLE_RATE} ¥/$ ≈ $${headingBn} billion, about ${times}× the body's $29 billion (290億ドル). ` +
      `Conversely, $29 billion × ${ARTICLE_RATE} ¥/$ ≈ ¥${bodyCho} trillion, which matches the body's “about ¥4.5 trillion”.`,
  };
}

const none = { ja: "", en: "" };

const checks: readonly FactCheck[] = [
  {
    id: "meta-heading-29-trillion-yen",
    paragraphId: "meta-private-credit-heading",
    claim: "メタが29兆円規模を調達",
    claimEn: "Meta raises funds on a ¥29 trillion scale",
    alsoAt: ["meta-private-credit-1"],
    verdict: "inconsistent",
    note: {
      ja: "見出しの「29兆円規模」は、同じ節の本文「290億ドル(約4.5兆円)」と食い違う。記事自身の換算レートでは、29兆円はおよそ1,870億ドルで本文の6倍以上になる。290億ドルの「29」に「兆円」を付けた誤記とみられる。見出しは著者の原文のまま残し、金額は本文の290億ドル(約4.5兆円)を採る。",
      en: "The heading's “¥29 trillion scale” contradicts the body of the same section, “$29 billion (about ¥4.5 trillion)”. At the article's own exchange rate ¥29 trillion is about $187 billion, more than six times the body's figure. It looks like the “29” of $29 billion with “trillion yen” attached. The heading is kept as the author wrote it; the amount to use is the body's $29 billion (about ¥4.5 trillion).",
    },
    arithmetic: headingArithmetic(),
    sources: [],
  },
  {
    id: "meta-29-billion",
    paragraphId: "meta-private-credit-1",
    claim: "290億ドル(約4.5兆円)をプライベートクレジット(非公開融資市場)から調達する計画",
    claimEn: "a plan to raise $29 billion (about ¥4.5 trillion) from private credit",
    verdict: "confirmed",
    note: {
      ja: "確認できた。FTが2025年6月に報じ、2025年8月初めにPimcoが約260億ドルの負債、Blue Owlが30億ドルの出資を引き受けた。その後、ルイジアナ州のHyperionデータセンターを保有する合弁会社(Beignet Investor LLC、Blue Owl系ファンド80%・メタ20%)として、273億ドルの社債が発行された。",
      en: "Confirmed. The FT reported it in June 2025; in early August 2025 Pimco took about $26 billion of debt and Blue Owl $3 billion of equity. It then became the joint venture that owns the Hyperion data center in Louisiana (Beignet Investor LLC, 80% Blue Owl funds, 20% Meta), which issued $27.3 billion of bonds.",
    },
    arithmetic: none,
    sources: [
      { title: "Trade & Finance: Pimco and Blue Owl $29B for Meta", url: "https://tradeandfinance.com.pk/?p=4092" },
      {
        title: "Pimco and Blue Owl secure $29 billion deal to fund Meta's Louisiana data center",
        url: "https://365247.live/pimco-and-blue-owl-secure-29-billion-deal-to-fund-metas-louisiana-data-center",
      },
      {
        title: "Meta announces joint venture with funds managed by Blue Owl Capital",
        url: "https://www.stocktitan.net/news/META/meta-announces-joint-venture-with-funds-managed-by-blue-owl-capital-cb9waindzv96.html",
      },
    ],
  },
  {
    id: "carlyle-1-8-trillion",
    paragraphId: "meta-private-credit-2",
    claim: "2030年までに1.8兆ドル(約270兆円)がAI関連に投下される見通し",
    claimEn: "$1.8 trillion (about ¥270 trillion) is expected to be poured into AI by 2030",
    verdict: "unconfirmed",
    note: {
      ja: "未確認。カーライルの公開資料で見つかった数字は、データセンター関連の資金調達構造に今後10年で8,000億〜9,000億ドルというものだけで、「2030年までに1.8兆ドル」は確認できなかった。サイトは記事の主張として示してよいが、モデルの較正には使わない。",
      en: "Unconfirmed. The only Carlyle figure we found is $800–900 billion for data-center financing structures over ten years; “$1.8 trillion by 2030” could not be confirmed. The site may show it as the article's claim, but the model is not calibrated to it.",
    },
    arithmetic: {
      ja: "1.8兆ドル × 150円/ドル = 270兆円(記事の円換算と一致)。見つかった数字の上限 9,000億ドル は 1.8兆ドル の半分。",
      en: "$1.8 trillion × 150 ¥/$ = ¥270 trillion (matches the article's conversion). The upper end of the figure found, $900 billion, is half of $1.8 trillion.",
    },
    sources: [
      {
        title: "Carlyle: Powering AI's growth: the critical infrastructure that's needed",
        url: "https://www.carlyle.com/up-close-with-carlyle/powering-ai%E2%80%99s-growth-critical-infrastructure-%E2%80%99s-needed",
      },
    ],
  },
  {
    id: "kedrosky-apple",
    paragraphId: "intro-4",
    claim: "Big Tech──アップル、メタ、マイクロソフトなど──がAIインフラの拡張にあたり、貸借対照表に載らない“オフバランス債務”を急速に増やしている",
    claimEn: "Big Tech — Apple, Meta, Microsoft and others — is rapidly building up off-balance-sheet debt",
    alsoAt: ["intro-3"],
    verdict: "partly-confirmed",
    note: {
      ja: "一部確認。ケドロスキー氏がMITのフェローであり、ミンスキーを引きながらSPVとオフバランス債務に警鐘を鳴らしていることは確認できた。アップルがその中に含まれるという点は確認できなかった。",
      en: "Partly confirmed. Kedrosky is an MIT fellow and does warn, citing Minsky, about SPVs and off-balance-sheet debt. That Apple is among the companies doing so could not be confirmed.",
    },
    arithmetic: none,
    sources: [{ title: "Audioscrape: Paul Kedrosky", url: "https://www.audioscrape.com/person/paul-kudrowski?page=11" }],
  },
  {
    id: "ruth-yang-quote",
    paragraphId: "hidden-debt-2",
    claim: "メタもアップルもAI資金を調達しています。あるときは貸借対照表に載せ、あるときは載せません。",
    claimEn: "Meta and Apple are both raising money for AI. Sometimes they put it on the balance sheet, and sometimes they don't.",
    verdict: "unconfirmed",
    note: {
      ja: "未確認。S&Pグローバルのルース・ヤン氏によるこの発言の公開された出典は見つからなかった。同氏の他の引用(financing-illusion-2、bubble-trigger-2)も出典未確認。",
      en: "Unconfirmed. No public source was found for this quotation from S&P Global's Ruth Yang. Her other quotations in the article (financing-illusion-2, bubble-trigger-2) are unsourced as well.",
    },
    alsoAt: ["financing-illusion-1", "financing-illusion-2", "bubble-trigger-2"],
    arithmetic: none,
    sources: [],
  },
  {
    id: "david-kelly-quote",
    paragraphId: "portfolio-60-40-2",
    claim: "株と債券だけの分散では、もはやリスクヘッジにならない。",
    claimEn: "Diversifying across stocks and bonds alone no longer works as a risk hedge.",
    verdict: "unconfirmed",
    note: {
      ja: "未確認。J.P.モルガン・アセット・マネジメントのデイビッド・ケリー氏が「60/40はもはやヘッジにならない」と述べた出典は見つからなかった。見つかったのは、市場の過熱や「大きなショック」への警告だけである。",
      en: "Unconfirmed. No source was found for J.P. Morgan Asset Management's David Kelly saying that 60/40 no longer hedges; only his warnings about froth and a “big shock” were found.",
    },
    arithmetic: none,
    sources: [
      {
        title: "Sherwood: How JPMorgan Asset Management's chief global strategist sees the markets now",
        url: "https://sherwood.news/markets/how-jpmorgan-asset-managements-chief-global-strategist-sees-the-markets-now",
      },
    ],
  },
  {
    id: "chips-over-half",
    paragraphId: "debt-machine-3",
    claim: "コストの半分以上はチップ",
    claimEn: "more than half of the cost is chips",
    verdict: "confirmed",
    note: {
      ja: "裏付けあり。マッキンゼーは2030年までのAIデータセンター投資5.2兆ドルの約60%をチップ・IT機器と見積もり、モルガン・スタンレーは2.9兆ドルのうち1.6兆ドル(55%)をハードウェアとする。バーンスタインによればGB200ラック590万ドルのうち計算部分が340万ドル(58%)。",
      en: "Supported. McKinsey puts about 60% of $5.2 trillion of AI data-center capex to 2030 on chips and IT; Morgan Stanley puts $1.6 trillion of its $2.9 trillion on hardware (55%). Bernstein: of a $5.9 million GB200 rack, $3.4 million (58%) is compute.",
    },
    arithmetic: {
      ja: "1.6 ÷ 2.9 ≈ 55%、3.4 ÷ 5.9 ≈ 58%:いずれも50%を超える。",
      en: "1.6 ÷ 2.9 ≈ 55%; 3.4 ÷ 5.9 ≈ 58%: both above 50%.",
    },
    sources: [
      {
        title: "McKinsey flags $7T data-centre build",
        url: "https://thedailyscout.com/briefings/qpF6vCVINBg/mckinsey-flags-7t-data-centre-build",
      },
      {
        title: "Bernstein: How much does a GW of data center capacity actually cost?",
        url: "https://ng.investing.com/news/stock-market-news/how-much-does-a-gw-of-data-center-capacity-actually-cost-2169144",
      },
    ],
  },
  {
    id: "sixty-forty-breakdown",
    paragraphId: "portfolio-60-40-3",
    claim: "60%株+40%債券という伝統的ポートフォリオは、金利上昇とインフレ再燃で崩壊しつつあります",
    claimEn: "the traditional portfolio of 60% stocks + 40% bonds is falling apart as interest rates rise and inflation flares up again",
    verdict: "confirmed",
    note: {
      ja: "裏付けあり。2022年の60/40ポートフォリオは世界全体で約-17.5%と1937年以来最悪で、株と債券の相関は約-0.20から+0.65へ変わった(二次情報)。米国の60/40は2022年6月14日時点で年初来-18.2%、36か月相関は2000〜2020年は負、2021年から再び正。",
      en: "Supported. In 2022 the 60/40 portfolio lost about 17.5% globally, the worst year since 1937, and the stock-bond correlation moved from about -0.20 to +0.65 (secondary source). The US 60/40 was down 18.2% year to date on 14 June 2022; the 36-month correlation was negative from 2000 to 2020 and positive again from 2021.",
    },
    arithmetic: none,
    sources: [
      { title: "eco3min: 60/40 portfolio evolution in the 2020s", url: "https://eco3min.fr/en/qa/60-40-portfolio-evolution-2020s/" },
      {
        title: "Penn Mutual AM: More pain ahead for the 60/40 portfolio",
        url: "https://pennmutualam.com/market-insights-news/blogs/chart-of-the-week/2022-06-23-more-pain-ahead-for-the-60-40-portfolio",
      },
    ],
  },
  {
    id: "h1b-fee-status",
    paragraphId: "h1b-fee-2",
    claim: "1件あたり10万ドル(約1500万円)の申請料を課す",
    claimEn: "charge an application fee of $100,000 (about ¥15 million) per petition",
    alsoAt: ["h1b-fee-1"],
    verdict: "partly-confirmed",
    note: {
      ja: "一部確認。金額は正しいが「案」ではない。大統領布告は2025年9月19日に署名され、9月21日から12か月間有効。新規申請について雇用主に10万ドルの一回限りの支払いを課す。USCISの10月20日の指針で、対象は国外にいる受益者などに限定された。",
      en: "Partly confirmed. The amount is right, but it is not just a plan: the proclamation was signed on 19 September 2025 and took effect on 21 September 2025 for 12 months, imposing a one-time $100,000 payment by the employer on new petitions. USCIS guidance of 20 October limited it to beneficiaries outside the US and similar cases.",
    },
    arithmetic: {
      ja: "10万ドル × 150円/ドル = 1500万円(記事の円換算と一致)。",
      en: "$100,000 × 150 ¥/$ = ¥15 million (matches the article's conversion).",
    },
    sources: [
      {
        title: "Nixon Peabody: USCIS clarifies $100K fee for certain H-1B visa petitions",
        url: "https://www.nixonpeabody.com/insights/alerts/2025/10/21/uscis-clarifies-100k-fee-for-certain-h-1b-visa-petitions",
      },
    ],
  },
  {
    id: "artemis-reopened",
    paragraphId: "artemis-delay-3",
    claim: "NASAはついに「他社も検討」と言い出しました",
    claimEn: "NASA has finally said it will “consider other companies too”",
    alsoAt: ["artemis-delay-1", "artemis-delay-4"],
    verdict: "partly-confirmed",
    note: {
      ja: "一部確認。2025年10月20日、ダフィー長官代行はスペースXの約44億ドルの着陸船契約をブルーオリジンなど他社にも開放した。着陸目標は現在2028年。「3回連続爆発」は確認していない。",
      en: "Partly confirmed. On 20 October 2025 acting administrator Duffy reopened SpaceX's roughly $4.4 billion lander contract to Blue Origin and others; the landing target is now 2028. The “three explosions in a row” was not checked.",
    },
    arithmetic: none,
    sources: [
      {
        title: "HotHardware: NASA issues stern message to SpaceX over moon lander delay",
        url: "https://hothardware.com/news/nasa-issues-stern-message-to-spacex-over-moon-lander-delay-in-space-race-with-china",
      },
      {
        title: "Particle: NASA reopens Artemis III lander contract",
        url: "https://particle.news/story/nasa-reopens-artemis-iii-lander-contract-invites-bids-to-challenge-spacex",
      },
    ],
  },
].map((c) => factCheckSchema.parse(c));

/**
 * Fact-check notes on the article's claims, each with a verdict, a note and (where there are numbers) the
 * arithmetic in Japanese and English, and the public sources. `claim` is the Japanese wording and occurs
 * in the text of `paragraphId` (a heading id ends in `-heading`).
 *
 * @returns the notes, the heading's ¥29 trillion contradiction first
 * @example
 * getFactChecks()[0]?.arithmetic.en;
 * // "¥29 trillion ÷ 155 ¥/$ ≈ $187 billion, about 6.45× the body's $29 billion (290億ドル). Conversely, $29 billion × 155 ¥/$ ≈ ¥4.50 trillion, which matches the body's “about ¥4.5 trillion”."
 */
export function getFactChecks(): readonly FactCheck[] {
  return checks;
}
