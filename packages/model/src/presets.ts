// Over 300 lines for one reason: the base preset's parameters and the provenance of each are two tables that
// must be read side by side; the variants below change a few of them each.
import type { Bilingual } from "./events.js";
import type { Scenario } from "./scenario.js";
import { getPath, setPath } from "./paths.js";
import { assertScenario } from "./scenario.js";
import { ScenarioError } from "./scenario-issue.js";
import { SOURCES } from "./sources.js";

/** Where a parameter value comes from. */
export interface Provenance {
  kind: "sourced" | "estimated" | "illustrative";
  note: string;
  sourceId?: string;
}

export interface Source {
  id: string;
  title: string;
  url?: string;
}

/** A named, calibrated scenario. */
export interface Preset {
  id: string;
  name: Bilingual;
  description: Bilingual;
  sources: Source[];
  scenario: Scenario;
  /** Provenance of every numeric parameter, keyed by dotted scenario path. */
  provenance: Record<string, Provenance>;
}

const S = (note: string, sourceId: keyof typeof SOURCES): Provenance => ({ kind: "sourced", note, sourceId });
const E = (note: string, sourceId?: keyof typeof SOURCES): Provenance =>
  sourceId ? { kind: "estimated", note, sourceId } : { kind: "estimated", note };
const I = (note: string): Provenance => ({ kind: "illustrative", note });

const baseScenario: Scenario = {
  horizonQuarters: 40,
  startQuarter: "2025Q1",
  fxJpyPerUsd: 155,
  discountAnnual: 0.09,
  core: { revenueAnnual: 170, growthAnnual: 0.1, cashMargin: 0.5, demandSensitivity: 0.5, shocks: [] },
  sponsor: {
    cash: 77.8,
    minCash: 30,
    otherAssets: 76,
    otherLiabilities: 65,
    bonds: 28.8,
    bondCouponAnnual: 0.045,
    bondMaturityQuarters: 60,
    newBondTermQuarters: 60,
    bondSpreadAnnual: 0.009,
    spreadPerLeverage: 0.01,
    leverageThreshold: 2,
    maxLeverage: 6,
    payoutRatio: 0.55,
    taxRate: 0.15,
  },
  ai: { revenueAnnual: 35, priceDeclineAnnual: 0.25, opexAnnualPerGw: 1.5, openingGpuGw: 10, openingUtilisation: 0.85 },
  demand: { aiGrowthAnnual: 0.4, expectationSpeed: 0.25, shocks: [] },
  investment: { leadQuarters: 4, headroom: 0.05, adjustmentSpeed: 0.3 },
  gpu: {
    costShare: 0.6,
    costPerGw: 50,
    economicLifeQuarters: 12,
    bookLifeQuarters: 22,
    shellLifeQuarters: 80,
    perfGainAnnual: 0.35,
    impairmentUtilisation: 0.7,
    shocks: [],
  },
  financing: { offBalanceShare: 0.3 },
  rates: { baseAnnual: 0.043, shocks: [] },
  credit: { freezePremiumAnnual: 0.05, shocks: [] },
  spv: {
    dscrCovenant: 1.2,
    sizingDscr: 1.3,
    spreadAnnual: 0.0225,
    debtTermQuarters: 96,
    equityShare: 0.075,
    programQuarters: 8,
    leaseTermQuarters: 16,
    renewalTermQuarters: 4,
    renewalUtilisation: 0.8,
    leaseVariableShare: 0.35,
    rvgCapShare: 0.5,
    vacantValueShare: 0.4,
    curePeriodQuarters: 2,
    opening: { debt: 27.3, equity: 2.2, couponAnnual: 0.0658, firstRenewalQuarter: "2033Q1" },
  },
};

