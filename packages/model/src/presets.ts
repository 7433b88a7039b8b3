/**
 * The presets: `meta-2024` and `meta`, calibrated from Meta's filings at build time (`calibration/meta.ts`,
 * `scripts/presets.ts`), `base` (= `meta`), the peers `alphabet`, `microsoft`, `amazon`, `oracle` and `coreweave`
 * calibrated by the same code (`calibration/peers.ts`), and scenarios built on `meta` (the article's trigger, a rate shock,
 * a credit freeze, a faster GPU cadence, a soft landing, the industry as one sponsor). Descriptions are
 * generated from each preset's scenario, so that they never state other numbers than the preset applies.
 */
import type { Bilingual } from "./bilingual.js";
import { CALIBRATED, NOTES } from "./generated/presets-data.js";
import { quarterLabel } from "./_lib/quarter.js";
import { describeScenario } from "./preset-description.js";
import { getPath, setPath } from "./paths.js";
import { assertScenario } from "./scenario.js";
import type { Scenario } from "./scenario.js";
import { ScenarioError } from "./scenario-issue.js";

/** Where a parameter value comes from (the data rows behind a calibrated value: `calibrationReads`). */
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
  /** The opening balance sheet's date (ISO) for presets calibrated from filings. */
  opening?: string;
  sources: Source[];
  scenario: Scenario;
  /** Provenance of every numeric parameter, keyed by dotted scenario path. */
  provenance: Record<string, Provenance>;
  /**
   * A preset that is a market of several sponsors (`industry`): run it with `simulatePresetMarket`. Its `scenario`
   * is then a single-sponsor stand-in for the tools that take one scenario, and says so in its description.
   */
  market?: { sponsors: readonly string[]; elasticity: number };
}

/** The sponsors of the industry market: the calibrated hyperscalers and Oracle, and the neocloud. */
export const INDUSTRY_SPONSORS = ["meta", "alphabet", "microsoft", "amazon", "oracle", "neocloud"] as const;

function calibrated(id: string): (typeof CALIBRATED)[number] {
  const c = CALIBRATED.find((x) => x.id === id);
  if (!c) throw new Error(`no calibrated preset ${id}: run the model's generate task`);
  return c;
}

/** Provenance as shipped (kind, index of its note) back to objects. */
function unpackProvenance(packed: (typeof CALIBRATED)[number]["provenance"]): Record<string, Provenance> {
  return Object.fromEntries(Object.entries(packed).map(([path, [kind, note]]) => [path, { kind, note: NOTES[note]! }]));
}

function fromCalibration(id: string, name: Bilingual): Preset {
  const c = calibrated(id);
  const scenario = assertScenario(c.scenario);
  return { id, name, description: describeScenario(scenario, c.opening), opening: c.opening, sources: c.sources.map((src, i) => ({ id: `src${i + 1}`, ...src })), scenario, provenance: unpackProvenance(c.provenance) };
}

const META_2024 = fromCalibration("meta-2024", { ja: "メタ(2024年末の決算から)", en: "Meta (from its FY2024 filings)" });
const META = fromCalibration("meta", { ja: "メタ(2025年末の決算から)", en: "Meta (from its FY2025 filings)" });
/** The peers, calibrated by the same code from thinner data (`calibration/peers.ts`). */
const PEERS: readonly Preset[] = [
  fromCalibration("alphabet", { ja: "アルファベット(2025年末の決算から)", en: "Alphabet (from its FY2025 results)" }),
  fromCalibration("microsoft", { ja: "マイクロソフト(2025年6月期の決算から)", en: "Microsoft (from its FY2025 results, June year-end)" }),
  fromCalibration("amazon", { ja: "アマゾン(2025年末の決算から)", en: "Amazon (from its FY2025 results)" }),
  fromCalibration("oracle", { ja: "オラクル(2025年5月期の決算から)", en: "Oracle (from its FY2025 results, May year-end)" }),
  fromCalibration("coreweave", { ja: "コアウィーブ(2025年末の決算から)", en: "CoreWeave (from its FY2025 results)" }),
];

