/**
 * The presets: `meta-2024` and `meta`, calibrated from Meta's filings at build time (`calibration/meta.ts`,
 * `scripts/presets.ts`), `base` (= `meta`), the peers `alphabet`, `microsoft`, `amazon`, `oracle` and `coreweave`
 * calibrated by the same code (`calibration/peers.ts`), and scenarios built on `meta` (the article's trigger, a rate shock,
 * a credit freeze, a faster GPU cadence, a soft landing, the industry as one sponsor). Descriptions are
 * generated from each preset's scenario, so that they never state other numbers than the preset applies.
 */
import type { Bilingual } from "./bilingual.js";
import { CALIBRATED } from "./generated/presets-data.js";
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
}

function calibrated(id: string): (typeof CALIBRATED)[number] {
  const c = CALIBRATED.find((x) => x.id === id);
  if (!c) throw new Error(`no calibrated preset ${id}: run the model's generate task`);
  return c;
}

function fromCalibration(id: string, name: Bilingual): Preset {
  const c = calibrated(id);
  const scenario = assertScenario(c.scenario);
  return { id, name, description: describeScenario(scenario, c.opening), opening: c.opening, sources: c.sources.map((src, i) => ({ id: `src${i + 1}`, ...src })), scenario, provenance: c.provenance };
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
  return { id: v.id, name: v.name, description: describeScenario(checked, from.opening), ...(from.opening ? { opening: from.opening } : {}), sources: from.sources, scenario: checked, provenance };
}

const slowdown = I("the article's trigger: AI demand growth stops and its level drops; consumers spend less");

/**
 * Every preset, `base` first.
 *
 * @example
 * presets.map((p) => p.id);
 * // ["base", "meta", "meta-2024", "alphabet", "microsoft", "amazon", "oracle", "coreweave", "demand-slowdown", "rate-shock", "credit-freeze", "gpu-treadmill", "soft-landing", "industry"]
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
    id: "industry",
    name: { ja: "業界全体(ビッグ4+オラクル、1社として)", en: "Industry (big four + Oracle as one sponsor)" },
    changes: industryChanges(),
  }),
];

/**
 * The five as one sponsor: Meta's calibrated structure scaled by the ratio of the five's revenue to Meta's, with
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
    ["treasury.minIssue", 30, e("benchmark issues of the five")],
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
