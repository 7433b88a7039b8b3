// Row shapes of the five tables, as zod schemas. Derived from the research row format
// (/work/research/FORMAT.md): every value carries its unit, period or date, source and confidence.
import { z } from "zod";

/** The companies the tables cover. */
export const COMPANIES = ["meta", "alphabet", "microsoft", "amazon", "oracle", "coreweave"] as const;
/** A company id: `meta`, `alphabet`, `microsoft`, `amazon`, `oracle` or `coreweave`. */
export type CompanyId = (typeof COMPANIES)[number];

/**
 * Company items. The first group is the research format's; the rest come from the notes of the 10-K
 * (property and equipment, leases) that the model's opening balance sheet needs.
 *
 * Cash-flow lines, all positive amounts as the statement's captions read: `costsAndExpenses` (total costs
 * and expenses of the income statement), `operatingCashFlow` (net cash provided by operating activities),
 * `shareRepurchases` (repurchases of common stock, excluding `taxesOnShareSettlement`, the taxes paid on net
 * share settlement of equity awards), `dividends` (dividends and dividend equivalents paid), `debtIssued`
 * (proceeds from issuance of long-term debt, net), `acquisitions` (acquisitions of businesses and intangible
 * assets). `nonMarketableEquityInvestments` is the balance-sheet stock of non-marketable equity investments.
 */
/**
 * Every item of the company table, declared once: whether it is a flow (an amount over a period, a quarter or
 * a fiscal year) or a stock at `periodEnd`, and the unit it must carry.
 */
const ITEMS = {
  // flows
  revenue: ["flow", "USD bn"],
  capex: ["flow", "USD bn"],
  purchasesOfPropertyAndEquipment: ["flow", "USD bn"],
  financeLeasePrincipalPayments: ["flow", "USD bn"],
  depreciationAmortisation: ["flow", "USD bn"],
  operatingIncome: ["flow", "USD bn"],
  netIncome: ["flow", "USD bn"],
  incomeTax: ["flow", "USD bn"],
  shareRepurchases: ["flow", "USD bn"],
  dividends: ["flow", "USD bn"],
  // cash-flow statement (flows): the release's and the 10-K's lines
  costsAndExpenses: ["flow", "USD bn"],
  operatingCashFlow: ["flow", "USD bn"],
  taxesOnShareSettlement: ["flow", "USD bn"],
  debtIssued: ["flow", "USD bn"],
  acquisitions: ["flow", "USD bn"],
  // stocks
  cashAndSecurities: ["stock", "USD bn"],
  longTermDebt: ["stock", "USD bn"],
  operatingLeaseLiabilities: ["stock", "USD bn"],
  operatingLeaseLiabilitiesCurrent: ["stock", "USD bn"],
  operatingLeaseLiabilitiesNonCurrent: ["stock", "USD bn"],
  financeLeaseLiabilities: ["stock", "USD bn"],
  leaseLiabilities: ["stock", "USD bn"],
  leasesNotCommenced: ["stock", "USD bn"],
  totalAssets: ["stock", "USD bn"],
  totalLiabilities: ["stock", "USD bn"],
  propertyAndEquipmentNet: ["stock", "USD bn"],
  heldForSaleAssets: ["stock", "USD bn"],
  nonMarketableEquityInvestments: ["stock", "USD bn"],
  // property and equipment note
  ppeGrossLand: ["stock", "USD bn"],
  ppeGrossBuildings: ["stock", "USD bn"],
  ppeGrossLeaseholdImprovements: ["stock", "USD bn"],
  ppeGrossServersNetwork: ["stock", "USD bn"],
  ppeGrossEquipmentOther: ["stock", "USD bn"],
  ppeGrossFinanceLeaseRou: ["stock", "USD bn"],
  ppeGrossConstructionInProgress: ["stock", "USD bn"],
  ppeGross: ["stock", "USD bn"],
  accumulatedDepreciation: ["stock", "USD bn"],
  depreciationPropertyEquipment: ["flow", "USD bn"],
  depreciationServersNetwork: ["flow", "USD bn"],
  impairmentPropertyEquipment: ["flow", "USD bn"],
  capitalizedInterest: ["flow", "USD bn"],
  serverUsefulLife: ["stock", "years"],
  // lease note
  operatingLeasePayments: ["stock", "USD bn"],
  financeLeasePayments: ["stock", "USD bn"],
  operatingLeasePaymentsUndiscounted: ["stock", "USD bn"],
  leaseTermOperatingYears: ["stock", "years"],
  leaseTermFinanceYears: ["stock", "years"],
  leaseDiscountRateOperating: ["stock", "percent"],
  leaseDiscountRateFinance: ["stock", "percent"],
  operatingLeaseCost: ["flow", "USD bn"],
  financeLeaseAmortization: ["flow", "USD bn"],
  financeLeaseInterest: ["flow", "USD bn"],
} as const satisfies Record<string, readonly ["flow" | "stock", "USD bn" | "years" | "percent"]>;

