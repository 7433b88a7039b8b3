// One calibration for every company preset (MODEL.md, "Calibration"): the opening balance sheet, the fleet, the
// leases, the margins and the treasury's habits read from @aidebt/data rows about periods ending on or before the
// opening (or guidance given with those results). Where a company's rows lack an item, the parameter falls back
// to an estimate named in its provenance ("estimated" or "illustrative", with the reason): peers are thinner
// than Meta in the data. Company-specific judgements (AI's share of revenue, a server life no row states, a
// spread for the rating) come in `CompanyOptions`, each with its note; no reported number is typed here.
import type { CompanyId, CompanyItem } from "@aidebt/data";
import type { Scenario } from "../src/scenario.js";
import { annuityFactor } from "../src/engine/lease-book.js";
import { serverVintages } from "../src/engine/server-vintages.js";
import { quarterLabel } from "../src/_lib/quarter.js";
import type { DataRead } from "../src/calibrated.js";
import { Reader } from "./reader.js";

/** Where a parameter's value comes from (as `Provenance` in the model, with the data rows behind it). */
export interface CalibratedProvenance {
  kind: "sourced" | "estimated" | "illustrative";
  note: string;
  reads?: DataRead[];
}

export interface Calibration {
  id: string;
  company: CompanyId;
  opening: string;
  scenario: Scenario;
  provenance: Record<string, CalibratedProvenance>;
  reads: DataRead[];
}

/** A judgement the data does not state: a value and why. */
export type Judgement = [value: number, note: string];

/** What a company's calibration assumes where its filings are silent (or not in the data). */
export interface CompanyOptions {
  /** "Meta", "Alphabet", … (in notes). */
  name: string;
  /** How the company's fiscal periods map to the model's calendar quarters (empty for calendar years). */
  fiscalNote?: string;
  /** AI-attributable share of revenue (`ai.revenueShare`). */
  aiShare: Judgement;
  /** Book life of servers in years when no guidance row states it. */
  serverLifeYears: Judgement;
  /** Share of D&A that is the servers' when the data has no server depreciation (default 0.6). */
  serverShareOfDepreciation?: Judgement;
  /** Server life before the current one (quarters) where it differs; default: the current life. */
  priorServerLifeQuarters?: (year: number, lifeQuarters: number) => { value: number; note: string; kind: "estimated" | "sourced" } | undefined;
  /** The fiscal year whose effective tax rate is used, when a later one carries a one-time charge. */
  taxYear?: { period: string; note: string };
  /** Effective tax rate when the data has no income tax. */
  taxRate: Judgement;
  /** Spread of new bonds over the 10-year Treasury. */
  bondSpread: Judgement;
  /** Long-run growth of the core business. */
  longRunGrowth: Judgement;
  /** Share of new data-centre space leased from third parties. */
  shellShare: Judgement;
  /** Cash below which the treasurer borrows at any price. */
  cashFloor: Judgement;
  /** Payouts ÷ free cash flow when the data has no buybacks or dividends. */
  payoutShare: Judgement;
  /** Share of new GPUs leased from GPU vehicles (`financing.gpuShare`). */
  gpuShare: Judgement;
  /** Term of new bonds (quarters) when the data has no tranche terms. */
  newBondTermQuarters?: Judgement;
  /** Coupon of the debt outstanding when the data has no tranche coupons. */
  bondCoupon?: Judgement;
  /** Core EBITDA margin when the core business is too small to calibrate (a neocloud: AI is the business). */
  coreMargin?: Judgement;
  /** The campus vehicle's completion quarter and the note on it (Meta's Hyperion). */
  campusCompletion?: { quarter: string; note: string };
  /** Whether the sponsor would step in for its campus vehicle's lenders. */
  stepIn: [value: boolean, note: string];
}

const round = (x: number, digits = 6): number => Number(x.toPrecision(digits));

/** Calendar-quarter label of the quarter that holds an ISO date. */
export function calendarQuarter(date: string): string {
  return `${date.slice(0, 4)}Q${Math.ceil(Number(date.slice(5, 7)) / 3)}`;
}

/** Quarter label of the quarter after the one that holds an ISO date. */
export function quarterAfter(opening: string): string {
  return quarterLabel(calendarQuarter(opening), 1);
}

/**
 * Calibrate a company preset opening on `opening` (the last day of a fiscal year). Every value the data holds about
 * the periods up to the opening is read; what it lacks falls back to a labelled estimate.
 *
 * @param id - the preset id
 * @param company - the company in @aidebt/data
 * @param opening - the last day of a fiscal year (ISO). Its fiscal quarters are the four calendar-quarter labels
 *   ending with the one that holds it (the data labels a period by the calendar quarter in which it ends)
 * @param o - the company's judgements where filings are silent
 */
