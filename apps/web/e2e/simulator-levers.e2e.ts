import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { getPreset, monteCarlo, simulateFast } from "@aidebt/model";
import { LIVE_BAND } from "../src/simulator/live-band/settings";
import { openSimulator, slider, waitForScenarioParam } from "./simulator-helpers";
import { launchBrowser } from "./helpers";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** Parameter fields the reader can see (laid out, not hidden by the view). */
const visibleFields = (page: Page) => page.$$eval(".sim-params .param", (nodes) => nodes.filter((n) => n.getClientRects().length > 0).map((n) => n.getAttribute("data-path") ?? ""));

/** Whether an element is on screen and not covered (by the sticky site header, say) where it starts. */
const onScreen = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((el) => {
    const box = el.getBoundingClientRect();
    if (!(box.height > 0 && box.top >= 0 && box.top < window.innerHeight)) return false;
    const hit = document.elementFromPoint(box.left + Math.min(8, box.width / 2), box.top + Math.min(8, box.height / 2));
    return hit !== null && (el.contains(hit) || hit.contains(el));
  });

describe("key levers", () => {
  it.each(["/simulator/", "/en/simulator/"])("%s opens with at most ten parameters, and one click shows them all with every value kept", async (path) => {
    const { page, problems, close } = await openSimulator(browser, baseUrl, path);
    const levers = await visibleFields(page);
    expect(levers.length).toBeGreaterThan(0);
    expect(levers.length).toBeLessThanOrEqual(10);
    const all = await page.locator(".sim-params .param").count();
    expect(all).toBeGreaterThan(levers.length);

    // A lever moved before the switch keeps its value through it, there and back.
    const growth = slider(page, "demand.aiGrowthAnnual");
    await growth.focus();
    await page.keyboard.press("ArrowRight");
    const moved = await growth.inputValue();
    await page.locator("[data-view-toggle]").click();
    expect((await visibleFields(page)).length).toBe(all);
    expect(await growth.inputValue()).toBe(moved);
    // The view is in the address, with the scenario.
    await waitForScenarioParam(page);
    expect(new URL(page.url()).searchParams.get("params")).toBe("all");
    await page.locator("[data-view-toggle]").click();
    expect(await visibleFields(page)).toEqual(levers);
    expect(await growth.inputValue()).toBe(moved);
    expect(new URL(page.url()).searchParams.has("params")).toBe(false);
    expect(problems).toEqual([]);
    await close();
  });

  it("keeps the view of a shared link", async () => {
    const { page, problems, close } = await openSimulator(browser, baseUrl, "/en/simulator/?params=all");
    await page.waitForFunction(() => [...document.querySelectorAll(".sim-params .param")].every((n) => n.getClientRects().length > 0));
    expect((await visibleFields(page)).length).toBe(await page.locator(".sim-params .param").count());
    expect(problems).toEqual([]);
    await close();
  });
});

describe("results beside the levers", () => {
  it.each(["/simulator/", "/en/simulator/"])("%s shows the results without scrolling at 1280 px, beside the parameters, and keeps them in view down the whole list", async (path) => {
    const { page, problems, close } = await openSimulator(browser, baseUrl, `${path}?params=all`, { viewport: { width: 1280, height: 800 } });
    expect(await onScreen(page, "#sim-results-title")).toBe(true);
    expect(await onScreen(page, "[data-testid=sim-headline]")).toBe(true);
    const params = await page.locator(".sim-params").boundingBox();
    const results = await page.locator("#sim-results").boundingBox();
    expect(results!.x).toBeGreaterThanOrEqual(params!.x + params!.width);
    // Far down the list of every parameter, the results are still on screen.
    await page.locator('[data-path="spv.floatingShare"] input[type=range]').scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(800);
    expect(await onScreen(page, "#sim-results-title")).toBe(true);
    expect(await onScreen(page, "[data-sim-chart=sim-live] svg.chart")).toBe(true);
    expect(problems).toEqual([]);
    await close();
  });

  it.each(["/simulator/", "/en/simulator/"])("%s reaches the results with one tap at 390 px, without scrolling sideways", async (path) => {
    const { page, problems, close } = await openSimulator(browser, baseUrl, path, { viewport: { width: 390, height: 844 } });
    const jump = page.locator(".sim-jump");
    expect(await onScreen(page, ".sim-jump")).toBe(true);
    expect(await onScreen(page, "#sim-results-title")).toBe(false);
    await jump.click();
    await page.waitForFunction(() => {
      const box = document.querySelector("#sim-results-title")?.getBoundingClientRect();
      return box !== undefined && box.top >= 0 && box.top < window.innerHeight;
    });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(problems).toEqual([]);
    await close();
  });
});

