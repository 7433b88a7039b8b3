// Meta's presets from its filings (MODEL.md, "Calibration"): `meta-2024` opens on 31 Dec 2024 from the FY2024
// 10-K and results, `meta` on 31 Dec 2025 from the FY2025 ones, through the calibration every company preset
// shares (company.ts). Meta's rows are the deepest in @aidebt/data (the P&E and lease notes, the notes ladder,
// Beignet), so nearly every parameter is read; what no filing states is illustrative or estimated, and says so.
import { calibrateCompany } from "./company.js";
import type { Calibration, CompanyOptions } from "./company.js";

export type { CalibratedProvenance, Calibration } from "./company.js";

/** What Meta's filings do not state. */
export const META_OPTIONS: CompanyOptions = {
  name: "Meta",
  aiShare: [0.1, "AI-attributable revenue is not disclosed; most of the fleet serves ranking and ads, counted as core"],
  serverLifeYears: [5.5, "5.5-year server life from 1 Jan 2025, announced with the FY2024 results"],
  priorServerLifeQuarters: (year) =>
    year <= 2024
      ? { value: 20, note: "five years: Meta depreciated servers and network assets over 4–5 years before 2025 (five since Q4 2022)", kind: "estimated" }
      : { value: Number.NaN, note: "5.5 years from 1 Jan 2025", kind: "sourced" },
  taxYear: { period: "FY2024", note: "FY2024 effective tax rate (FY2025's 30% carries a one-time, non-cash valuation-allowance charge)" },
  taxRate: [0.12, "FY2024 effective tax rate"],
  bondSpread: [0.009, "about 140bp at the long end of Meta's Oct 2025 issue, less on short tranches (FACTS A)"],
  longRunGrowth: [0.07, "growth fades toward about 7% a year: digital advertising growing a little faster than nominal GDP"],
  shellShare: [0.2, "share of new data-centre space leased from third parties"],
  cashFloor: [20, "cash below which a treasurer borrows at any price"],
  payoutShare: [0.9, "buybacks and dividends ÷ free cash flow"],
  gpuShare: [0, "Meta leases no GPUs from vehicles"],
  campusCompletion: { quarter: "2029Q4", note: "Hyperion's campus completes in 2029 (FACTS A)" },
  stepIn: [true, "Meta would step in rather than let its campus's lenders enforce"],
};

/**
 * Calibrate a Meta preset opening on `opening` (the last day of a fiscal year).
 *
 * @param opening - "2024-12-31" (meta-2024) or "2025-12-31" (meta)
 */
export function calibrateMeta(id: string, opening: string): Calibration {
  return calibrateCompany(id, "meta", opening, META_OPTIONS);
}
