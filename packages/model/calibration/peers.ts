// The peers' presets (MODEL.md, "Calibration"): Alphabet, Microsoft, Amazon, Oracle and CoreWeave through the
// calibration Meta's presets use (company.ts). Each opens at its latest fiscal year end with the balance sheet in
// @aidebt/data. The peers' rows are thinner than Meta's: what a calibration cannot read falls back to an estimate
// that names itself in the provenance; the judgements below are what no row states.
import { calibrateCompany } from "./company.js";
import type { Calibration, CompanyOptions } from "./company.js";

const IG_TAX: [number, string] = [0.17, "income tax is not in the data: about 17%, the effective rate of large US technology companies in 2024–25"];
const COMMON = {
  cashFloor: [20, "cash below which a treasurer borrows at any price"],
  gpuShare: [0, "no GPU vehicle of the company's in the data: its GPUs are its own"],
  stepIn: [true, "a hyperscaler would step in rather than let a campus's lenders enforce"],
} satisfies Partial<CompanyOptions>;

/** A peer preset: its id, company, opening and judgements. */
export interface PeerPreset {
  id: "alphabet" | "microsoft" | "amazon" | "oracle" | "coreweave";
  opening: string;
  options: CompanyOptions;
}

export const PEERS: readonly PeerPreset[] = [
  {
    id: "alphabet",
    opening: "2025-12-31",
    options: {
      ...COMMON,
      name: "Alphabet",
      aiShare: [0.15, "AI revenue is not disclosed: about Google Cloud's share of revenue (its Q4 2025 $17.7B of $113.8B), an upper bound for what is AI"],
      serverLifeYears: [6, "six-year server lives at Alphabet since 2023 (FACTS C); no guidance row states it"],
      taxRate: IG_TAX,
      bondSpread: [0.006, "an AA+ issuer: about 60bp over Treasuries, less than Meta's (AA−)"],
      longRunGrowth: [0.07, "growth fades toward about 7% a year: search and cloud growing a little faster than nominal GDP"],
      shellShare: [0.2, "share of new data-centre space leased from third parties"],
      payoutShare: [0.9, "buybacks and dividends are not in the data: about 90% of free cash flow, Alphabet's habit of 2023–25"],
    },
  },
  {
    id: "microsoft",
    opening: "2025-06-30",
    options: {
      ...COMMON,
      name: "Microsoft",
      fiscalNote: "Microsoft's fiscal year ends 30 June: FY2025 is Jul 2024–Jun 2025, its fiscal quarters are the calendar quarters 2024Q3–2025Q2 and the run starts in 2025Q3 (Q1 FY2026)",
      aiShare: [0.25, "AI revenue is not disclosed: about Azure's share of revenue (Azure surpassed $75B of $281.7B in FY2025, annual report), an upper bound for what is AI"],
      serverLifeYears: [6, "six-year server lives at Microsoft since FY2023 (FACTS C); no guidance row states it"],
      taxRate: [0.18, "income tax is not in the data: about 18%, Microsoft's effective rate of FY2024–25"],
      bondSpread: [0.004, "an AAA issuer: about 40bp over Treasuries"],
      longRunGrowth: [0.07, "growth fades toward about 7% a year: software and cloud growing a little faster than nominal GDP"],
      shellShare: [0.4, "Microsoft leases much of its capacity (finance lease liabilities of $46B at 30 June 2025 in the data)"],
      payoutShare: [0.6, "buybacks and dividends are not in the data: about 60% of free cash flow, Microsoft's habit of FY2024–25"],
    },
  },
  {
    id: "amazon",
    opening: "2025-12-31",
    options: {
      ...COMMON,
      name: "Amazon",
      aiShare: [0.18, "AI revenue is not disclosed: about AWS's share of revenue ($128.7B of $716.9B in 2025), an upper bound for what is AI"],
      serverLifeYears: [5, "five years: Amazon shortened the life of a subset of its servers from six to five years from 2025; no guidance row states it"],
      taxRate: IG_TAX,
      bondSpread: [0.007, "an AA issuer: about 70bp over Treasuries"],
      longRunGrowth: [0.06, "growth fades toward about 6% a year: retail near nominal GDP, cloud faster"],
      shellShare: [0.2, "share of new data-centre space leased from third parties"],
      payoutShare: [0.05, "Amazon pays no dividend and bought back little in 2024–25: about 5% of free cash flow"],
    },
  },
  {
    id: "oracle",
    opening: "2025-05-31",
    options: {
      ...COMMON,
      name: "Oracle",
      fiscalNote: "Oracle's fiscal year ends 31 May: FY2025 is Jun 2024–May 2025, its fiscal quarters end in Aug, Nov, Feb and May and are labelled by the calendar quarters that hold those months (2024Q3–2025Q2); the run starts in 2025Q3, which stands for Oracle's Q1 FY2026 (Jun–Aug 2025), one month ahead of the calendar quarter",
      aiShare: [0.2, "AI revenue is not disclosed: about Oracle Cloud Infrastructure's share of revenue ($3.0B of $15.9B in Q4 FY2025), an upper bound for what is AI"],
      serverLifeYears: [6, "six years, as Microsoft and Alphabet (FACTS C): Oracle's server life is not in the data"],
      taxRate: [0.15, "income tax is not in the data: about 15%, Oracle's effective rate of FY2024–25"],
      bondSpread: [0.015, "a BBB issuer with rising leverage: about 150bp over Treasuries"],
      longRunGrowth: [0.05, "growth fades toward about 5% a year: database and applications near nominal GDP"],
      shellShare: [0.7, "Oracle leases most of its AI data centres from developers (Abilene, Vantage, the New Mexico campus in the data)"],
      payoutShare: [0.3, "buybacks and dividends are not in the data: Oracle's free cash flow turned negative in FY2025 while it kept its dividend; 30% of free cash flow, illustrative"],
      cashFloor: [5, "cash below which a treasurer borrows at any price (scaled to Oracle's size)"],
    },
  },
  {
    id: "coreweave",
    opening: "2025-12-31",
    options: {
      ...COMMON,
      name: "CoreWeave",
      aiShare: [1, "a GPU cloud: all of its revenue is AI compute"],
      serverLifeYears: [6, "six years: CoreWeave depreciates its GPU servers over six years (FACTS C); no guidance row states it"],
      taxRate: [0.21, "CoreWeave reports losses: the 21% US statutory rate, applied only to profits"],
      bondSpread: [0.048, "CoreWeave's 9% senior notes due 2031 (in the data) less the 10-year Treasury of mid-2025 (about 4.2%): a high-yield spread"],
      bondCoupon: [0.09, "the 9% senior notes due 2031 (in the data) as the coupon of its debt: its delayed-draw term loans float at SOFR plus several points, and sit in consolidated subsidiaries; the neocloud preset models them as floating GPU-backed loans in vehicles"],
      newBondTermQuarters: [20, "five years: CoreWeave's delayed-draw term loans amortise over the life of the contracts that back them; modelled as fixed-rate notes of that term"],
      serverShareOfDepreciation: [0.85, "a GPU cloud's depreciation is nearly all its GPU servers and network gear"],
      coreMargin: [0.3, "CoreWeave has almost no business besides AI compute (AI share 1): the core's margin does not enter the results; 30%, illustrative"],
      longRunGrowth: [0.05, "no core business to speak of: 5%, illustrative"],
      shellShare: [0.9, "CoreWeave leases nearly all of its data-centre space from developers (Core Scientific, Applied Digital, Galaxy…)"],
      payoutShare: [0, "CoreWeave pays no dividend and buys back no shares"],
      cashFloor: [1, "cash below which a treasurer borrows at any price (scaled to CoreWeave's size)"],
      gpuShare: [0, "CoreWeave's GPU-backed delayed-draw term loans sit in consolidated subsidiaries: they are in its long-term debt, so they are modelled as the sponsor's own debt (gpuShare 0) rather than as off-balance GPU vehicles"],
      stepIn: [true, "CoreWeave guarantees or consolidates its financing vehicles"],
    },
  },
];

/** Calibrate every peer preset. */
export function calibratePeers(): Calibration[] {
  return PEERS.map((p) => calibrateCompany(p.id, p.id, p.opening, p.options));
}
