import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { getPreset, simulateFast } from "@aidebt/model";
import { ja } from "../src/messages/ja";
import { en } from "../src/messages/en";
import { launchBrowser, openPage } from "./helpers";

// Issue 17: every figure says what its run shows, and its controls do what their labels say.

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** The figure's caption, chart and aside text, read together so that a change of any of them is seen. */
async function readFigure(page: Page, n: number) {
  return page.evaluate((n) => {
    const figure = document.querySelector(`[data-figure="${n}"]`);
    return {
      caption: figure?.querySelector("figcaption")?.textContent ?? "",
      chart: [...(figure?.querySelectorAll("svg.chart, svg.gauge") ?? [])].map((s) => s.outerHTML).join(""),
      aside: figure?.querySelector(".figure-aside")?.textContent ?? "",
      legend: figure?.querySelector(".legend")?.textContent ?? "",
    };
  }, n);
}

/** Waits until the figure stops changing (the URL write and the redraw follow a control with a short delay). */
async function settle(page: Page, n: number) {
  let previous = "";
  for (let i = 0; i < 40; i++) {
    const state = await readFigure(page, n);
    const key = JSON.stringify(state);
    if (key === previous) return state;
    previous = key;
    await page.waitForTimeout(250);
  }
  throw new Error(`figure ${n} did not settle`);
}

async function open(path: string, n: number) {
  const watched = await openPage(browser, baseUrl);
  await watched.page.goto(`${baseUrl}${path}`, { waitUntil: "networkidle" });
  await watched.page.waitForSelector(`[data-figure="${n}"][data-hydrated]`);
  return watched;
}

/** Sub-paths of an SVG path: one per unbroken stretch of a line. */
function stretches(d: string): string[] {
  return d.split("M").filter((part) => part.trim() !== "");
}

describe("figure 6, cash flow or debt", () => {
  it("shows the model's verdict on the gauge and in bold alike, for every scenario, with a caption from the run", async () => {
    const { page, problems, close } = await open("/", 6);
    const select = page.locator('[data-figure="6"] select[name="preset"]');
    const ids = await select.evaluate((el) => [...(el as HTMLSelectElement).options].map((o) => o.value));
    const captions = new Set<string>();
    for (const id of ids) {
      await select.selectOption(id);
      await settle(page, 6);
      const run = simulateFast(getPreset(id)!.scenario);
      const gauge = (await page.locator('[data-figure="6"] svg.gauge').getAttribute("aria-label")) ?? "";
      const bold = (await page.locator('[data-figure="6"] .figure-aside strong').first().textContent()) ?? "";
      expect(bold).toBe(ja.common.verdict[run.summary.verdict]);
      expect(gauge.endsWith(bold), `${id}: gauge "${gauge}" against verdict "${bold}"`).toBe(true);
      const { caption } = await readFigure(page, 6);
      expect(caption).toContain(`${Math.round(run.summary.internalFundingShare * 100)}%`);
      expect(caption).toContain(ja.common.verdict[run.summary.verdict]);
      captions.add(caption);
    }
    expect(captions.size).toBe(ids.length);
    expect(problems).toEqual([]);
    await close();
  });

  it("breaks the debt-share line where a quarter has no capex, instead of dipping to zero, and the line is not flat", async () => {
    const { page, problems, close } = await open("/", 6);
    await page.locator('[data-figure="6"] select[name="preset"]').selectOption("demand-slowdown");
    await settle(page, 6);
    const run = simulateFast(getPreset("demand-slowdown")!.scenario);
    const zeroCapex = run.quarters.filter((q) => q.measures.capex <= 0).length;
    expect(zeroCapex).toBeGreaterThan(0);
    const d = (await page.locator('[data-figure="6"] svg.chart path.series-line').first().getAttribute("d")) ?? "";
    expect(stretches(d).length).toBeGreaterThan(1);
    const ys = new Set(d.split(/[ML]/).filter(Boolean).map((p) => p.split(",")[1]));
    expect(ys.size).toBeGreaterThan(2);
    expect(problems).toEqual([]);
    await close();
  });
});
