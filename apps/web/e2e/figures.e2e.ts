import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { backtest, formatMoney, getPreset } from "@aidebt/model";
import { launchBrowser, openPage } from "./helpers";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function snapshot(page: Page, n: number): Promise<{ chart: string; table: string }> {
  return page.evaluate((n) => {
    const figure = document.querySelector(`[data-figure="${n}"]`);
    const chart = [...(figure?.querySelectorAll("svg.chart, svg.gauge") ?? [])].map((s) => s.outerHTML).join("");
    const table = figure?.querySelector(".data-table table")?.textContent ?? "";
    return { chart, table };
  }, n);
}

/**
 * Waits until the figure and the URL stop changing: the control was pressed several times, and the chart and
 * the (deliberately delayed) URL write may still be catching up with the last press.
 */
async function settled(page: Page, n: number): Promise<{ chart: string; table: string; url: string }> {
  let previous = "";
  for (let i = 0; i < 40; i++) {
    const state = { ...(await snapshot(page, n)), url: page.url() };
    const key = JSON.stringify(state);
    if (key === previous) return state;
    previous = key;
    await page.waitForTimeout(300);
  }
  throw new Error(`figure ${n} did not settle`);
}

/** Moves the figure's main control by keyboard, as a reader would, and returns how it was moved. */
async function moveMainControl(page: Page, n: number): Promise<void> {
  const control = page.locator(`[data-figure="${n}"] [data-main-control]`).first();
  const tag = await control.evaluate((el) => el.tagName.toLowerCase());
  if (tag === "input") {
    const [value, max] = await control.evaluate((el) => [Number((el as HTMLInputElement).value), Number((el as HTMLInputElement).max)]);
    await control.focus();
    const key = value < max ? "ArrowRight" : "ArrowLeft";
    for (let i = 0; i < 3; i++) await page.keyboard.press(key);
  } else if (tag === "select") {
    const next = await control.evaluate((el) => {
      const select = el as HTMLSelectElement;
      return select.options[(select.selectedIndex + 1) % select.options.length]?.value ?? "";
    });
    await control.selectOption(next);
  } else {
    await control.focus();
    await page.keyboard.press("Enter");
  }
}

describe.each([1, 2, 3, 4, 5, 6, 7, 8])("figure %i", (n) => {
  it("recomputes its chart and data table when its main control moves, and the URL round-trips the state", async () => {
    const { page, problems, close } = await openPage(browser, baseUrl);
    await page.goto(`${baseUrl}/`, { waitUntil: "networkidle" });
    await page.waitForSelector(`[data-figure="${n}"][data-hydrated]`);
    const before = await snapshot(page, n);
    expect(before.chart).not.toBe("");
    await moveMainControl(page, n);
    await page.waitForFunction(
      ([n, chart]) => {
        const figure = document.querySelector(`[data-figure="${n}"]`);
        return [...(figure?.querySelectorAll("svg.chart, svg.gauge") ?? [])].map((s) => s.outerHTML).join("") !== chart;
      },
      [n, before.chart] as const,
    );
    await page.waitForFunction((n) => window.location.search.includes(`f${n}.`), n);
    const { url, ...after } = await settled(page, n);
    expect(after.chart).not.toBe(before.chart);
    expect(after.table).not.toBe(before.table);

    const shared = await openPage(browser, baseUrl);
    await shared.page.goto(url, { waitUntil: "networkidle" });
    await shared.page.waitForFunction(
      ([n, chart]) => {
        const figure = document.querySelector(`[data-figure="${n}"]`);
        return [...(figure?.querySelectorAll("svg.chart, svg.gauge") ?? [])].map((s) => s.outerHTML).join("") === chart;
      },
      [n, after.chart] as const,
    );
    expect(await snapshot(shared.page, n)).toEqual(after);
    expect([...problems, ...shared.problems]).toEqual([]);
    await shared.close();
    await close();
  });
});

