// The ONE place the CLI learns the unit, range and label of a scenario parameter or of a result field.
//
// FOR THE LEAD (issue 13): @aidebt/model does not export its metadata tables yet, so this module derives
// them: parameters from the model's `parameterInfo` (parsing its unit and "allowed" prose, the parsing issue 13
// deletes), result fields from RESULT_FIELDS_FALLBACK below. Once the model exports PARAMETERS/parameterMeta
// and RESULT_FIELDS/resultFieldMeta, `loadUnits` becomes
//
//   const model = await import("@aidebt/model");
//   return { parameters: model.PARAMETERS, parameter: (p) => model.parameterMeta(normalise(p)), resultFields: model.RESULT_FIELDS, resultField: (p) => model.resultFieldMeta(p) };
//
// and everything below `loadUnits` goes (keep `normalise` if the model's paths use `[]` or indices differently).
// Callers only see the types in this file, which mirror the model's announced ones.

/** Units of parameters and result fields, as the model will name them. */
export type Unit =
  | "usd-bn"
  | "share"
  | "annual-rate"
  | "quarters"
  | "quarter-index"
  | "quarter-label"
  | "gw"
  | "ratio"
  | "turns"
  | "jpy-per-usd"
  | "count"
  | "flag"
  | "class"
  | "compute-units"
  | "text";

export interface Bilingual {
  ja: string;
  en: string;
}

/** A scenario parameter: what `--set`, `--x`/`--y` and scenario files accept. */
export interface ParameterMeta {
  /** Dotted path; shock fields as `demand.shocks[].levelChange`. */
  path: string;
  unit: Unit;
  min: number;
  max: number;
  integer: boolean;
  label: Bilingual;
  help: Bilingual;
}

/** A field of a run's result: `summary.peakHiddenDebt`, `measures.hiddenDebt`. */
export interface ResultFieldMeta {
  path: string;
  unit: Unit;
  label: Bilingual;
}

export interface Units {
  /** Every numeric scenario parameter and shock field. */
  parameters: readonly ParameterMeta[];
  /** One parameter by path (`gpu.bookLifeQuarters`, `demand.shocks.0.levelChange` or `demand.shocks[].levelChange`). */
  parameter(path: string): ParameterMeta | undefined;
  resultFields: readonly ResultFieldMeta[];
  /** One result field by path (`summary.verdict`, `measures.dscr`). */
  resultField(path: string): ResultFieldMeta | undefined;
}

/** `demand.shocks.3.levelChange` → `demand.shocks[].levelChange`. */
export function normalise(path: string): string {
  return path.replace(/\.(\d+)(?=\.|$)/g, "[]").replace(/\[\d+\]/g, "[]");
}

let cached: Units | undefined;

/** The metadata tables (loaded once; imports the model). */
export async function loadUnits(): Promise<Units> {
  if (cached !== undefined) return cached;
  const model = await import("@aidebt/model");
  const parameters = deriveParameters(model.scenarioJsonSchema());
  const byPath = new Map(parameters.map((p) => [p.path, p]));
  const fields = new Map(RESULT_FIELDS_FALLBACK.map((f) => [f.path, f]));
  cached = {
    parameters,
    parameter: (path) => byPath.get(normalise(path)),
    resultFields: RESULT_FIELDS_FALLBACK,
    resultField: (path) => fields.get(path),
  };
  return cached;
}

// ---- fallback until the model's tables land -------------------------------------------------------------

const UNIT_OF_PROSE: Record<string, Unit> = {
  "USD bn": "usd-bn",
  share: "share",
  "annual rate (0.05 = 5%)": "annual-rate",
  quarters: "quarters",
  "JPY per USD": "jpy-per-usd",
  turns: "turns",
  GW: "gw",
  "×": "ratio",
  label: "quarter-label",
  flag: "flag",
};

