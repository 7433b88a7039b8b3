import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, seriousViolations } from "./helpers";
import { openSimulator } from "./simulator-helpers";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe.each(["light", "dark"] as const)("simulator accessibility in the %s theme", (colorScheme) => {
  it.each(["/simulator/", "/en/simulator/"])("axe-core finds no serious or critical violation on %s, with results, analyses and a problem shown", async (path) => {
    const { page, problems, close } = await openSimulator(browser, baseUrl, `${path}?s=v1.e30`, { colorScheme, reducedMotion: "reduce" });
    await page.locator("#sim-tornado .sim-runner button").first().click();
    await page.locator("#sim-heatmap select").nth(2).selectOption("5");
    await page.locator("#sim-heatmap .sim-runner button").first().click();
    await page.locator("#sim-montecarlo .sim-runner button").first().click();
    await page.waitForSelector("#sim-tornado svg.chart");
    await page.waitForSelector("#sim-heatmap svg.chart");
    await page.waitForSelector("#sim-montecarlo svg.chart", { timeout: 30_000 });
    await page.$$eval("details", (nodes) => nodes.forEach((n) => n.setAttribute("open", "")));
    // content-visibility defers sections off screen; scroll through so axe sees them laid out.
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += 800) {
        window.scrollTo(0, y);
        await new Promise((r) => requestAnimationFrame(r));
      }
    });
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await close();
  });
});

describe("simulator accessibility at a phone's width, as loaded", () => {
  // What Lighthouse's audit sees: the page just loaded on a narrow screen, nothing scrolled or opened.
  it.each(["/simulator/", "/en/simulator/"])("axe-core finds no serious or critical violation on %s", async (path) => {
    const { page, problems, close } = await openSimulator(browser, baseUrl, path, { viewport: { width: 412, height: 823 } });
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await close();
  });
});