describe("hydration", () => {
  it("keeps the server's drawings and tables as they are, and draws the same ones itself once a control moves back", async () => {
    const { page, problems, close } = await openPage(browser, baseUrl);
    await page.goto(`${baseUrl}/`, { waitUntil: "domcontentloaded" });
    // Tag the server's nodes before the scripts run: hydration must keep them, not replace them.
    await page.evaluate(() => {
      for (const el of document.querySelectorAll("[data-figure] svg.chart, [data-figure] svg.gauge, [data-figure] .data-table table")) {
        el.setAttribute("data-from-server", "");
      }
    });
    await page.waitForSelector("[data-figure][data-hydrated]");
    await page.waitForFunction(() => document.querySelectorAll("[data-figure][data-hydrated]").length === 9);
    const kept = await page.evaluate(() =>
      [...document.querySelectorAll("[data-figure]")].map((figure) => ({
        drawings: figure.querySelectorAll("svg.chart, svg.gauge").length,
        keptDrawings: figure.querySelectorAll("svg.chart[data-from-server], svg.gauge[data-from-server]").length,
        rows: figure.querySelectorAll(".data-table tbody tr").length,
        keptTables: figure.querySelectorAll(".data-table table[data-from-server]").length,
      })),
    );
    for (const figure of kept) {
      expect(figure.drawings).toBeGreaterThan(0);
      expect(figure.keptDrawings).toBe(figure.drawings);
      expect(figure.rows).toBeGreaterThan(0);
      expect(figure.keptTables).toBe(1);
    }

    // Figure 2's main control there and back: the browser draws the default state itself, identical to the server.
    const strip = (html: string) => html.replaceAll(" data-from-server=\"\"", "");
    const server = await snapshot(page, 2);
    const control = page.locator('[data-figure="2"] [data-main-control]').first();
    const defaultValue = await control.inputValue();
    await control.focus();
    await page.keyboard.press("ArrowRight");
    // The changed state has reached the address bar (written after a short delay): it is the state on show.
    await page.waitForFunction(() => window.location.search.includes("f2."));
    await page.keyboard.press("ArrowLeft");
    await page.waitForFunction(() => !window.location.search.includes("f2."));
    expect(await control.inputValue()).toBe(defaultValue);
    const drawn = await settled(page, 2);
    expect(drawn.chart).not.toContain("data-from-server");
    const expected = strip(server.chart);
    if (drawn.chart !== expected) {
      // Say where the drawings part, so that a failure on a loaded CI machine can be read.
      const at = [...drawn.chart].findIndex((c, i) => c !== expected[i]);
      console.error(`figure 2 drawn vs server at ${at}: ${drawn.chart.slice(Math.max(0, at - 120), at + 120)} ≠ ${expected.slice(Math.max(0, at - 120), at + 120)} (url ${drawn.url})`);
    }
    expect(drawn.chart).toBe(expected);
    expect(drawn.table).toBe(server.table);
    expect(problems).toEqual([]);
    await close();
  });
});

describe("live numbers in the prose", () => {
  it("change the figure they belong to from the keyboard", async () => {
    const { page, problems, close } = await openPage(browser, baseUrl);
    await page.goto(`${baseUrl}/en/`, { waitUntil: "networkidle" });
    await page.waitForSelector("[data-figure][data-hydrated]");
    const live = page.locator("[data-figure] .live-number").first();
    const n = Number(await live.evaluate((el) => el.closest("[data-figure]")?.getAttribute("data-figure")));
    const before = await snapshot(page, n);
    const valueBefore = await live.getAttribute("aria-valuenow");
    await live.focus();
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp");
    await page.waitForFunction(
      ([v]) => document.querySelector("[data-figure] .live-number")?.getAttribute("aria-valuenow") !== v,
      [valueBefore] as const,
    );
    expect((await snapshot(page, n)).chart).not.toBe(before.chart);
    expect(problems).toEqual([]);
    await close();
  });
});

describe("live numbers in the article's own sentences", () => {
  it.each(["/", "/en/"])("on %s the H-1B fee in the text drives figure 8 and shows the yen amount", async (path) => {
    const { page, problems, close } = await openPage(browser, baseUrl);
    await page.goto(`${baseUrl}${path}`, { waitUntil: "networkidle" });
    await page.waitForSelector('[data-figure="8"][data-hydrated]');
    const live = page.locator("#h1b-fee-2 .live-number");
    const derived = page.locator("#h1b-fee-2 .live-derived");
    const [textBefore, yenBefore] = [await live.textContent(), await derived.textContent()];
    const before = await snapshot(page, 8);
    await live.focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowUp");
    await page.waitForFunction(() => document.querySelector("#h1b-fee-2 .live-number")?.getAttribute("aria-valuenow") === "120000");
    expect(await live.textContent()).not.toBe(textBefore);
    expect(await derived.textContent()).not.toBe(yenBefore);
    // the figure's run comes with the figures' model code, loaded on the first change: a moment after the text
    await expect.poll(async () => (await snapshot(page, 8)).table, { timeout: 15_000 }).not.toBe(before.table);
    await page.waitForFunction(() => new URLSearchParams(window.location.search).get("f8.fee") === "120000");
    expect(problems).toEqual([]);
    await close();
  });
});

