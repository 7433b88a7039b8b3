import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { getPreset, setPath, simulateFast, type Scenario } from "@aidebt/model";
import { explainEn } from "../src/components/figures/explain-en";
import { explainJa } from "../src/components/figures/explain-ja";
import { launchBrowser, openPage, readFigure, settleFigure } from "./helpers";

// Issue 17, "figures that explain, honestly": the structure diagram before figure 2, the default run as a faint
// baseline, the run's own marks, and the reset and "try this" buttons with a sentence written from the runs.

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const settle = settleFigure;

const fig = (n: number) => `[data-figure="${n}"]`;
const STRUCTURE = "[data-structure]";

async function open(path: string, selector: string, options = {}) {
  const watched = await openPage(browser, baseUrl, options);
  await watched.page.goto(`${baseUrl}${path}`, { waitUntil: "networkidle" });
  await watched.page.waitForSelector(`${selector}[data-hydrated]`);
  return watched;
}

/** The diagram's flow widths, by flow. */
async function widths(page: Page): Promise<Record<string, string>> {
  return page.evaluate((selector) => {
    const out: Record<string, string> = {};
    for (const g of document.querySelectorAll(`${selector} [data-flow]`)) out[g.getAttribute("data-flow") ?? ""] = g.getAttribute("data-width") ?? "";
    return out;
  }, STRUCTURE);
}

/** Moves a figure's main control by keyboard (three steps of a slider, or the next option of a select). */
async function moveMainControl(page: Page, n: number): Promise<void> {
  const control = page.locator(`${fig(n)} [data-main-control]`).first();
  const tag = await control.evaluate((el) => el.tagName.toLowerCase());
  if (tag === "select") {
    const next = await control.evaluate((el) => {
      const select = el as HTMLSelectElement;
      return select.options[(select.selectedIndex + 1) % select.options.length]?.value ?? "";
    });
    await control.selectOption(next);
    return;
  }
  const [value, max] = await control.evaluate((el) => [Number((el as HTMLInputElement).value), Number((el as HTMLInputElement).max)]);
  await control.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press(value < max ? "ArrowRight" : "ArrowLeft");
}

