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
const OPTIONAL: ReadonlySet<string> = new Set(["demand.shocks[].growthAnnual", "demand.shocks[].levelChange", "ai.shocks[].priceChange", "ai.shocks[].tenantPaidShare"]);

// Order is the schema's order: the simulator lists fields, and sensitivity varies them, in this order.
const ROWS: Row[] = [
  num("horizonQuarters", "quarters", 4, 120, "シミュレーション期間", "Horizon", "シミュレーションする四半期の数。", "simulated quarters"),
  ["startQuarter", "quarter-label", Number.NaN, Number.NaN, { ja: "開始四半期", en: "First quarter" }, { ja: "最初の四半期(2025Q1の形)。", en: "first simulated quarter, written like 2025Q1" }],
  num("fxJpyPerUsd", "jpy-per-usd", 50, 400, "円表示の為替レート", "Exchange rate for yen display", "円で表示するときの1ドルあたりの円。", "exchange rate for yen display"),
  num("discountAnnual", "annual-rate", 0, 0.3, "AI投資NPVの割引率", "Discount rate for the AI NPV", "スポンサーのAI投資のNPVを計算する割引率。", "discount rate for the sponsor's AI NPV"),
  // the sponsor's opening balance sheet (from its 10-K) and its bonds
  num("sponsor.revenueAnnual", "usd-bn", 1, 10_000, "売上高(年換算)", "Revenue run-rate", "期首の会社全体の売上高の年換算額(AI分を含む)。", "company revenue run-rate at the start, all segments (AI included)"),
  num("sponsor.cash", "usd-bn", 0, 1_000_000, "期首の現預金・有価証券", "Opening cash and securities", "期首の現金・現金同等物と有価証券。", "opening cash, cash equivalents and marketable securities"),
  num("sponsor.otherAssets", "usd-bn", 0, 1_000_000, "その他の資産", "Other assets", "有形固定資産以外の資産(一定とする)。", "assets other than cash and property and equipment, held constant"),
  num("sponsor.otherLiabilities", "usd-bn", 0, 1_000_000, "その他の負債", "Other liabilities", "借入とリース負債以外の負債(一定とする)。", "liabilities other than debt and leases, held constant"),
  num("sponsor.bonds", "usd-bn", 0, 1_000_000, "期首の社債残高", "Opening bonds", "期首の社債残高(長期債務)。", "opening bonds and notes outstanding (long-term debt)"),
  num("sponsor.bondCouponAnnual", "annual-rate", 0, 0.25, "既発社債のクーポン", "Coupon of opening bonds", "期首の社債の加重平均クーポン。", "weighted average coupon of the opening bonds"),
  num("sponsor.bondMaturityQuarters", "quarters", 1, 160, "既発社債の償還期間", "Maturity spread of opening bonds", "期首の社債がこの四半期数にわたって均等に満期を迎える。", "opening bonds mature evenly over this many quarters"),
  num("sponsor.newBondTermQuarters", "quarters", 4, 160, "新発社債の年限", "Term of new bonds", "新たに発行する社債の満期までの四半期数。", "maturity of newly issued bonds"),
  num("sponsor.bondSpreadAnnual", "annual-rate", 0, 0.2, "社債スプレッド(基準金利上乗せ)", "Bond spread over the base rate", "レバレッジが低いときの基準金利への上乗せ。", "credit spread over the base rate at low leverage"),
  num("sponsor.spreadPerLeverage", "annual-rate", 0, 0.2, "レバレッジ1倍あたりの追加スプレッド", "Extra spread per turn of leverage", "調整後負債/EBITDARが閾値を1倍超えるごとの追加スプレッド。", "extra spread per turn of adjusted debt/EBITDAR above the threshold"),
  num("sponsor.leverageThreshold", "turns", 0, 20, "スプレッドが拡大するレバレッジ", "Leverage threshold", "これを超えるとスプレッドが広がる調整後負債/EBITDAR。", "adjusted debt/EBITDAR above which spreads widen"),
  num("sponsor.maxLeverage", "turns", 0.5, 50, "貸し手が融資を止めるレバレッジ", "Leverage above which lenders stop lending", "これを超えると貸し手が新規融資を止める調整後負債/EBITDAR。", "adjusted debt/EBITDAR above which lenders stop new lending to the sponsor"),
  num("sponsor.taxRate", "share", 0, 0.6, "税率", "Tax rate", "黒字の税引前利益にかかる税率。", "tax rate on positive pre-tax profit"),
  // the business other than AI
  num("core.growthAnnual", "annual-rate", -0.5, 1, "本業の売上成長率", "Core revenue growth", "AI以外の売上のトレンド成長率。", "trend growth of non-AI revenue"),
  num("core.longRunGrowthAnnual", "annual-rate", -0.5, 1, "本業の長期成長率", "Core long-run growth", "本業の成長率が時間とともに近づいていく長期の年率。", "rate the core's growth fades toward"),
  num("core.fadeQuarters", "quarters", 1, 400, "本業の成長率の半減期", "Core growth fade half-life", "長期成長率を上回る分が半分になるまでの四半期数。", "quarters for half of the excess over the long-run rate to fade"),
  num("core.aiUpliftAnnual", "annual-rate", -0.5, 1, "AIによる本業の押し上げ", "AI's uplift of the core", "AIが本業(広告など)の売上を押し上げる年率(0 = なし)。", "extra growth of non-AI revenue due to AI, a year (0 = none)"),
  num("core.ebitdaMargin", "share", 0, 0.95, "本業のEBITDAマージン", "Core EBITDA margin", "AI以外の売上に対するEBITDA(営業利益+減価償却−AI費用)の割合。", "EBITDA of the non-AI business as a share of its revenue"),
  num("core.fixedCostShare", "share", 0, 1, "本業の固定費の割合", "Fixed share of core costs", "本業の現金費用のうち短期には固定の割合。", "share of the core's cash costs that is fixed in the short run"),
  num("core.costAdjustQuarters", "quarters", 1, 40, "固定費が追いつく期間", "Quarters for fixed costs to adjust", "売上が持続的に落ちたとき固定費が追いつくまでの四半期数。", "quarters over which fixed costs follow a lasting fall in revenue"),
  num("core.nonCashShare", "share", 0, 0.5, "非現金費用の割合", "Non-cash costs", "株式報酬などの非現金費用と運転資本(売上比)、営業キャッシュフローで足し戻す。", "non-cash costs (share-based pay) and working capital as a share of revenue, added back in operating cash flow"),
  num("core.demandSensitivity", "share", 0, 2, "AI需要ショックの本業への波及", "Core exposure to AI demand shocks", "AI需要の水準ショックのうち本業の売上にも及ぶ割合。", "share of an AI-demand level shock that also hits core revenue"),
  // the treasurer's policy
  num("treasury.liquidityQuarters", "ratio", 0, 40, "手元資金の目標(四半期分の設備投資)", "Liquidity target (quarters of capex)", "手元資金の目標を、計画された設備投資の何四半期分とするか。", "target cash and securities, in quarters of planned capex"),
  num("treasury.prefundQuarters", "quarters", 0, 16, "事前調達の期間", "Pre-funding horizon", "計画された設備投資と株主還元を何四半期先まで事前に調達するか。", "quarters of planned capex and payouts funded ahead"),
  num("treasury.minIssue", "usd-bn", 0, 1000, "社債の最小発行額", "Smallest bond issue", "一度に発行する社債の最小額(ベンチマーク規模)。", "smallest bond issue (benchmark size)"),
  num("treasury.payoutShare", "share", 0, 1.5, "株主還元の割合(FCF比)", "Payouts (share of free cash flow)", "フリーキャッシュフローのうち配当と自社株買いに回す割合。", "share of free cash flow paid out as dividends and buybacks"),
  num("treasury.otherOutflowShare", "share", 0, 0.5, "その他の財務支出(売上比)", "Other financing outflows", "株式報酬の源泉税など、その他の財務支出(売上比)。", "other financing outflows (taxes on share settlement and the like) as a share of revenue"),
  num("treasury.cashFloor", "usd-bn", 0, 1_000_000, "最低手元資金", "Cash floor", "これを下回ると緊急借入に頼る最低手元資金。", "minimum cash; below it the sponsor borrows in emergency"),
  // AI services
  num("ai.revenueShare", "share", 0, 1, "売上に占めるAIの割合", "AI share of revenue", "期首の売上のうちAIサービスによる部分(AI売上はその後、稼働した計算量と価格で決まる)。", "share of opening revenue from AI services (AI revenue then follows compute served and its price)"),
  num("ai.priceDeclineAnnual", "annual-rate", 0, 0.9, "計算資源価格の年間下落率", "Yearly fall in compute prices", "計算資源1単位あたりの価格が1年に下がる割合。", "yearly fall in the price of a unit of compute"),
  num("ai.opexAnnualPerGw", "usd-bn-per-gw-year", 0, 100, "1GWあたりの電力・運用費", "Power and operations per GW", "稼働中のGPU 1GWあたり年間の電力・運用費。", "power and operations per GW of installed GPUs per year"),
  num("ai.priceElasticity", "ratio", 0, 5, "計算の価格の過剰供給への感応度", "Price elasticity to a glut", "稼働率が期首より下がると計算の価格が下がる度合い(価格×(稼働率÷期首の稼働率)^この値、0 = 価格は供給と無関係)。", "how far the price of compute falls when utilisation drops below the opening's (price × (utilisation ÷ opening)^this; 0 = price ignores supply)"),
  num("ai.anchorTenantShare", "share", 0, 1, "最大顧客への依存度", "Anchor tenant's share", "AI売上のうち、資金調達に支払い能力を頼る一つの顧客(AIラボ)からの割合。", "share of AI revenue from one customer (an AI lab) whose ability to pay depends on its own funding"),
  num("ai.openingUtilisation", "share", 0, 1, "期首の稼働率", "Opening utilisation", "期首の容量のうち使われている割合。", "share of opening capacity in use"),
  // the opening fleet, from the 10-K's property and equipment note
  num("fleet.serversGross", "usd-bn", 0, 1_000_000, "サーバー・ネットワーク機器(取得原価)", "Servers and network, at cost", "期首のサーバー・ネットワーク機器の取得原価(有形固定資産の注記)。", "servers and network assets at cost at the opening (property and equipment note)"),
  num("fleet.serversDepreciation", "usd-bn", 0, 100_000, "サーバーの前年の減価償却", "Servers' depreciation last year", "期首までの1年間のサーバー・ネットワーク機器の減価償却費。", "depreciation of servers and network assets in the year to the opening"),
  num("fleet.priorServerLifeQuarters", "quarters", 4, 40, "期首までのサーバー耐用年数", "Server life before the opening", "期首までに使われていたサーバーの耐用年数(四半期)。", "book life of servers used before the opening"),
  num("fleet.netPpe", "usd-bn", 0, 1_000_000, "有形固定資産(純額)", "Property and equipment, net", "期首の有形固定資産の純額(建設仮勘定と土地を含む)。", "property and equipment, net, at the opening (construction in progress and land included)"),
  num("fleet.land", "usd-bn", 0, 1_000_000, "土地", "Land", "有形固定資産のうち償却しない土地。", "land within property and equipment (not depreciated)"),
  num("fleet.lastYearCapex", "usd-bn", 0, 1_000_000, "前年の設備投資", "Capex last year", "期首までの1年間の設備投資(建設中の建物の量を見積もるため)。", "capex in the year to the opening (to size the shells under construction)"),
  num("fleet.otherDepreciation", "usd-bn", 0, 100_000, "サーバー以外の前年の減価償却", "Other depreciation last year", "期首までの1年間のサーバー以外の有形固定資産の減価償却費。", "depreciation of property and equipment other than servers in the year to the opening"),
  // AI demand and investment
  num("demand.aiGrowthAnnual", "annual-rate", -0.5, 3, "AI需要の伸び", "AI demand growth", "AI計算需要のトレンド成長率。", "trend growth of AI compute demand"),
  num("demand.longRunGrowthAnnual", "annual-rate", -0.5, 3, "AI需要の長期の伸び", "Long-run AI demand growth", "AI需要の伸びが時間とともに近づく長期の成長率。", "growth of AI compute demand in the long run, which the trend fades toward"),
  num("demand.fadeQuarters", "quarters", 1, 400, "伸びが長期に近づく半減期", "Half-life of the growth fade", "AI需要の伸びの長期との差が半分になる四半期数。", "quarters in which half the gap between demand growth and its long-run rate closes"),
  num("demand.expectationSpeed", "share", 0, 1, "期待成長率の更新速度", "Speed of expectation updates", "観測した成長率に期待成長率が毎四半期近づく割合。", "speed at which expected growth adapts to observed growth (per quarter)"),
  num("investment.leadQuarters", "quarters", 0, 16, "設備計画の先行期間", "Planning lead", "何四半期先の需要を見込んで設備を計画するか。", "how far ahead capacity is planned"),
  num("investment.headroom", "share", 0, 1, "余裕をみた設備の上乗せ", "Capacity headroom", "期待需要に上乗せして計画する余剰容量。", "spare capacity planned above expected demand"),
  num("investment.adjustmentSpeed", "share", 0, 1, "設備ギャップを埋める速度", "Speed of closing the capacity gap", "容量の不足分のうち毎四半期埋める割合(部分調整)。", "share of the capacity gap closed per quarter (partial adjustment)"),
  num("investment.hurdleSpread", "annual-rate", 0, 0.5, "投資のハードル", "Investment hurdle", "新しいGPUの期待収益率が資金調達コストをこの幅だけ上回れば計画どおり投資し、調達コスト以下なら投資しない(その間は比例、0 = 収益率を見ない)。", "expected return on new GPUs above the cost of funds at which the plan is built in full; at or below the cost of funds nothing is built (linear between; 0 = investment ignores returns)"),
  num("investment.guidanceAnnual", "usd-bn", 0, 10_000, "初年度の設備投資ガイダンス", "First year's capex guidance", "会社が決算とともに示した初年度の設備投資(ファイナンスリース元本を含む)。0なら需要から計画。", "capex guidance for the first year, finance-lease principal included, as given with the opening results (0: plan from demand)"),
  // GPUs and shells
  num("gpu.costShare", "share", 0, 1, "建設費に占めるGPUの割合", "GPU share of build cost", "新設費用のうちGPU・IT機器の割合。", "GPU/IT share of the cost of a new build"),
  num("gpu.costPerGw", "usd-bn-per-gw", 1, 500, "データセンター1GWあたりの費用", "Cost per GW of data centre", "AIデータセンター1GWの総費用。", "all-in cost of one GW of AI data centre"),
  num("gpu.economicLifeQuarters", "quarters", 2, 40, "GPUの経済寿命(学習用)", "GPU economic life (training)", "GPUの世代が学習用として競争力を保つ四半期数。", "quarters a GPU generation stays competitive for training"),
  num("gpu.inferenceLifeQuarters", "quarters", 0, 40, "推論用としての追加寿命", "Further life for inference", "学習用に陳腐化したあと、推論用に安い価格で使われる四半期数。", "quarters an obsolete-for-training GPU still serves inference, at a lower price"),
  num("gpu.inferencePriceShare", "share", 0, 1, "推論用の価格(新品比)", "Inference price of old GPUs", "推論用に回したGPUの計算資源の価格(最新世代に対する割合)。", "price of compute from GPUs moved to inference, relative to current ones"),
  num("gpu.bookLifeQuarters", "quarters", 4, 40, "GPUの会計上の耐用年数", "GPU book (depreciation) life", "サーバーを会計上償却する四半期数(期首から)。", "accounting depreciation life of servers from the opening"),
  num("gpu.shellLifeQuarters", "quarters", 20, 160, "建物・電力設備の耐用年数", "Building and power life", "建物と電力設備を償却する四半期数。", "depreciation life of buildings and power"),
  num("gpu.shellBuildQuarters", "quarters", 0, 24, "建物の建設期間", "Construction period of shells", "建物(データセンター)が完成して使えるようになるまでの四半期数(その間は建設仮勘定)。", "quarters a shell is under construction (in construction in progress) before it serves and depreciates"),
  num("gpu.perfGainAnnual", "annual-rate", 0, 3, "1GWあたり性能の年間向上", "Yearly performance gain per GW", "新しい世代のGPUで1GWあたりの計算能力が1年に伸びる割合。", "yearly gain in compute per GW of new GPUs"),
  num("gpu.impairmentUtilisation", "share", 0, 1, "減損テストの稼働率", "Impairment test utilisation", "稼働率がこれを下回ると資産グループの回収可能性をテストする(ASC 360)。", "utilisation below which the fleet's recoverability is tested (ASC 360)"),
  // third-party leases (ASC 842)
  num("leases.operatingLiability", "usd-bn", 0, 1_000_000, "期首のオペレーティング・リース負債", "Opening operating lease liabilities", "期首のオペレーティング・リース負債(流動と非流動の合計)。", "operating lease liabilities at the opening (current and non-current)"),
  num("leases.financeLiability", "usd-bn", 0, 1_000_000, "期首のファイナンス・リース負債", "Opening finance lease liabilities", "期首のファイナンス・リース負債。", "finance lease liabilities at the opening"),
  num("leases.remainingTermQuarters", "quarters", 1, 160, "既存リースの残存期間", "Remaining term of opening leases", "期首のリースの加重平均残存期間(四半期)。", "weighted average remaining term of the opening leases"),
  num("leases.discountAnnual", "annual-rate", 0, 0.3, "リースの割引率", "Lease discount rate", "期首のリースの加重平均割引率(追加借入利子率)。", "weighted average discount rate of the opening leases (incremental borrowing rate)"),
  num("leases.commitments", "usd-bn", 0, 1_000_000, "未開始のリース契約", "Leases signed, not commenced", "期首に契約済みでまだ開始していないリースの支払総額(割引前)。", "leases signed but not yet commenced at the opening, undiscounted"),
  num("leases.commencementQuarters", "quarters", 1, 40, "リース開始までの期間", "Quarters to commencement", "契約から開始(建物の引き渡し)までの平均四半期数。", "average quarters from signing to commencement"),
  num("leases.termQuarters", "quarters", 4, 160, "新規リースの期間", "Term of new leases", "新たに契約するリースの期間(四半期)。", "term of newly signed leases"),
  num("leases.shellShare", "share", 0, 1, "第三者から借りる建物の割合", "Share of shells leased", "新しく必要な建物容量のうち第三者からのリースで賄う割合。", "share of new shell capacity leased from third parties"),
  num("leases.rentYieldAnnual", "annual-rate", 0, 0.5, "賃料利回り", "Rent yield", "建物の建設費に対する年間賃料の割合。", "annual rent as a share of the shell's cost"),
  // vehicles
  num("financing.campusShare", "share", 0, 1, "キャンパス型SPVで建てる割合", "Share of shells built by campus vehicles", "新しい建物容量のうちキャンパス型SPV(建物・電力を保有し長期債で調達)で建てる割合。", "share of new shell capacity built by campus vehicles (buildings and power, long debt)"),
  num("financing.gpuShare", "share", 0, 1, "GPU型SPVで調達する割合", "Share of GPUs from GPU vehicles", "新しいGPUのうちGPU型SPV(GPUを保有し寿命に合わせた債務で調達)から借りる割合。", "share of new GPUs leased from GPU vehicles (GPUs, debt matched to their life)"),
  num("rates.baseAnnual", "annual-rate", -0.01, 0.25, "基準金利(米国債)", "Base (Treasury) rate", "基準となる米国債の金利。", "base (Treasury) rate"),
  num("credit.freezePremiumAnnual", "annual-rate", 0, 0.3, "緊急借入の上乗せ金利", "Emergency borrowing premium", "市場が閉じている間の緊急借入にかかる上乗せ金利。", "penalty spread on emergency borrowing while markets are closed"),
  num("spv.dscrCovenant", "ratio", 0.5, 5, "DSCRの財務制限条項", "DSCR covenant", "これを下回ると財務制限条項に抵触するSPVのDSCR。", "minimum vehicle DSCR before a covenant breach"),
  num("spv.sizingDscr", "ratio", 0.5, 5, "リース設計時のDSCR", "DSCR the lease is sized to", "フル稼働時にリース料が債務返済を何倍賄うように設計するか。", "DSCR the lease is sized to at full utilisation"),
  num("spv.spreadAnnual", "annual-rate", 0, 0.3, "キャンパス型SPV債務のスプレッド", "Campus vehicle debt spread", "キャンパス型SPVの債務の基準金利への上乗せ。", "campus vehicle debt spread over the base rate"),
  num("spv.debtTermQuarters", "quarters", 4, 160, "キャンパス型SPV債務の返済期間", "Campus vehicle debt term", "完成後にキャンパス型SPVの債務を均等に返済する四半期数。", "quarters over which a campus vehicle's debt amortises after completion"),
  num("spv.equityShare", "share", 0, 1, "SPVの出資比率", "Vehicle equity share", "SPVの資金のうち出資の割合。", "equity share of a vehicle's funding"),
  num("spv.programQuarters", "quarters", 1, 40, "1つのSPVプログラムの期間", "Length of one vehicle programme", "この四半期数の間の新たな引き出しは同じSPVに入る。", "new vehicle draws within this many quarters go to one vehicle"),
  num("spv.buildQuarters", "quarters", 0, 40, "キャンパスの建設期間", "Campus construction period", "キャンパス型SPVの建設期間(賃料はなく利息は資本化、リースは完成時に開始)。", "construction period of a campus vehicle (no rent, interest capitalised; the lease commences on completion)"),
  num("spv.leaseTermQuarters", "quarters", 4, 120, "当初のリース期間", "Initial lease term", "SPVからの当初のリース期間。", "initial lease term of a campus vehicle's lease"),
  num("spv.renewalTermQuarters", "quarters", 1, 40, "リース延長の期間", "Lease extension length", "リースを延長するごとの期間。", "length of each lease extension"),
  num("spv.renewalUtilisation", "share", 0, 1, "更新に必要な稼働率", "Utilisation needed to renew", "スポンサーがリースを更新するのに必要な建物の稼働率(稼働GPUのGW÷建物のGW)。", "shell occupancy (GPU GW in service ÷ shell GW) the sponsor needs to renew a lease"),
  num("spv.leaseVariableShare", "share", 0, 1, "賃料の変動部分の割合", "Variable share of rent", "賃料のうちスポンサーのデータセンターの稼働率に連動する割合。", "share of rent that scales with the occupancy of the sponsor's data centres"),
  num("spv.rvgCapShare", "share", 0, 1, "残価保証の上限", "Residual value guarantee cap", "残価保証の上限(SPVの当初債務に対する割合)。", "residual value guarantee cap as a share of the vehicle's original debt"),
  num("spv.vacantValueShare", "share", 0, 1, "空いたキャンパスの売却価値", "Resale value of a vacated campus", "空いたキャンパスの売却価値(簿価に対する割合)。", "resale value of a vacated campus as a share of its book value"),
  num("spv.curePeriodQuarters", "quarters", 1, 12, "貸し手が請求するまでの猶予期間", "Cure period before lenders call", "抵触が何四半期続くと貸し手がスポンサーに請求するか。", "consecutive breach quarters before lenders call the sponsor"),
  num("spv.floatingShare", "share", 0, 1, "キャンパス型SPV債務の変動金利の割合", "Floating share of campus-vehicle debt", "キャンパス型SPVの債務のうち変動金利(基準金利+スプレッド、四半期ごとに改定)の割合。", "share of a campus vehicle's debt at a floating rate (base + spread, reset quarterly)"),
  num("spv.hedgedShare", "share", 0, 1, "変動金利分のヘッジ比率", "Hedged share of the floating part", "変動金利の債務のうち、借入時の金利に固定するスワップでヘッジした割合。", "share of the floating debt swapped to the rate at signing"),
  num("spv.bulletShare", "share", 0, 1, "満期一括返済の割合", "Bullet share", "キャンパス型SPVの元本のうち、分割返済せず満期に一括で返す割合(1 = 全額満期一括)。", "share of a campus vehicle's principal due at maturity rather than amortised (1 = a bullet)"),
  num("spv.extensions", "count", 0, 4, "延長オプションの回数", "Extension options", "満期に借り手が行使できる延長の回数。財務制限条項(DSCR)を満たしていれば、市場が閉じていても同じ条件で延長できる(ミニパームの4+1+1年など)。", "extensions the borrower may exercise at maturity: with its DSCR covenant met, the debt is extended on the same terms even when markets are closed (a mini-perm's 4+1+1 years)"),
  num("spv.extensionQuarters", "quarters", 1, 40, "延長1回の期間", "Length of an extension", "延長オプション1回で満期が延びる四半期数。", "quarters an extension option adds to the maturity"),
  num("spv.maturityQuarters", "quarters", 4, 160, "キャンパス型SPV債務の満期", "Campus-vehicle debt maturity", "完成から満期までの四半期数。返済期間より短ければ、残りは満期に借り換える(ミニパーム)。", "quarters from completion to maturity; shorter than the amortisation term, the rest is refinanced then (a mini-perm)"),
  num("spv.cooldownQuarters", "quarters", 0, 40, "連結後に新規SPVが止まる期間", "Quarters without new vehicles after a consolidation", "SPVが連結されたあと、貸し手が同じ種類の新しいSPVに融資しない四半期数。", "quarters after a consolidation during which lenders fund no new vehicle of that kind"),
  ["spv.stepIn", "flag", Number.NaN, Number.NaN, { ja: "スポンサーが救済する", en: "Sponsor steps in" }, { ja: "抵触したSPVをスポンサーが救済して連結する(true)か、貸し手がSPVの資産と残価保証で回収する(false)か。", en: "whether the sponsor steps in and consolidates a vehicle in breach (true) or lenders recover from its assets and the guarantee (false)" }],
  num("spv.opening.debt", "usd-bn", 0, 1_000_000, "期首のSPV債務", "Opening vehicle debt", "期首に存在するキャンパス型SPVの債務。", "debt of the campus vehicle in place at the start"),
  num("spv.opening.equity", "usd-bn", 0, 1_000_000, "期首のSPV出資", "Opening vehicle equity", "期首に存在するキャンパス型SPVの出資。", "equity of the campus vehicle in place at the start"),
  num("spv.opening.couponAnnual", "annual-rate", 0, 0.3, "期首SPV債務のクーポン", "Coupon of opening vehicle debt", "期首のSPV債務の固定クーポン。", "fixed coupon of the opening vehicle's debt"),
  ["spv.opening.completionQuarter", "quarter-label", Number.NaN, Number.NaN, { ja: "期首SPVの完成", en: "Completion of the opening vehicle" }, { ja: "期首のSPVのキャンパスが完成しリースが開始する四半期。", en: "quarter the opening vehicle's campus completes and its lease commences" }],
  num("gpuSpv.spreadAnnual", "annual-rate", 0, 0.3, "GPU型SPV債務のスプレッド", "GPU vehicle debt spread", "GPU型SPVの債務の基準金利への上乗せ。", "GPU vehicle debt spread over the base rate"),
  num("gpuSpv.equityShare", "share", 0, 1, "GPU型SPVの出資比率", "GPU vehicle equity share", "GPU型SPVの資金のうち出資の割合。", "equity share of a GPU vehicle's funding"),
  num("gpuSpv.floatingShare", "share", 0, 1, "GPU担保ローンの変動金利の割合", "Floating share of GPU-backed debt", "GPU型SPVの債務のうち変動金利の割合。", "share of a GPU vehicle's debt at a floating rate"),
  num("gpuSpv.hedgedShare", "share", 0, 1, "GPU担保ローンのヘッジ比率", "Hedged share of GPU-backed floating debt", "変動金利分のうちスワップでヘッジした割合。", "share of the floating part swapped to the rate at signing"),
  num("gpuSpv.maxLtv", "ratio", 0, 2, "GPU担保ローンの最大LTV", "Maximum loan-to-value of GPU-backed debt", "債務÷GPUの時価の上限。超えると余剰資金で返済し、足りなければスポンサーが追加拠出する(0 = 条項なし)。", "debt ÷ market value of the GPUs allowed; above it surplus cash is swept and the sponsor tops up (0 = no test)"),
  num("gpuSpv.passThroughShare", "share", 0, 1, "変動金利の賃料への転嫁割合", "Floating rate passed through in rent", "GPU担保ローンの変動金利の動き(借入時からの差)のうち、GPUを借りる側が賃料で負担する割合(1 = 借り手が金利を負う、0 = SPVの貸し手が負う)。", "share of the GPU-backed loans' floating-rate move (since signing) that the lessee pays in its rent (1: the lessee bears the rate, 0: the vehicle's lenders do)"),
  num("gpuSpv.vendorShare", "share", 0, 1, "GPUメーカーによる出資の割合", "Vendor-financed share", "GPU型SPVのGPU購入のうち、GPUメーカー自身の出資で賄う割合(ベンダー・ファイナンス)。", "share of a GPU vehicle's purchases funded by the GPU maker's own equity (vendor financing)"),
  num("gpuSpv.leaseTermQuarters", "quarters", 4, 40, "GPUリースの期間", "GPU lease term", "GPU型SPVからGPUを借りる期間(債務もこの期間で返済)。", "term of a GPU vehicle's lease (its debt amortises over it)"),
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
  ["ai.shocks[].quarter", "quarter-label", Number.NaN, Number.NaN, { ja: "四半期", en: "Quarter" }, { ja: "ショックが起きる四半期。", en: "quarter the shock happens" }],
  num("ai.shocks[].priceChange", "relative-change", -0.9, 2, "計算の価格の変化", "Change in the price of compute", "GPUの賃貸価格(計算単位の価格)の水準の一度きりの変化(−0.5 = 半値)。", "one-off change of the rental price of compute (−0.5 = halved)"),
  num("ai.shocks[].tenantPaidShare", "share", 0, 1, "最大顧客が払える割合", "Share the anchor tenant pays", "この四半期から最大顧客(AIラボ)が支払える請求の割合(資金調達難で支払いが止まる)。", "share of its bill the anchor tenant pays from this quarter (a lab funding shock)"),
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
