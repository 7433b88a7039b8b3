/**
 * Every scenario parameter declared as data: path, unit, range, whether it is a whole number, and a label and a
 * one-sentence help in Japanese and English. The zod schema (`scenario.ts`) is built from this table, and the
 * CLI and the site read it instead of restating units or ranges. Provenance is per preset (`presets.ts`).
 */
import type { Bilingual } from "./bilingual.js";
import type { Unit } from "./units.js";
import { UNIT_TEXT } from "./units.js";

/** A scenario parameter as data. Paths of shock fields use `[]` for the list index: `demand.shocks[].growthAnnual`. */
export interface ParameterMeta {
  path: string;
  kind: "number" | "integer" | "quarter" | "boolean";
  unit: Unit;
  /** Smallest allowed value (numbers only; NaN otherwise). */
  min: number;
  /** Largest allowed value (numbers only; NaN otherwise). */
  max: number;
  /** A whole number (quarters, counts). */
  integer: boolean;
  /** True for the fields of a scheduled shock (not varied by sensitivity analyses). */
  shock: boolean;
  /** False for a field a scenario may leave out (a demand shock may give its growth, its level change or both). */
  required: boolean;
  label: Bilingual;
  help: Bilingual;
}

type Row = [path: string, unit: Unit, min: number, max: number, label: Bilingual, help: Bilingual];

const num = (path: string, unit: Unit, min: number, max: number, ja: string, en: string, helpJa: string, helpEn: string): Row => [
  path,
  unit,
  min,
  max,
  { ja, en },
  { ja: helpJa, en: helpEn },
];

const INTEGER_UNITS: ReadonlySet<Unit> = new Set<Unit>(["quarters", "count"]);
/** Fields a scenario may leave out. */
const OPTIONAL: ReadonlySet<string> = new Set(["demand.shocks[].growthAnnual", "demand.shocks[].levelChange"]);

