// The "one year on" page, built: both languages, the as-of date, each tracker figure's table against the rows
// of @aidebt/data and the model's backtests, https source links, and an axe scan.
import { COMPANIES, SERIES_IDS, capexGuidance, companyRows, deals, series, tables, type CompanyItem } from "@aidebt/data";
import { actualsFor, backtest, presets } from "@aidebt/model";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, openPage, seriousViolations } from "./helpers";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** The latest date the data carry (a month counts as its last day). */
function latestDate(): string {
  const t = tables();
  const day = (d: string) => (d.length === 7 ? new Date(Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)), 0)).toISOString().slice(0, 10) : d);
  const all = [
    ...t.companies.map((r) => r.source.published),
    ...t.guidance.flatMap((r) => [r.published, r.source.published]),
    ...t.deals.flatMap((r) => [r.date, r.source.published]),
    ...t.series.flatMap((r) => [r.date, r.source.published]),
    ...t.aggregates.flatMap((r) => [r.asOf, r.source.published]),
  ].map(day);
  return all.sort().at(-1) ?? "";
}

const uniqueCount = (keys: string[]) => new Set(keys).size;
const quarterly = (item: CompanyItem, from?: string) =>
  companyRows({ item, periodKind: "quarter", ...(from ? { from } : {}) }).filter((r) => r.bucket === undefined);

/** What each tracker table must list, from the data and the model directly. */
const expected = {
  capex: uniqueCount(quarterly("capex", "2024Q4").map((r) => `${r.company} ${r.period}`)) + COMPANIES.reduce((n, c) => n + capexGuidance(c).length, 0),
  bonds: deals({ from: "2024Q4" })
    .filter((d) => d.structure === "on-balance" && (d.instrument === "bond" || d.instrument === "notes"))
    .map((d) => d.id),
  vehicles: deals()
    .filter((d) => d.structure !== "on-balance")
    .map((d) => d.id),
  leases: (["operatingLeaseLiabilities", "financeLeaseLiabilities", "leasesNotCommenced"] as const).reduce(
    (n, item) => n + uniqueCount(quarterly(item).map((r) => `${r.company} ${r.period}`)),
    0,
  ),
  gpu: SERIES_IDS.filter((id) => id.startsWith("h100")).reduce((n, id) => n + series(id).length, 0),
  backtest: presets.filter((p) => actualsFor(p.id).length > 0).reduce((n, p) => n + backtest(p.id).rows.filter((r) => r.period.startsWith("FY")).length, 0),
};

async function tableRows(page: Page, id: string): Promise<string[][]> {
  return page.$$eval(`#tracker-${id} .data-table tbody tr`, (rows) => rows.map((tr) => [...tr.children].map((c) => c.textContent ?? "")));
}