/** Numeric leaves of the scenario's JSON Schema (which carries the model's unit prose) as ParameterMeta. */
function deriveParameters(schema: Record<string, unknown>): ParameterMeta[] {
  const out: ParameterMeta[] = [];
  const walk = (node: Record<string, unknown>, path: string): void => {
    const properties = node.properties as Record<string, Record<string, unknown>> | undefined;
    if (properties !== undefined) {
      for (const [key, child] of Object.entries(properties)) walk(child, path === "" ? key : `${path}.${key}`);
      return;
    }
    const items = node.items as Record<string, unknown> | undefined;
    if (node.type === "array" && items !== undefined) return walk(items, `${path}[]`);
    if (node.type !== "number" && node.type !== "integer") return;
    const prose = typeof node.unit === "string" ? node.unit : "";
    const description = typeof node.description === "string" ? node.description : path;
    // the model's prose calls the one-off level changes of shocks an annual rate; they are a share of the level
    const unit = /\.shocks\[\]\.(levelChange|revenueChange)$/.test(path) ? "share" : (UNIT_OF_PROSE[prose] ?? "count");
    out.push({
      path,
      unit,
      min: typeof node.minimum === "number" ? node.minimum : Number.NEGATIVE_INFINITY,
      max: typeof node.maximum === "number" ? node.maximum : Number.POSITIVE_INFINITY,
      integer: node.type === "integer",
      label: { ja: path, en: path },
      help: { ja: description, en: description },
    });
  };
  walk(schema, "");
  return out;
}

const field = (path: string, unit: Unit, en: string, ja: string): ResultFieldMeta => ({ path, unit, label: { en, ja } });