const baseProvenance: Record<string, Provenance> = {
  horizonQuarters: I("ten years from 2025"),
  fxJpyPerUsd: E("the article's own conversion: 290億ドル ≈ 4.5兆円 implies about ¥155/$"),
  discountAnnual: I("a cost of capital for AI projects; JPM's '10% return' benchmark is close"),
  "core.revenueAnnual": E("2024 revenue $164.5B grown to a 2025Q1 run-rate", "meta2024"),
  "core.growthAnnual": I("trend growth of ads revenue"),
  "core.cashMargin": E("2024 operating income $69.4B plus D&A over revenue, about one half", "meta2024"),
  "core.demandSensitivity": I("how much an AI-demand level shock also hits ads (consumers spend less)"),
  "sponsor.cash": S("cash and marketable securities at 31 Dec 2024", "meta2024"),
  "sponsor.minCash": I("cash floor before borrowing"),
  "sponsor.otherAssets": E("total assets less cash and PP&E at end-2024, about $76B", "meta2024"),
  "sponsor.otherLiabilities": E("total liabilities less long-term debt at end-2024", "meta2024"),
  "sponsor.bonds": S("long-term debt at 31 Dec 2024", "meta2024"),
  "sponsor.bondCouponAnnual": E("average coupon of Meta's notes issued 2022–2024"),
  "sponsor.bondMaturityQuarters": E("notes due 2027–2064; spread evenly over 15 years"),
  "sponsor.newBondTermQuarters": E("Oct 2025 issue of 5–40 years, about 15 years on average", "metaBond"),
  "sponsor.bondSpreadAnnual": E("about 140bp at the long end, less on short tranches", "metaBond"),
  "sponsor.spreadPerLeverage": I("spread widening per turn of leverage"),
  "sponsor.leverageThreshold": I("debt/EBITDA where spreads start widening"),
  "sponsor.maxLeverage": I("beyond about 6x debt/EBITDA (S&P's 'highly leveraged', FFO/debt under 12%) new lending stops"),
  "sponsor.payoutRatio": E("2024 buybacks and dividends of about $35B over net income $62B", "meta2024"),
  "sponsor.taxRate": E("Meta's effective tax rate in the low-to-mid teens"),
  "ai.revenueAnnual": I("AI-attributable revenue is not disclosed; far below capex by every account (Sequoia's gap)"),
  "ai.priceDeclineAnnual": I("price per unit of compute falls as each generation lowers cost"),
  "ai.opexAnnualPerGw": E("1 GW × 8,760 h × ~$60/MWh ≈ $0.5B of power, plus operations"),
  "ai.openingGpuGw": E("sized so that 2025 capex comes out near the $70–72B guidance", "capex2025"),
  "ai.openingUtilisation": I("capacity in use at the start"),
  "demand.aiGrowthAnnual": I("AI compute demand growth; OpenAI's revenue more than doubled in 2025"),
  "demand.expectationSpeed": I("adaptive expectations: a quarter of the surprise is taken in each quarter"),
  "investment.leadQuarters": E("18 months from order to service for a campus"),
  "investment.headroom": I("spare capacity planned"),
  "investment.adjustmentSpeed": I("partial adjustment: 30% of the gap closed a quarter"),
  "gpu.costShare": S("~60% of AI data-centre capex is chips/IT", "mckinsey"),
  "gpu.costPerGw": S("$50–60B per GW", "costPerGw"),
  "gpu.economicLifeQuarters": E("a two-to-three-year product cycle: a GPU is uncompetitive after about three years", "burry"),
  "gpu.bookLifeQuarters": S("5.5-year server life from 2025", "metaLife"),
  "gpu.shellLifeQuarters": I("buildings and power plant over 20 years"),
  "gpu.perfGainAnnual": I("compute per GW gained each year by new generations"),
  "gpu.impairmentUtilisation": I("utilisation below which auditors force write-downs of obsolete GPUs"),
  "financing.offBalanceShare": E("Hyperion's $27B against Meta's $70–72B on-balance capex: about 30%", "hyperion"),
  "rates.baseAnnual": E("6.58% coupon less ~225bp spread ≈ 4.3% Treasury yield", "beignetBond"),
  "credit.freezePremiumAnnual": I("penalty spread on emergency borrowing"),
  "spv.dscrCovenant": S("minimum DSCR covenants 1.10–1.25x", "covenants"),
  "spv.sizingDscr": S("contracted cash flows sized at 1.20–1.30x", "sizing"),
  "spv.spreadAnnual": S("~225bp over Treasuries", "beignetBond"),
  "spv.debtTermQuarters": S("due 2049 and fully amortising: about 24 years", "beignetBond"),
  "spv.equityShare": S("$2.2B equity of $29.5B", "capitalStack"),
  "spv.programQuarters": I("one Hyperion-sized vehicle every two years"),
  "spv.leaseTermQuarters": S("4-year initial lease term", "hyperion"),
  "spv.renewalTermQuarters": I("yearly extensions"),
  "spv.renewalUtilisation": I("the sponsor renews only when it needs the capacity"),
  "spv.leaseVariableShare": I("share of rent tied to use; Hyperion's lease terms are not public"),
  "spv.rvgCapShare": I("the RVG cap amount is unconfirmed"),
  "spv.vacantValueShare": I("resale value of a vacated special-purpose campus"),
  "spv.curePeriodQuarters": I("quarters of breach before lenders call the sponsor"),
  "spv.opening.debt": S("$27.3B bond", "beignetBond"),
  "spv.opening.equity": S("$2.2B equity", "capitalStack"),
  "spv.opening.couponAnnual": S("6.58% coupon", "beignetBond"),
};