describe.each([
  { lang: "ja", path: "/" },
  { lang: "en", path: "/en/" },
] as const)("figure 9, the model against what Meta reported ($lang)", ({ lang, path }) => {
  it("renders the backtest's fiscal-year rows, each with the model's and Meta's number, and https sources", async () => {
    const { page, problems, close } = await openPage(browser, baseUrl);
    await page.goto(`${baseUrl}${path}`, { waitUntil: "networkidle" });
    const figure = page.locator('[data-figure="9"]');
    await figure.waitFor();
    expect(await figure.locator(".figure-title").textContent()).toContain(lang === "ja" ? "モデルとメタの実績" : "The model against what Meta reported");
    // One panel per item of the fiscal year, in the model's order.
    const fy = backtest("meta-2024").rows.filter((r) => r.period === "FY2025");
    expect(await figure.locator("svg.chart [data-item]").evaluateAll((nodes) => nodes.map((n) => n.getAttribute("data-item")))).toEqual(fy.map((r) => r.item));
    // The data table: one row per fiscal-year row of the backtest, with the model's money and error as the figure formats them.
    await figure.locator(".data-table summary").click();
    const rows = await figure.locator(".data-table tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("th, td")].map((c) => c.textContent ?? "")));
    expect(rows).toHaveLength(fy.length);
    const fx = getPreset("meta-2024")?.scenario.fxJpyPerUsd ?? Number.NaN;
    rows.forEach((cells, i) => {
      const r = fy[i]!;
      expect(cells[1]).toBe("FY2025");
      expect(cells[2]).toBe(formatMoney(r.model, { currency: "usd", lang, fxJpyPerUsd: fx }));
      expect(cells[3]).toBe(formatMoney(r.actual, { currency: "usd", lang, fxJpyPerUsd: fx }));
      expect(cells[4]).toMatch(r.error === null ? /^–$/ : /^[+−]?[\d.,]+%$/);
    });
    // The caption names every item in a band, and the sources are links over https.
    const caption = (await figure.locator(".figure-caption").textContent()) ?? "";
    for (const cells of rows) expect(caption).toContain(cells[0]);
    const hrefs = await figure.locator(".backtest-sources a").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^https:\/\//);
    expect(problems).toEqual([]);
    await close();
  });
});

describe("figure 2 and the new debt measures", () => {
  it("shows lease liabilities and leases not yet commenced beside vehicle debt, and hides what investors do not see", async () => {
    const { page, problems, close } = await openPage(browser, baseUrl);
    await page.goto(`${baseUrl}/en/`, { waitUntil: "networkidle" });
    const figure = page.locator('[data-figure="2"]');
    await page.waitForSelector('[data-figure="2"][data-hydrated]');
    for (const series of ["reportedDebt", "leaseLiabilities", "hiddenDebt", "guarantees", "spvDebt", "commitmentsNotCommenced"]) {
      expect(await figure.locator(`svg.chart [data-series="${series}"]`).count(), series).toBe(1);
    }
    const legend = (await figure.locator(".legend").textContent()) ?? "";
    expect(legend).toContain("Lease liabilities");
    expect(legend).toContain("not yet commenced");
    await figure.locator(".data-table summary").click();
    const head = await figure.locator(".data-table thead th").allTextContents();
    expect(head).toEqual(expect.arrayContaining(["Lease liabilities", "Adjusted debt (reported + leases)", "Leases signed, not yet commenced", "Total debt"]));
    // Every quarter: adjusted = reported + leases, as the table shows them (rounded money, so within a unit).
    const money = (text: string) => Number(text.replace(/[^\d.-]/g, ""));
    const col = (name: string) => head.indexOf(name);
    const rows = await figure.locator(".data-table tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("th, td")].map((c) => c.textContent ?? "")));
    expect(rows.length).toBeGreaterThan(0);
    for (const cells of rows) {
      const sum = money(cells[col("Reported debt")]!) + money(cells[col("Lease liabilities")]!);
      expect(Math.abs(sum - money(cells[col("Adjusted debt (reported + leases)")]!))).toBeLessThanOrEqual(1);
    }
    // What investors see: the balance sheet only.
    await figure.getByRole("button", { name: "What investors see" }).click();
    await page.waitForFunction(() => !document.querySelector('[data-figure="2"] svg.chart [data-series="hiddenDebt"]'));
    expect(await figure.locator('svg.chart [data-series="leaseLiabilities"]').count()).toBe(1);
    expect(await figure.locator('svg.chart [data-series="commitmentsNotCommenced"]').count()).toBe(0);
    expect(problems).toEqual([]);
    await close();
  });
});
