import { findTerm, getFactChecks } from "@aidebt/content";
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

const pages = [
  ["/", "ja", "/glossary/"],
  ["/en/", "en", "/en/glossary/"],
] as const;

describe.each(pages)("glossary popovers on %s", (path, lang, glossary) => {
  it("open by keyboard with the term's definition and a link to its entry; Escape closes and focus returns to the term", async () => {
    const { page, problems, close } = await openPage(browser, baseUrl);
    await page.goto(`${baseUrl}${path}`, { waitUntil: "networkidle" });
    const term = page.locator(".article p .term-button").first();
    const termId = (await term.getAttribute("data-term")) ?? "";
    const pop = page.locator(`#${(await term.getAttribute("aria-controls")) ?? ""}`);
    expect(await term.getAttribute("aria-expanded")).toBe("false");
    expect(await pop.isVisible()).toBe(false);

    await term.focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction((id) => document.getElementById(id)?.matches(":popover-open"), (await pop.getAttribute("id")) ?? "");
    expect(await term.getAttribute("aria-expanded")).toBe("true");
    expect(await pop.textContent()).toContain(findTerm(termId)!.definition[lang]);
    const link = pop.locator("a");
    expect(await link.getAttribute("href")).toBe(`${glossary}#${termId}`);
    // The definition opens beside its term, not somewhere else on the page.
    const at = (await term.boundingBox())!;
    const box = (await pop.boundingBox())!;
    expect(Math.min(Math.abs(box.y - (at.y + at.height)), Math.abs(at.y - (box.y + box.height)))).toBeLessThan(24);

    // Tab reaches the link inside the definition; Escape closes it and puts focus back on the term.
    await page.keyboard.press("Tab");
    expect(await link.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press("Escape");
    await page.waitForFunction((id) => !document.getElementById(id)?.matches(":popover-open"), (await pop.getAttribute("id")) ?? "");
    expect(await term.getAttribute("aria-expanded")).toBe("false");
    expect(await term.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(problems).toEqual([]);
    await close();
  });

  it("open from a figure's terms too: fig 4's NPV opens its definition beside the term", async () => {
    const { page, problems, close } = await openPage(browser, baseUrl);
    await page.goto(`${baseUrl}${path}`, { waitUntil: "networkidle" });
    const term = page.locator('#fig-4 .figure-terms .term-button[data-term="npv"]');
    expect(await term.count()).toBe(1);
    await term.scrollIntoViewIfNeeded();
    await term.click();
    const pop = page.locator("#term-pop-npv");
    await pop.waitFor({ state: "visible" });
    expect(await pop.textContent()).toContain(findTerm("npv")!.definition[lang]);
    await page.waitForFunction(() => document.querySelector('#fig-4 .term-button[data-term="npv"]')?.getAttribute("aria-expanded") === "true");
    const at = (await term.boundingBox())!;
    const box = (await pop.boundingBox())!;
    expect(Math.min(Math.abs(box.y - (at.y + at.height)), Math.abs(at.y - (box.y + box.height)))).toBeLessThan(24);
    await page.keyboard.press("Escape");
    await pop.waitFor({ state: "hidden" });
    expect(problems).toEqual([]);
    await close();
  });

  it("opens with a tap and closes with a tap elsewhere, on a phone", async () => {
    const { page, problems, close } = await openPage(browser, baseUrl, { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    await page.goto(`${baseUrl}${path}`, { waitUntil: "networkidle" });
    const term = page.locator(".article p .term-button").first();
    const pop = page.locator(`#${(await term.getAttribute("aria-controls")) ?? ""}`);
    await term.scrollIntoViewIfNeeded();
    await term.tap();
    await pop.waitFor({ state: "visible" });
    expect(await term.getAttribute("aria-expanded")).toBe("true");
    const box = (await pop.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await page.locator("h1").first().tap();
    await pop.waitFor({ state: "hidden" });
    expect(await term.getAttribute("aria-expanded")).toBe("false");
    expect(problems).toEqual([]);
    await close();
  });

  it("has no serious accessibility violation with a definition open", async () => {
    const { page, problems, close } = await openPage(browser, baseUrl, { reducedMotion: "reduce" });
    await page.goto(`${baseUrl}${path}`, { waitUntil: "networkidle" });
    await page.locator(".article p .term-button").first().click();
    await page.waitForSelector(".term-pop:popover-open");
    // the open definition lies over the text below it: the touch-target check is for the page at rest (a11y.e2e)
    expect(await seriousViolations(page, { targetSize: false })).toEqual([]);
    expect(problems).toEqual([]);
    await close();
  });
});

describe.each(pages)("fact-check notes on %s", (path, lang) => {
  const headingChecks = getFactChecks().filter((c) => c.paragraphId.endsWith("-heading"));
  const paragraphChecks = getFactChecks().filter((c) => !c.paragraphId.endsWith("-heading"));

  it("show each paragraph's note folded right under that paragraph: its verdict at a glance, the note one press away", async () => {
    expect(paragraphChecks.length).toBeGreaterThan(5);
    const { page, problems, close } = await openPage(browser, baseUrl);
    await page.goto(`${baseUrl}${path}`, { waitUntil: "networkidle" });
    for (const check of paragraphChecks) {
      const note = page.locator(`[data-fact-note="${check.id}"]`);
      expect(await note.count()).toBe(1);
      await page.locator(`#${check.paragraphId}`).scrollIntoViewIfNeeded();
      const paragraph = (await page.locator(`#${check.paragraphId}`).boundingBox())!;
      const summary = note.locator("summary");
      const box = (await summary.boundingBox())!;
      expect(box.y - (paragraph.y + paragraph.height)).toBeLessThan(80);
      expect(await summary.textContent()).toContain(lang === "ja" ? check.claim : check.claimEn);
      const text = note.locator("p").first();
      expect(await text.isVisible()).toBe(false);
      await summary.click();
      expect(await text.isVisible()).toBe(true);
      expect(await text.textContent()).toBe(check.note[lang]);
    }
    expect(problems).toEqual([]);
    await close();
  });

  it("show the ¥29 trillion heading's note right beside that heading, in the page's language", async () => {
    expect(headingChecks.map((c) => c.id)).toContain("meta-heading-29-trillion-yen");
    const { page, problems, close } = await openPage(browser, baseUrl);
    await page.goto(`${baseUrl}${path}`, { waitUntil: "networkidle" });
    for (const check of headingChecks) {
      const note = page.locator(`[data-fact-note="${check.id}"]`);
      expect(await note.count()).toBe(1);
      // The element right after the heading, and on screen with it.
      expect(await note.evaluate((el, id) => el.previousElementSibling?.id === id, check.paragraphId)).toBe(true);
      await page.locator(`#${check.paragraphId}`).scrollIntoViewIfNeeded();
      expect(await note.isVisible()).toBe(true);
      const heading = (await page.locator(`#${check.paragraphId}`).boundingBox())!;
      const box = (await note.boundingBox())!;
      expect(box.y - (heading.y + heading.height)).toBeLessThan(40);
      expect(await note.textContent()).toContain(check.note[lang]);
      expect(await note.locator("a").getAttribute("href")).toBe(`${lang === "ja" ? "/sources/" : "/en/sources/"}#${check.id}`);
    }
    expect(problems).toEqual([]);
    await close();
  });
});
