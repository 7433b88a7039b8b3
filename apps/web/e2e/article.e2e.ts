import { getEdition, type Lang } from "@aidebt/content";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, openPage, squash } from "./helpers";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const editions: Array<{ lang: Lang; path: string }> = [
  { lang: "ja", path: "/" },
  { lang: "en", path: "/en/" },
];

describe.each(editions)("the $lang article at $path", ({ lang, path }) => {
  it("has every paragraph and heading of the edition, word for word, with <html lang>", async () => {
    const { page, problems, close } = await openPage(browser, baseUrl);
    await page.goto(`${baseUrl}${path}`, { waitUntil: "networkidle" });
    expect(await page.getAttribute("html", "lang")).toBe(lang);
    const edition = getEdition(lang);
    expect(await page.textContent("h1")).toBe(edition.title);
    const expected: Array<{ id: string; text: string }> = edition.sections.flatMap((section) => [
      ...(section.heading ? [{ id: section.heading.id, text: section.heading.text }] : []),
      ...section.paragraphs.map((p) => ({ id: p.id, text: p.text })),
    ]);
    const actual = await page.evaluate(
      (ids) => ids.map((id) => document.getElementById(id)?.textContent ?? null),
      expected.map((e) => e.id),
    );
    expected.forEach((e, i) => expect(squash(actual[i] ?? "(missing)"), e.id).toBe(squash(e.text)));
    expect(problems).toEqual([]);
    await close();
  });

  it("renders the article, its eight figures and figure 9 after it as SVG without JavaScript", async () => {
    const { page, close } = await openPage(browser, baseUrl, { javaScriptEnabled: false });
    await page.goto(`${baseUrl}${path}`);
    const figures = await page.$$eval("[data-figure]", (nodes) =>
      nodes.map((n) => ({ n: n.getAttribute("data-figure"), svgs: n.querySelectorAll("svg.chart, svg.gauge").length, rows: n.querySelectorAll(".data-table tbody tr").length })),
    );
    expect(figures.map((f) => f.n)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9"]);
    for (const figure of figures) {
      expect(figure.svgs, `figure ${figure.n}`).toBeGreaterThan(0);
      expect(figure.rows, `figure ${figure.n}`).toBeGreaterThan(0);
    }
    const paragraphs = await page.$$eval("p[data-anchor]", (nodes) => nodes.length);
    expect(paragraphs).toBe(getEdition(lang).sections.reduce((sum, s) => sum + s.paragraphs.length, 0));
    await close();
  });

  it("places each figure right after the paragraph that names its concept", async () => {
    const { page, close } = await openPage(browser, baseUrl, { javaScriptEnabled: false });
    await page.goto(`${baseUrl}${path}`);
    // Figure 2's numbers come after the structure diagram that draws the same run as who pays whom; a paragraph's
    // fact-check note stays right under its paragraph, before the figure.
    const previous = await page.$$eval("[data-figure]", (nodes) =>
      nodes.map((n) => {
        let before = n.previousElementSibling;
        while (before?.hasAttribute("data-fact-note")) before = before.previousElementSibling;
        const paragraph = before?.hasAttribute("data-structure") ? before.previousElementSibling : before;
        return paragraph?.getAttribute("data-concept") ?? null;
      }),
    );
    expect(await page.$eval("[data-structure]", (n) => n.nextElementSibling?.getAttribute("data-figure"))).toBe("2");
    expect(previous).toEqual([
      "debt-cycle",
      "hidden-debt",
      "gpu-refresh",
      "repay-no-profit",
      "demand-trigger",
      "cash-or-debt",
      "portfolio-60-40",
      "h1b-fee",
      // Figure 9 follows the lead of its own section after the article.
      null,
    ]);
    expect(await page.$eval('[data-figure="9"]', (n) => n.parentElement?.getAttribute("aria-labelledby"))).toBe("model-check");
    await close();
  });
});

describe("the language switch", () => {
  it("keeps the reader's place: the same paragraph id in the other edition", async () => {
    const { page, problems, close } = await openPage(browser, baseUrl);
    await page.goto(`${baseUrl}/#bubble-trigger-3`, { waitUntil: "networkidle" });
    await page.waitForFunction(() => document.querySelector<HTMLAnchorElement>(".lang-switch")?.href.endsWith("#bubble-trigger-3"));
    const href = await page.getAttribute(".lang-switch", "href");
    expect(href).toMatch(/\/en\/#bubble-trigger-3$/);
    // By keyboard, as a reader would; Playwright's mouse click would first scroll the sticky header "into view".
    await page.focus(".lang-switch");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/en\/#bubble-trigger-3$/);
    expect(await page.getAttribute("html", "lang")).toBe("en");
    const top = await page.evaluate(() => document.getElementById("bubble-trigger-3")?.getBoundingClientRect().top ?? -1);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(300);
    expect(problems).toEqual([]);
    await close();
  });

  it("keeps the figure the reader was on, not the paragraph after it", async () => {
    const { page, problems, close } = await openPage(browser, baseUrl);
    await page.goto(`${baseUrl}/`, { waitUntil: "networkidle" });
    // the figure at the top of the screen, the paragraph before it above, as a reader scrolling on would have it
    await page.evaluate(() => document.getElementById("fig-5")?.scrollIntoView({ block: "start" }));
    await page.mouse.wheel(0, 40);
    await page.waitForFunction(() => document.querySelector<HTMLAnchorElement>(".lang-switch")?.href.endsWith("#fig-5"));
    expect(await page.getAttribute(".lang-switch", "href")).toMatch(/\/en\/#fig-5$/);
    expect(problems).toEqual([]);
    await close();
  });

  it("is at hand on a phone, where the header scrolls away: a tap there lands on the same figure", async () => {
    const { page, problems, close } = await openPage(browser, baseUrl, { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    await page.goto(`${baseUrl}/`, { waitUntil: "networkidle" });
    await page.evaluate(() => document.getElementById("fig-5")?.scrollIntoView({ block: "start" }));
    await page.mouse.wheel(0, 40);
    await page.waitForFunction(() => document.querySelector<HTMLAnchorElement>(".lang-switch")?.href.endsWith("#fig-5"));
    // on screen without scrolling back to the header
    const box = (await page.locator(".lang-switch").boundingBox())!;
    expect(box.y).toBeGreaterThan(0);
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    await page.locator(".lang-switch").tap();
    await page.waitForURL(/\/en\/#fig-5$/);
    const top = await page.evaluate(() => document.getElementById("fig-5")?.getBoundingClientRect().top ?? -1);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(300);
    expect(problems).toEqual([]);
    await close();
  });
});
