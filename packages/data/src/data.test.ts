import { describe, expect, it } from "vitest";
import {
  calibrationData,
  capexGuidance,
  checkData,
  companyRows,
  companyValue,
  deals,
  knownOn,
  notesLadder,
  parseRow,
  tables,
  toCsv,
  urlProblem,
} from "./index.js";

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

describe("the tables", () => {
  it("parse against their schemas", () => {
    const t = tables();
    expect(t.companies.length).toBeGreaterThan(100);
    expect(t.deals.length).toBeGreaterThan(0);
  });

  it("pass every data:check rule", () => {
    const report = checkData();
    expect(report.errors).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it("give Meta's FY2025 quarterly revenue, summing to the annual figure within rounding", () => {
    const quarters = companyRows({ company: "meta", item: "revenue", from: "2025Q1", to: "2025Q4", periodKind: "quarter" });
    expect(quarters.map((r) => r.period)).toEqual(["2025Q1", "2025Q2", "2025Q3", "2025Q4"]);
    expect(sum(quarters.map((r) => r.value))).toBeCloseTo(companyValue("meta", "revenue", "FY2025") ?? Number.NaN, 2);
  });

  it("give Meta's FY2025 D&A, net income and operating income consistent with their quarters", () => {
    for (const item of ["depreciationAmortisation", "netIncome", "operatingIncome"] as const) {
      const q = companyRows({ company: "meta", item, from: "2025Q1", to: "2025Q4", periodKind: "quarter" });
      expect(q).toHaveLength(4);
      expect(Math.abs(sum(q.map((r) => r.value)) - (companyValue("meta", item, "FY2025") ?? 0))).toBeLessThan(0.05);
    }
  });

  it("give Meta's 2025 operating cash flow and costs and expenses by quarter, summing to the year", () => {
    for (const item of ["operatingCashFlow", "costsAndExpenses"] as const) {
      const q = companyRows({ company: "meta", item, from: "2025Q1", to: "2025Q4", periodKind: "quarter" });
      expect(new Set(q.map((r) => r.period))).toEqual(new Set(["2025Q1", "2025Q2", "2025Q3", "2025Q4"]));
      const best = ["2025Q1", "2025Q2", "2025Q3", "2025Q4"].map((p) => companyValue("meta", item, p) ?? Number.NaN);
      expect(Math.abs(sum(best) - (companyValue("meta", item, "FY2025") ?? 0))).toBeLessThan(0.05);
    }
    expect(companyValue("meta", "costsAndExpenses", "FY2025")).toBe(117.69);
  });

  it("hold the lease schedule of the FY2025 10-K, which discounts to the liabilities", () => {
    const years = ["2026", "2027", "2028", "2029", "2030", "thereafter"];
    const op = years.map((bucket) => companyValue("meta", "operatingLeasePayments", "2025Q4", { bucket }) ?? 0);
    expect(sum(op)).toBeCloseTo(33.508, 3);
    expect(33.508 - (companyValue("meta", "operatingLeasePayments", "2025Q4", { bucket: "imputedInterest" }) ?? 0)).toBeCloseTo(
      companyValue("meta", "operatingLeaseLiabilities", "2025Q4") ?? 0,
      3,
    );
    expect(companyValue("meta", "leasesNotCommenced", "2025Q4")).toBe(103.77);
  });

  it("give the depreciation of property and equipment for 2022-2025 from the 10-K notes", () => {
    expect(["FY2022", "FY2023", "FY2024", "FY2025"].map((p) => companyValue("meta", "depreciationPropertyEquipment", p))).toEqual([
      8.5, 11.02, 15.29, 18,
    ]);
  });
});

describe("no look-ahead", () => {
  it("lets meta-2024 read only periods to 31 Dec 2024 and the guidance given with those results", () => {
    const d = calibrationData("meta", "2024-12-31");
    expect(d.companies.every((r) => r.periodEnd <= "2024-12-31")).toBe(true);
    expect(d.resultsPublished).toBe("2025-01-29");
    const byItem = (g: { item: string; forPeriod: string }) => `${g.item} ${g.forPeriod}`;
    expect(d.guidance.map((g) => [g.item, g.forPeriod, g.low, g.high]).sort((a, b) => byItem({ item: String(a[0]), forPeriod: String(a[1]) }).localeCompare(byItem({ item: String(b[0]), forPeriod: String(b[1]) })))).toEqual([
      ["capexGuidance", "FY2024", 30, 37],
      ["capexGuidance", "FY2025", 60, 65],
      ["serverUsefulLifeYears", "FY2025", 5.5, 5.5],
      ["totalExpensesGuidance", "FY2025", 114, 119],
    ]);
    expect(d.guidance.every((g) => g.published <= "2025-01-29")).toBe(true);
  });

  it("lets meta read the FY2026 guidance given with the FY2025 results", () => {
    const d = calibrationData("meta", "2025-12-31");
    expect(d.resultsPublished).toBe("2026-01-28");
    expect(d.guidance.filter((g) => g.forPeriod === "FY2026").map((g) => [g.item, g.low, g.high])).toEqual([
      ["capexGuidance", 115, 135],
      ["totalExpensesGuidance", 162, 169],
    ]);
  });

  it("hides rows whose source was published after the as-of date", () => {
    expect(companyValue("meta", "revenue", "FY2025", { asOf: "2025-12-31" })).toBeUndefined();
    expect(knownOn("2025-01-28").guidance.filter((g) => g.company === "meta" && g.forPeriod === "FY2025")).toEqual([]);
    expect(capexGuidance("meta", { publishedOnOrBefore: "2025-04-30" }).map((g) => g.high)).toEqual([37, 65, 72]);
  });
});

describe("deals", () => {
  it("hold Meta's October 2025 bond in six tranches summing to $30bn", () => {
    const bond = deals({ sponsor: "meta" }).find((d) => d.id === "meta-bond-2025-10");
    expect(bond?.tranches).toHaveLength(6);
    expect(sum((bond?.tranches ?? []).map((t) => t.amount ?? 0))).toBeCloseTo(30, 9);
  });

  it("build a notes ladder matching the carrying amounts of long-term debt", () => {
    expect(sum(notesLadder("meta", "2024-12-31").map((n) => n.amount))).toBeCloseTo(29, 9);
    expect(sum(notesLadder("meta", "2025-12-31").map((n) => n.amount))).toBeCloseTo(59, 9);
    expect(notesLadder("meta", "2025-12-31")[0]).toEqual({ dealId: "meta-bond-2022-08", amount: 2.75, couponAnnual: 0.035, maturity: "2027" });
  });
});

describe("validation", () => {
  it("refuses proxies, satire and plain http", () => {
    expect(urlProblem("https://www.sec.gov/Archives/edgar/data/1326801/000162828026003942/R16.htm")).toBeUndefined();
    expect(urlProblem("https://www.learndenglisch.com/proxies?url=https%3A%2F%2Fwww.ft.com")).toMatchInlineSnapshot(
      `"banned host learndenglisch.com (satire or proxy)"`,
    );
    expect(urlProblem("https://memedata.com/post/84745")).toMatchInlineSnapshot(`"banned host memedata.com (satire or proxy)"`);
    expect(urlProblem("https://example.org/view?u=https%3A%2F%2Fft.com%2Fx")).toMatchInlineSnapshot(`"a page wrapping another URL (proxy)"`);
    expect(urlProblem("http://www.sec.gov/")).toMatchInlineSnapshot(`"not https"`);
  });

  it("names each problem of a malformed row", () => {
    const result = parseRow({
      table: "company",
      company: "meta",
      item: "revenue",
      period: "2025-Q4",
      fiscalPeriod: "Q4",
      periodEnd: "2025-12-32",
      value: 1,
      unit: "USD bn",
      source: { url: "https://example.org", title: "t", publisher: "p", published: "2026-01-28" },
      confidence: "primary",
      quote: "x".repeat(201),
    });
    expect(result.ok ? [] : result.problems).toMatchInlineSnapshot(`
      [
        "period: a period label like 2025Q4 or FY2025",
        "periodEnd: a real calendar date",
        "quote: a quote of at most 200 characters",
      ]
    `);
  });
});

describe("exports", () => {
  it("write one CSV record per row with a header, quoting cells that hold commas, quotes or line breaks", () => {
    const records = csvRecords(toCsv("companies"));
    expect(records).toHaveLength(tables().companies.length + 1);
    expect(records[0]?.slice(0, 8)).toEqual(["company", "item", "period", "fiscalPeriod", "periodEnd", "bucket", "value", "unit"]);
    expect(records.every((r) => r.length === records[0]?.length)).toBe(true);
  });
});

/** A small RFC 4180 reader, enough to count records and cells. */
function csvRecords(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      record.push(cell);
      cell = "";
    } else if (ch === "\n") {
      record.push(cell);
      records.push(record);
      record = [];
      cell = "";
    } else cell += ch;
  }
  return records;
}
