// The one place the CLI learns the unit, range and label of a scenario parameter or of a result field: the
// model's own tables (PARAMETERS, RESULT_FIELDS), never a guess from a field's name. Loaded on first use, so
// that `aidebt --help` does not import the model.
import type { ParameterMeta, ResultFieldMeta, Unit } from "@aidebt/model";

export type { ParameterMeta, ResultFieldMeta, Unit };

export interface Units {
  /** Every scenario parameter and shock field, in schema order. */
  parameters: readonly ParameterMeta[];
  /** One parameter by path (`gpu.bookLifeQuarters`, `demand.shocks.0.levelChange` or `demand.shocks[].levelChange`). */
  parameter(path: string): ParameterMeta | undefined;
  resultFields: readonly ResultFieldMeta[];
  /** One result field by path (`summary.verdict`, `measures.dscr`). */
  resultField(path: string): ResultFieldMeta | undefined;
}

/**
 * Result fields the model's schema 2.0.0 returns but its RESULT_FIELDS table does not declare yet (issue 14;
 * the model's own metadata test fails on them). Units and labels are those the contract states
 * (USD bn; ratios as the agencies compute them). The model's entry wins wherever it has one, and a test checks
 * that the two agree, so this table can be deleted once the model declares them.
 */
export const PENDING_RESULT_FIELDS: readonly ResultFieldMeta[] = [
  { path: "measures.revenue", unit: "usd-bn", label: { ja: "売上高", en: "Revenue" } },
  { path: "measures.ownCapex", unit: "usd-bn", label: { ja: "自社の設備投資", en: "Own capex" } },
  { path: "measures.operatingIncome", unit: "usd-bn", label: { ja: "営業利益", en: "Operating income" } },
  { path: "measures.cashAndSecurities", unit: "usd-bn", label: { ja: "現金及び有価証券", en: "Cash and marketable securities" } },
  { path: "measures.longTermDebt", unit: "usd-bn", label: { ja: "長期債務(社債)", en: "Long-term debt" } },
  { path: "measures.leaseLiabilities", unit: "usd-bn", label: { ja: "リース負債", en: "Lease liabilities" } },
  { path: "measures.adjustedDebt", unit: "usd-bn", label: { ja: "調整後債務", en: "Adjusted debt" } },
  { path: "measures.commitmentsNotCommenced", unit: "usd-bn", label: { ja: "未開始のリース契約", en: "Leases not yet commenced" } },
  { path: "measures.ebitdarCover", unit: "ratio", label: { ja: "EBITDARカバレッジ", en: "EBITDAR cover" } },
  { path: "measures.adjustedLeverage", unit: "ratio", label: { ja: "調整後レバレッジ", en: "Adjusted leverage" } },
  { path: "summary.borrowedPayoutShare", unit: "share", label: { ja: "借入で賄った株主還元の割合", en: "Share of payouts borrowed" } },
];

const pending = new Map(PENDING_RESULT_FIELDS.map((f) => [f.path, f]));
let cached: Units | undefined;

/** The model's metadata tables (imports the model once). */
export async function loadUnits(): Promise<Units> {
  if (cached !== undefined) return cached;
  const model = await import("@aidebt/model");
  cached = {
    parameters: model.PARAMETERS,
    parameter: (path) => model.parameterMeta(path),
    resultFields: [...model.RESULT_FIELDS, ...PENDING_RESULT_FIELDS.filter((f) => model.resultFieldMeta(f.path) === undefined)],
    resultField: (path) => model.resultFieldMeta(path) ?? pending.get(path.startsWith("last.") ? path.slice(5) : path),
  };
  return cached;
}
