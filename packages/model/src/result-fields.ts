/**
 * Every field of a result declared as data: its unit and a label in Japanese and English. Paths are
 * `summary.<field>` for the run's summary and, for a quarter, the path inside `quarters[i]`
 * (`measures.hiddenDebt`, `sponsor.assets.cash`, …). Front ends format and label by this table, never by a
 * field's name; a test checks that it covers every field a result has.
 */
import type { Bilingual } from "./bilingual.js";
import type { Unit } from "./units.js";

/** A result field as data. */
export interface ResultFieldMeta {
  path: string;
  unit: Unit;
  label: Bilingual;
}

type Row = [path: string, unit: Unit, ja: string, en: string];

const SUMMARY: Row[] = [
  ["burstQuarter", "quarter-label", "隠れ債務の表面化", "Hidden debt surfaces"],
  ["burstIndex", "quarter-index", "表面化までの四半期", "Quarters until the hidden debt surfaces"],
  ["burstChain", "text", "表面化に至る出来事", "Chain of events to the surfacing"],
  ["survives", "flag", "スポンサーの存続", "Sponsor survives"],
  ["peakHiddenDebt", "usd-bn", "隠れ債務のピーク", "Peak hidden debt"],
  ["peakHiddenDebtQuarter", "quarter-label", "隠れ債務がピークの四半期", "Quarter of peak hidden debt"],
  ["peakReportedDebt", "usd-bn", "表の債務のピーク", "Peak reported debt"],
  ["peakTotalDebt", "usd-bn", "債務合計のピーク", "Peak total debt"],
  ["finalTotalDebt", "usd-bn", "期末の債務合計", "Total debt at the end"],
  ["cumulativeCapex", "usd-bn", "設備投資の累計", "Cumulative capex"],
  ["cumulativeBorrowing", "usd-bn", "新規借入の累計", "Cumulative new borrowing"],
  ["cumulativeAiCashFlow", "usd-bn", "AI事業キャッシュフローの累計", "Cumulative AI cash flow"],
  ["debtFundedCapexShare", "share", "新規借入で賄う設備投資の割合", "Share of capex funded by new debt"],
  ["internalFundingShare", "ratio", "グループの営業キャッシュフロー÷設備投資", "Group operating cash flow ÷ capex"],
  ["borrowedPayoutShare", "share", "借入で賄った株主還元の割合", "Share of payouts funded by borrowing"],
  ["lenderRepaid", "usd-bn", "貸し手への返済", "Repaid to lenders"],
  ["lenderInterest", "usd-bn", "貸し手が受け取った利息", "Interest paid to lenders"],
  ["lenderLoss", "usd-bn", "貸し手の損失", "Lenders' loss"],
  ["sponsorAiNpv", "usd-bn", "スポンサーのAI投資NPV", "Sponsor's AI NPV"],
  ["minInterestCover", "ratio", "最低のインタレスト・カバレッジ", "Lowest interest cover"],
  ["ponziQuartersAi", "count", "AI事業がポンジ型の四半期数", "Quarters the AI business is Ponzi"],
  ["ponziQuartersSponsor", "count", "スポンサーがポンジ型の四半期数", "Quarters the sponsor is Ponzi"],
  ["peakBookMinusEconomic", "usd-bn", "簿価と経済価値の差のピーク", "Peak gap of book over economic value"],
  ["impairments", "usd-bn", "減損の累計", "Impairments"],
  ["guaranteesPaid", "usd-bn", "残価保証の支払い", "Guarantees paid"],
  ["verdict", "class", "判定", "Verdict"],
  ["repaidYetNoProfit", "flag", "返済はできても儲けはない", "Repaid, yet no profit"],
  ["headline", "text", "読み方", "Reading"],
];