describe("the structure diagram before figure 2", () => {
  it("sits before figure 2, and its flows' widths follow the quarter and the scenario, with the URL", async () => {
    const { page, problems, close } = await open("/", STRUCTURE);
    const order = await page.evaluate(() => {
      const all = [...document.querySelectorAll("[data-structure], [data-figure]")];
      return all.map((el) => (el.hasAttribute("data-structure") ? "structure" : el.getAttribute("data-figure")));
    });
    expect(order.indexOf("structure")).toBe(order.indexOf("2") - 1);
    // Every flow of the sketch is there, named in Japanese.
    const labels = await page.locator(`${STRUCTURE} .flow-label`).allTextContents();
    expect(labels).toEqual(expect.arrayContaining(Object.values(explainJa.structure.flows)));

    const start = await widths(page);
    expect(Number(start.debt)).toBeGreaterThan(0);
    const before = await readFigure(page, STRUCTURE);
    // The quarter: two years back, where the vehicles owe less than at the peak the diagram opens on.
    const quarter = page.locator(`${STRUCTURE} input[name="quarter"]`);
    await quarter.focus();
    for (let i = 0; i < 8; i++) await page.keyboard.press("ArrowLeft");
    const moved = await settle(page, STRUCTURE, JSON.stringify(before));
    expect(moved.caption).not.toBe(before.caption);
    const earlier = await widths(page);
    expect(earlier).not.toEqual(start);
    await page.waitForFunction(() => new URLSearchParams(window.location.search).has("f2d.quarter"));

    // Figure 2's campus share is the diagram's too: moving it there redraws the diagram.
    const shared = earlier;
    const share = page.locator(`${STRUCTURE} input[name="campusShare"]`);
    await share.focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowLeft");
    await page.waitForFunction(() => new URLSearchParams(window.location.search).has("f2.campusShare"));
    const byShare = await settle(page, STRUCTURE, JSON.stringify(moved));
    expect(await widths(page)).not.toEqual(shared);
    expect(await page.locator(`${fig(2)} input[name="campusShare"]`).inputValue()).toBe(await share.inputValue());

    // The scenario: the article's demand slowdown draws other flows at the same quarter.
    const beforeScenario = await widths(page);
    await page.locator(`${STRUCTURE} [data-name="scenario"] button`).nth(1).click();
    await settle(page, STRUCTURE, JSON.stringify(byShare));
    expect(await widths(page)).not.toEqual(beforeScenario);
    await page.waitForFunction(() => new URLSearchParams(window.location.search).get("f2d.scenario") === "demand-slowdown");
    expect(problems).toEqual([]);
    await close();
  });

  it("draws consolidation only in a run whose vehicle debt was consolidated, and labels in English on /en/", async () => {
    const { page, problems, close } = await open("/en/?f2d.scenario=demand-slowdown", STRUCTURE);
    await settle(page, STRUCTURE);
    const labels = await page.locator(`${STRUCTURE} .flow-label`).allTextContents();
    expect(labels).toEqual(expect.arrayContaining(Object.values(explainEn.structure.flows)));
    const share = Number(await page.locator(`${STRUCTURE} input[name="campusShare"]`).inputValue());
    const run = simulateFast(setPath(getPreset("demand-slowdown")!.scenario, "financing.campusShare", share));
    const consolidatedAt = run.quarters.findIndex((q) => q.sponsor.liabilities.consolidatedSpvDebt > 0);
    const quarter = page.locator(`${STRUCTURE} input[name="quarter"]`);
    if (consolidatedAt < 0) {
      expect(Number((await widths(page)).consolidated)).toBe(0);
    } else {
      // Just before and at the consolidation: the flow appears when the model moves the debt onto the sponsor.
      for (const [i, expected] of [[consolidatedAt - 1, false], [consolidatedAt, true]] as const) {
        if (i < 0) continue;
        await quarter.fill(String(i));
        await page.waitForFunction(([sel, label]) => document.querySelector(`${sel} svg`)?.getAttribute("aria-label")?.includes(label), [STRUCTURE, run.quarters[i]!.label] as const);
        expect(Number((await widths(page)).consolidated) > 0, run.quarters[i]!.label).toBe(expected);
      }
      expect(await page.locator(`${STRUCTURE} figcaption`).textContent()).toContain("consolidated onto the sponsor");
    }
    expect(problems).toEqual([]);
    await close();
  });

  it("is drawn without JavaScript, with the flows' amounts as text and every quarter in its data table", async () => {
    // Without JavaScript the page's script requests are cancelled, so request problems are not this test's business.
    const { page, close } = await openPage(browser, baseUrl, { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/`);
    expect(Number((await widths(page)).debt)).toBeGreaterThan(0);
    expect(await page.locator(`${STRUCTURE} [data-flow-value]`).count()).toBe(Object.keys(explainJa.structure.flows).length);
    const quarters = Number(await page.locator(`${STRUCTURE} input[name="quarter"]`).getAttribute("max")) + 1;
    expect(await page.locator(`${STRUCTURE} .data-table tbody tr`).count()).toBe(quarters);
    await close();
  });

  it("widens its flows without a transition when the reader asks for reduced motion", async () => {
    for (const reducedMotion of ["reduce", "no-preference"] as const) {
      const { page, close } = await open("/", STRUCTURE, { reducedMotion });
      const duration = await page.locator(`${STRUCTURE} [data-flow="debt"] .flow-line`).evaluate((el) => getComputedStyle(el).transitionDuration);
      if (reducedMotion === "reduce") expect(duration).toBe("0s");
      else expect(duration).not.toBe("0s");
      await close();
    }
  });
});

describe.each([1, 2, 3, 4, 5, 6])("figure %i's default baseline and reset", (n) => {
  it("draws the default run faintly, named in the legend, and says how the result moved, once a control moves; reset takes both away", async () => {
    const { page, problems, close } = await open("/", fig(n));
    const before = await readFigure(page, fig(n));
    expect(await page.locator(`${fig(n)} [data-baseline]`).count()).toBe(0);
    expect(before.legend).not.toContain(explainJa.baseline);
    expect(await page.locator(`${fig(n)} [data-reset]`).isDisabled()).toBe(true);

    await moveMainControl(page, n);
    const moved = await settle(page, fig(n), JSON.stringify(before));
    expect(await page.locator(`${fig(n)} [data-baseline]`).count()).toBeGreaterThan(0);
    expect(moved.legend).toContain(explainJa.baseline);
    // the reader's own move earns the sentence a "try this" does: the result against the default's
    expect(moved.caption).toMatch(/既定値(では|と同じ)/);
    await page.waitForFunction((n) => window.location.search.includes(`f${n}.`), n);

    await page.locator(`${fig(n)} [data-reset]`).click();
    await page.waitForFunction((n) => !window.location.search.includes(`f${n}.`), n);
    const reset = await settle(page, fig(n), JSON.stringify(moved));
    expect(await page.locator(`${fig(n)} [data-baseline]`).count()).toBe(0);
    expect(reset.legend).toBe(before.legend);
    expect(reset.caption).toBe(before.caption);
    expect(await page.locator(`${fig(n)} [data-notice]`).count()).toBe(0);
    expect(problems).toEqual([]);
    await close();
  });
});

describe.each([1, 2, 3, 4, 5, 6, 7, 8])("figure %i's try-this buttons", (n) => {
  it("set a state that the URL keeps and add a sentence to the caption comparing its run with the default", async () => {
    const { page, problems, close } = await open("/", fig(n));
    const buttons = page.locator(`${fig(n)} [data-try]`);
    expect(await buttons.count()).toBeGreaterThanOrEqual(2);
    const before = await readFigure(page, fig(n));
    await buttons.first().click();
    const after = await settle(page, fig(n), JSON.stringify(before));
    expect(after.caption).not.toBe(before.caption);
    await page.waitForFunction((n) => window.location.search.includes(`f${n}.`), n);
    expect(await buttons.first().getAttribute("aria-pressed")).toBe("true");
    const notice = (await page.locator(`${fig(n)} [data-notice]`).textContent()) ?? "";
    // One of the two templates, filled in: never a sentence written in advance.
    expect(notice).toMatch(/既定値(では|と同じ)/);
    // The shared link shows the same state and the same sentence.
    const shared = await openPage(browser, baseUrl);
    await shared.page.goto(page.url(), { waitUntil: "networkidle" });
    await shared.page.waitForSelector(`${fig(n)} [data-notice]`);
    expect(await shared.page.locator(`${fig(n)} [data-notice]`).textContent()).toBe(notice);
    await shared.close();
    expect(problems).toEqual([]);
    await close();
  });
});

/** Figure 5's scenario for its state on the page, as data.ts builds it: the preset with the reader's demand shock. */
async function fig5Scenario(page: Page): Promise<Scenario> {
  const value = (name: string) => page.locator(`${fig(5)} [name="${name}"]`).inputValue();
  const preset = getPreset("demand-slowdown")!.scenario;
  const shock = await value("shock");
  const presetShock = preset.demand.shocks[0];
  let s = setPath(preset, "demand.aiGrowthAnnual", Number(await value("growth")));
  s = setPath(s, "demand.shocks", shock === "none" ? [] : [{ ...(presetShock?.growthAnnual === undefined ? {} : { growthAnnual: presetShock.growthAnnual }), quarter: shock, levelChange: Number(await value("size")) }]);
  return setPath(s, "rates.baseAnnual", Number(await value("rate")));
}

describe("the run's marks", () => {
  it("mark figure 2's first lease commencement where the model has it, and no surfacing where it has none", async () => {
    const { page, problems, close } = await open("/", fig(2));
    const share = Number(await page.locator(`${fig(2)} input[name="campusShare"]`).inputValue());
    const run = simulateFast(setPath(getPreset("base")!.scenario, "financing.campusShare", share));
    const lease = run.events.find((e) => e.kind === "vehicle-complete");
    const marks = page.locator(`${fig(2)} svg.chart [data-mark]`);
    expect(await page.locator(`${fig(2)} [data-mark="leaseStart"]`).getAttribute("data-quarter")).toBe(lease?.quarter ?? null);
    expect(await page.locator(`${fig(2)} [data-mark="burst"]`).count()).toBe(run.summary.burstQuarter ? 1 : 0);
    expect(await marks.count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await close();
  });

  it("mark figure 5's covenant breach and surfacing as the model reports them, and follow a try-this state", async () => {
    const { page, problems, close } = await open("/", fig(5));
    const check = async () => {
      const run = simulateFast(await fig5Scenario(page));
      const covenant = run.events.find((e) => e.kind === "covenant-breach")?.quarter ?? null;
      const covenantMark = page.locator(`${fig(5)} [data-mark="covenant"]`);
      expect(await covenantMark.count()).toBe(covenant ? 1 : 0);
      if (covenant) expect(await covenantMark.getAttribute("data-quarter")).toBe(covenant);
      const burst = page.locator(`${fig(5)} [data-mark="burst"]`);
      expect(await burst.count()).toBe(run.summary.burstQuarter ? 2 : 0);
      return run.summary.burstQuarter;
    };
    const defaultBurst = await check();
    const before = await readFigure(page, fig(5));
    await page.locator(`${fig(5)} [data-try="earlier"]`).click();
    await settle(page, fig(5), JSON.stringify(before));
    const earlierBurst = await check();
    // The sentence names both runs' surfacing quarters, as the model reports them.
    const notice = (await page.locator(`${fig(5)} [data-notice]`).textContent()) ?? "";
    expect(notice).toContain(defaultBurst ?? explainJa.never);
    expect(notice).toContain(earlierBurst ?? explainJa.never);
    expect(problems).toEqual([]);
    await close();
  });
});

describe("figure 5's shock marker", () => {
  it("drags along the time axis to a later quarter: the select, the URL and the run follow; arrow keys move it too", async () => {
    const { page, problems, close } = await open("/", fig(5));
    const select = page.locator(`${fig(5)} select[name="shock"]`);
    // the handle comes with the figures' model code, once the reader turns to the figure
    await select.hover();
    const handle = page.locator(`${fig(5)} .shock-handle`);
    await handle.waitFor();
    const before = await select.inputValue();
    expect(await handle.getAttribute("data-quarter")).toBe(before);
    const box = (await handle.boundingBox())!;
    const chart = (await page.locator(`${fig(5)} svg.chart`).first().boundingBox())!;
    // from the marker toward the right end of the time axis, in steps as a hand would
    const from = box.x + box.width / 2;
    const to = chart.x + chart.width * 0.85;
    await page.mouse.move(from, box.y + box.height / 2);
    await page.mouse.down();
    for (let k = 1; k <= 8; k++) await page.mouse.move(from + ((to - from) * k) / 8, box.y + box.height / 2);
    await page.mouse.up();
    await page.waitForFunction((b) => document.querySelector<HTMLSelectElement>('[data-figure="5"] select[name="shock"]')?.value !== b, before);
    const after = await select.inputValue();
    expect(after > before).toBe(true);
    // the URL follows after its short delay
    await page.waitForFunction((a) => location.search.includes(`f5.shock=${a}`), after);
    expect(await handle.getAttribute("data-quarter")).toBe(after);
    // the figure's run is the model's run with the shock in the quarter the marker was dropped on
    const run = simulateFast(await fig5Scenario(page));
    await page.waitForFunction((q) => (document.querySelector('[data-figure="5"] [data-mark="burst"]')?.getAttribute("data-quarter") ?? "") === q, run.summary.burstQuarter ?? "");
    // by keyboard: one allowed quarter earlier
    expect(await handle.getAttribute("role")).toBe("slider");
    await handle.focus();
    await page.keyboard.press("ArrowLeft");
    await page.waitForFunction((a) => document.querySelector<HTMLSelectElement>('[data-figure="5"] select[name="shock"]')?.value !== a, after);
    expect((await select.inputValue()) < after).toBe(true);
    expect(problems).toEqual([]);
    await close();
  });
});