export function calibrateCompany(id: string, company: CompanyId, opening: string, o: CompanyOptions): Calibration {
  const r = new Reader(company, opening);
  const year = Number(opening.slice(0, 4));
  const FY = `FY${year}`;
  const prevFY = `FY${year - 1}`;
  const lastQ = calendarQuarter(opening);
  const fiscalQuarters = [3, 2, 1, 0].map((k) => quarterLabel(lastQ, -k));
  const prevYearQ = quarterLabel(lastQ, -4);
  const provenance: Record<string, CalibratedProvenance> = {};
  const reads = (fn: () => number): { value: number; reads: DataRead[] } => {
    const before = r.reads.length;
    const value = fn();
    return { value, reads: r.reads.slice(before) };
  };
  const sourced = (path: string, note: string, fn: () => number, kind: "sourced" | "estimated" = "sourced"): number => {
    const { value, reads: rows } = reads(fn);
    provenance[path] = { kind, note, reads: rows };
    return value;
  };
  const assumed = (path: string, value: number, note: string, kind: "estimated" | "illustrative" = "illustrative"): number => {
    provenance[path] = { kind, note };
    return value;
  };
  const judged = (path: string, [value, note]: Judgement, kind: "estimated" | "illustrative" = "estimated"): number => assumed(path, value, note, kind);
  /** A value read from the data if it is there, else an estimate computed from what is (both with their rows). */
  const either = (path: string, read: { note: string; fn: () => number | undefined }, fallback: { note: string; fn: () => number; kind?: "estimated" | "illustrative" }): number => {
    const before = r.reads.length;
    const v = read.fn();
    if (v !== undefined && Number.isFinite(v)) {
      provenance[path] = { kind: "sourced", note: read.note, reads: r.reads.slice(before) };
      return v;
    }
    const value = fallback.fn();
    const rows = r.reads.slice(before);
    provenance[path] = { kind: fallback.kind ?? "estimated", note: fallback.note, ...(rows.length ? { reads: rows } : {}) };
    return value;
  };
  /** A fiscal year's flow: its own row, else the sum of its four fiscal quarters; undefined if neither. */
  const flowFY = (item: CompanyItem, period = FY): number | undefined => {
    const fy = r.maybe(item, period);
    if (fy !== undefined) return fy;
    const y = Number(period.slice(2));
    const quarters = [3, 2, 1, 0].map((k) => quarterLabel(quarterLabel(lastQ, (y - year) * 4), -k));
    const values = quarters.map((q) => r.maybe(item, q));
    return values.every((v) => v !== undefined) ? values.reduce((s, v) => s + v, 0) : undefined;
  };
  /** The fiscal year's flow annualised from the fiscal quarters the data has (at least one). */
  const annualised = (item: CompanyItem): number | undefined => {
    const values = fiscalQuarters.map((q) => r.maybe(item, q)).filter((v): v is number => v !== undefined);
    return values.length ? (values.reduce((s, v) => s + v, 0) * 4) / values.length : undefined;
  };
  const fq = o.fiscalNote ? ` (${o.fiscalNote})` : "";

  // revenue: the last fiscal year, grown at its trailing growth to the first quarter's run-rate
  const revenueFY = r.value("revenue", FY);
  const growth = either(
    "core.growthAnnual",
    { note: `trailing revenue growth, ${prevFY} to ${FY}${fq}`, fn: () => { const prev = r.maybe("revenue", prevFY); return prev === undefined ? undefined : revenueFY / prev - 1; } },
    { note: `${prevFY} revenue is not in the data: growth of the last fiscal quarter (${lastQ}) over the same quarter a year before`, fn: () => r.value("revenue", lastQ) / r.value("revenue", prevYearQ) - 1 },
  );
  if (growth > 1) provenance["core.growthAnnual"]!.note += `: ${round(growth, 3)}, held at the schema's ceiling of 100% (the run-rate below uses the full growth)`;
  let weights = 0;
  for (let k = 1; k <= 4; k++) weights += Math.pow(1 + growth, -k / 4);
  const revenueAnnual = sourced("sponsor.revenueAnnual", `${FY} revenue grown at the trailing growth to the first quarter's run-rate (×4)${fq}`, () => (4 * r.value("revenue", FY)) / weights);

  // D&A, operating income and capex of the fiscal year (or the sum of its quarters)
  const dnaFY = flowFY("depreciationAmortisation");
  const dnaQuarters = dnaFY === undefined ? annualised("depreciationAmortisation") : undefined;
  // no D&A at all: net property and equipment written off over the server life (straight line)
  const dna = dnaFY ?? dnaQuarters ?? r.value("propertyAndEquipmentNet", lastQ) / o.serverLifeYears[0];
  const dnaHow = dnaFY !== undefined ? "" : dnaQuarters !== undefined ? " (annualised from the fiscal quarters in the data)" : ` (not in the data: net property and equipment at the opening ÷ ${o.serverLifeYears[0]} years)`;
  const capexFY = either(
    "fleet.lastYearCapex",
    { note: `capex ${FY}, finance-lease principal included where the company reports it so${fq}`, fn: () => flowFY("capex") },
    { note: `capex ${FY} is not in the data: purchases of property and equipment${fq}`, fn: () => flowFY("purchasesOfPropertyAndEquipment") ?? Number.NaN },
  );

  // the fleet, from the property and equipment note (or from D&A and an assumed server life)
  const serverShare = o.serverShareOfDepreciation ?? [0.6, "servers and network carry most of a hyperscaler's depreciation (Meta's, about 60% of its D&A in 2024)"];
  const lifeYears = (): number | undefined => (r.guidance("serverUsefulLifeYears", `FY${year + 1}`) ?? r.guidance("serverUsefulLifeYears", "FY2025"))?.low;
  const bookLife = either(
    "gpu.bookLifeQuarters",
    { note: `${o.name}'s server life (guidance row)`, fn: () => { const y = lifeYears(); return y === undefined ? undefined : Math.round(y * 4); } },
    { note: o.serverLifeYears[1], fn: () => Math.round(o.serverLifeYears[0] * 4) },
  );
  const serversDepreciation = either(
    "fleet.serversDepreciation",
    { note: `depreciation of servers and network assets, ${FY}`, fn: () => r.maybe("depreciationServersNetwork", FY) },
    { note: `the servers' depreciation is not in the data: ${FY} D&A${dnaHow} × ${serverShare[0]}: ${serverShare[1]}`, fn: () => serverShare[0] * dna },
  );
  const serversGross = either(
    "fleet.serversGross",
    { note: `servers and network assets at cost, ${opening}`, fn: () => r.maybe("ppeGrossServersNetwork", lastQ) },
    { note: "servers at cost are not in the data: their yearly depreciation × the book life in years (a straight-line fleet)", fn: () => serversDepreciation * (bookLife / 4) },
  );
  const prior = o.priorServerLifeQuarters?.(year, bookLife);
  const priorLife = prior
    ? prior.kind === "sourced"
      ? sourced("fleet.priorServerLifeQuarters", prior.note, () => Math.round((lifeYears() ?? Number.NaN) * 4))
      : assumed("fleet.priorServerLifeQuarters", prior.value, prior.note, "estimated")
    : assumed("fleet.priorServerLifeQuarters", bookLife, "the current server life (no change of estimate in the data)", "estimated");
  const netPpe = either(
    "fleet.netPpe",
    { note: `property and equipment, net, ${opening}`, fn: () => r.maybe("propertyAndEquipmentNet", lastQ) },
    { note: `net property and equipment is not in the data for ${opening}: three years of capex at the ${FY} pace (estimated)`, fn: () => 3 * capexFY },
  );
  const land = either(
    "fleet.land",
    { note: `land, ${opening}`, fn: () => r.maybe("ppeGrossLand", lastQ) },
    { note: "land is not in the data: counted with buildings", fn: () => 0, kind: "illustrative" },
  );
  const otherDepreciation = either(
    "fleet.otherDepreciation",
    { note: `depreciation of property and equipment other than servers, ${FY}`, fn: () => { const d = r.maybe("depreciationPropertyEquipment", FY); return d === undefined ? undefined : d - serversDepreciation; } },
    { note: `${FY} D&A${dnaHow} less the servers' depreciation${fq}`, fn: () => dna - serversDepreciation },
  );

  // the illustrative physics of the AI business (shared with every preset)
  const gpu = {
    costShare: assumed("gpu.costShare", 0.6, "~60% of AI data-centre capex is chips/IT (McKinsey, FACTS D)", "estimated"),
    costPerGw: assumed("gpu.costPerGw", 50, "$50–60B per GW (Huang, FACTS D)", "estimated"),
    economicLifeQuarters: assumed("gpu.economicLifeQuarters", 12, "a two-to-three-year product cycle for training (Burry, FACTS C)", "estimated"),
    inferenceLifeQuarters: 0,
    inferencePriceShare: assumed("gpu.inferencePriceShare", 0.4, "compute from older GPUs sells at a deep discount"),
    bookLifeQuarters: bookLife,
    shellLifeQuarters: assumed("gpu.shellLifeQuarters", 80, "buildings and power over 20 years"),
    shellBuildQuarters: assumed("gpu.shellBuildQuarters", 6, "about 18 months from groundbreaking to a data centre in service"),
    perfGainAnnual: assumed("gpu.perfGainAnnual", 0.35, "compute per GW gained each year by new generations"),
    impairmentUtilisation: assumed("gpu.impairmentUtilisation", 0.6, "utilisation below which auditors test the fleet's recoverability"),
    shocks: [],
  };
  // the company's own book life says its servers serve that long: after their training life, the rest is inference
  gpu.inferenceLifeQuarters = assumed("gpu.inferenceLifeQuarters", Math.max(0, bookLife - gpu.economicLifeQuarters), "the company's book life less the training life: GPUs superseded for training serve inference until the end of their book life", "estimated");
  const opexPerGw = assumed("ai.opexAnnualPerGw", 1.5, "1 GW × 8,760 h × ~$60/MWh ≈ $0.5B of power, plus operations", "estimated");
  const aiShare = judged("ai.revenueShare", o.aiShare, "illustrative");

  // leases in place, from the lease note
  const opLease = either(
    "leases.operatingLiability",
    { note: `operating lease liabilities, current and non-current, ${opening}`, fn: () => r.maybe("operatingLeaseLiabilities", lastQ) },
    { note: `operating lease liabilities are not in the data for ${opening}: left out (understates the lease book)`, fn: () => 0, kind: "illustrative" },
  );
  const finLease = r.maybe("financeLeaseLiabilities", lastQ) ?? 0;
  provenance["leases.financeLiability"] = finLease > 0 ? { kind: "sourced", note: `finance lease liabilities, ${opening}`, reads: r.reads.slice(-1) } : { kind: "illustrative", note: `not in the data for ${opening}: left out` };
  const leaseYears = either(
    "leases.remainingTermQuarters",
    { note: `weighted average remaining term of operating leases, ${opening}`, fn: () => r.maybe("leaseTermOperatingYears", lastQ) },
    { note: "the lease note's remaining term is not in the data: ten years, typical of data-centre leases", fn: () => 10 },
  );
  const leaseRate = either(
    "leases.discountAnnual",
    { note: `weighted average discount rate of operating leases, ${opening}`, fn: () => { const v = r.maybe("leaseDiscountRateOperating", lastQ); return v === undefined ? undefined : v / 100; } },
    { note: "the lease note's discount rate is not in the data: 4.5%, an investment-grade incremental borrowing rate of 2024–25", fn: () => 0.045 },
  );
  const commitments = either(
    "leases.commitments",
    { note: "leases signed, not yet commenced (the latest lease note at or before the opening)", fn: () => { for (const q of [...fiscalQuarters].reverse()) { const v = r.maybe("leasesNotCommenced", q); if (v !== undefined) return v; } return undefined; } },
    { note: `no lease note on leases not yet commenced in the data for the year to ${opening}: none counted (understates)`, fn: () => 0, kind: "illustrative" },
  );

  // the core's margin: the FY EBITDA margin, with the engine's opening AI costs and rent taken out of the core's costs
  const opIncomeFY = flowFY("operatingIncome");
  const ebitdaFY = (opIncomeFY ?? Number.NaN) + dna;
  const marginTotal = ebitdaFY / revenueFY;
  let gw = 0;
  for (const v of serverVintages(serversGross, serversDepreciation, priorLife)) if (v.net > 0) gw += v.cost / (gpu.costPerGw * gpu.costShare);
  const rentQ = opLease > 0 ? opLease / annuityFactor(Math.round(leaseYears * 4), leaseRate / 4) : 0;
  const revenueQ = revenueAnnual / 4;
  const coreCosts = revenueQ * (1 - marginTotal) - (opexPerGw / 4) * gw - rentQ;
  const ebitdaMargin =
    o.coreMargin || opIncomeFY === undefined
      ? judged("core.ebitdaMargin", o.coreMargin ?? [0.3, `${FY} operating income is not in the data: 30%, illustrative`], "illustrative")
      : sourced("core.ebitdaMargin", `${FY} (operating income + D&A) ÷ revenue, with the model's opening AI power costs and rent moved out of the core's costs`, () => {
          r.maybe("operatingIncome", FY);
          r.maybe("depreciationAmortisation", FY);
          return 1 - coreCosts / (revenueQ * (1 - aiShare));
        });

  const ocf = r.maybe("operatingCashFlow", FY);
  const tax = r.maybe("incomeTax", FY);
  const taxPeriod = o.taxYear?.period ?? FY;
  const taxRate = either(
    "sponsor.taxRate",
    { note: o.taxYear?.note ?? `${FY} effective tax rate`, fn: () => { const t = r.maybe("incomeTax", taxPeriod); const ni = r.maybe("netIncome", taxPeriod); return t === undefined || ni === undefined ? undefined : t / (ni + t); } },
    { note: o.taxRate[1], fn: () => o.taxRate[0] },
  );
  const nonCash = either(
    "core.nonCashShare",
    { note: `${FY} operating cash flow less (EBITDA − tax at the rate above), over revenue: share-based pay and working capital`, fn: () => { if (ocf === undefined || tax === undefined) return undefined; const cashTax = taxRate * (r.value("netIncome", FY) + tax); r.value("operatingCashFlow", FY); return Math.max(0, (ocf - (ebitdaFY - cashTax)) / revenueFY); } },
    { note: "operating cash flow and tax are not in the data: 5% of revenue (share-based pay of a large technology company), illustrative", fn: () => 0.05, kind: "illustrative" },
  );
  const payoutShare = either(
    "treasury.payoutShare",
    { note: `${FY} buybacks and dividends ÷ free cash flow (operating cash flow − capex)`, fn: () => {
      if (ocf === undefined) return undefined;
      const buybacks = r.maybe("shareRepurchases", FY) ?? [1, 2, 3, 4].reduce((s, k) => s + r.value("shareRepurchases", `${year}Q${k}`), 0);
      return (buybacks + r.value("dividends", FY)) / (ocf - capexFY);
    } },
    { note: o.payoutShare[1], fn: () => o.payoutShare[0], kind: "illustrative" },
  );
  const otherOutflow = either(
    "treasury.otherOutflowShare",
    { note: "taxes paid on net share settlement of equity awards ÷ revenue (latest fiscal year in the data)", fn: () => {
      for (const p of [FY, prevFY]) {
        const v = r.maybe("taxesOnShareSettlement", p);
        if (v !== undefined) return v / r.value("revenue", p);
      }
      return undefined;
    } },
    { note: "taxes on share settlement are not in the data: none", fn: () => 0, kind: "illustrative" },
  );

  // cash, debt and the rest of the balance sheet
  const capexLastQ = (): number => r.maybe("capex", lastQ) ?? r.maybe("purchasesOfPropertyAndEquipment", lastQ) ?? capexFY / 4;
  const cash = either(
    "sponsor.cash",
    { note: `cash, cash equivalents and marketable securities, ${opening}`, fn: () => r.maybe("cashAndSecurities", lastQ) },
    { note: `cash is not in the data for ${opening}: a year of the last quarter's capex held, the treasury's liquidity target`, fn: () => 4 * capexLastQ() },
  );
  const bonds = either(
    "sponsor.bonds",
    { note: `long-term debt, ${opening}`, fn: () => r.maybe("longTermDebt", lastQ) },
    {
      note: `long-term debt is not in the data for ${opening}: the latest earlier figure in the data plus the bonds issued since (none in the data: none counted, which understates)`,
      fn: () => {
        for (let k = 1; k <= 8; k++) {
          const q = quarterLabel(lastQ, -k);
          const v = r.maybe("longTermDebt", q);
          if (v === undefined) continue;
          const since = r.deals((d) => d.instrument === "bond" && d.structure === "on-balance" && d.date > quarterEndDate(q));
          return v + since.reduce((s, d) => s + (d.amount ?? (d.tranches ?? []).reduce((t, x) => t + (x.amount ?? 0), 0)), 0);
        }
        return 0;
      },
    },
  );
  const ladderReads = r.reads.length;
  const notes = r.deals((d) => d.instrument === "bond" && d.structure === "on-balance");
  let amount = 0;
  let coupon = 0;
  let years = 0;
  let lastIssue = 0;
  let lastTerm = 0;
  for (const d of notes) {
    let issueAmount = 0;
    let issueYears = 0;
    for (const t of d.tranches ?? []) {
      if (t.amount === undefined || typeof t.couponAnnual !== "number" || t.maturity === undefined) continue;
      const maturityYear = Number(t.maturity.slice(0, 4));
      issueAmount += t.amount;
      issueYears += t.amount * (maturityYear - Number(d.date.slice(0, 4)));
      if (maturityYear <= year) continue;
      amount += t.amount;
      coupon += t.amount * t.couponAnnual;
      years += t.amount * (maturityYear - year);
    }
    lastIssue = issueAmount > 0 ? issueAmount : lastIssue;
    lastTerm = issueAmount > 0 ? issueYears / issueAmount : lastTerm;
  }
  // no tranche detail: the on-balance notes and bonds by deal
  const byDeal = amount > 0 ? [] : r.deals((d) => (d.instrument === "bond" || d.instrument === "notes") && d.structure === "on-balance" && d.amount !== undefined);
  if (lastIssue === 0 && byDeal.length) lastIssue = byDeal.at(-1)!.amount!;
  const ladderRows = r.reads.slice(ladderReads);
  const hasLadder = amount > 0;
  provenance["sponsor.bondCouponAnnual"] = hasLadder
    ? { kind: "sourced", note: `weighted average coupon of the notes outstanding (${o.name}'s 8-Ks)`, reads: ladderRows }
    : { kind: "estimated", note: o.bondCoupon?.[1] ?? "no tranche coupons in the data: 4.5%, an investment-grade coupon of 2020–25" };
  provenance["sponsor.bondMaturityQuarters"] = hasLadder
    ? { kind: "estimated", note: "the notes' weighted average remaining maturity, spread evenly over twice that", reads: ladderRows }
    : { kind: "estimated", note: "no tranche maturities in the data: fifteen years' average remaining maturity, spread over thirty" };
  provenance["sponsor.newBondTermQuarters"] = lastTerm > 0
    ? { kind: "sourced", note: "weighted average term of the latest issue's tranches", reads: ladderRows }
    : { kind: "estimated", note: o.newBondTermQuarters?.[1] ?? "no tranche terms in the data: one year (the engine's floor)" };
  provenance["treasury.minIssue"] = lastIssue > 0
    ? { kind: "sourced", note: `size of the latest bond issue (${o.name} issues in blocks)`, reads: ladderRows }
    : { kind: "illustrative", note: "no bond issue in the data: $10B blocks" };
  const totalAssets = r.maybe("totalAssets", lastQ);
  const totalLiabilities = r.maybe("totalLiabilities", lastQ);
  const otherAssets =
    totalAssets === undefined
      ? assumed("sponsor.otherAssets", 0, `total assets are not in the data for ${opening}: other assets left out (no flow depends on them)`)
      : sourced("sponsor.otherAssets", `total assets − cash and securities − property and equipment − operating right-of-use (taken as the lease liability), ${opening}`, () => {
          r.value("totalAssets", lastQ);
          return Math.max(0, totalAssets - cash - netPpe - opLease - finLease);
        }, "estimated");
  const otherLiabilities =
    totalLiabilities === undefined
      ? assumed("sponsor.otherLiabilities", 0, `total liabilities are not in the data for ${opening}: other liabilities left out (no flow depends on them)`)
      : sourced("sponsor.otherLiabilities", `total liabilities − long-term debt − lease liabilities, ${opening}`, () => {
          r.value("totalLiabilities", lastQ);
          return Math.max(0, totalLiabilities - bonds - opLease - finLease);
        }, "estimated");
  const baseRate = sourced("rates.baseAnnual", "10-year Treasury yield at the opening (the latest observation on or before it)", () => {
    const closes = [r.seriesAt("ust-10y"), r.seriesAt("ust-10y-intraday")];
    const latest = r.reads.filter((x) => x.table === "series" && x.what.startsWith("ust-10y")).sort((a, b) => a.period.localeCompare(b.period)).at(-1);
    return (latest?.value ?? closes.find((v) => v !== undefined) ?? Number.NaN) / 100;
  });
  const fx = sourced("fxJpyPerUsd", "USD/JPY at the opening", () => r.seriesAt("usdjpy") ?? Number.NaN, "estimated");
  // capex guidance for the coming year, scaled by how far the last year's spending overshot its first guidance
  // (hyperscalers raised their guidance through 2024 and 2025: the first figure given is a floor, not a forecast)
  const guidanceReads = r.reads.length;
  const guide = r.guidance("capexGuidance", `FY${year + 1}`);
  const firstPrev = r.guidance("capexGuidance", FY, true);
  const revision = firstPrev ? capexFY / ((firstPrev.low + firstPrev.high) / 2) : 1;
  // without guidance an analyst holds capex flat at the last fiscal year's for the next: the plan, which knows
  // only demand, would otherwise stop a build already under way
  const runRate = guide ? 0 : round(capexFY);
  provenance["investment.guidanceAnnual"] = !guide
    ? { kind: "estimated", note: `no capex guidance for FY${year + 1} given with the ${FY} results in the data: ${FY}'s capex held flat for a year${fq}`, reads: provenance["fleet.lastYearCapex"]?.reads ?? [] }
    : {
        kind: "sourced",
        note: firstPrev
          ? `midpoint of the FY${year + 1} capex guidance given with the ${FY} results, × ${round(revision, 3)}: ${FY}'s capex over the midpoint of its first guidance (finance-lease principal included)${fq}`
          : `midpoint of the FY${year + 1} capex guidance given with the ${FY} results (finance-lease principal included)${fq}`,
        reads: r.reads.slice(guidanceReads),
      };

  // the campus vehicle in place at the opening (Hyperion / Beignet for `meta`; none at end-2024 nor for the peers)
  const campus = r.deals((d) => d.structure === "jv" && d.instrument === "bond");
  const equityRow = r.deals((d) => d.structure === "jv" && d.instrument === "equity" && (d.amount ?? 0) < 10);
  const vehicle = campus[0];
  const vehicleDebt = vehicle?.amount ?? 0;
  const vehicleEquity = vehicle ? (equityRow[0]?.amount ?? 0) : 0;
  const vehicleCoupon = vehicle && vehicle.rate.kind === "fixed" && typeof vehicle.rate.couponAnnual === "number" ? vehicle.rate.couponAnnual : 0;
  const vehicleReads = r.reads.filter((x) => x.table === "deal" && x.what.includes("beignet"));
  for (const p of ["spv.opening.debt", "spv.opening.equity", "spv.opening.couponAnnual"]) {
    provenance[p] = vehicle ? { kind: "sourced", note: "Beignet Investor LLC (Hyperion): bonds, equity and coupon", reads: vehicleReads } : { kind: "sourced", note: `no vehicle of ${o.name}'s was public by ${opening}` };
  }
  const campusShare = vehicle
    ? assumed("financing.campusShare", round((vehicleDebt + vehicleEquity) / ((vehicleDebt + vehicleEquity) + capexFY * (1 - gpu.costShare))), `Hyperion's cost against ${FY}'s own non-server capex (capex × (1 − GPU share)) plus it`, "estimated")
    : assumed("financing.campusShare", 0, `no vehicle of ${o.name}'s was public by ${opening}; the article's premise is not a calibration`, "estimated");
  const completion = o.campusCompletion && vehicle ? o.campusCompletion : { quarter: quarterAfter(opening), note: `no campus vehicle of ${o.name}'s at the opening: none to complete` };
  provenance["spv.opening.completionQuarter"] = { kind: "estimated", note: completion.note };

  const scenario: Scenario = {
    horizonQuarters: assumed("horizonQuarters", 40, "ten years"),
    startQuarter: quarterAfter(opening),
    fxJpyPerUsd: round(fx),
    discountAnnual: assumed("discountAnnual", 0.09, "a cost of capital for AI projects; JPM's '10% return' benchmark is close"),
    sponsor: {
      revenueAnnual: round(revenueAnnual),
      cash: round(cash),
      otherAssets: round(otherAssets),
      otherLiabilities: round(otherLiabilities),
      bonds: round(bonds),
      bondCouponAnnual: round(amount > 0 ? coupon / amount : (o.bondCoupon?.[0] ?? 0.045)),
      // the engine spreads maturities over at most forty years
      bondMaturityQuarters: Math.min(160, Math.max(1, Math.round((amount > 0 ? years / amount : 15) * 4 * 2))),
      newBondTermQuarters: Math.max(4, Math.round(lastTerm > 0 ? lastTerm * 4 : (o.newBondTermQuarters?.[0] ?? 4))),
      bondSpreadAnnual: judged("sponsor.bondSpreadAnnual", o.bondSpread),
      spreadPerLeverage: assumed("sponsor.spreadPerLeverage", 0.01, "spread widening per turn of adjusted leverage"),
      leverageThreshold: assumed("sponsor.leverageThreshold", 2, "adjusted debt/EBITDAR where spreads start widening"),
      maxLeverage: assumed("sponsor.maxLeverage", 6, "beyond about 6× adjusted debt/EBITDAR (S&P's 'highly leveraged') new lending stops"),
      taxRate: round(taxRate),
    },
    core: {
      growthAnnual: round(Math.min(1, growth)),
      longRunGrowthAnnual: judged("core.longRunGrowthAnnual", o.longRunGrowth, "illustrative"),
      fadeQuarters: assumed("core.fadeQuarters", 12, "half of the excess over the long-run rate fades in three years"),
      aiUpliftAnnual: assumed("core.aiUpliftAnnual", 0, "the trailing growth already holds AI's uplift of the core business; set it to model more"),
      ebitdaMargin: round(ebitdaMargin),
      fixedCostShare: assumed("core.fixedCostShare", 0.6, "most of a platform's costs (staff, infrastructure) are fixed in the short run"),
      costAdjustQuarters: assumed("core.costAdjustQuarters", 6, "about eighteen months to cut fixed costs after a lasting fall (Meta's 2022–23 'year of efficiency')"),
      nonCashShare: round(nonCash),
      demandSensitivity: assumed("core.demandSensitivity", 0.5, "how much an AI-demand level shock also hits the core business (customers spend less)"),
      shocks: [],
    },
    treasury: {
      liquidityQuarters: sourced("treasury.liquidityQuarters", `cash and securities at the opening ÷ the last quarter's capex (quarters of capex held)`, () => round(cash / capexLastQ(), 3), "estimated"),
      prefundQuarters: assumed("treasury.prefundQuarters", 4, "a year of planned spending funded ahead"),
      minIssue: round(lastIssue || 10),
      payoutShare: round(payoutShare),
      otherOutflowShare: round(otherOutflow),
      cashFloor: judged("treasury.cashFloor", o.cashFloor, "illustrative"),
    },
    ai: {
      revenueShare: aiShare,
      priceDeclineAnnual: assumed("ai.priceDeclineAnnual", 0.25, "price per unit of compute falls as each generation lowers cost"),
      opexAnnualPerGw: opexPerGw,
      priceElasticity: assumed("ai.priceElasticity", 0, "the company's AI serves its own products: its price does not fall with its own spare capacity (a market of several sponsors sets one: simulateMarket)"),
      anchorTenantShare: assumed("ai.anchorTenantShare", 0, "no single customer the company depends on is modelled; set it for a neocloud (see the neocloud preset)"),
      openingUtilisation: assumed("ai.openingUtilisation", 0.85, "capacity in use at the start"),
      shocks: [],
    },
    fleet: {
      serversGross: round(serversGross),
      serversDepreciation: round(serversDepreciation),
      priorServerLifeQuarters: priorLife,
      netPpe: round(netPpe),
      land: round(land),
      otherDepreciation: round(otherDepreciation),
      lastYearCapex: round(capexFY),
    },
    demand: {
      aiGrowthAnnual: either(
        "demand.aiGrowthAnnual",
        { note: `compute demand growth implied by ${FY}'s growth of purchases of property and equipment and the yearly gain in compute per GW: (1 + capex growth)(1 + perf gain) − 1`, fn: () => {
          const now = flowFY("purchasesOfPropertyAndEquipment");
          const before = now === undefined ? undefined : flowFY("purchasesOfPropertyAndEquipment", prevFY);
          return now === undefined || before === undefined ? undefined : round((now / before) * (1 + gpu.perfGainAnnual) - 1, 4);
        } },
        guide
          ? { note: `${prevFY} purchases of property and equipment are not in the data: the growth the FY${year + 1} capex guidance implies over ${FY}'s capex, with the yearly gain in compute per GW`, fn: () => round(((((guide.low + guide.high) / 2) * revision) / capexFY) * (1 + gpu.perfGainAnnual) - 1, 4) }
          : { note: `neither ${prevFY} purchases nor FY${year + 1} guidance are in the data: 50% a year, illustrative`, fn: () => 0.5, kind: "illustrative" },
      ),
      longRunGrowthAnnual: assumed("demand.longRunGrowthAnnual", 0.3, "compute demand growth fades toward 30% a year (still faster than the price of compute falls)"),
      fadeQuarters: assumed("demand.fadeQuarters", 8, "half of the excess over the long run fades in two years"),
      expectationSpeed: assumed("demand.expectationSpeed", 0.25, "adaptive expectations: a quarter of the surprise is taken in each quarter"),
      shocks: [],
    },
    investment: {
      leadQuarters: assumed("investment.leadQuarters", 4, "a year from order to service", "estimated"),
      headroom: assumed("investment.headroom", 0.05, "spare capacity planned"),
      adjustmentSpeed: assumed("investment.adjustmentSpeed", 0.3, "partial adjustment: 30% of the gap closed a quarter"),
      hurdleSpread: assumed("investment.hurdleSpread", 0, "the company builds for its own products, for strategy as much as return: its plan follows demand, not a hurdle"),
      guidanceAnnual: guide ? round(((guide.low + guide.high) / 2) * revision) : runRate,
    },
    gpu,
    leases: {
      operatingLiability: round(opLease),
      financeLiability: round(finLease),
      remainingTermQuarters: Math.round(leaseYears * 4),
      discountAnnual: round(leaseRate),
      commitments: round(commitments),
      commencementQuarters: assumed("leases.commencementQuarters", 8, "about two years from signing to a data centre handed over"),
      termQuarters: assumed("leases.termQuarters", Math.round(leaseYears * 4), "the weighted average remaining term of the leases in place (the only term the lease note gives): operating leases under ASC 842's 75%-of-life test, as hyperscalers classify their data-centre leases", "estimated"),
      shellShare: judged("leases.shellShare", o.shellShare, "illustrative"),
      rentYieldAnnual: assumed("leases.rentYieldAnnual", 0.09, "data-centre rents of about 9% of the build cost a year"),
    },
    financing: { campusShare, gpuShare: judged("financing.gpuShare", o.gpuShare) },
    rates: { baseAnnual: round(baseRate), shocks: [] },
    credit: { freezePremiumAnnual: assumed("credit.freezePremiumAnnual", 0.05, "penalty spread on emergency borrowing"), shocks: [] },
    spv: {
      dscrCovenant: assumed("spv.dscrCovenant", 1.2, "minimum DSCR covenants 1.10–1.25× (FACTS F)", "estimated"),
      sizingDscr: assumed("spv.sizingDscr", 1.3, "contracted cash flows sized at 1.20–1.30× (FACTS F)", "estimated"),
      spreadAnnual: assumed("spv.spreadAnnual", 0.0225, "~225bp over Treasuries (Beignet, FACTS A)", "estimated"),
      debtTermQuarters: assumed("spv.debtTermQuarters", 80, "Beignet's bonds are due 2049: about twenty years from completion in 2029", "estimated"),
      equityShare: vehicle ? assumed("spv.equityShare", round(vehicleEquity / (vehicleDebt + vehicleEquity)), "Beignet's equity ÷ its debt and equity", "estimated") : assumed("spv.equityShare", 0.08, "about 8% equity, as in Hyperion (FACTS A)", "estimated"),
      programQuarters: assumed("spv.programQuarters", 8, "one campus every two years"),
      buildQuarters: assumed("spv.buildQuarters", 16, "Hyperion: financed Oct 2025, completion 2029 (FACTS A)", "estimated"),
      leaseTermQuarters: assumed("spv.leaseTermQuarters", 16, "4-year initial lease term (Hyperion, FACTS A)", "estimated"),
      renewalTermQuarters: assumed("spv.renewalTermQuarters", 4, "yearly extensions"),
      renewalUtilisation: assumed("spv.renewalUtilisation", 0.8, "the sponsor renews only when it needs the capacity"),
      leaseVariableShare: assumed("spv.leaseVariableShare", 0.35, "share of rent tied to use; Hyperion's lease terms are not public"),
      rvgCapShare: assumed("spv.rvgCapShare", 0.5, "the RVG cap amount is not public"),
      vacantValueShare: assumed("spv.vacantValueShare", 0.4, "resale value of a vacated special-purpose campus"),
      curePeriodQuarters: assumed("spv.curePeriodQuarters", 2, "quarters of breach before lenders call the sponsor"),
      floatingShare: assumed("spv.floatingShare", 0, "campus vehicles financed with fixed-rate bonds, as Beignet's (6.58%, due 2049; FACTS A); bank-financed campuses float (Oracle–Vantage SOFR+250): set it for those", "estimated"),
      hedgedShare: assumed("spv.hedgedShare", 0, "nothing floats, nothing to hedge"),
      bulletShare: assumed("spv.bulletShare", 0, "campus bonds amortise from completion"),
      maturityQuarters: assumed("spv.maturityQuarters", 80, "bonds due about twenty years after completion (Beignet: 2049; FACTS A)", "estimated"),
      extensions: assumed("spv.extensions", 0, "bonds have no extension options (Beignet; FACTS A)", "estimated"),
      extensionQuarters: assumed("spv.extensionQuarters", 4, "a year per extension, as bank mini-perms give (Oracle–Vantage: 4 years + 1 + 1; FACTS J)", "estimated"),
      cooldownQuarters: assumed("spv.cooldownQuarters", 8, "lenders fund no new vehicle of a kind for two years after one failed"),
      stepIn: o.stepIn[0],
      opening: {
        debt: round(vehicleDebt),
        equity: round(vehicleEquity),
        couponAnnual: round(vehicleCoupon),
        completionQuarter: completion.quarter,
      },
    },
    gpuSpv: {
      spreadAnnual: assumed("gpuSpv.spreadAnnual", 0.045, "GPU-backed private credit prices far above investment grade (FACTS B)", "estimated"),
      equityShare: assumed("gpuSpv.equityShare", 0.375, "xAI's GPU vehicle: $7.5B equity of $20B (FACTS B)", "estimated"),
      leaseTermQuarters: assumed("gpuSpv.leaseTermQuarters", 20, "GPUs leased for about five years (xAI, FACTS B)", "estimated"),
      floatingShare: assumed("gpuSpv.floatingShare", 1, "GPU-backed private credit floats over SOFR (CoreWeave's delayed-draw loans SOFR+225 to +450; FACTS B)", "estimated"),
      hedgedShare: assumed("gpuSpv.hedgedShare", 0.5, "about half of floating exposure swapped, a common lender requirement; not disclosed"),
      maxLtv: assumed("gpuSpv.maxLtv", 0.8, "GPU-backed loans advance about 70–80% of the GPUs' value; a test at 80%"),
      vendorShare: assumed("gpuSpv.vendorShare", 0, "no vendor financing in the company's purchases"),
      passThroughShare: assumed("gpuSpv.passThroughShare", 0, "a fixed rent on a GPU lease, as in an operating lessor's quote: the vehicle's lenders bear its floating rate"),
    },
  };
  provenance["spv.stepIn"] = { kind: "illustrative", note: o.stepIn[1] };
  return { id, company, opening, scenario, provenance, reads: r.reads };
}

/** Last day of a calendar quarter label. */
function quarterEndDate(label: string): string {
  const y = label.slice(0, 4);
  return { "1": `${y}-03-31`, "2": `${y}-06-30`, "3": `${y}-09-30`, "4": `${y}-12-31` }[label.slice(5)]!;
}