const MEASURES: Row[] = [
  ["revenue", "usd-bn", "売上高", "Revenue"],
  ["ownCapex", "usd-bn", "自社の設備投資(ファイナンス・リース元本を含む)", "Own capex (incl. finance-lease principal)"],
  ["operatingIncome", "usd-bn", "営業利益", "Operating income"],
  ["cashAndSecurities", "usd-bn", "現金・有価証券", "Cash and marketable securities"],
  ["longTermDebt", "usd-bn", "長期債務(社債)", "Long-term debt (notes)"],
  ["reportedDebt", "usd-bn", "表の債務", "Reported debt"],
  ["leaseLiabilities", "usd-bn", "リース負債", "Lease liabilities"],
  ["adjustedDebt", "usd-bn", "調整後債務(表の債務+リース負債)", "Adjusted debt (reported + leases)"],
  ["commitmentsNotCommenced", "usd-bn", "未開始のリース契約", "Leases signed, not yet commenced"],
  ["guaranteesAccrued", "usd-bn", "計上済みの残価保証", "Guarantees accrued"],
  ["ebitdarCover", "ratio", "EBITDAR÷(利息+賃料)", "EBITDAR ÷ (interest + rent)"],
  ["adjustedLeverage", "turns", "調整後債務÷EBITDAR", "Adjusted debt ÷ EBITDAR"],
  ["ffoToAdjustedDebt", "share", "FFO÷調整後債務", "FFO ÷ adjusted debt"],
  ["inferenceCapacity", "compute-units", "推論に回した計算容量", "Capacity moved to inference"],
  ["hiddenDebt", "usd-bn", "隠れ債務", "Hidden debt"],
  ["totalDebt", "usd-bn", "債務合計", "Total debt"],
  ["hiddenShare", "share", "隠れ債務の割合", "Hidden share of debt"],
  ["spvDebt", "usd-bn", "SPV債務", "SPV debt"],
  ["guarantees", "usd-bn", "保証", "Guarantees"],
  ["capex", "usd-bn", "設備投資(SPV分を含む)", "Capex (incl. SPV-built)"],
  ["spvCapex", "usd-bn", "SPVの設備投資", "SPV-built capex"],
  ["newBorrowing", "usd-bn", "新規借入", "New borrowing"],
  ["depreciation", "usd-bn", "減価償却", "Depreciation"],
  ["debtFundedCapexShare", "share", "新規借入で賄う設備投資の割合", "Share of capex funded by new debt"],
  ["interestCover", "ratio", "インタレスト・カバレッジ", "Interest cover"],
  ["dscr", "ratio", "スポンサーのDSCR", "Sponsor DSCR"],
  ["spvDscr", "ratio", "SPVのDSCR", "SPV DSCR"],
  ["minskyAi", "class", "AI事業のミンスキー分類", "Minsky class of the AI business"],
  ["minskySponsor", "class", "スポンサーのミンスキー分類", "Minsky class of the sponsor"],
  ["gpuBookValue", "usd-bn", "GPUの簿価", "GPU book value"],
  ["spvGpuBookValue", "usd-bn", "SPVのGPUの簿価", "SPV GPU book value"],
  ["gpuEconomicValue", "usd-bn", "GPUの経済価値", "GPU economic value"],
  ["bookMinusEconomic", "usd-bn", "簿価と経済価値の差", "Book value over economic value"],
  ["obsoleteGpuDebt", "usd-bn", "陳腐化したGPUに残る債務", "Debt on obsolete GPUs"],
  ["aiRevenue", "usd-bn", "AI売上", "AI revenue"],
  ["coreRevenue", "usd-bn", "本業の売上", "Core revenue"],
  ["demand", "compute-units", "AI需要", "AI demand"],
  ["capacity", "compute-units", "計算容量", "Capacity"],
  ["utilisation", "share", "稼働率", "Utilisation"],
  ["glutFactor", "ratio", "過剰供給による計算の価格の倍率(1 = なし)", "Glut factor on the price of compute (1 = none)"],
  ["occupancy", "share", "建物の稼働率", "Shell occupancy"],
  ["gpuGw", "gw", "稼働中のGPU", "GPUs in service"],
  ["shellGw", "gw", "建物の容量", "Shell capacity"],
  ["lenderCashReceived", "usd-bn", "貸し手が受け取る現金", "Cash received by lenders"],
  ["sponsorAiCashFlow", "usd-bn", "スポンサーのAI事業キャッシュフロー", "Sponsor's AI cash flow"],
  ["sponsorAiReturnOnCapital", "annual-rate", "AI事業の資本利益率", "AI return on capital"],
  ["baseRate", "annual-rate", "基準金利", "Base rate"],
  ["newDebtRate", "annual-rate", "新規借入の金利", "Rate on new debt"],
  ["expectedGrowthAnnual", "annual-rate", "期待されるAI需要の伸び", "Expected AI demand growth"],
  ["creditFrozen", "flag", "信用市場の閉鎖", "Credit markets closed"],
];