// Order is the schema's order: the simulator lists fields, and sensitivity varies them, in this order.
const ROWS: Row[] = [
  num("horizonQuarters", "quarters", 4, 120, "シミュレーション期間", "Horizon", "シミュレーションする四半期の数。", "simulated quarters"),
  ["startQuarter", "quarter-label", Number.NaN, Number.NaN, { ja: "開始四半期", en: "First quarter" }, { ja: "最初の四半期(2025Q1の形)。", en: "first simulated quarter, written like 2025Q1" }],
  num("fxJpyPerUsd", "jpy-per-usd", 50, 400, "円表示の為替レート", "Exchange rate for yen display", "円で表示するときの1ドルあたりの円。", "exchange rate for yen display"),
  num("discountAnnual", "annual-rate", 0, 0.3, "AI投資NPVの割引率", "Discount rate for the AI NPV", "スポンサーのAI投資のNPVを計算する割引率。", "discount rate for the sponsor's AI NPV"),
  num("core.revenueAnnual", "usd-bn", 1, 10_000, "本業の売上(年換算)", "Core revenue run-rate", "期首の本業(広告・クラウド)の売上の年換算額。", "core (ads, cloud) revenue run-rate at the start"),
  num("core.growthAnnual", "annual-rate", -0.5, 1, "本業の売上成長率", "Core revenue growth", "本業の売上のトレンド成長率。", "trend growth of core revenue"),
  num("core.cashMargin", "share", 0, 0.95, "本業の現金利益率", "Core cash margin", "本業の現金ベースの営業利益率(維持投資を差し引いた後)。", "core cash operating margin (after its own maintenance spending)"),
  num("core.demandSensitivity", "share", 0, 2, "AI需要ショックの本業への波及", "Core exposure to AI demand shocks", "AI需要の水準ショックのうち本業の売上にも及ぶ割合。", "share of an AI-demand level shock that also hits core revenue"),
  num("sponsor.cash", "usd-bn", 0, 1_000_000, "期首の現預金", "Opening cash", "期首の現金・現金同等物と有価証券。", "opening cash and marketable securities"),
  num("sponsor.minCash", "usd-bn", 0, 1_000_000, "手元資金の下限", "Cash floor", "借入の前に維持する現金の下限。", "cash floor kept before borrowing"),
  num("sponsor.otherAssets", "usd-bn", 0, 1_000_000, "その他の事業資産", "Other operating assets", "AI以外の事業資産(一定とする)。", "non-AI operating assets, held constant"),
  num("sponsor.otherLiabilities", "usd-bn", 0, 1_000_000, "その他の負債", "Other liabilities", "借入以外の負債(一定とする)。", "non-debt liabilities, held constant"),
  num("sponsor.bonds", "usd-bn", 0, 1_000_000, "期首の社債残高", "Opening bonds", "期首の社債残高。", "opening bonds outstanding"),
  num("sponsor.bondCouponAnnual", "annual-rate", 0, 0.25, "既発社債のクーポン", "Coupon of opening bonds", "期首の社債の平均クーポン。", "average coupon of the opening bonds"),
  num("sponsor.bondMaturityQuarters", "quarters", 1, 160, "既発社債の償還期間", "Maturity spread of opening bonds", "期首の社債がこの四半期数にわたって均等に満期を迎える。", "opening bonds mature evenly over this many quarters"),
  num("sponsor.newBondTermQuarters", "quarters", 4, 160, "新発社債の年限", "Term of new bonds", "新たに発行する社債の満期までの四半期数。", "maturity of newly issued bonds"),
  num("sponsor.bondSpreadAnnual", "annual-rate", 0, 0.2, "社債スプレッド(基準金利上乗せ)", "Bond spread over the base rate", "レバレッジが低いときの基準金利への上乗せ。", "credit spread over the base rate at low leverage"),
  num("sponsor.spreadPerLeverage", "annual-rate", 0, 0.2, "レバレッジ1倍あたりの追加スプレッド", "Extra spread per turn of leverage", "負債/EBITDAが閾値を1倍超えるごとの追加スプレッド。", "extra spread per turn of debt/EBITDA above the threshold"),
  num("sponsor.leverageThreshold", "turns", 0, 20, "スプレッドが拡大する負債/EBITDA", "Leverage threshold (debt/EBITDA)", "これを超えるとスプレッドが広がる負債/EBITDA。", "debt/EBITDA above which spreads widen"),
  num("sponsor.maxLeverage", "turns", 0.5, 50, "貸し手が融資を止めるレバレッジ", "Leverage above which lenders stop lending", "これを超えると貸し手がスポンサーへの新規融資を止める負債/EBITDA。", "debt/EBITDA above which lenders stop new lending to the sponsor"),
  num("sponsor.payoutRatio", "share", 0, 1, "株主還元率", "Payout ratio", "黒字の純利益のうち配当と自社株買いに回す割合。", "share of positive net income paid out (dividends, buybacks)"),
  num("sponsor.taxRate", "share", 0, 0.6, "税率", "Tax rate", "黒字の税引前利益にかかる税率。", "tax rate on positive pre-tax profit"),
  num("ai.revenueAnnual", "usd-bn", 0.01, 10_000, "AI売上(年換算)", "AI revenue run-rate", "期首のAI売上の年換算額。", "AI revenue run-rate at the start"),
  num("ai.priceDeclineAnnual", "annual-rate", 0, 0.9, "計算資源価格の年間下落率", "Yearly fall in compute prices", "計算資源1単位あたりの価格が1年に下がる割合。", "yearly fall in the price of a unit of compute"),
  num("ai.opexAnnualPerGw", "usd-bn-per-gw-year", 0, 100, "1GWあたりの電力・運用費", "Power and operations per GW", "稼働中のGPU 1GWあたり年間の電力・運用費。", "power and operations per GW of installed GPUs per year"),
  num("ai.openingGpuGw", "gw", 0.01, 1000, "導入済みGPU容量", "Installed GPU capacity", "期首に導入済みのGPU容量。", "installed GPU capacity at the start"),
  num("ai.openingUtilisation", "share", 0, 1, "期首の稼働率", "Opening utilisation", "期首の容量のうち使われている割合。", "share of opening capacity in use"),
  num("demand.aiGrowthAnnual", "annual-rate", -0.5, 3, "AI需要の伸び", "AI demand growth", "AI計算需要のトレンド成長率。", "trend growth of AI compute demand"),
  num("demand.expectationSpeed", "share", 0, 1, "期待成長率の更新速度", "Speed of expectation updates", "観測した成長率に期待成長率が毎四半期近づく割合。", "speed at which expected growth adapts to observed growth (per quarter)"),
  num("investment.leadQuarters", "quarters", 0, 16, "設備計画の先行期間", "Planning lead", "何四半期先の需要を見込んで設備を計画するか。", "how far ahead capacity is planned"),
  num("investment.headroom", "share", 0, 1, "余裕をみた設備の上乗せ", "Capacity headroom", "期待需要に上乗せして計画する余剰容量。", "spare capacity planned above expected demand"),
  num("investment.adjustmentSpeed", "share", 0, 1, "設備ギャップを埋める速度", "Speed of closing the capacity gap", "容量の不足分のうち毎四半期埋める割合(部分調整)。", "share of the capacity gap closed per quarter (partial adjustment)"),
  num("gpu.costShare", "share", 0, 1, "建設費に占めるGPUの割合", "GPU share of build cost", "新設費用のうちGPU・IT機器の割合。", "GPU/IT share of the cost of a new build"),
  num("gpu.costPerGw", "usd-bn-per-gw", 1, 500, "データセンター1GWあたりの費用", "Cost per GW of data centre", "AIデータセンター1GWの総費用。", "all-in cost of one GW of AI data centre"),
  num("gpu.economicLifeQuarters", "quarters", 2, 40, "GPUの経済寿命", "GPU economic life", "GPUの世代が競争力を保つ四半期数。", "quarters a GPU generation stays competitive"),
  num("gpu.bookLifeQuarters", "quarters", 4, 40, "GPUの会計上の耐用年数", "GPU book (depreciation) life", "サーバーを会計上償却する四半期数。", "accounting depreciation life of servers"),
  num("gpu.shellLifeQuarters", "quarters", 20, 160, "建物・電力設備の耐用年数", "Building and power life", "建物と電力設備を償却する四半期数。", "depreciation life of buildings and power"),
  num("gpu.perfGainAnnual", "annual-rate", 0, 3, "1GWあたり性能の年間向上", "Yearly performance gain per GW", "新しい世代のGPUで1GWあたりの計算能力が1年に伸びる割合。", "yearly gain in compute per GW of new GPUs"),
  num("gpu.impairmentUtilisation", "share", 0, 1, "減損する稼働率の閾値", "Impairment utilisation threshold", "稼働率がこれを下回ると陳腐化したGPUを減損する。", "utilisation below which obsolete GPUs are impaired"),
  num("financing.offBalanceShare", "share", 0, 1, "SPV経由で建設する割合", "Share built through SPVs", "新設のうちSPVを通じて建設する割合。", "share of new data-centre shells built through SPVs"),
  num("rates.baseAnnual", "annual-rate", -0.01, 0.25, "基準金利(米国債)", "Base (Treasury) rate", "基準となる米国債の金利。", "base (Treasury) rate"),
  num("credit.freezePremiumAnnual", "annual-rate", 0, 0.3, "緊急借入の上乗せ金利", "Emergency borrowing premium", "市場が閉じている間の緊急借入にかかる上乗せ金利。", "penalty spread on emergency borrowing while markets are closed"),
  num("spv.dscrCovenant", "ratio", 0.5, 5, "DSCRの財務制限条項", "DSCR covenant", "これを下回ると財務制限条項に抵触するSPVのDSCR。", "minimum SPV DSCR before a covenant breach"),
  num("spv.sizingDscr", "ratio", 0.5, 5, "リース設計時のDSCR", "DSCR the lease is sized to", "フル稼働時にリース料が債務返済を何倍賄うように設計するか。", "DSCR the lease is sized to at full utilisation"),
  num("spv.spreadAnnual", "annual-rate", 0, 0.3, "SPV債務のスプレッド", "SPV debt spread", "SPV債務の基準金利への上乗せ。", "SPV debt spread over the base rate"),
  num("spv.debtTermQuarters", "quarters", 4, 160, "SPV債務の返済期間", "SPV debt term", "SPV債務を均等に返済する四半期数。", "SPV debt amortisation term"),
  num("spv.equityShare", "share", 0, 1, "SPVの出資比率", "SPV equity share", "SPVの資金のうち出資の割合。", "equity share of the SPV's funding"),
  num("spv.programQuarters", "quarters", 1, 40, "1つのSPVプログラムの期間", "Length of one SPV programme", "この四半期数の間の新たな引き出しは同じSPVに入る。", "new SPV draws within this many quarters go to one vehicle"),
  num("spv.leaseTermQuarters", "quarters", 4, 120, "当初のリース期間", "Initial lease term", "SPVからの当初のリース期間。", "initial lease term"),
  num("spv.renewalTermQuarters", "quarters", 1, 40, "リース延長の期間", "Lease extension length", "リースを延長するごとの期間。", "length of each lease extension"),
  num("spv.renewalUtilisation", "share", 0, 1, "更新に必要な稼働率", "Utilisation needed to renew", "スポンサーがリースを更新するのに必要な建物の稼働率(稼働GPUのGW÷建物のGW)。", "shell occupancy (GPU GW in service ÷ shell GW) the sponsor needs to renew a lease"),
  num("spv.leaseVariableShare", "share", 0, 1, "賃料の変動部分の割合", "Variable share of rent", "賃料のうちスポンサーのデータセンターの稼働率に連動する割合。", "share of rent that scales with the occupancy of the sponsor's data centres"),
  num("spv.rvgCapShare", "share", 0, 1, "残価保証の上限", "Residual value guarantee cap", "残価保証の上限(SPVの当初債務に対する割合)。", "residual value guarantee cap as a share of the SPV's original debt"),
  num("spv.vacantValueShare", "share", 0, 1, "空いたキャンパスの売却価値", "Resale value of a vacated campus", "空いたキャンパスの売却価値(簿価に対する割合)。", "resale value of a vacated campus as a share of its book value"),
  num("spv.curePeriodQuarters", "quarters", 1, 12, "貸し手が請求するまでの猶予期間", "Cure period before lenders call", "抵触が何四半期続くと貸し手がスポンサーに請求するか。", "consecutive breach quarters before lenders call the sponsor"),
  num("spv.opening.debt", "usd-bn", 0, 1_000_000, "期首のSPV債務", "Opening SPV debt", "期首に存在するSPVの債務。", "debt of the SPV in place at the start"),
  num("spv.opening.equity", "usd-bn", 0, 1_000_000, "期首のSPV出資", "Opening SPV equity", "期首に存在するSPVの出資。", "equity of the SPV in place at the start"),
  num("spv.opening.couponAnnual", "annual-rate", 0, 0.3, "期首SPV債務のクーポン", "Coupon of opening SPV debt", "期首のSPV債務の固定クーポン。", "fixed coupon of the opening SPV debt"),
  ["spv.opening.firstRenewalQuarter", "quarter-label", Number.NaN, Number.NaN, { ja: "最初のリース更新", en: "First lease renewal" }, { ja: "期首のSPVのリースが最初に満了する四半期。", en: "first lease end of the vehicle in place at the start" }],
  // Scheduled shocks: one row per field of a list item.
  ["demand.shocks[].quarter", "quarter-label", Number.NaN, Number.NaN, { ja: "四半期", en: "Quarter" }, { ja: "ショックが起きる四半期。", en: "quarter the shock happens" }],
  num("demand.shocks[].growthAnnual", "annual-rate", -0.5, 3, "新しい需要の伸び", "New demand growth", "この四半期からのAI需要の新しいトレンド成長率。", "new trend growth of AI demand from this quarter"),
  num("demand.shocks[].levelChange", "relative-change", -0.9, 2, "需要水準の一時的な変化", "One-off change of demand", "AI需要の水準の一度きりの変化(−0.1 = −10%)。", "one-off change of the AI demand level (−0.1 = −10%)"),
  ["core.shocks[].quarter", "quarter-label", Number.NaN, Number.NaN, { ja: "四半期", en: "Quarter" }, { ja: "ショックが起きる四半期。", en: "quarter the shock happens" }],
  num("core.shocks[].revenueChange", "relative-change", -0.9, 2, "本業の売上水準の変化", "Change of core revenue", "本業の売上水準の持続的な変化(−0.1 = −10%)。", "lasting change of the core revenue level (−0.1 = −10%)"),
  ["rates.shocks[].quarter", "quarter-label", Number.NaN, Number.NaN, { ja: "四半期", en: "Quarter" }, { ja: "金利が変わる四半期。", en: "quarter the base rate changes" }],
  num("rates.shocks[].baseAnnual", "annual-rate", -0.01, 0.25, "新しい基準金利", "New base rate", "この四半期からの新しい基準金利。", "new base (Treasury) rate from this quarter"),
  ["credit.shocks[].quarter", "quarter-label", Number.NaN, Number.NaN, { ja: "四半期", en: "Quarter" }, { ja: "市場が閉じる、または再開する四半期。", en: "quarter credit markets close or reopen" }],
  ["credit.shocks[].frozen", "flag", Number.NaN, Number.NaN, { ja: "市場の閉鎖", en: "Markets closed" }, { ja: "この四半期から信用市場が閉じる(true)か再開する(false)。", en: "credit markets closed from this quarter" }],
  ["gpu.shocks[].quarter", "quarter-label", Number.NaN, Number.NaN, { ja: "四半期", en: "Quarter" }, { ja: "世代交代の速さが変わる四半期。", en: "quarter the GPU cadence changes" }],
  num("gpu.shocks[].economicLifeQuarters", "quarters", 2, 40, "新しいGPU経済寿命", "New GPU economic life", "この四半期からのGPUの経済寿命。", "new GPU economic life"),
];