/** Result fields the CLI prints or accepts as a metric, with units and labels. */
const RESULT_FIELDS_FALLBACK: readonly ResultFieldMeta[] = [
  field("summary.burstQuarter", "quarter-label", "burst quarter", "破裂の四半期"),
  field("summary.burstIndex", "quarter-index", "quarters to the burst", "破裂までの四半期数"),
  field("summary.burstChain", "text", "causal chain", "因果の連鎖"),
  field("summary.survives", "flag", "sponsor survives", "スポンサーが存続"),
  field("summary.peakHiddenDebt", "usd-bn", "peak hidden debt", "隠れ負債のピーク"),
  field("summary.peakHiddenDebtQuarter", "quarter-label", "quarter of peak hidden debt", "隠れ負債がピークの四半期"),
  field("summary.peakReportedDebt", "usd-bn", "peak reported debt", "表の負債のピーク"),
  field("summary.peakTotalDebt", "usd-bn", "peak total debt", "負債総額のピーク"),
  field("summary.finalTotalDebt", "usd-bn", "total debt at the end", "期末の負債総額"),
  field("summary.cumulativeCapex", "usd-bn", "cumulative capex (incl. SPV-built)", "累積設備投資(SPV分を含む)"),
  field("summary.cumulativeBorrowing", "usd-bn", "cumulative borrowing", "累積借入"),
  field("summary.cumulativeAiCashFlow", "usd-bn", "cumulative AI cash flow", "AI事業の累積キャッシュフロー"),
  field("summary.debtFundedCapexShare", "share", "debt-funded share of capex", "設備投資の借入依存度"),
  field("summary.internalFundingShare", "share", "capex covered by operating cash flow", "営業キャッシュフローで賄う設備投資の割合"),
  field("summary.lenderRepaid", "usd-bn", "repaid to lenders", "貸し手への返済"),
  field("summary.lenderInterest", "usd-bn", "interest paid to lenders", "貸し手への利払い"),
  field("summary.lenderLoss", "usd-bn", "lender loss", "貸し手の損失"),
  field("summary.sponsorAiNpv", "usd-bn", "sponsor AI NPV", "AI事業のNPV"),
  field("summary.minInterestCover", "ratio", "lowest interest cover", "インタレスト・カバレッジの最低値"),
  field("summary.ponziQuartersAi", "quarters", "Ponzi quarters (AI segment)", "ポンツィの四半期数(AI事業)"),
  field("summary.ponziQuartersSponsor", "quarters", "Ponzi quarters (sponsor)", "ポンツィの四半期数(スポンサー)"),
  field("summary.peakBookMinusEconomic", "usd-bn", "peak unrecognised depreciation", "未認識の減価償却のピーク"),
  field("summary.impairments", "usd-bn", "impairments", "減損"),
  field("summary.guaranteesPaid", "usd-bn", "guarantees paid", "保証の支払い"),
  field("summary.verdict", "class", "verdict", "判定"),
  field("summary.repaidYetNoProfit", "flag", "repaid, yet no profit", "返済はできても儲けはない"),
  field("summary.headline", "text", "headline", "要約"),
  field("measures.reportedDebt", "usd-bn", "reported debt", "表の負債"),
  field("measures.hiddenDebt", "usd-bn", "hidden debt", "隠れ負債"),
  field("measures.totalDebt", "usd-bn", "total debt", "負債総額"),
  field("measures.hiddenShare", "share", "hidden share", "隠れ比率"),
  field("measures.spvDebt", "usd-bn", "SPV debt", "SPVの負債"),
  field("measures.guarantees", "usd-bn", "guarantees", "保証"),
  field("measures.capex", "usd-bn", "capex (incl. SPV-built)", "設備投資(SPV分を含む)"),
  field("measures.spvCapex", "usd-bn", "SPV-built capex", "SPVによる設備投資"),
  field("measures.newBorrowing", "usd-bn", "new borrowing", "新規借入"),
  field("measures.depreciation", "usd-bn", "depreciation", "減価償却"),
  field("measures.debtFundedCapexShare", "share", "debt-funded share of capex", "設備投資の借入依存度"),
  field("measures.interestCover", "ratio", "interest cover", "インタレスト・カバレッジ"),
  field("measures.dscr", "ratio", "DSCR", "DSCR"),
  field("measures.spvDscr", "ratio", "SPV DSCR", "SPVのDSCR"),
  field("measures.minskyAi", "class", "Minsky (AI segment)", "ミンスキー(AI事業)"),
  field("measures.minskySponsor", "class", "Minsky", "ミンスキー"),
  field("measures.gpuBookValue", "usd-bn", "GPU book value", "GPUの簿価"),
  field("measures.spvGpuBookValue", "usd-bn", "SPV GPU book value", "SPVのGPU簿価"),
  field("measures.gpuEconomicValue", "usd-bn", "GPU economic value", "GPUの経済価値"),
  field("measures.bookMinusEconomic", "usd-bn", "unrecognised depreciation", "未認識の減価償却"),
  field("measures.obsoleteGpuDebt", "usd-bn", "debt on obsolete GPUs", "旧世代GPUの残債"),
  field("measures.aiRevenue", "usd-bn", "AI revenue", "AI収益"),
  field("measures.coreRevenue", "usd-bn", "core revenue", "本業の売上"),
  field("measures.demand", "compute-units", "AI compute demand", "AI計算需要"),
  field("measures.capacity", "compute-units", "AI compute capacity", "AI計算能力"),
  field("measures.utilisation", "share", "utilisation", "稼働率"),
  field("measures.occupancy", "share", "occupancy", "入居率"),
  field("measures.gpuGw", "gw", "GPU GW in service", "稼働中のGPU(GW)"),
  field("measures.shellGw", "gw", "shell GW", "建屋(GW)"),
  field("measures.lenderCashReceived", "usd-bn", "cash received by lenders", "貸し手の受取額"),
  field("measures.sponsorAiCashFlow", "usd-bn", "sponsor AI cash flow", "AI事業のキャッシュフロー"),
  field("measures.sponsorAiReturnOnCapital", "share", "AI return on capital", "AI事業の資本利益率"),
  field("measures.baseRate", "annual-rate", "base rate", "基準金利"),
  field("measures.newDebtRate", "annual-rate", "rate on new debt", "新規借入の金利"),
  field("measures.expectedGrowthAnnual", "annual-rate", "expected demand growth", "需要の期待成長率"),
  field("measures.creditFrozen", "flag", "credit frozen", "信用市場の凍結"),
];