const STATEMENTS: Row[] = [
  ["sponsor.assets.cash", "usd-bn", "現預金", "Cash"],
  ["sponsor.assets.gpu", "usd-bn", "GPU(簿価)", "GPUs (book value)"],
  ["sponsor.assets.shell", "usd-bn", "建物・電力設備(簿価)", "Shells and power (book value)"],
  ["sponsor.assets.land", "usd-bn", "土地", "Land"],
  ["sponsor.assets.rightOfUse", "usd-bn", "使用権資産", "Right-of-use assets"],
  ["sponsor.assets.other", "usd-bn", "その他の資産", "Other assets"],
  ["sponsor.assets.total", "usd-bn", "資産合計", "Total assets"],
  ["sponsor.liabilities.bonds", "usd-bn", "社債", "Bonds"],
  ["sponsor.liabilities.leaseLiabilities", "usd-bn", "リース負債", "Lease liabilities"],
  ["sponsor.liabilities.consolidatedSpvDebt", "usd-bn", "連結したSPV債務", "Consolidated SPV debt"],
  ["sponsor.liabilities.other", "usd-bn", "その他の負債", "Other liabilities"],
  ["sponsor.liabilities.total", "usd-bn", "負債合計", "Total liabilities"],
  ["sponsor.equity", "usd-bn", "純資産", "Equity"],
  ["sponsor.income.revenue", "usd-bn", "売上高", "Revenue"],
  ["sponsor.income.coreRevenue", "usd-bn", "本業の売上", "Core revenue"],
  ["sponsor.income.aiRevenue", "usd-bn", "AI売上", "AI revenue"],
  ["sponsor.income.coreCosts", "usd-bn", "本業の費用", "Core costs"],
  ["sponsor.income.aiOpex", "usd-bn", "AIの運用費", "AI operating costs"],
  ["sponsor.income.ebitdar", "usd-bn", "EBITDAR", "EBITDAR"],
  ["sponsor.income.rent", "usd-bn", "賃料(オペレーティング・リースとSPV)", "Rent (operating leases and vehicles)"],
  ["sponsor.income.ebitda", "usd-bn", "EBITDA", "EBITDA"],
  ["sponsor.income.depreciation", "usd-bn", "減価償却", "Depreciation"],
  ["sponsor.income.rightOfUseAmortisation", "usd-bn", "うちファイナンス・リース使用権資産の償却", "Of which finance-lease right-of-use amortisation"],
  ["sponsor.income.impairment", "usd-bn", "減損", "Impairment"],
  ["sponsor.income.operatingIncome", "usd-bn", "営業利益", "Operating income"],
  ["sponsor.income.interest", "usd-bn", "支払利息", "Interest"],
  ["sponsor.income.spvSupport", "usd-bn", "SPVへの支援", "Support paid to SPVs"],
  ["sponsor.income.guaranteeLoss", "usd-bn", "残価保証の損失", "Guarantee loss"],
  ["sponsor.income.consolidationLoss", "usd-bn", "連結による損失", "Loss on consolidation"],
  ["sponsor.income.pretaxIncome", "usd-bn", "税引前利益", "Pre-tax income"],
  ["sponsor.income.tax", "usd-bn", "税金", "Tax"],
  ["sponsor.income.netIncome", "usd-bn", "純利益", "Net income"],
  ["sponsor.cashFlow.operating", "usd-bn", "営業キャッシュフロー(非資金費用の戻し前)", "Operating cash flow (before non-cash add-back)"],
  ["sponsor.cashFlow.nonCashAddBack", "usd-bn", "非資金費用の戻し", "Non-cash costs added back"],
  ["sponsor.cashFlow.consolidationNet", "usd-bn", "連結による現金の出入り", "Cash from consolidation, net"],
  ["sponsor.cashFlow.capex", "usd-bn", "設備投資", "Capex"],
  ["sponsor.cashFlow.bondsIssued", "usd-bn", "社債の発行", "Bonds issued"],
  ["sponsor.cashFlow.financeLeasePrincipal", "usd-bn", "ファイナンス・リースの元本返済", "Finance-lease principal paid"],
  ["sponsor.cashFlow.bondsRepaid", "usd-bn", "社債の償還", "Bonds repaid"],
  ["sponsor.cashFlow.consolidatedDebtRepaid", "usd-bn", "連結した債務の返済", "Consolidated debt repaid"],
  ["sponsor.cashFlow.payouts", "usd-bn", "株主還元", "Payouts"],
  ["sponsor.cashFlow.otherFinancing", "usd-bn", "その他の財務支出(株式報酬の源泉税など)", "Other financing outflows (taxes on share settlement, …)"],
  ["sponsor.cashFlow.total", "usd-bn", "現金の増減", "Change in cash"],
  ["spv.assets.cash", "usd-bn", "SPVの現金", "SPV cash"],
  ["spv.assets.shell", "usd-bn", "SPVの建物(簿価)", "SPV shells (book value)"],
  ["spv.assets.gpu", "usd-bn", "SPVのGPU(簿価)", "SPV GPUs (book value)"],
  ["spv.assets.total", "usd-bn", "SPVの資産合計", "SPV total assets"],
  ["spv.liabilities.debt", "usd-bn", "SPVの債務", "SPV debt"],
  ["spv.liabilities.total", "usd-bn", "SPVの負債合計", "SPV total liabilities"],
  ["spv.equity", "usd-bn", "SPVの純資産", "SPV equity"],
  ["spv.income.rent", "usd-bn", "SPVの賃料収入", "SPV rent"],
  ["spv.income.interest", "usd-bn", "SPVの支払利息", "SPV interest"],
  ["spv.income.capitalisedInterest", "usd-bn", "SPVの資産計上した建設中利息", "SPV interest capitalised during construction"],
  ["spv.income.depreciation", "usd-bn", "SPVの減価償却", "SPV depreciation"],
  ["spv.income.gpuWriteOff", "usd-bn", "SPVのGPU除却損", "SPV GPU write-off"],
  ["spv.income.saleLoss", "usd-bn", "SPVの売却損", "SPV loss on sale"],
  ["spv.income.guaranteeIncome", "usd-bn", "SPVの残価保証収入", "SPV guarantee income"],
  ["spv.income.supportIncome", "usd-bn", "SPVへの支援収入", "SPV support income"],
  ["spv.income.debtWrittenOff", "usd-bn", "SPVの債務免除益", "SPV debt written off"],
  ["spv.income.netIncome", "usd-bn", "SPVの純利益", "SPV net income"],
  ["spv.flows.equityContributed", "usd-bn", "SPVへの出資", "Equity contributed to SPVs"],
  ["spv.flows.distributions", "usd-bn", "SPVの分配", "SPV distributions"],
  ["spv.flows.transferredOnConsolidation", "usd-bn", "連結で移った純資産", "Equity transferred on consolidation"],
  ["spv.dealsActive", "count", "稼働中のSPV", "Active SPVs"],
  ["lenders.assets.bonds", "usd-bn", "社債(貸し手の資産)", "Bonds held"],
  ["lenders.assets.privateCredit", "usd-bn", "プライベートクレジット", "Private credit held"],
  ["lenders.assets.cash", "usd-bn", "貸し手が受け取った現金", "Cash received"],
  ["lenders.assets.total", "usd-bn", "貸し手の資産合計", "Lenders' total assets"],
  ["lenders.equity", "usd-bn", "貸し手の純資産", "Lenders' equity"],
  ["lenders.bondsOutstanding", "usd-bn", "社債残高", "Bonds outstanding"],
  ["lenders.privateCreditOutstanding", "usd-bn", "プライベートクレジット残高", "Private credit outstanding"],
  ["lenders.lentCumulative", "usd-bn", "融資の累計", "Lent, cumulative"],
  ["lenders.repaidCumulative", "usd-bn", "返済の累計", "Repaid, cumulative"],
  ["lenders.interestReceivedCumulative", "usd-bn", "受取利息の累計", "Interest received, cumulative"],
  ["lenders.lossCumulative", "usd-bn", "損失の累計", "Loss, cumulative"],
];

const toMeta = (prefix: string) => ([path, unit, ja, en]: Row): ResultFieldMeta => ({ path: prefix + path, unit, label: { ja, en } });

/**
 * Every result field: the summary's (`summary.*`) and a quarter's (`measures.*`, statements).
 *
 * @example
 * RESULT_FIELDS.find((f) => f.path === "summary.burstIndex")?.unit; // "quarter-index"
 */
export const RESULT_FIELDS: readonly ResultFieldMeta[] = [
  ...SUMMARY.map(toMeta("summary.")),
  ...MEASURES.map(toMeta("measures.")),
  ...STATEMENTS.map(toMeta("")),
];

const byPath = new Map(RESULT_FIELDS.map((f) => [f.path, f]));

/**
 * The metadata of a result field. Accepts the analyses' output paths too: `last.measures.x` reads as
 * `measures.x`.
 *
 * @example
 * resultFieldMeta("summary.peakHiddenDebt")?.label.en; // "Peak hidden debt"
 * resultFieldMeta("last.measures.minskyAi")?.unit; // "class"
 */
export function resultFieldMeta(path: string): ResultFieldMeta | undefined {
  return byPath.get(path.startsWith("last.") ? path.slice(5) : path);
}