const baseSources: Source[] = [
  SOURCES.meta2024,
  SOURCES.capex2025,
  SOURCES.hyperion,
  SOURCES.beignetBond,
  SOURCES.capitalStack,
  SOURCES.metaBond,
  SOURCES.metaLife,
  SOURCES.burry,
  SOURCES.costPerGw,
  SOURCES.mckinsey,
  SOURCES.covenants,
  SOURCES.sizing,
];

interface Variant {
  id: string;
  name: Bilingual;
  description: Bilingual;
  changes: Array<[path: string, value: unknown, provenance?: Provenance]>;
  extraSources?: Source[];
  from?: Scenario;
  fromProvenance?: Record<string, Provenance>;
}

function variant(v: Variant): Preset {
  let scenario: Scenario = v.from ?? baseScenario;
  const provenance: Record<string, Provenance> = { ...(v.fromProvenance ?? baseProvenance) };
  for (const [path, value, prov] of v.changes) {
    if (getPath(scenario, path) === undefined && !path.includes("shocks")) throw new Error(`preset ${v.id}: no path ${path}`);
    scenario = setPath(scenario, path, value);
    if (prov) provenance[path] = prov;
  }
  return {
    id: v.id,
    name: v.name,
    description: v.description,
    sources: [...baseSources, ...(v.extraSources ?? [])],
    scenario: assertScenario(scenario),
    provenance,
  };
}

const base: Preset = {
  id: "base",
  name: { ja: "基本(メタ型ハイパースケーラー)", en: "Base (a Meta-like hyperscaler)" },
  description: {
    ja: "2025年の設備投資700億ドル規模、Hyperion型SPV(社債273億ドル、利率6.58%、残価保証付き)、サーバー償却5.5年。需要は想定どおり伸びる。",
    en: "A Meta-like sponsor: about $70B of capex in 2025, a Hyperion-like SPV ($27.3B of bonds at 6.58% with a residual value guarantee), 5.5-year server life. Demand grows as planned.",
  },
  sources: baseSources,
  scenario: assertScenario(baseScenario),
  provenance: baseProvenance,
};

const slowdownShock: Provenance = I("the article's trigger: AI demand growth drops and consumers spend less");