interface Variant {
  id: string;
  name: Bilingual;
  changes: Array<[path: string, value: unknown, provenance: Provenance]>;
  /** Sources the changes cite, besides those of the preset varied. */
  sources?: Source[];
}

const I = (note: string): Provenance => ({ kind: "illustrative", note });
/** A quarter `k` quarters after a scenario's first. */
const at = (k: number): string => quarterLabel(META.scenario.startQuarter, k);

function variant(v: Variant, from: Preset = META): Preset {
  let scenario: Scenario = from.scenario;
  const provenance: Record<string, Provenance> = { ...from.provenance };
  for (const [path, value, prov] of v.changes) {
    if (getPath(scenario, path) === undefined && !path.includes("shocks")) throw new Error(`preset ${v.id}: no path ${path}`);
    scenario = setPath(scenario, path, value);
    provenance[path] = prov;
  }
  const checked = assertScenario(scenario);
  return { id: v.id, name: v.name, description: describeScenario(checked, from.opening), ...(from.opening ? { opening: from.opening } : {}), sources: [...from.sources, ...(v.sources ?? [])], scenario: checked, provenance };
}

const slowdown = I("the article's trigger: AI demand growth stops and its level drops; consumers spend less");

/**
 * Every preset, `base` first.
 *
 * @example
 * presets.map((p) => p.id);
 * // ["base", "meta", "meta-2024", "alphabet", "microsoft", "amazon", "oracle", "coreweave", "demand-slowdown", "rate-shock", "credit-freeze", "gpu-treadmill", "soft-landing", "neocloud", "industry"]
 */
export const presets: readonly Preset[] = [
  { ...META, id: "base", name: { ja: "基本(メタ、2025年末の決算から)", en: "Base (Meta, from its FY2025 filings)" } },
  META,
  META_2024,
  ...PEERS,
  variant({
    id: "demand-slowdown",
    name: { ja: "需要鈍化(記事の引き金)", en: "Demand slowdown (the article's trigger)" },
    changes: [
      ["demand.shocks", [{ quarter: at(6), growthAnnual: 0, levelChange: -0.2 }], slowdown],
      ["core.shocks", [{ quarter: at(7), revenueChange: -0.06 }], slowdown],
    ],
  }),
  variant({
    id: "rate-shock",
    name: { ja: "金利ショック", en: "Rate shock" },
    changes: [["rates.shocks", [{ quarter: at(3), baseAnnual: 0.07 }], I("a move of the 10-year Treasury to 7%")]],
  }),
  variant({
    id: "credit-freeze",
    name: { ja: "信用収縮", en: "Credit freeze" },
    changes: [
      [
        "credit.shocks",
        [
          { quarter: at(4), frozen: true },
          { quarter: at(12), frozen: false },
        ],
        I("a 2008-style closure of credit markets for two years"),
      ],
      ["demand.shocks", [{ quarter: at(4), growthAnnual: 0.2 }], I("a credit crunch also slows demand")],
    ],
  }),
  variant({
    id: "gpu-treadmill",
    name: { ja: "GPUトレッドミル(毎年の世代交代)", en: "GPU treadmill (yearly cadence)" },
    changes: [
      ["gpu.economicLifeQuarters", 8, { kind: "estimated", note: "training GPUs last 18–24 months (Kedrosky, FACTS C)" }],
      ["gpu.inferenceLifeQuarters", 4, I("a year in inference after that")],
      ["gpu.bookLifeQuarters", 24, { kind: "estimated", note: "six-year server lives at Microsoft and Alphabet (FACTS C)" }],
    ],
  }),
  variant({
    id: "soft-landing",
    name: { ja: "軟着陸(AIが稼ぐ)", en: "Soft landing (AI pays off)" },
    changes: [
      ["ai.revenueShare", 0.2, I("AI revenue that grows into the capex")],
      ["ai.priceDeclineAnnual", 0.12, I("slow price erosion")],
      ["demand.longRunGrowthAnnual", 0.4, I("demand keeps growing 40% a year once the boom's excess fades (the calibrated opening growth is kept)")],
    ],
  }),
  variant({
    id: "neocloud",
    name: { ja: "ネオクラウド(CoreWeave型、変動金利のGPU担保ローン)", en: "Neocloud (CoreWeave-like, floating-rate GPU-backed loans)" },
    changes: neocloudChanges(),
    sources: [
      { id: "coreweave", title: "CoreWeave's filings and releases as rows of @aidebt/data (revenue, cash, debt, PP&E, capex, leases)" },
      { id: "facts-b-j", title: "FACTS B and J: CoreWeave's 10-Q (Jun 2025) loan rates, DDTL4/DDTL5 spreads, 2031 notes, 2026 guidance", url: "https://www.sec.gov/Archives/edgar/data/1769628/000114036125032095/R41.htm" },
    ],
  }),
  industry(),
];