/** An item of the company table (see {@link COMPANY_ITEMS}). */
export type CompanyItem = keyof typeof ITEMS;

/** Every company item, in the order of the table. */
export const COMPANY_ITEMS = Object.keys(ITEMS) as CompanyItem[];

/** Items that are amounts over a period (a quarter or a fiscal year); all others are stocks at `periodEnd`. */
export const FLOW_ITEMS: ReadonlySet<CompanyItem> = new Set(COMPANY_ITEMS.filter((item) => ITEMS[item][0] === "flow"));

/** The unit each company item must carry. */
export const ITEM_UNITS: Readonly<Record<CompanyItem, "USD bn" | "years" | "percent">> = Object.fromEntries(
  COMPANY_ITEMS.map((item) => [item, ITEMS[item][1]]),
) as Record<CompanyItem, "USD bn" | "years" | "percent">;

/** Confidence levels, strictest first. */
export const CONFIDENCE_LEVELS = ["primary", "press", "secondary"] as const;
/**
 * `primary`: an SEC filing or the company's own release, read in that document or a faithful copy;
 * `press`: reputable press; `secondary`: aggregators, blogs, data sites.
 */
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "an ISO date YYYY-MM-DD")
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), "a real calendar date");
const isoMonthOrDate = z.union([isoDate, z.string().regex(/^\d{4}-\d{2}$/)], { error: "an ISO date YYYY-MM-DD or a month YYYY-MM" });
/** A maturity: a year, a month or a day. */
const maturity = z.union([isoDate, z.string().regex(/^\d{4}(-\d{2})?$/)], { error: "a year, YYYY-MM or YYYY-MM-DD" });

/** Where a value was read. */
export const sourceSchema = z.strictObject({
  url: z.url({ protocol: /^https$/, error: "an https URL" }),
  title: z.string().min(1),
  publisher: z.string().min(1),
  /**
   * The day the page (or the filing it copies) became public; a month (`YYYY-MM`) when only that is
   * known, which the no-look-ahead filters read as the month's last day.
   */
  published: isoMonthOrDate,
  /**
   * The title in Japanese for the site's Japanese pages: a descriptive translation ("Form 10-K（2025年度年次
   * 報告書）"), never a new claim. Filled by the import from sources/labels-ja.json, one label per URL.
   */
  titleJa: z.string().min(1).optional(),
});
/** Where a value was read: URL, title, publisher and the day it became public. */
export type Source = z.infer<typeof sourceSchema>;

const quote = z.string().min(1).max(200, "a quote of at most 200 characters");
const common = {
  source: sourceSchema,
  confidence: z.enum(CONFIDENCE_LEVELS),
  quote,
  note: z.string().optional(),
};

/** One value of a company's filings: a flow over `period` or a stock at `periodEnd`. */
export const companyRowSchema = z.strictObject({
  table: z.literal("company"),
  company: z.enum(COMPANIES),
  item: z.enum(COMPANY_ITEMS),
  /** Calendar quarter in which the fiscal period ends (`2025Q4`), or a fiscal year (`FY2025`). */
  period: z.string().regex(/^(\d{4}Q[1-4]|FY\d{4})$/, "a period label like 2025Q4 or FY2025"),
  fiscalPeriod: z.string().min(1),
  periodEnd: isoDate,
  value: z.number().finite(),
  unit: z.enum(["USD bn", "years", "percent"]),
  /** A sub-row of a schedule, e.g. the year a lease payment is due (`2027`, `thereafter`, `total`). */
  bucket: z.string().min(1).optional(),
  ...common,
});
/** One value of a company's filings. */
export type CompanyRow = z.infer<typeof companyRowSchema>;

/** A range a company gave for a future fiscal year, with the day it was given. */
export const guidanceRowSchema = z.strictObject({
  table: z.literal("guidance"),
  company: z.enum(COMPANIES),
  /** Capex or total expenses (USD bn), or a change of the servers' useful life announced for the year (years). */
  item: z.enum(["capexGuidance", "totalExpensesGuidance", "serverUsefulLifeYears"]),
  forPeriod: z.string().regex(/^FY\d{4}$/, "a fiscal year like FY2026"),
  low: z.number().finite(),
  high: z.number().finite(),
  unit: z.enum(["USD bn", "years"]),
  /** The day the company gave the guidance (may precede `source.published` of a later report of it). */
  published: isoDate,
  ...common,
});
/** A capex or total-expense range (or a useful life) a company gave, with the day it was given. */
export type GuidanceRow = z.infer<typeof guidanceRowSchema>;