describe("live uncertainty band", () => {
  it.each(["/simulator/", "/en/simulator/"])("%s draws the default preset's band from the start, the run at once and the band after it when a lever moves, and starts again on the next move", async (path) => {
    const { page, problems, close } = await openSimulator(browser, baseUrl, path);
    const live = page.locator(".sim-live-band");
    expect(await live.getAttribute("data-band-state")).toBe("idle");
    // the band is there on load: the server ran the same Monte Carlo for the default preset
    expect(await page.locator("[data-sim-chart=sim-live] path.area-soft").count()).toBe(2);
    const served = await page.locator("[data-sim-chart=sim-live] path.area-soft").first().getAttribute("d");
    // the caption says where the median path ends against the line, from the model's own Monte Carlo
    if (path === "/simulator/") {
      const scenario = getPreset("base")!.scenario;
      const mc = monteCarlo(scenario, LIVE_BAND);
      const run = simulateFast(scenario);
      const ratio = (mc.totalDebt.p50.at(-1) ?? Number.NaN) / (run.quarters.at(-1)?.measures.totalDebt ?? Number.NaN);
      expect(ratio).toBeGreaterThan(1.1);
      expect(await page.locator("[data-sim-chart=sim-live] figcaption").textContent()).toContain(`の${ratio.toFixed(1)}倍`);
    }
    const line = () => page.locator("[data-sim-chart=sim-live] path.series-line").getAttribute("d");
    const before = await line();

    const growth = slider(page, "demand.aiGrowthAnnual");
    await growth.focus();
    await page.keyboard.press("ArrowLeft");
    // The run first: the line has moved while the band is still being computed.
    await page.waitForFunction((d) => document.querySelector("[data-sim-chart=sim-live] path.series-line")?.getAttribute("d") !== d, before);
    await page.waitForSelector('.sim-live-band[data-band-state="computing"], .sim-live-band[data-band-state="done"]');
    await page.waitForSelector('.sim-live-band[data-band-state="done"]', { timeout: 30_000 });
    expect(await page.locator("[data-sim-chart=sim-live] path.area-soft").count()).toBe(2);
    const firstBand = await page.locator("[data-sim-chart=sim-live] path.area-soft").first().getAttribute("d");

    // The next move starts the band again (the last one is cancelled) and draws a new one.
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
    await page.waitForSelector('.sim-live-band[data-band-state="computing"]');
    await page.waitForSelector('.sim-live-band[data-band-state="done"]', { timeout: 30_000 });
    expect(await page.locator("[data-sim-chart=sim-live] path.area-soft").first().getAttribute("d")).not.toBe(firstBand);

    // back at the default preset's values, the workers draw the band the server drew (to the digits it sent)
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await page.waitForSelector('.sim-live-band[data-band-state="computing"]');
    await page.waitForSelector('.sim-live-band[data-band-state="done"]', { timeout: 30_000 });
    const numbers = (d: string | null) => (d ?? "").match(/-?\d+(\.\d+)?(e-?\d+)?/g)?.map(Number) ?? [];
    const again = numbers(await page.locator("[data-sim-chart=sim-live] path.area-soft").first().getAttribute("d"));
    const first = numbers(served);
    expect(again.length).toBe(first.length);
    again.forEach((v, i) => expect(Math.abs(v - first[i]!)).toBeLessThan(0.01));
    expect(problems).toEqual([]);
    await close();
  });
});