function kindOf(unit: Unit): ParameterMeta["kind"] {
  if (unit === "quarter-label") return "quarter";
  if (unit === "flag") return "boolean";
  return INTEGER_UNITS.has(unit) ? "integer" : "number";
}

/**
 * Every scenario parameter, in schema order, shock fields last.
 *
 * @example
 * PARAMETERS.find((p) => p.path === "gpu.bookLifeQuarters");
 * // { path: "gpu.bookLifeQuarters", kind: "integer", unit: "quarters", min: 4, max: 40, integer: true, shock: false,
 * //   required: true, label: { ja: "GPUの会計上の耐用年数", en: "GPU book (depreciation) life" }, help: { … } }
 */
export const PARAMETERS: readonly ParameterMeta[] = ROWS.map(([path, unit, min, max, label, help]) => {
  const kind = kindOf(unit);
  return { path, kind, unit, min, max, integer: kind === "integer", shock: path.includes("[]"), required: !OPTIONAL.has(path), label, help };
});

const byPath = new Map(PARAMETERS.map((p) => [p.path, p]));

/**
 * The metadata of a parameter path (list indices may be numbers or `[]`).
 *
 * @example
 * parameterMeta("rates.shocks.0.baseAnnual")?.unit; // "annual-rate"
 * parameterMeta("nope"); // undefined
 */
export function parameterMeta(path: string): ParameterMeta | undefined {
  return byPath.get(path.replace(/\.\d+(?=\.|$)/g, "[]").replace(/\.\[\]/g, "[]"));
}

/** The English wording of a parameter as the JSON Schema and error messages write it. */
export interface LeafWording {
  description: string;
  unit: string;
  allowed: string;
}

/** A parameter's wording: its English help, its unit's text, and what is allowed. */
export function leafWording(p: ParameterMeta): LeafWording {
  const allowed =
    p.kind === "quarter" ? 'a quarter label such as "2027Q3"' : p.kind === "boolean" ? "true or false" : `${p.integer ? "integer" : "number"} from ${p.min} to ${p.max}`;
  return { description: p.help.en, unit: UNIT_TEXT[p.unit], allowed };
}

/** The metadata of a path the table must hold (internal: the schema is built from it). */
export function requireParameter(path: string): ParameterMeta {
  const meta = byPath.get(path);
  if (!meta) throw new Error(`parameter ${path} is not declared in parameters.ts`);
  return meta;
}