const industryScenario: Scenario = assertScenario({
  ...baseScenario,
  core: { ...baseScenario.core, revenueAnnual: 1500, cashMargin: 0.3 },
  sponsor: {
    ...baseScenario.sponsor,
    cash: 350,
    minCash: 150,
    otherAssets: 900,
    otherLiabilities: 700,
    bonds: 230,
    bondCouponAnnual: 0.04,
    payoutRatio: 0.45,
    taxRate: 0.16,
  },
  ai: { ...baseScenario.ai, revenueAnnual: 130, openingGpuGw: 58 },
  financing: { offBalanceShare: 0.3 },
  spv: { ...baseScenario.spv, opening: { debt: 110, equity: 10, couponAnnual: 0.065, firstRenewalQuarter: "2029Q1" } },
});

/**
 * Every preset, `base` first.
 *
 * @example
 * presets.map((p) => p.id);
 * // ["base", "demand-slowdown", "rate-shock", "credit-freeze", "gpu-treadmill", "soft-landing", "industry"]
 */
export const presets: readonly Preset[] = [
  base,
  variant({
    id: "demand-slowdown",
    name: { ja: "需要鈍化(記事の引き金)", en: "Demand slowdown (the article's trigger)" },
    description: {
      ja: "2026年後半にAI需要の伸びが年5%に落ち込み水準も1割下振れ、広告収入も減る。過剰設備、SPVの財務制限条項抵触、連結と残価保証で隠れ債務が表面化する。",
      en: "From late 2026 AI demand growth falls to 5% a year and its level drops 10%; ad revenue falls too. Overcapacity, SPV covenant breaches, consolidation and the residual value guarantee bring the hidden debt to the surface.",
    },
    changes: [
      ["demand.shocks", [{ quarter: "2026Q3", growthAnnual: 0, levelChange: -0.2 }], slowdownShock],
      ["core.shocks", [{ quarter: "2026Q4", revenueChange: -0.06 }], slowdownShock],
    ],
  }),
  variant({
    id: "rate-shock",
    name: { ja: "金利ショック", en: "Rate shock" },
    description: {
      ja: "2025年末に基準金利が7%へ上昇。固定金利の長期債が多いため、効き方は借り換えと新規調達の分だけで緩やか。",
      en: "The base rate jumps to 7% at the end of 2025. Because most debt is long and fixed-rate, it bites only as debt is refinanced or newly raised.",
    },
    changes: [["rates.shocks", [{ quarter: "2025Q4", baseAnnual: 0.07 }], I("a +270bp move in Treasury yields")]],
  }),
  variant({
    id: "credit-freeze",
    name: { ja: "信用収縮", en: "Credit freeze" },
    description: {
      ja: "2026年から2年間、社債とプライベートクレジットの市場が閉じる。SPVでの調達も借り換えもできず、手元資金と本業で凌ぐ。",
      en: "Bond and private-credit markets close for two years from 2026: no SPV funding, no refinancing; the sponsor lives on its cash and core business.",
    },
    changes: [
      [
        "credit.shocks",
        [
          { quarter: "2026Q1", frozen: true },
          { quarter: "2028Q1", frozen: false },
        ],
        I("a 2008-style closure of credit markets"),
      ],
      ["demand.shocks", [{ quarter: "2026Q1", growthAnnual: 0.2 }], I("a credit crunch also slows demand")],
    ],
  }),
  variant({
    id: "gpu-treadmill",
    name: { ja: "GPUトレッドミル(毎年の世代交代)", en: "GPU treadmill (yearly cadence)" },
    description: {
      ja: "NVIDIAの毎年の新世代でGPUの経済寿命は2年、帳簿上は6年で償却。減価償却し終わる前に次のローンを組む構造が最も強く出る。",
      en: "A yearly Nvidia cadence gives GPUs a two-year economic life while the books depreciate them over six years: the next loan is taken before the last one is written off.",
    },
    changes: [
      ["gpu.economicLifeQuarters", 8, S("training GPUs last 18–24 months", "kedrosky")],
      ["gpu.bookLifeQuarters", 24, E("six-year server lives at Microsoft and Alphabet", "metaLife")],
    ],
    extraSources: [SOURCES.kedrosky],
  }),
  variant({
    id: "soft-landing",
    name: { ja: "軟着陸(AIが稼ぐ)", en: "Soft landing (AI pays off)" },
    description: {
      ja: "AI収入が大きく立ち上がり、価格下落も緩やか。投資はキャッシュフローで賄われ、隠れ債務は表面化しない。",
      en: "AI revenue takes off and prices fall slowly: investment is paid for by cash flow and the hidden debt never surfaces.",
    },
    changes: [
      ["ai.revenueAnnual", 60, I("AI revenue that grows into the capex")],
      ["ai.priceDeclineAnnual", 0.12, I("slow price erosion")],
      ["demand.aiGrowthAnnual", 0.45, I("steady demand growth")],
    ],
  }),
  variant({
    id: "industry",
    name: { ja: "業界全体(ビッグ4+オラクル)", en: "Industry (big four + Oracle)" },
    description: {
      ja: "アマゾン、マイクロソフト、アルファベット、メタ、オラクルを一つのスポンサーとみなす。2025年の設備投資4,000億ドル超、SPV経由の債務約1,200億ドル。",
      en: "Amazon, Microsoft, Alphabet, Meta and Oracle as one sponsor: 2025 capex above $400B and about $120B of debt already through SPVs.",
    },
    from: industryScenario,
    fromProvenance: {
      ...baseProvenance,
      "core.revenueAnnual": E("2024 revenues of the five summed, about $1.5T"),
      "core.cashMargin": E("blend of Amazon's low and the others' high margins"),
      "sponsor.cash": E("the five's cash and securities, net of what is committed"),
      "sponsor.bonds": E("the five's long-term debt, about $230B"),
      "ai.openingGpuGw": E("sized so that 2025 capex comes out near $380B + Oracle's $35B", "capex2025"),
      "ai.revenueAnnual": I("AI revenue of the five; Microsoft alone runs above $13B"),
      "financing.offBalanceShare": E("Morgan Stanley: $800B private credit of a $2.9T build, about 28%", "msGap"),
      "spv.opening.debt": E("FT: at least $120B through SPVs, less equity", "spvTotal"),
      "spv.opening.equity": E("about 8% equity as in Hyperion", "spvTotal"),
      "spv.opening.couponAnnual": E("SOFR+250bp bank loans and 6.6% Hyperion bonds", "oracleLoans"),
    },
    changes: [],
    extraSources: [SOURCES.oracleCapex, SOURCES.spvTotal, SOURCES.msGap, SOURCES.oracleLoans],
  }),
];

/**
 * Look a preset up by id.
 *
 * @example
 * getPreset("base")?.scenario.gpu.bookLifeQuarters; // 22
 * getPreset("nope"); // undefined
 */
export function getPreset(id: string): Preset | undefined {
  return presets.find((p) => p.id === id);
}

/**
 * A preset's scenario with dotted-path overrides applied and validated.
 *
 * @throws ScenarioError when the preset is unknown, a path does not exist or the result is invalid
 * @example
 * scenarioFromPreset("base", { "financing.offBalanceShare": 0.5 }).financing.offBalanceShare; // 0.5
 */
export function scenarioFromPreset(id: string, overrides: Record<string, unknown> = {}): Scenario {
  const preset = getPreset(id);
  if (!preset) {
    throw new ScenarioError([
      { path: "preset", code: "unknown-preset", message: `unknown preset "${id}"`, received: id, allowed: presets.map((p) => p.id).join(", ") },
    ]);
  }
  let s: unknown = preset.scenario;
  for (const [path, value] of Object.entries(overrides)) s = setPath(s, path, value);
  return assertScenario(s);
}
