// Meta's presets from its filings (MODEL.md, "Calibration"): `meta-2024` opens on 31 Dec 2024 from the FY2024
// 10-K and results, `meta` on 31 Dec 2025 from the FY2025 ones. Every sourced parameter is computed here from
// rows of @aidebt/data that are about periods ending on or before the opening (or guidance given with those
// results); the reader records each row, and a test checks their dates. Parameters no filing states are
// illustrative or estimated, and say so.
import type { Scenario } from "../src/scenario.js";
import { annuityFactor } from "../src/engine/lease-book.js";
import { serverVintages } from "../src/engine/server-vintages.js";
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
  opening: string;
  scenario: Scenario;
  provenance: Record<string, CalibratedProvenance>;
  reads: DataRead[];
}

const round = (x: number, digits = 6): number => Number(x.toPrecision(digits));

/** Quarter label of the quarter after an ISO date at a quarter end. */
function quarterAfter(opening: string): string {
  const year = Number(opening.slice(0, 4));
  const month = Number(opening.slice(5, 7));
  const q = Math.ceil(month / 3);
  return q === 4 ? `${year + 1}Q1` : `${year}Q${q + 1}`;
}

/**
 * Calibrate a Meta preset opening on `opening` (the last day of a fiscal year).
 *
 * @param opening - "2024-12-31" (meta-2024) or "2025-12-31" (meta)
 */