const rateSchema = z.looseObject({
  kind: z.enum(["fixed", "floating", "mixed", "effective", "unknown"]),
  couponAnnual: z.number().nullable().optional(),
  couponRange: z.tuple([z.number(), z.number()]).optional(),
  benchmark: z.string().optional(),
  spreadBp: z.number().nullable().optional(),
  effectiveAnnual: z.number().optional(),
  effectiveAnnualRange: z.tuple([z.number(), z.number()]).optional(),
  note: z.string().optional(),
});
const trancheSchema = z.looseObject({
  amount: z.number().optional(),
  amountNative: z.number().optional(),
  couponAnnual: z.number().nullable().optional(),
  maturity: maturity.optional(),
});
const evidenceSchema = z.looseObject({
  field: z.string(),
  url: z.url({ protocol: /^https$/, error: "an https URL" }),
  confidence: z.enum(CONFIDENCE_LEVELS),
  quote,
});

/** A bond, loan or vehicle financing. Amounts in USD bn (`amountNative` + `currency` for other currencies). */
export const dealRowSchema = z.strictObject({
  table: z.literal("deal"),
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "a kebab-case id"),
  issuer: z.string().min(1),
  /** The issuer as Japanese press writes it (メタ, ブルー・アウル…); filled by the import from sources/labels-ja.json. */
  issuerJa: z.string().min(1).optional(),
  sponsor: z.string().min(1),
  date: isoMonthOrDate,
  amount: z.number().finite().nullable(),
  unit: z.literal("USD bn"),
  amountNative: z.number().optional(),
  currency: z.string().optional(),
  instrument: z.enum(["bond", "loan", "delayed-draw-term-loan", "notes", "equity", "abs", "other"]),
  structure: z.enum(["on-balance", "jv", "spv", "lease-financing", "vendor-financing"]),
  rate: rateSchema,
  maturity: maturity.nullable(),
  termYears: z.number().nullable(),
  amortisation: z.enum(["amortising", "bullet", "mini-perm", "unknown"]),
  lenders: z.array(z.string()),
  tranches: z.array(trancheSchema).optional(),
  /** Further sources for single fields (coupon, term…), each with its own quote. */
  evidence: z.array(evidenceSchema).optional(),
  ...common,
});
/** A bond, loan or vehicle financing. */
export type DealRow = z.infer<typeof dealRowSchema>;

/** The market series the tables hold. */
export const SERIES_IDS = [
  "h100-rental-usd-per-hour",
  // H100 prices by contract kind, as the research helpers recorded them (the id names the compiler).
  "h100-rental-1y-contract-semianalysis",
  "h100-rental-spot",
  "h100-rental-on-demand-sxm",
  "h100-rental-on-demand-median-aimultiple",
  "fed-funds-upper",
  "fed-funds-lower",
  "ust-10y",
  "ust-10y-intraday",
  "usdjpy",
] as const;
/** A market series id. */
export type SeriesId = (typeof SERIES_IDS)[number];

/** One observation of a market series. */
export const seriesRowSchema = z.strictObject({
  table: z.literal("series"),
  series: z.enum(SERIES_IDS),
  date: isoMonthOrDate,
  value: z.number().finite(),
  unit: z.enum(["USD per GPU-hour", "percent", "JPY per USD"]),
  ...common,
});
/** One observation of a market series. */
export type SeriesRow = z.infer<typeof seriesRowSchema>;

/** A figure from a study or a press tally (the FT vehicle count, Moody's lease study…). */
export const aggregateRowSchema = z.strictObject({
  table: z.literal("aggregate"),
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "a kebab-case id"),
  what: z.string().min(1),
  asOf: isoDate,
  value: z.number().finite(),
  unit: z.string().min(1),
  breakdown: z.record(z.string(), z.number()).optional(),
  ...common,
});
/** A figure from a study or a press tally. */
export type AggregateRow = z.infer<typeof aggregateRowSchema>;

/** Any row of any table. */
export const rowSchema = z.discriminatedUnion("table", [
  companyRowSchema,
  guidanceRowSchema,
  dealRowSchema,
  seriesRowSchema,
  aggregateRowSchema,
]);
/** Any row of any table. */
export type Row = z.infer<typeof rowSchema>;

/**
 * The Japanese labels of sources/labels-ja.json: issuers keyed by the deal's `issuer` as written, source titles
 * keyed by the source URL. One table rather than a field typed on every row, so that the rows citing one page
 * cannot carry two translations of its title.
 */
export const jaLabelsSchema = z.strictObject({
  issuers: z.record(z.string().min(1), z.string().min(1)),
  sources: z.record(z.url({ protocol: /^https$/, error: "an https URL" }), z.string().min(1)),
});
/** The Japanese label table. */
export type JaLabels = z.infer<typeof jaLabelsSchema>;
