import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { RATIO_CAP, getPreset, simulateFast } from "@aidebt/model";
import { numberBox, openSimulator, sliderValue, summary } from "./simulator-helpers";

// Issue 17, the simulator: results that agree with themselves, values in the units beside them, messages
// where the reader is.

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await import("./helpers").then(({ launchBrowser }) => launchBrowser());
});
afterAll(async () => {
  await browser.close();
});

const base = getPreset("base")!.scenario;
const number = (text: string) => Number(text.replace(/,/g, ""));

async function runHeatMap(page: Page, x: string, y: string, output: string) {
  const panel = page.locator("#sim-heatmap");
  const selects = panel.locator("select");
  await selects.nth(0).selectOption(x);
  await selects.nth(1).selectOption(y);
  await selects.nth(2).selectOption("5");
  await selects.nth(3).selectOption(output);
  await panel.locator(".sim-runner button").first().click();
  await page.waitForSelector("#sim-heatmap svg.chart rect.heat-cell", { timeout: 30_000 });
}

describe("simulator, as a reader checks it", () => {
  it("hatches heat-map cells the model rejects, says why on the cell and in the table, and colours the rest between percentiles", async () => {
    const { page, problems, close } = await openSimulator(browser, baseUrl, "/en/simulator/");
    // A cash floor above the opening cash is a combination the model refuses.
    await runHeatMap(page, "treasury.cashFloor", "sponsor.cash", "peakTotalDebt");
    const flagged = page.locator("#sim-heatmap rect.heat-flagged");
    expect(await flagged.count()).toBeGreaterThan(0);
    expect(await page.locator("#sim-heatmap rect.heat-cell").count()).toBe(25);
    for (const title of await flagged.locator("title").allTextContents()) expect(title).toContain("the model rejects this combination");
    await page.locator("#sim-heatmap details summary").first().click();
    expect(await page.locator("#sim-heatmap table").textContent()).toContain("the model rejects this combination");
    // The colour legend's ends are the scale's robust domain.
    expect(await page.locator("#sim-heatmap [data-heat-low]").count()).toBe(1);
    expect(await page.locator("#sim-heatmap [data-heat-high]").count()).toBe(1);
    expect(problems).toEqual([]);
    await close();
  });

  it("gives interest cover one rule: the chart stops at 50× and says so, the table and summary give exact values", async () => {
    const { page, problems, close } = await openSimulator(browser, baseUrl, "/en/simulator/");
    const before = (await summary(page)).minInterestCover;
    const box = numberBox(page, "rates.baseAnnual");
    await box.fill("0");
    await page.waitForFunction((b) => document.querySelector("[data-summary=minInterestCover]")?.textContent !== b, before);
    const chart = page.locator("[data-sim-chart=sim-cover]");
    await chart.locator("details summary").click();
    await page.waitForSelector("[data-sim-chart=sim-cover] table tbody tr");
    const cover = (await chart.locator("table tbody tr").evaluateAll((rows) => rows.map((r) => r.querySelectorAll("td")[0]?.textContent ?? ""))).map(number);
    expect(Math.max(...cover)).toBeGreaterThan(50);
    expect(await chart.locator("svg [data-cap]").count()).toBe(1);
    expect(await chart.locator("figcaption").textContent()).toContain("50×");
    expect(number((await summary(page)).minInterestCover ?? "")).toBeCloseTo(Math.min(...cover), 2);
    expect(problems).toEqual([]);
    await close();
  });

  it("leaves the SPV's cover blank where nothing is due yet, instead of drawing it along the top", async () => {
    const { page, problems, close } = await openSimulator(browser, baseUrl, "/en/simulator/");
    const run = simulateFast(base);
    const nothingDue = run.quarters.flatMap((q, i) => (q.measures.spvDscr >= RATIO_CAP ? [i] : []));
    expect(nothingDue.length).toBeGreaterThan(0);
    const chart = page.locator("[data-sim-chart=sim-cover]");
    await chart.locator("details summary").click();
    await page.waitForSelector("[data-sim-chart=sim-cover] table tbody tr");
    const dscr = await chart.locator("table tbody tr").evaluateAll((rows) => rows.map((r) => r.querySelectorAll("td")[1]?.textContent ?? ""));
    for (const i of nothingDue) expect(dscr[i]).toBe("–");
    expect(problems).toEqual([]);
    await close();
  });

  it("shows an upload's problem once, beside the file input, naming the line and column instead of the engine's words", async () => {
    const { page, problems, close } = await openSimulator(browser, baseUrl, "/en/simulator/");
    const input = page.locator(".sim-upload input[type=file]");
    await input.setInputFiles({ name: "cut.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(base).slice(0, 200)) });
    const notice = page.locator("[data-sim-notice]");
    await notice.waitFor();
    expect(await notice.count()).toBe(1);
    const text = (await notice.textContent()) ?? "";
    expect(text).toContain("line 1, column 201");
    expect(text).not.toMatch(/Unexpected|position|SyntaxError/);
    expect(text.split("cut.json").length - 1).toBe(1);
    const at = await input.boundingBox();
    const box = await notice.boundingBox();
    expect(Math.abs((box?.y ?? 1e9) - (at?.y ?? 0))).toBeLessThan(300);
    expect(problems).toEqual([]);
    await close();
  });

  it("types percentages in percent, money in the page's units and lives in years", async () => {
    const { page, problems, close } = await openSimulator(browser, baseUrl, "/simulator/");
    // 0.35 of campus capacity from vehicles is typed and shown as 35, beside a "%".
    const share = "financing.campusShare";
    const preset = base.financing.campusShare;
    expect(number(await numberBox(page, share).inputValue())).toBeCloseTo(preset * 100, 9);
    expect(await page.locator(`[data-path="${share}"] .param-suffix`).textContent()).toBe("%");
    await numberBox(page, share).fill("40");
    await page.waitForFunction((s) => document.querySelector<HTMLInputElement>(`[data-path="${s}"] input[type=range]`)?.dataset.value === "0.4", share);
    // Money on the Japanese page in 億ドル, as the charts.
    expect(await page.locator('[data-path="sponsor.cash"] .param-unit').textContent()).toBe("億ドル");
    expect(number(await numberBox(page, "sponsor.cash").inputValue())).toBeCloseTo(base.sponsor.cash * 10, 6);
    // A life labelled 耐用年数 is in years.
    expect(await page.locator('[data-path="gpu.bookLifeQuarters"] .param-unit').textContent()).toBe("年");
    expect(number(await numberBox(page, "gpu.bookLifeQuarters").inputValue())).toBe(base.gpu.bookLifeQuarters / 4);
    expect(await sliderValue(page, "gpu.bookLifeQuarters")).toBe(String(base.gpu.bookLifeQuarters));
    expect(problems).toEqual([]);
    await close();
  });

  it.each(["/simulator/", "/en/simulator/"])("%s does not scroll sideways on a 390 px phone", async (path) => {
    const { page, problems, close } = await openSimulator(browser, baseUrl, path, { viewport: { width: 390, height: 844 } });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(problems).toEqual([]);
    await close();
  });

  it("shows the balance sheets' Σ row without cutting it off below a scroll edge", async () => {
    const { page, problems, close } = await openSimulator(browser, baseUrl, "/en/simulator/");
    const region = page.locator(".sim-godley .table-scroll");
    const fits = await region.evaluate((el) => {
      const box = el.getBoundingClientRect();
      // Narrow columns may scroll sideways (the region is keyboard-scrollable); rows are never cut off.
      const cells = [...el.querySelectorAll("tr.godley-total th, tr.godley-total td")].map((c) => c.getBoundingClientRect());
      return cells.length > 0 && cells.every((c) => c.bottom <= box.bottom + 0.5);
    });
    expect(fits).toBe(true);
    expect(problems).toEqual([]);
    await close();
  });

  it("labels the volatility choices apart and says the Monte Carlo draws paths, not parameters", async () => {
    const { page, problems, close } = await openSimulator(browser, baseUrl, "/en/simulator/");
    const panel = page.locator("#sim-montecarlo");
    for (const select of await panel.locator("select").all()) {
      const labels = await select.locator("option").allTextContents();
      expect(new Set(labels).size).toBe(labels.length);
    }
    const caption = (await panel.locator(".sim-note").first().textContent()) ?? "";
    expect(caption).not.toMatch(/parameters drawn/i);
    expect(caption).toMatch(/path/);
    expect(problems).toEqual([]);
    await close();
  });
});