/**
 * The industry as a market of six sponsors, each with its own books, competing for one market for compute. Its
 * scenario, for tools that take one, is the five as one sponsor at Meta's shape and their scale.
 */
function industry(): Preset {
  const stand = variant({ id: "industry", name: { ja: "業界全体(6社が1つの市場で競う)", en: "Industry (six sponsors competing in one market)" }, changes: industryChanges() });
  const note = {
    ja: "メタ、アルファベット、マイクロソフト、アマゾン、オラクルとネオクラウドの6社が、それぞれの決算書・SPV・資金調達を持ち、1つの計算市場で競う(`simulatePresetMarket`、CLIでは `aidebt market`)。1つのシナリオしか扱えない場面では、5社をメタの形で束ねた1社で代用する。",
    en: "Meta, Alphabet, Microsoft, Amazon, Oracle and a neocloud, each with its own books, vehicles and financing, competing in one market for compute (`simulatePresetMarket`; `aidebt market` in the CLI). Where only one scenario can be taken, the five stand in as one sponsor of Meta's shape.",
  };
  return { ...stand, description: { ja: `${note.ja} ${stand.description.ja}`, en: `${note.en} ${stand.description.en}` }, market: { sponsors: INDUSTRY_SPONSORS, elasticity: 1 } };
}

/**
 * The stand-in of the industry market where one scenario is needed: the five as one sponsor, Meta's calibrated structure scaled by the ratio of the five's revenue to Meta's, with
 * the vehicle debt the FT counted (an aggregate, pending a model of several sponsors).
 */
function industryChanges(): Variant["changes"] {
  const scale = 1500 / META.scenario.sponsor.revenueAnnual;
  const e = (note: string): Provenance => ({ kind: "estimated", note });
  const scaled = (path: string): [string, unknown, Provenance] => [path, Number(((getPath(META.scenario, path) as number) * scale).toPrecision(6)), e(`Meta's value × ${scale.toFixed(2)}, the five's revenue (about $1.5T) over Meta's`)];
  return [
    ...["sponsor.revenueAnnual", "sponsor.cash", "sponsor.otherAssets", "sponsor.otherLiabilities", "sponsor.bonds", "fleet.serversGross", "fleet.serversDepreciation", "fleet.netPpe", "fleet.land", "fleet.otherDepreciation", "leases.operatingLiability", "leases.financeLiability", "leases.commitments", "investment.guidanceAnnual"].map(scaled),
    ["spv.opening.debt", 110, { kind: "estimated", note: "FT: at least $120B through vehicles (Oracle 66, Meta 30, xAI 20, CoreWeave 2.6), less equity" }],
    ["spv.opening.equity", 10, e("about 8% equity, as in Hyperion")],
    ["spv.opening.couponAnnual", 0.065, e("SOFR+250bp bank loans and 6.6% Hyperion bonds")],
    ["spv.floatingShare", 0.69, e("Oracle's campuses ($66B of the FT's count, Vantage's loans at about SOFR+250) float, Meta's $30B of Beignet bonds are fixed: 66 of 96 (FACTS J)")],
    ["spv.hedgedShare", 0, e("hedging of the bank loans is not disclosed: taken as none")],
    ["spv.bulletShare", 0.69, e("the bank loans are construction loans repaid at maturity; the bonds amortise: 66 of 96")],
    ["spv.maturityQuarters", 8, e("Vantage's loans run four years from closing, about two after completion (FACTS J)")],
    ["spv.extensions", 2, e("two one-year extension options (Vantage: 4 + 1 + 1 years; FACTS J)")],
    ["spv.extensionQuarters", 4, e("a year each (FACTS J)")],
    ["treasury.minIssue", 30, e("benchmark issues of the five")],
    ["ai.priceElasticity", 1, { kind: "illustrative", note: "the five together are the market: when their capacity outruns demand the price of compute falls with it (a 10% glut, about 10% cheaper); industryMarket() runs them as separate sponsors" }],
  ];
}

