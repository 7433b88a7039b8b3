import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { chromium, type Browser, type BrowserContextOptions, type Page } from "playwright-core";
import { chromeFlags, chromePath } from "../scripts/chromium.mjs";

const require = createRequire(import.meta.url);

/** Debian's chromium, headless, with everything that would reach the network switched off. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromePath, args: [...chromeFlags] });
}

export interface WatchedPage {
  page: Page;
  /** Console errors, page errors and failed or off-site requests seen so far. */
  problems: string[];
  close: () => Promise<void>;
}

/** Opens a page in a fresh context and records every console error and every request that leaves the site. */
export async function openPage(browser: Browser, baseUrl: string, options: BrowserContextOptions = {}): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, ...options });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (message) => {
    // Chromium logs every 4xx response as a console error; those are reported with their URL below.
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  // a request the page cancels by navigating away (a lazy chunk still loading when a link is followed) is not a
  // failure; any other failed request is
  let leaving = false;
  page.on("request", (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame() && page.url() !== "about:blank") leaving = true;
  });
  page.on("load", () => {
    leaving = false;
  });
  page.on("requestfailed", (request) => {
    if (leaving && request.failure()?.errorText === "net::ERR_ABORTED") return;
    problems.push(`failed: ${request.url()}`);
  });
  page.on("response", (response) => {
    // The 404 page itself is answered with 404 on purpose; anything else missing is a bug.
    if (response.status() >= 400 && response.request().resourceType() !== "document") problems.push(`${response.status()}: ${response.url()}`);
  });
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(baseUrl) && !url.startsWith("data:") && !url.startsWith("blob:")) problems.push(`off-site: ${url}`);
  });
  return { page, problems, close: () => context.close() };
}

let axeSource: string | undefined;

/**
 * Runs axe-core in the page and returns its serious and critical violations. `targetSize: false` leaves out the
 * touch-target check, for a state where a popover lies over the text below it (its targets are out of reach
 * while it is open, as with any popover).
 */
export async function seriousViolations(page: Page, options: { targetSize?: boolean } = {}): Promise<Array<{ id: string; impact: string; targets: string[] }>> {
  axeSource ??= readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
  await page.addScriptTag({ content: axeSource });
  const targetSize = options.targetSize ?? true;
  const violations = await page.evaluate(async (targetSize) => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    // target-size (WCAG 2.2's 24 px touch targets) is off in axe's defaults; Lighthouse checks it, so do we
    const result = await axe.run(document, { resultTypes: ["violations"], rules: { "target-size": { enabled: targetSize } } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact ?? "", targets: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)) }));
  }, targetSize);
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

/** Normalises whitespace for comparing article text. */
export function squash(text: string): string {
  return text.replace(/\s+/g, "");
}


/** Everything of a figure a reader sees change: caption, drawings, the text beside them and the legend. */
export async function readFigure(page: Page, selector: string) {
  return page.evaluate((selector) => {
    const figure = document.querySelector(selector);
    return {
      caption: figure?.querySelector("figcaption")?.textContent ?? "",
      chart: [...(figure?.querySelectorAll("svg") ?? [])].map((s) => s.outerHTML).join(""),
      aside: figure?.querySelector(".figure-aside")?.textContent ?? "",
      legend: figure?.querySelector(".legend")?.textContent ?? "",
    };
  }, selector);
}

/**
 * The figure's state once it stops changing (the same on three reads 250 ms apart: the URL write and the redraw
 * follow a control with a short delay); with `changedFrom`, once it also differs from that state (so that a slow
 * machine's first reads, before the model has re-run, do not count).
 */
export async function settleFigure(page: Page, selector: string, changedFrom?: string) {
  let previous = "";
  let same = 0;
  for (let i = 0; i < 80; i++) {
    const state = await readFigure(page, selector);
    const key = JSON.stringify(state);
    same = key === previous ? same + 1 : 0;
    if (same >= 2 && key !== changedFrom) return state;
    previous = key;
    await page.waitForTimeout(250);
  }
  throw new Error(`${selector} did not settle`);
}
