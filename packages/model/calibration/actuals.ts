// What a company reported after a preset's opening, from @aidebt/data, as the backtest's actuals: the items of
// MODEL.md's "Backtest" table, each with the URL of the row it comes from. Read at build time only (the data
// after an opening never enters a calibration: see reader.ts).
import type { CompanyId, CompanyRow } from "@aidebt/data";
import { companyRows, deals } from "@aidebt/data";
import type { Actual, BacktestItem } from "../src/backtest.js";

const CONFIDENCE_RANK: Record<string, number> = { primary: 0, press: 1, secondary: 2 };

/** The best row of an item for a period: a primary source before press before an aggregator. */
function best(rows: CompanyRow[]): CompanyRow | undefined {
  return [...rows].sort((a, b) => (CONFIDENCE_RANK[a.confidence] ?? 9) - (CONFIDENCE_RANK[b.confidence] ?? 9))[0];
}

const quarterEnd = (label: string): string => {
  const year = label.slice(0, 4);
  return { "1": `${year}-03-31`, "2": `${year}-06-30`, "3": `${year}-09-30`, "4": `${year}-12-31` }[label.slice(5)]!;
};

/** Items read straight from one company item; flows also by fiscal year. */
const DIRECT: ReadonlyArray<[BacktestItem, string, "flow" | "stock"]> = [
  ["revenue", "revenue", "flow"],
  ["ownCapex", "capex", "flow"],
  ["depreciation", "depreciationAmortisation", "flow"],
  ["operatingIncome", "operatingIncome", "flow"],
  ["cashAndSecurities", "cashAndSecurities", "stock"],
  ["longTermDebt", "longTermDebt", "stock"],
  ["commitmentsNotCommenced", "leasesNotCommenced", "stock"],
];

/**
 * Reported figures of `company` for the quarter that holds `opening` (its opening balance) and every later
 * quarter and fiscal year in the data. Stocks given at a fiscal year's end are also listed under `FYyyyy`.
 */
export function reportedActuals(company: CompanyId, opening: string): Actual[] {
  const rows = companyRows({ company }).filter((r) => r.periodEnd >= opening);
  const out: Actual[] = [];
  const push = (item: BacktestItem, period: string, value: number, row: { source: { url: string; title: string } }) =>
    out.push({ item, period, value: Number(value.toPrecision(6)), url: row.source.url, source: row.source.title });
  const periods = [...new Set(rows.map((r) => r.period))].sort();
  for (const [item, dataItem, kind] of DIRECT) {
    for (const period of periods) {
      if (kind === "stock" && period.startsWith("FY")) continue;
      const row = best(rows.filter((r) => r.item === dataItem && r.period === period));
      // a flow of the opening's own period is history, not something the run could be compared with
      if (!row || (kind === "flow" && row.periodEnd <= opening)) continue;
      push(item, period, row.value, row);
      if (kind === "stock" && period.endsWith("Q4")) push(item, `FY${period.slice(0, 4)}`, row.value, row);
    }
  }
  // lease liabilities: operating and finance, only where both are reported for the same date
  for (const period of periods) {
    const op = best(rows.filter((r) => r.item === "operatingLeaseLiabilities" && r.period === period));
    const fin = best(rows.filter((r) => r.item === "financeLeaseLiabilities" && r.period === period));
    if (!op || !fin) continue;
    push("leaseLiabilities", period, op.value + fin.value, op);
    if (period.endsWith("Q4")) push("leaseLiabilities", `FY${period.slice(0, 4)}`, op.value + fin.value, op);
  }
  // vehicle debt: bonds and loans of the company's joint ventures and vehicles outstanding at each quarter's end
  const vehicles = deals({ sponsor: company }).filter((d) => (d.structure === "jv" || d.structure === "spv") && d.instrument !== "equity" && d.amount !== undefined);
  for (const period of periods.filter((p) => !p.startsWith("FY"))) {
    const end = quarterEnd(period);
    const live = vehicles.filter((d) => d.date <= end);
    const value = live.reduce((s, d) => s + (d.amount ?? 0), 0);
    // with no vehicle yet, the source is the first vehicle's financing: what shows that there was none before
    const source = live.at(-1) ?? vehicles[0];
    if (!source) continue;
    const title = live.length ? source.source.title : `${source.source.title} (the first vehicle, financed ${source.date}: none before)`;
    out.push({ item: "spvDebt", period, value, url: source.source.url, source: title });
    if (period.endsWith("Q4")) out.push({ ...out.at(-1)!, period: `FY${period.slice(0, 4)}` });
  }
  return out;
}
