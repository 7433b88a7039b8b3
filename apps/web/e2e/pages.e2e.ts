import { getGlossary } from "@aidebt/content";
import { CONFIDENCE_LEVELS, TABLES, tables, type Row } from "@aidebt/data";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, openPage } from "./helpers";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe("site pages", () => {
  it.each(["/", "/en/", "/simulator/", "/en/one-year-on/", "/sources/"])("%s links its footer to the packages' API reference, which is styled and reaches both packages", async (path) => {
    const { page, problems, close } = await openPage(browser, baseUrl);
    await page.goto(`${baseUrl}${path}`, { waitUntil: "networkidle" });
    const link = page.locator('.site-footer a[href="/docs/"]');
    expect(await link.count()).toBe(1);
    await link.click();
    await page.waitForURL(`${baseUrl}/docs/`);
    // styled: not the browser's default serif body at full width
    expect(await page.evaluate(() => getComputedStyle(document.body).maxWidth)).not.toBe("none");
    for (const name of ["model", "content"]) {
      const response = await page.request.get(`${baseUrl}/docs/${name}/`);
      expect(response.status()).toBe(200);
      expect(await response.text()).toContain(`@aidebt/${name}`);
    }
    expect(problems).toEqual([]);
    await close();
  });

  it.each([
    ["/glossary/", "ja"],
    ["/en/glossary/", "en"],
  ])("%s lists every glossary term in <html lang=%s>", async (path, lang) => {
    const { page, problems, close } = await openPage(browser, baseUrl);
    await page.goto(`${baseUrl}${path}`, { waitUntil: "networkidle" });
    expect(await page.getAttribute("html", "lang")).toBe(lang);
    const ids = await page.$$eval(".glossary > div[id]", (nodes) => nodes.map((n) => n.id));
    expect(new Set(ids)).toEqual(new Set(getGlossary().map((t) => t.id)));
    // every link to where a term appears reads as the passage (a paragraph's or a heading's words), never an id
    const links = await page.$$eval(".glossary dd.meta a", (nodes) => nodes.map((n) => n.textContent ?? ""));
    expect(links.length).toBeGreaterThan(0);
    for (const text of links) expect(text).not.toMatch(/^(段落|paragraph) [a-z0-9-]+$/);
    // a term only the figures use says which figures, with links to them
    const uses = page.locator('#covenant-dscr [data-figure-uses] a');
    expect(await uses.count()).toBeGreaterThan(0);
    expect(await uses.first().getAttribute("href")).toMatch(/#fig-\d$/);
    expect(problems).toEqual([]);
    await close();
  });

  it("switches language on the glossary at the same term", async () => {
    const { page, problems, close } = await openPage(browser, baseUrl);
    const term = getGlossary()[Math.floor(getGlossary().length / 2)]?.id ?? "";
    await page.goto(`${baseUrl}/glossary/#${term}`, { waitUntil: "networkidle" });
    await page.waitForFunction((t) => document.querySelector<HTMLAnchorElement>(".lang-switch")?.href.endsWith(`/en/glossary/#${t}`), term);
    expect(problems).toEqual([]);
    await close();
  });

  it.each([
    ["/sources/", "ja"],
    ["/en/sources/", "en"],
  ])("%s lists facts and fact checks in <html lang=%s>", async (path, lang) => {
    const { page, problems, close } = await openPage(browser, baseUrl);
    await page.goto(`${baseUrl}${path}`, { waitUntil: "networkidle" });
    expect(await page.getAttribute("html", "lang")).toBe(lang);
    expect(await page.locator("tr[id^=fact-]").count()).toBeGreaterThan(5);
    expect(await page.locator(".fact-check").count()).toBeGreaterThan(0);
    // each fact's paragraph is linked by its words, never its id
    const links = await page.$$eval("tr[id^=fact-] a[href*='#']", (nodes) => nodes.map((n) => n.textContent ?? ""));
    expect(links.length).toBeGreaterThan(5);
    for (const text of links) expect(text).not.toMatch(/^[a-z0-9]+(-[a-z0-9]+)+$/);
    expect(problems).toEqual([]);
    await close();
  });

  it.each([
    ["/sources/", "ja", "集約サイト(二次資料)"],
    ["/en/sources/", "en", "aggregator (secondary)"],
  ])("%s lists every page the data cite, primary sources first and aggregators marked (%s)", async (path, _lang, aggregator) => {
    const { page, problems, close } = await openPage(browser, baseUrl);
    await page.goto(`${baseUrl}${path}`, { waitUntil: "networkidle" });
    const cited = new Map<string, string>();
    for (const table of TABLES) for (const row of tables()[table] as readonly Row[]) cited.set(row.source.url, row.source.title);
    const items = await page.$$eval("#data-sources li[data-confidence]", (nodes) =>
      nodes.map((li) => ({ level: li.getAttribute("data-confidence") ?? "", href: li.querySelector("a")?.getAttribute("href") ?? "", badge: li.querySelector(".badge")?.textContent ?? "" })),
    );
    // every cited page once, in the order primary, press, secondary
    expect(new Set(items.map((i) => i.href))).toEqual(new Set(cited.keys()));
    expect(items.length).toBe(cited.size);
    const ranks = items.map((i) => CONFIDENCE_LEVELS.indexOf(i.level as (typeof CONFIDENCE_LEVELS)[number]));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(items[0]?.level).toBe("primary");
    for (const i of items.filter((x) => x.level === "secondary")) expect(i.badge).toBe(aggregator);
    // the model's preset lists its sources the same way: every ranked one before any unranked, primary first
    const model = await page.$$eval("#model ~ ul li[id^=source-]", (nodes) => nodes.map((li) => li.getAttribute("data-confidence") ?? ""));
    const modelRanks = model.map((c) => (c === "" ? 3 : CONFIDENCE_LEVELS.indexOf(c as (typeof CONFIDENCE_LEVELS)[number])));
    expect(model[0]).toBe("primary");
    expect(modelRanks).toEqual([...modelRanks].sort((a, b) => a - b));
    expect(problems).toEqual([]);
    await close();
  });

  it("answers unknown paths with a 404 page in both languages, English first under /en/", async () => {
    const { page, close } = await openPage(browser, baseUrl);
    const response = await page.goto(`${baseUrl}/no-such-page/`);
    expect(response?.status()).toBe(404);
    expect(await page.getAttribute("html", "lang")).toBe("ja");
    expect(await page.locator("section[lang=en]").count()).toBe(1);
    await page.goto(`${baseUrl}/en/no-such-page/`);
    expect(await page.getAttribute("html", "lang")).toBe("en");
    await close();
  });

  it("has Open Graph tags, a social image, language alternates, a sitemap and robots.txt", async () => {
    const { page, close } = await openPage(browser, baseUrl);
    for (const [path, locale] of [
      ["/", "ja_JP"],
      ["/en/", "en_US"],
    ] as const) {
      await page.goto(`${baseUrl}${path}`);
      expect(await page.getAttribute('meta[property="og:locale"]', "content")).toBe(locale);
      const image = await page.getAttribute('meta[property="og:image"]', "content");
      expect(image).toMatch(/\/og-(ja|en)\.png$/);
      const imageResponse = await page.request.get(`${baseUrl}${new URL(image ?? "").pathname}`);
      expect(imageResponse.headers()["content-type"]).toBe("image/png");
      expect(await page.locator('link[rel="alternate"][hreflang="en"]').count()).toBe(1);
      expect(await page.title()).not.toBe("");
      expect(await page.getAttribute('meta[name="description"]', "content")).toBeTruthy();
    }
    const sitemap = await (await page.request.get(`${baseUrl}/sitemap.xml`)).text();
    for (const path of ["/", "/en/", "/glossary/", "/en/glossary/", "/sources/", "/en/sources/"]) {
      expect(sitemap).toContain(`${path}</loc>`);
    }
    const robots = await (await page.request.get(`${baseUrl}/robots.txt`)).text();
    expect(robots).toContain("Sitemap:");
    await close();
  });
});