/**
 * A CoreWeave-like neocloud at the end of 2025 on Meta's physics: all revenue from AI, most of it from one lab,
 * GPUs bought through vehicles on floating-rate GPU-backed loans with a loan-to-value test, its data centres
 * leased. Balance-sheet figures from @aidebt/data and FACTS (B, J); the rest estimated and said so. CoreWeave
 * consolidates its GPU vehicles: here they stay vehicles so that their terms (floating rate, LTV) act as
 * private credit's do; read "hidden debt" for this preset as "debt in the GPU vehicles".
 */
function neocloudChanges(): Array<[string, unknown, Provenance]> {
  const d = (note: string): Provenance => ({ kind: "sourced", note, sourceId: note.includes("FACTS") ? "facts-b-j" : "coreweave" });
  const e = (note: string): Provenance => ({ kind: "estimated", note });
  return [
    ["sponsor.revenueAnnual", 6.28, d("CoreWeave's Q4 2025 revenue ($1.57B) × 4 (@aidebt/data)")],
    ["ai.revenueShare", 1, e("a pure AI cloud: all revenue is renting GPUs")],
    ["ai.anchorTenantShare", 0.6, e("Microsoft was about 62% of CoreWeave's 2024 revenue; OpenAI's contracts make it the largest future customer")],
    ["ai.priceDeclineAnnual", 0.3, e("H100 rental prices fell steeply through 2024–25 (FACTS J: about $1.70/hour in Oct 2025)")],
    ["ai.opexAnnualPerGw", 1, e("power and operations; rent for the data centres is paid separately (leases)")],
    ["sponsor.cash", 4.2, d("cash and equivalents at 31 Dec 2025 (@aidebt/data)")],
    ["sponsor.bonds", 21.4, d("long-term debt at 31 Dec 2025, delayed-draw loans and notes (@aidebt/data)")],
    ["sponsor.bondCouponAnnual", 0.09, d("the 2031 notes at 9.000% (FACTS J); its loans carried 9–15% (10-Q Jun 2025, FACTS B)")],
    ["sponsor.bondMaturityQuarters", 20, e("notes due 2030–31 and term loans of about five years")],
    ["sponsor.newBondTermQuarters", 20, e("five-year notes and term loans")],
    ["sponsor.bondSpreadAnnual", 0.045, d("DDTL5 at SOFR+450 (Ba2); notes at 9% (FACTS B, J)")],
    ["sponsor.otherAssets", 8, e("receivables, deposits and right-of-use assets not in the data")],
    ["sponsor.otherLiabilities", 6, e("payables and deferred revenue not in the data")],
    ["sponsor.taxRate", 0.21, e("the US federal rate; CoreWeave has losses to carry forward")],
    ["sponsor.maxLeverage", 12, e("lenders to neoclouds lend against contracted backlog (about $55B at CoreWeave), not an EBITDA multiple")],
    ["core.growthAnnual", 0, e("no core business")],
    ["core.longRunGrowthAnnual", 0, e("no core business")],
    ["treasury.payoutShare", 0, d("no dividends or buybacks")],
    ["treasury.otherOutflowShare", 0.01, e("taxes on share settlement, small")],
    ["treasury.cashFloor", 1, e("a minimum operating cash balance")],
    ["treasury.liquidityQuarters", 0.5, e("cash of about half a quarter of capex (4.2 against 15.4 a year)")],
    ["treasury.minIssue", 2, d("issues of $1.75–2B (2031 notes, FACTS J)")],
    ["fleet.serversGross", 30, e("most of the $30.6B of net PP&E is GPUs, young")],
    ["fleet.serversDepreciation", 4.5, e("GPUs depreciated over six years")],
    ["fleet.priorServerLifeQuarters", 24, e("six-year server lives")],
    ["fleet.netPpe", 30.6, d("property and equipment, net, 31 Dec 2025 (@aidebt/data)")],
    ["fleet.land", 0, e("leased sites")],
    ["fleet.otherDepreciation", 0.3, e("leasehold improvements")],
    ["fleet.lastYearCapex", 15.4, d("FY2025 capex (@aidebt/data)")],
    ["gpu.bookLifeQuarters", 24, e("CoreWeave depreciates GPUs over six years")],
    ["gpu.inferenceLifeQuarters", 12, e("six-year life less three years of training")],
    ["demand.aiGrowthAnnual", 2, e("compute sold roughly tripled through 2025: revenue grew 2.1× (Q4 2024 0.75 → Q4 2025 1.57, @aidebt/data) while the price of compute fell about 30% a year (ai.priceDeclineAnnual), so 2.1 ÷ 0.7 ≈ 3×")],
    ["investment.guidanceAnnual", 6.5, d("the fifth of the 2026 capex guidance of $30–35B (FACTS J) it funds itself; the GPU vehicles fund the rest (financing.gpuShare)")],
    ["leases.operatingLiability", 5, e("data-centre leases in place; not in the data")],
    ["leases.financeLiability", 0, e("none modelled")],
    ["leases.commitments", 19.9, d("leases signed, not yet commenced (@aidebt/data, 2025Q1)")],
    ["leases.shellShare", 1, e("leases all of its data-centre space")],
    ["financing.campusShare", 0, e("no campus vehicles: it leases")],
    ["financing.gpuShare", 0.8, e("most GPUs bought through delayed-draw facilities secured on them")],
    ["gpuSpv.spreadAnnual", 0.034, d("DDTL4 SOFR+225 (A3) to DDTL5 SOFR+450 (Ba2), about 3.4% (FACTS B)")],
    ["gpuSpv.equityShare", 0.2, e("about 20% equity in each facility")],
    ["gpuSpv.floatingShare", 1, d("the delayed-draw loans float over SOFR (FACTS B)")],
    ["gpuSpv.hedgedShare", 0, e("hedging not disclosed in the data: taken as none")],
    ["gpuSpv.passThroughShare", 1, d("the delayed-draw loans are borrowed by CoreWeave's own subsidiaries and serviced from its contracts: their SOFR-based interest is CoreWeave's (10-Q Jun 2025, FACTS B)")],
    ["gpuSpv.maxLtv", 0.8, e("GPU-backed loans advance about 70–80% of the GPUs' value")],
    ["gpuSpv.vendorShare", 0.1, e("the GPU maker's equity funding purchases of its own GPUs (Nvidia: up to $2B of xAI's $7.5B vehicle equity, FACTS J)")],
    ["gpuSpv.leaseTermQuarters", 20, e("five-year facilities matched to the contracts")],
    ["spv.opening.debt", 0, e("no campus vehicle")],
    ["spv.opening.equity", 0, e("no campus vehicle")],
  ];
}

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
 * scenarioFromPreset("base", { "financing.campusShare": 0.5 }).financing.campusShare; // 0.5
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