export function calibrateMeta(id: string, opening: string): Calibration {
  const r = new Reader("meta", opening);
  const year = Number(opening.slice(0, 4));
  const FY = `FY${year}`;
  const prevFY = `FY${year - 1}`;
  const lastQ = `${year}Q4`;
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

  // revenue: the last fiscal year, grown at its trailing growth to the first quarter's run-rate
  const revenueFY = r.value("revenue", FY);
  const growth = sourced("core.growthAnnual", `trailing revenue growth, ${prevFY} to ${FY}`, () => revenueFY / r.value("revenue", prevFY) - 1);
  let weights = 0;
  for (let k = 1; k <= 4; k++) weights += Math.pow(1 + growth, -k / 4);
  const revenueAnnual = sourced("sponsor.revenueAnnual", `${FY} revenue grown at the trailing growth to the first quarter's run-rate (×4)`, () => (4 * r.value("revenue", FY)) / weights);

  // the fleet, from the property and equipment note
  const serversGross = sourced("fleet.serversGross", `servers and network assets at cost, ${opening}`, () => r.value("ppeGrossServersNetwork", lastQ));
  const serversDepreciation = sourced("fleet.serversDepreciation", `depreciation of servers and network assets, ${FY}`, () => r.value("depreciationServersNetwork", FY));
  const lifeYears = (): number => (r.guidance("serverUsefulLifeYears", `FY${year + 1}`) ?? r.guidance("serverUsefulLifeYears", "FY2025"))?.low ?? Number.NaN;
  const bookLife = sourced("gpu.bookLifeQuarters", "5.5-year server life from 1 Jan 2025, announced with the FY2024 results", () => Math.round(lifeYears() * 4));
  const priorLife =
    year <= 2024
      ? assumed("fleet.priorServerLifeQuarters", 20, "five years: Meta depreciated servers and network assets over 4–5 years before 2025 (five since Q4 2022)", "estimated")
      : sourced("fleet.priorServerLifeQuarters", "5.5 years from 1 Jan 2025", () => Math.round(lifeYears() * 4));
  const netPpe = sourced("fleet.netPpe", `property and equipment, net, ${opening}`, () => r.value("propertyAndEquipmentNet", lastQ));
  const land = sourced("fleet.land", `land, ${opening}`, () => r.value("ppeGrossLand", lastQ));
  const otherDepreciation = sourced("fleet.otherDepreciation", `depreciation of property and equipment other than servers, ${FY}`, () => r.value("depreciationPropertyEquipment", FY) - serversDepreciation);

  // the illustrative physics of the AI business (shared with every Meta preset)
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
  // Meta's own book life says its servers serve 5.5 years: after their training life, the rest is inference
  gpu.inferenceLifeQuarters = assumed("gpu.inferenceLifeQuarters", Math.max(0, bookLife - gpu.economicLifeQuarters), "the company's book life less the training life: GPUs superseded for training serve inference until the end of their book life", "estimated");
  const opexPerGw = assumed("ai.opexAnnualPerGw", 1.5, "1 GW × 8,760 h × ~$60/MWh ≈ $0.5B of power, plus operations", "estimated");
  const aiShare = assumed("ai.revenueShare", 0.1, "AI-attributable revenue is not disclosed; most of the fleet serves ranking and ads, counted as core");

  // leases in place, from the lease note
  const opLease = sourced("leases.operatingLiability", `operating lease liabilities, current and non-current, ${opening}`, () => r.value("operatingLeaseLiabilities", lastQ));
  const finLease = r.maybe("financeLeaseLiabilities", lastQ) ?? 0;
  provenance["leases.financeLiability"] = finLease > 0 ? { kind: "sourced", note: `finance lease liabilities, ${opening}`, reads: r.reads.slice(-1) } : { kind: "illustrative", note: `not in the data for ${opening}: left out` };
  const leaseYears = sourced("leases.remainingTermQuarters", `weighted average remaining term of operating leases, ${opening}`, () => r.value("leaseTermOperatingYears", lastQ));
  const leaseRate = sourced("leases.discountAnnual", `weighted average discount rate of operating leases, ${opening}`, () => r.value("leaseDiscountRateOperating", lastQ) / 100);
  const commitments = sourced("leases.commitments", "leases signed, not yet commenced (the latest lease note at or before the opening)", () => r.latest("leasesNotCommenced", [lastQ, `${year}Q3`]).value);

  // the core's margin: the FY EBITDA margin, with the engine's opening AI costs and rent taken out of the core's costs
  const ebitdaFY = r.value("operatingIncome", FY) + r.value("depreciationAmortisation", FY);
  const marginTotal = ebitdaFY / revenueFY;
  let gw = 0;
  for (const v of serverVintages(serversGross, serversDepreciation, priorLife)) if (v.net > 0) gw += v.cost / (gpu.costPerGw * gpu.costShare);
  const rentQ = opLease > 0 ? opLease / annuityFactor(Math.round(leaseYears * 4), leaseRate / 4) : 0;
  const revenueQ = revenueAnnual / 4;
  const coreCosts = revenueQ * (1 - marginTotal) - (opexPerGw / 4) * gw - rentQ;
  const ebitdaMargin = sourced("core.ebitdaMargin", `${FY} (operating income + D&A) ÷ revenue, with the model's opening AI power costs and rent moved out of the core's costs`, () => {
    r.value("operatingIncome", FY);
    r.value("depreciationAmortisation", FY);
    return 1 - coreCosts / (revenueQ * (1 - aiShare));
  });

  const ocf = r.value("operatingCashFlow", FY);
  const tax = r.value("incomeTax", FY);
  const pretaxPrev = r.value("netIncome", "FY2024") + r.value("incomeTax", "FY2024");
  const taxRate = sourced("sponsor.taxRate", "FY2024 effective tax rate (FY2025's 30% carries a one-time, non-cash valuation-allowance charge)", () => r.value("incomeTax", "FY2024") / pretaxPrev);
  // tax at that rate, so that a one-time non-cash charge does not read as cash
  const cashTax = taxRate * (r.value("netIncome", FY) + tax);
  const nonCash = sourced("core.nonCashShare", `${FY} operating cash flow less (EBITDA − tax at the rate above), over revenue: share-based pay and working capital`, () => {
    r.value("operatingCashFlow", FY);
    return Math.max(0, (ocf - (ebitdaFY - cashTax)) / revenueFY);
  });
  const capexFY = r.value("capex", FY);
  const buybacks = r.maybe("shareRepurchases", FY) ?? [1, 2, 3, 4].reduce((s, k) => s + r.value("shareRepurchases", `${year}Q${k}`), 0);
  const payoutShare = sourced("treasury.payoutShare", `${FY} buybacks and dividends ÷ free cash flow (operating cash flow − capex)`, () => (buybacks + r.value("dividends", FY)) / (ocf - capexFY));
  const otherOutflow = sourced("treasury.otherOutflowShare", "taxes paid on net share settlement of equity awards ÷ revenue (latest fiscal year in the data)", () => {
    const t = r.latest("taxesOnShareSettlement", [FY, prevFY]);
    return t.value / r.value("revenue", t.period);
  });

  // cash, debt and the rest of the balance sheet
  const cash = sourced("sponsor.cash", `cash, cash equivalents and marketable securities, ${opening}`, () => r.value("cashAndSecurities", lastQ));
  const bonds = sourced("sponsor.bonds", `long-term debt, ${opening}`, () => r.value("longTermDebt", lastQ));
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
  const ladderRows = r.reads.slice(ladderReads);
  provenance["sponsor.bondCouponAnnual"] = { kind: "sourced", note: "weighted average coupon of the notes outstanding (Meta's 8-Ks)", reads: ladderRows };
  provenance["sponsor.bondMaturityQuarters"] = { kind: "estimated", note: "the notes' weighted average remaining maturity, spread evenly over twice that", reads: ladderRows };
  provenance["sponsor.newBondTermQuarters"] = { kind: "sourced", note: "weighted average term of the latest issue's tranches", reads: ladderRows };
  provenance["treasury.minIssue"] = { kind: "sourced", note: "size of the latest bond issue (Meta issues in benchmark blocks)", reads: ladderRows };
  const totalAssets = r.value("totalAssets", lastQ);
  const totalLiabilities = r.value("totalLiabilities", lastQ);
  const otherAssets = sourced("sponsor.otherAssets", `total assets − cash and securities − property and equipment − operating right-of-use (taken as the lease liability), ${opening}`, () => {
    r.value("totalAssets", lastQ);
    return Math.max(0, totalAssets - cash - netPpe - opLease - finLease);
  }, "estimated");
  const otherLiabilities = sourced("sponsor.otherLiabilities", `total liabilities − long-term debt − lease liabilities, ${opening}`, () => {
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
  provenance["investment.guidanceAnnual"] = {
    kind: "sourced",
    note: firstPrev
      ? `midpoint of the FY${year + 1} capex guidance given with the ${FY} results, × ${round(revision, 3)}: ${FY}'s capex over the midpoint of its first guidance (finance-lease principal included)`
      : `midpoint of the FY${year + 1} capex guidance given with the ${FY} results (finance-lease principal included)`,
    reads: r.reads.slice(guidanceReads),
  };

  // the campus vehicle in place at the opening (Hyperion / Beignet for `meta`; none at end-2024)
  const campus = r.deals((d) => d.structure === "jv" && d.instrument === "bond");
  const equityRow = r.deals((d) => d.structure === "jv" && d.instrument === "equity" && (d.amount ?? 0) < 10);
  const vehicle = campus[0];
  const vehicleDebt = vehicle?.amount ?? 0;
  const vehicleEquity = vehicle ? (equityRow[0]?.amount ?? 0) : 0;
  const vehicleCoupon = vehicle && vehicle.rate.kind === "fixed" && typeof vehicle.rate.couponAnnual === "number" ? vehicle.rate.couponAnnual : 0;
  const vehicleReads = r.reads.filter((x) => x.table === "deal" && x.what.includes("beignet"));
  for (const p of ["spv.opening.debt", "spv.opening.equity", "spv.opening.couponAnnual"]) {
    provenance[p] = vehicle ? { kind: "sourced", note: "Beignet Investor LLC (Hyperion): bonds, equity and coupon", reads: vehicleReads } : { kind: "sourced", note: `no vehicle of Meta's was public by ${opening}` };
  }
  const campusShare = vehicle
    ? assumed("financing.campusShare", round((vehicleDebt + vehicleEquity) / ((vehicleDebt + vehicleEquity) + capexFY * (1 - gpu.costShare))), `Hyperion's cost against ${FY}'s own non-server capex (capex × (1 − GPU share)) plus it`, "estimated")
    : assumed("financing.campusShare", 0, `no vehicle of Meta's was public by ${opening}; the article's premise is not a calibration`, "estimated");

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
      bondCouponAnnual: round(amount > 0 ? coupon / amount : 0.045),
      bondMaturityQuarters: Math.max(1, Math.round((amount > 0 ? years / amount : 15) * 4 * 2)),
      newBondTermQuarters: Math.max(4, Math.round(lastTerm * 4)),
      bondSpreadAnnual: assumed("sponsor.bondSpreadAnnual", 0.009, "about 140bp at the long end of Meta's Oct 2025 issue, less on short tranches (FACTS A)", "estimated"),
      spreadPerLeverage: assumed("sponsor.spreadPerLeverage", 0.01, "spread widening per turn of adjusted leverage"),
      leverageThreshold: assumed("sponsor.leverageThreshold", 2, "adjusted debt/EBITDAR where spreads start widening"),
      maxLeverage: assumed("sponsor.maxLeverage", 6, "beyond about 6× adjusted debt/EBITDAR (S&P's 'highly leveraged') new lending stops"),
      taxRate: round(taxRate),
    },
    core: {
      growthAnnual: round(growth),
      longRunGrowthAnnual: assumed("core.longRunGrowthAnnual", 0.07, "growth fades toward about 7% a year: digital advertising growing a little faster than nominal GDP"),
      fadeQuarters: assumed("core.fadeQuarters", 12, "half of the excess over the long-run rate fades in three years"),
      aiUpliftAnnual: assumed("core.aiUpliftAnnual", 0, "the trailing growth already holds AI's uplift of ads; set it to model more"),
      ebitdaMargin: round(ebitdaMargin),
      fixedCostShare: assumed("core.fixedCostShare", 0.6, "most of a platform's costs (staff, infrastructure) are fixed in the short run"),
      costAdjustQuarters: assumed("core.costAdjustQuarters", 6, "about eighteen months to cut fixed costs after a lasting fall (Meta's 2022–23 'year of efficiency')"),
      nonCashShare: round(nonCash),
      demandSensitivity: assumed("core.demandSensitivity", 0.5, "how much an AI-demand level shock also hits ads (consumers spend less)"),
      shocks: [],
    },
    treasury: {
      liquidityQuarters: sourced("treasury.liquidityQuarters", `cash and securities at the opening ÷ the last quarter's capex (quarters of capex held)`, () => round(cash / r.value("capex", lastQ), 3), "estimated"),
      prefundQuarters: assumed("treasury.prefundQuarters", 4, "a year of planned spending funded ahead"),
      minIssue: round(lastIssue || 10),
      payoutShare: round(payoutShare),
      otherOutflowShare: round(otherOutflow),
      cashFloor: assumed("treasury.cashFloor", 20, "cash below which a treasurer borrows at any price"),
    },
    ai: {
      revenueShare: aiShare,
      priceDeclineAnnual: assumed("ai.priceDeclineAnnual", 0.25, "price per unit of compute falls as each generation lowers cost"),
      opexAnnualPerGw: opexPerGw,
      anchorTenantShare: assumed("ai.anchorTenantShare", 0, "Meta's AI serves its own apps and advertisers: no customer it depends on"),
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
      lastYearCapex: sourced("fleet.lastYearCapex", `capex ${FY}, finance-lease principal included`, () => round(r.value("capex", FY))),
    },
    demand: {
      aiGrowthAnnual: sourced("demand.aiGrowthAnnual", `compute demand growth implied by ${FY}'s growth of purchases of property and equipment and the yearly gain in compute per GW: (1 + capex growth)(1 + perf gain) − 1`, () => round((r.value("purchasesOfPropertyAndEquipment", FY) / r.value("purchasesOfPropertyAndEquipment", prevFY)) * (1 + gpu.perfGainAnnual) - 1, 4), "estimated"),
      longRunGrowthAnnual: assumed("demand.longRunGrowthAnnual", 0.3, "compute demand growth fades toward 30% a year (still faster than the price of compute falls)"),
      fadeQuarters: assumed("demand.fadeQuarters", 8, "half of the excess over the long run fades in two years"),
      expectationSpeed: assumed("demand.expectationSpeed", 0.25, "adaptive expectations: a quarter of the surprise is taken in each quarter"),
      shocks: [],
    },
    investment: {
      leadQuarters: assumed("investment.leadQuarters", 4, "a year from order to service", "estimated"),
      headroom: assumed("investment.headroom", 0.05, "spare capacity planned"),
      adjustmentSpeed: assumed("investment.adjustmentSpeed", 0.3, "partial adjustment: 30% of the gap closed a quarter"),
      guidanceAnnual: guide ? round(((guide.low + guide.high) / 2) * revision) : 0,
    },
    gpu,
    leases: {
      operatingLiability: round(opLease),
      financeLiability: round(finLease),
      remainingTermQuarters: Math.round(leaseYears * 4),
      discountAnnual: round(leaseRate),
      commitments: round(commitments),
      commencementQuarters: assumed("leases.commencementQuarters", 8, "about two years from signing to a data centre handed over"),
      termQuarters: assumed("leases.termQuarters", Math.round(leaseYears * 4), "the weighted average remaining term of the leases in place (the only term the lease note gives): operating leases under ASC 842's 75%-of-life test, as Meta classifies its data-centre leases", "estimated"),
      shellShare: assumed("leases.shellShare", 0.2, "share of new data-centre space leased from third parties"),
      rentYieldAnnual: assumed("leases.rentYieldAnnual", 0.09, "data-centre rents of about 9% of the build cost a year"),
    },
    financing: { campusShare, gpuShare: assumed("financing.gpuShare", 0, "Meta leases no GPUs from vehicles", "estimated") },
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
      floatingShare: assumed("spv.floatingShare", 0, "Beignet's bonds are fixed-rate (6.58%, due 2049; FACTS A)", "estimated"),
      hedgedShare: assumed("spv.hedgedShare", 0, "nothing floats, nothing to hedge"),
      bulletShare: assumed("spv.bulletShare", 0, "campus bonds amortise from completion"),
      maturityQuarters: assumed("spv.maturityQuarters", 80, "Beignet's bonds are due 2049, about twenty years from completion (FACTS A)", "estimated"),
      cooldownQuarters: assumed("spv.cooldownQuarters", 8, "lenders fund no new vehicle of a kind for two years after one failed"),
      stepIn: true,
      opening: {
        debt: round(vehicleDebt),
        equity: round(vehicleEquity),
        couponAnnual: round(vehicleCoupon),
        completionQuarter: assumedLabel(provenance, vehicle ? "2029Q4" : quarterAfter(opening)),
      },
    },
    gpuSpv: {
      spreadAnnual: assumed("gpuSpv.spreadAnnual", 0.045, "GPU-backed private credit prices far above investment grade (FACTS B)", "estimated"),
      equityShare: assumed("gpuSpv.equityShare", 0.375, "xAI's GPU vehicle: $7.5B equity of $20B (FACTS B)", "estimated"),
      leaseTermQuarters: assumed("gpuSpv.leaseTermQuarters", 20, "GPUs leased for about five years (xAI, FACTS B)", "estimated"),
      floatingShare: assumed("gpuSpv.floatingShare", 1, "GPU-backed private credit floats over SOFR (CoreWeave's delayed-draw loans SOFR+225 to +450; FACTS B)", "estimated"),
      hedgedShare: assumed("gpuSpv.hedgedShare", 0.5, "about half of floating exposure swapped, a common covenant requirement; not disclosed"),
      maxLtv: assumed("gpuSpv.maxLtv", 0.8, "GPU-backed loans advance about 70–80% of the GPUs' value; a test at 80%"),
      vendorShare: assumed("gpuSpv.vendorShare", 0, "no vendor financing in Meta's purchases"),
    },
  };
  provenance["spv.stepIn"] = { kind: "illustrative", note: "Meta would step in rather than let its campus's lenders enforce" };
  return { id, opening, scenario, provenance, reads: r.reads };
}

function assumedLabel(provenance: Record<string, CalibratedProvenance>, label: string): string {
  provenance["spv.opening.completionQuarter"] = { kind: "estimated", note: "Hyperion's campus completes in 2029 (FACTS A)" };
  return label;
}
