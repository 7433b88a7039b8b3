/**
 * The model against what a company reported (MODEL.md, "Backtest"): a scenario is run and each reported figure
 * set beside the model's value for the same item and period. Flows (revenue, capex, depreciation, operating
 * income) are summed over the quarters of a fiscal year; stocks (cash, debt, leases, commitments) are read at
 * the period's last quarter.
 */
import { CALIBRATED_ACTUALS } from "./generated/actuals-data.js";
import type { ResultJson } from "./result.js";
import type { Scenario } from "./scenario.js";
import { simulateFast } from "./simulate-fast.js";
import { getPreset } from "./presets.js";

/** The items a backtest compares, in the order it lists them. */
export const BACKTEST_ITEMS = [
  "revenue",
  "ownCapex",
  "depreciation",
  "operatingIncome",
  "cashAndSecurities",
  "longTermDebt",
  "leaseLiabilities",
  "spvDebt",
  "commitmentsNotCommenced",
] as const;
export type BacktestItem = (typeof BACKTEST_ITEMS)[number];

const FLOWS: ReadonlySet<BacktestItem> = new Set(["revenue", "ownCapex", "depreciation", "operatingIncome"]);

/** A reported figure: USD bn for a quarter (`2025Q3`) or a fiscal year (`FY2025`), with where it was published. */
export interface Actual {
  item: BacktestItem;
  period: string;
  value: number;
  url?: string;
  source?: string;
}

/** One comparison: the model's value, the reported one, and the model's relative error ((model − actual) ÷ |actual|). */
export interface BacktestRow {
  item: BacktestItem;
  period: string;
  model: number;
  actual: number;
  error: number | null;
  url?: string;
  source?: string;
}

export interface BacktestResult {
  /** The preset's id, or "custom" for a scenario passed in. */
  scenario: string;
  /** The run's first quarter. */
  startQuarter: string;
  rows: BacktestRow[];
}

/**
 * Reported figures the model ships for a calibrated preset (from @aidebt/data at build time), for the periods
 * after the preset's opening: what its backtest compares by default. Empty for presets with none.
 *
 * @example
 * actualsFor("meta-2024").find((a) => a.item === "longTermDebt" && a.period === "FY2025")?.value; // 58.744
 */
export function actualsFor(presetId: string): Actual[] {
  const id = presetId === "base" ? "meta" : presetId;
  return (CALIBRATED_ACTUALS[id] ?? []).map((a) => ({ ...a }));
}

const quarterOrdinal = (label: string): number => {
  const m = /^(\d{4})Q([1-4])$/.exec(label);
  return m ? Number(m[1]) * 4 + Number(m[2]) - 1 : Number.NaN;
};

/** The quarters a period covers, as labels: `FY2025` → 2025Q1…2025Q4; `2025Q3` → itself. */
function periodQuarters(period: string): string[] | null {
  const fy = /^FY(\d{4})$/.exec(period);
  if (fy) return [1, 2, 3, 4].map((k) => `${fy[1]}Q${k}`);
  return Number.isFinite(quarterOrdinal(period)) ? [period] : null;
}

/** The model's value of an item over a period, or null where the run does not cover the whole period. */
function modelValue(result: ResultJson, item: BacktestItem, period: string): number | null {
  const quarters = periodQuarters(period);
  if (!quarters) return null;
  const byLabel = new Map(result.quarters.map((q) => [q.label, q]));
  const records = quarters.map((label) => byLabel.get(label));
  if (records.some((r) => r === undefined)) return null;
  if (FLOWS.has(item)) return records.reduce((sum, r) => sum + r!.measures[item], 0);
  return records.at(-1)!.measures[item];
}

/**
 * Run a preset or scenario and compare it with reported figures.
 *
 * @param input - a preset id (its shipped actuals are used unless `actuals` is given) or a scenario
 * @param actuals - reported figures; periods the run does not cover are left out
 * @example
 * const t = backtest("meta-2024");
 * t.rows.find((r) => r.item === "revenue" && r.period === "FY2025"); // { model, actual: 200.966, error, url }
 */
export function backtest(input: string | Scenario, actuals?: readonly Actual[]): BacktestResult {
  let scenario: Scenario;
  let id = "custom";
  if (typeof input === "string") {
    const preset = getPreset(input);
    if (!preset) throw new RangeError(`backtest: unknown preset "${input}"`);
    scenario = preset.scenario;
    id = preset.id;
  } else {
    scenario = input;
  }
  const reported = actuals ?? (typeof input === "string" ? actualsFor(input) : []);
  const result = simulateFast(scenario);
  const rows: BacktestRow[] = [];
  for (const a of reported) {
    const model = modelValue(result, a.item, a.period);
    if (model === null) continue;
    // relative to the reported figure; a reported zero leaves the error undefined unless the model is zero too
    const error = a.value === 0 ? (model === 0 ? 0 : null) : (model - a.value) / Math.abs(a.value);
    rows.push({ item: a.item, period: a.period, model, actual: a.value, error, ...(a.url ? { url: a.url } : {}), ...(a.source ? { source: a.source } : {}) });
  }
  const order = (r: BacktestRow) => BACKTEST_ITEMS.indexOf(r.item);
  const periodKey = (p: string) => (p.startsWith("FY") ? Number(p.slice(2)) * 4 + 3.5 : quarterOrdinal(p));
  rows.sort((a, b) => order(a) - order(b) || periodKey(a.period) - periodKey(b.period));
  return { scenario: id, startQuarter: scenario.startQuarter, rows };
}
