import type { Browser } from "playwright-core";
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

const paths = ["/", "/en/", "/glossary/", "/en/glossary/", "/sources/", "/en/sources/", "/404.html", "/docs/", "/docs/model/", "/docs/model/functions/compare.html", "/docs/model/interfaces/Preset.html", "/docs/content/"];

describe.each(["light", "dark"] as const)("accessibility in the %s theme", (colorScheme) => {
  it.each(paths)("axe-core finds no serious or critical violation on %s", async (path) => {
    const { page, problems, close } = await openPage(browser, baseUrl, { colorScheme, reducedMotion: "reduce" });
    await page.goto(`${baseUrl}${path}`, { waitUntil: "networkidle" });
    // Open every data table so that its contrast and structure are checked too.
    await page.$$eval("details", (nodes) => nodes.forEach((n) => n.setAttribute("open", "")));
    const violations = await seriousViolations(page);
    expect(violations.map((v) => `${v.impact} ${v.id}: ${v.targets.join(" ")}`)).toEqual([]);
    expect(problems).toEqual([]);
    await close();
  });
});
