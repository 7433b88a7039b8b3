// The claims report on the site: the article's section (ja/en, without script too), the simulator's panel
// recomputed after a change, and the one-year-on page's "what the model says now", each against claims() itself.
import { claims, getPreset } from "@aidebt/model";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, openPage, seriousViolations } from "./helpers";
import { numberBox, openSimulator } from "./simulator-helpers";

const baseUrl = inject("baseUrl");
let browser: Browser;
const base = claims("base");

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** The claims of one rendered list: id, answer, the model's sentence. */
function cards(page: Page, scope: string) {
  return page.$$eval(`${scope} .claim-card`, (nodes) =>
    nodes.map((n) => ({ id: n.getAttribute("data-claim"), answer: n.getAttribute("data-answer"), text: n.querySelector(".claim-text")?.textContent ?? "", visible: (n as HTMLElement).offsetParent !== null })),
  );
}

describe.each([
  ["/", "ja"],
  ["/en/", "en"],
] as const)("the article's claims section on %s", (path, lang) => {
  it("comes right after the summary, with six claims whose answers and sentences are claims(\"base\")'s", async () => {
    const { page, problems, close } = await openPage(browser, baseUrl);
    await page.goto(`${baseUrl}${path}`, { waitUntil: "networkidle" });
    const after = await page.$eval("#claims-tested", (h) => h.closest("section")?.previousElementSibling?.getAttribute("aria-labelledby"));
    expect(after).toBe("summary-heading");
    expect(await page.getAttribute('.toc a[href="#claims-tested"]', "href")).toBe("#claims-tested");
    const shown = await cards(page, '[data-claims-preset="base"]');
    expect(shown).toEqual(base.claims.map((c) => ({ id: c.id, answer: c.answer, text: c.text[lang], visible: true })));
    // the other presets wait behind the picker
    expect((await cards(page, '[data-claims-preset="neocloud"]')).every((c) => !c.visible)).toBe(true);
    expect(problems).toEqual([]);
    await close();
  });

  it("switches preset with the radio buttons without JavaScript", async () => {
    // (no check of requests: without script, chunks the page preloads are cancelled, as in article.e2e.ts)
    const { page, close } = await openPage(browser, baseUrl, { javaScriptEnabled: false });
    await page.goto(`${baseUrl}${path}`);
    const neocloud = claims("neocloud");
    await page.check('.claims-picker input[value="neocloud"]');
    const shown = await cards(page, '[data-claims-preset="neocloud"]');
    expect(shown.map((c) => [c.id, c.answer, c.visible])).toEqual(neocloud.claims.map((c) => [c.id, c.answer, true]));
    expect((await cards(page, '[data-claims-preset="base"]')).every((c) => !c.visible)).toBe(true);
    await close();
  });

  it("has no serious axe violation with another preset chosen", async () => {
    const { page, problems, close } = await openPage(browser, baseUrl);
    await page.goto(`${baseUrl}${path}`, { waitUntil: "networkidle" });
    await page.check('.claims-picker input[value="demand-slowdown"]');
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await close();
  });
});

describe("the simulator's claims panel", () => {
  it("tests the reader's scenario and follows a change of a parameter", async () => {
    const { page, problems, close } = await openSimulator(browser, baseUrl, "/en/simulator/");
    await page.locator("[data-claims-panel]").scrollIntoViewIfNeeded();
    await page.waitForSelector('[data-claims-panel][data-state="done"]', { timeout: 30_000 });
    expect((await cards(page, "[data-claims-panel]")).map((c) => [c.id, c.answer])).toEqual(base.claims.map((c) => [c.id, c.answer]));
    const npv = () => page.textContent('[data-claims-panel] [data-claim="repaid-no-profit"] [data-figure-key="sponsorAiNpv"] dd');
    const before = await npv();

    // a high AI share of revenue: the AI investment pays, so "repaid, yet no profit" no longer holds
    const expected = claims({ ...getPreset("base")!.scenario, ai: { ...getPreset("base")!.scenario.ai, revenueShare: 0.6 } });
    const box = numberBox(page, "ai.revenueShare");
    await box.focus();
    await page.keyboard.press("Control+A");
    // the field is in percent; typed key by key ("6", "60"): each change supersedes the report being computed
    await page.keyboard.type("60");
    await page.waitForSelector('[data-claims-panel] [data-claim="repaid-no-profit"][data-answer="does-not-hold"]', { timeout: 30_000 });
    await page.waitForSelector('[data-claims-panel][data-state="done"]', { timeout: 30_000 });
    expect((await cards(page, "[data-claims-panel]")).map((c) => [c.id, c.answer, c.text])).toEqual(expected.claims.map((c) => [c.id, c.answer, c.text.en]));
    expect(await npv()).not.toBe(before);
    expect(problems).toEqual([]);
    await close();
  });
});

describe.each([
  ["/one-year-on/", "ja"],
  ["/en/one-year-on/", "en"],
] as const)("what the model says now on %s", (path, lang) => {
  it("gives claims(\"base\")'s answer and sentence for every claim", async () => {
    const { page, problems, close } = await openPage(browser, baseUrl);
    await page.goto(`${baseUrl}${path}`, { waitUntil: "networkidle" });
    const says = await page.$$eval("[data-model-says]", (nodes) => nodes.map((n) => ({ answer: n.getAttribute("data-answer"), text: n.textContent ?? "" })));
    expect(says.map((s) => s.answer)).toEqual(base.claims.map((c) => c.answer));
    base.claims.forEach((c, i) => expect(says[i]!.text).toContain(c.text[lang]));
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await close();
  });
});