describe.each([
  ["/one-year-on/", "ja"],
  ["/en/one-year-on/", "en"],
])("%s", (path, lang) => {
  it(`renders in <html lang=${lang}> with the as-of date at the top, every claim and every tracker figure`, async () => {
    const { page, problems, close } = await openPage(browser, baseUrl);
    await page.goto(`${baseUrl}${path}`, { waitUntil: "networkidle" });
    expect(await page.getAttribute("html", "lang")).toBe(lang);
    const asOf = latestDate();
    expect(await page.getAttribute(".as-of time", "datetime")).toBe(asOf);
    expect(await page.textContent(".as-of")).toContain(asOf);
    // the as-of line comes before the heading: the first thing a reader sees of the page
    expect(await page.$eval("main", (main) => main.querySelector(".as-of")?.compareDocumentPosition(main.querySelector("h1") as Node))).toBe(4);
    expect(await page.locator("section.claim").count()).toBe(6);
    for (const claim of await page.$$("section.claim")) {
      expect((await (await claim.$(".model-says"))?.textContent())?.length ?? 0).toBeGreaterThan(20);
    }
    expect(await page.$$eval("[data-tracker]", (nodes) => nodes.map((n) => n.getAttribute("data-tracker")))).toEqual(["capex", "bonds", "vehicles", "leases", "gpu", "backtest"]);
    // the navigation links the page, marked current
    expect(await page.getAttribute(`.site-nav a[href="${path}"]`, "aria-current")).toBe("page");
    expect(problems).toEqual([]);
    await close();
  });

  it("lists in each tracker table exactly the rows of the data", async () => {
    const { page, close } = await openPage(browser, baseUrl);
    await page.goto(`${baseUrl}${path}`, { waitUntil: "networkidle" });
    expect((await tableRows(page, "capex")).length).toBe(expected.capex);
    expect((await tableRows(page, "bonds")).map((r) => r[0])).toEqual(expected.bonds);
    expect((await tableRows(page, "vehicles")).map((r) => r[0])).toEqual(expected.vehicles);
    expect((await tableRows(page, "leases")).length).toBe(expected.leases);
    expect((await tableRows(page, "gpu")).length).toBe(expected.gpu);
    expect((await tableRows(page, "backtest")).length).toBe(expected.backtest);
    for (const id of ["capex", "bonds", "vehicles", "leases", "gpu", "backtest"]) {
      expect(await page.locator(`#tracker-${id} svg.chart`).count(), id).toBe(1);
      expect((await page.textContent(`#tracker-${id} figcaption`))?.trim().length ?? 0, id).toBeGreaterThan(20);
      expect(await page.locator(`#tracker-${id} .tracker-units`).count(), id).toBe(1);
    }
    await close();
  });

  it("links every source over https", async () => {
    const { page, close } = await openPage(browser, baseUrl);
    await page.goto(`${baseUrl}${path}`, { waitUntil: "networkidle" });
    const external = await page.$$eval("main a[href]", (links) => links.map((a) => a.getAttribute("href") ?? "").filter((h) => /^[a-z]+:/i.test(h)));
    expect(external.length).toBeGreaterThan(20);
    expect(external.filter((h) => !h.startsWith("https://"))).toEqual([]);
    await close();
  });

  it.each(["light", "dark"] as const)("passes axe-core with no serious violation in the %s theme", async (colorScheme) => {
    const { page, problems, close } = await openPage(browser, baseUrl, { colorScheme, reducedMotion: "reduce" });
    await page.goto(`${baseUrl}${path}`, { waitUntil: "networkidle" });
    await page.$$eval("details", (nodes) => nodes.forEach((n) => n.setAttribute("open", "")));
    const violations = await seriousViolations(page);
    expect(violations.map((v) => `${v.impact} ${v.id}: ${v.targets.join(" ")}`)).toEqual([]);
    expect(problems).toEqual([]);
    await close();
  });
});

describe("/one-year-on/ in Japanese", () => {
  // The English names a Japanese reader must not meet in the deals' figures: every issuer as the data write
  // it (unless its Japanese label is the same, as xAI's is) and the companies' names inside them.
  const english = [
    ...new Set(deals().flatMap((d) => (d.issuerJa === d.issuer ? [] : [d.issuer]))),
    ...["Meta", "Alphabet", "Amazon", "Oracle", "CoreWeave", "Blue Owl", "Crusoe", "Applied Digital", "Beignet", "Hyperion", "Nvidia"],
  ];

  it.each(["bonds", "vehicles"])("names no issuer in English in the %s figure, its caption or its table", async (id) => {
    const { page, close } = await openPage(browser, baseUrl);
    await page.goto(`${baseUrl}/one-year-on/`, { waitUntil: "networkidle" });
    // the chart (with its marks' tooltips), the caption and the data table; the source list names publishers
    const text = await page.$$eval(`#tracker-${id} svg.chart, #tracker-${id} figcaption, #tracker-${id} .data-table`, (nodes) => nodes.map((n) => n.textContent ?? "").join("\n"));
    expect(text.length).toBeGreaterThan(100);
    expect(english.filter((name) => text.includes(name))).toEqual([]);
    // and each mark's tooltip carries the issuer's Japanese name
    const tips = await page.$$eval(`#tracker-${id} svg.chart title`, (nodes) => nodes.map((n) => n.textContent ?? ""));
    const shown = new Set(deals().map((d) => d.issuerJa ?? ""));
    expect(tips.length).toBeGreaterThan(0);
    for (const tip of tips) expect([...shown].some((ja) => ja !== "" && tip.includes(ja)), tip).toBe(true);
    await close();
  });
});

describe("sitemap", () => {
  it("lists the page in both languages", async () => {
    const { page, close } = await openPage(browser, baseUrl);
    const sitemap = await (await page.request.get(`${baseUrl}/sitemap.xml`)).text();
    expect(sitemap).toContain("/one-year-on/</loc>");
    expect(sitemap).toContain("/en/one-year-on/</loc>");
    await close();
  });
});
