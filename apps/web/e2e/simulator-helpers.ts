import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { openPage, type WatchedPage } from "./helpers";

/** Opens a simulator page and waits until it has hydrated and read its URL. */
export async function openSimulator(browser: Browser, baseUrl: string, path = "/simulator/", options: BrowserContextOptions = {}): Promise<WatchedPage> {
  const watched = await openPage(browser, baseUrl, options);
  await watched.page.goto(`${baseUrl}${path}`, { waitUntil: "networkidle" });
  await watched.page.waitForSelector(".sim[data-ready]");
  return watched;
}

/** The range input of a scenario parameter. */
export function slider(page: Page, path: string) {
  return page.locator(`[data-path="${path}"] input[type=range]`);
}

/**
 * The scenario value a parameter's slider is at. The range input moves over positions (one per stop, see
 * sliderStops in src/simulator/form.ts); the value at its position is in data-value.
 */
export async function sliderValue(page: Page, path: string): Promise<string> {
  return (await slider(page, path).getAttribute("data-value")) ?? "";
}

/** The exact-value box of a scenario parameter. */
export function numberBox(page: Page, path: string) {
  return page.locator(`[data-path="${path}"] input.param-number`);
}

/** Waits for the simulator to write its scenario into the URL and returns the `s` parameter. */
export async function waitForScenarioParam(page: Page): Promise<string> {
  await page.waitForFunction(() => new URLSearchParams(window.location.search).has("s"));
  return new URL(page.url()).searchParams.get("s") ?? "";
}

/** Text of the summary figures, keyed by name. */
export function summary(page: Page): Promise<Record<string, string>> {
  return page.$$eval("[data-summary]", (nodes) => Object.fromEntries(nodes.map((n) => [n.getAttribute("data-summary") ?? "", n.textContent ?? ""])));
}

/** Paths of the problems listed in the simulator's notice (empty when there is none). */
export async function noticeIssues(page: Page): Promise<string[]> {
  await page.waitForSelector("[data-sim-notice]");
  return page.$$eval("[data-sim-notice] [data-issue-path]", (nodes) => nodes.map((n) => n.getAttribute("data-issue-path") ?? ""));
}
