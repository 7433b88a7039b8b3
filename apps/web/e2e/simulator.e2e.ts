import { readFile } from "node:fs/promises";
import { PARAMETERS, getPreset, quarterLabels, numericParameterPaths, simulate, simulateFast, setPath, type Scenario } from "@aidebt/model";
import { godleyMatrix } from "../src/simulator/results/godley";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, openPage } from "./helpers";
import { noticeIssues, numberBox, openSimulator, slider, sliderValue, summary, waitForScenarioParam } from "./simulator-helpers";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

function expectClose(actual: unknown, expected: unknown, path = ""): void {
  if (typeof expected === "number" && typeof actual === "number") {
    // Relative 1e-12, and never finer than a dollar (1e-9 USD bn): a quantity that cancels to zero (SPV capex
    // in a quarter with no vehicle) keeps the rounding of the billions it was computed from.
    expect(Math.abs(actual - expected), path).toBeLessThanOrEqual(Math.max(1e-12 * Math.abs(expected), 1e-9));
  } else if (expected !== null && typeof expected === "object") {
    expect(Object.keys(actual as object), path).toEqual(Object.keys(expected));
    for (const [k, v] of Object.entries(expected)) expectClose((actual as Record<string, unknown>)[k], v, `${path}.${k}`);
  } else {
    expect(actual, path).toEqual(expected);
  }
}

/** Rows of the Godley table: the matrix the page draws, for the default preset's last quarter. */
const GODLEY_ROWS = godleyMatrix(simulateFast(getPreset("base")!.scenario).quarters.at(-1)!).length;
const b64url = (text: string) => Buffer.from(text, "utf8").toString("base64url");

describe("simulator page", () => {
  it.each(["/simulator/", "/en/simulator/"])("%s shows the preset's results without JavaScript", async (path) => {
    const { page, problems, close } = await openPage(browser, baseUrl, { javaScriptEnabled: false });
    await page.goto(`${baseUrl}${path}`);
    expect(await page.getAttribute("html", "lang")).toBe(path.startsWith("/en/") ? "en" : "ja");
    expect(await page.locator("[data-testid=sim-headline]").textContent()).not.toBe("");
    expect(await page.locator("[data-sim-chart] svg.chart path.area, [data-sim-chart] svg.chart path.series-line").count()).toBeGreaterThan(6);
    expect(await page.locator("table.godley tbody tr").count()).toBe(GODLEY_ROWS);
    expect(await page.locator("input[type=range]").count()).toBe(numericParameterPaths().length);
    // With JavaScript off the browser refuses the page's scripts; nothing else may fail.
    expect(problems.filter((p) => !/^failed: .*\.js$/.test(p))).toEqual([]);
    await close();
  });

  it("draws the article's figures for the scenario, including 返済はできても儲けはない and キャッシュフローか借金か, and redraws them", async () => {
    const { page, problems, close } = await openSimulator(browser, baseUrl, "/simulator/");
    const titles = await page.$$eval(".sim-figures [data-sim-chart] .figure-title", (nodes) => nodes.map((n) => n.textContent ?? ""));
    expect(titles).toEqual(expect.arrayContaining(["返済はできても儲けはない", "キャッシュフローか借金か"]));
    expect(titles.length).toBe(6);
    const repaid = () => page.locator("[data-sim-chart=sim-repaid] svg.chart").innerHTML();
    const before = await repaid();
    const growth = slider(page, "demand.aiGrowthAnnual");
    await growth.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowLeft");
    await page.waitForFunction((html) => document.querySelector("[data-sim-chart=sim-repaid] svg.chart")?.innerHTML !== html, before);
    expect(problems).toEqual([]);
    await close();
  });

  it("shows every parameter with its unit, provenance badge and allowed range", async () => {
    const { page, problems, close } = await openSimulator(browser, baseUrl, "/en/simulator/");
    const params = await page.$$eval(".param", (nodes) =>
      nodes.map((n) => ({
        path: n.getAttribute("data-path"),
        unit: n.querySelector(".param-unit")?.textContent ?? "",
        badge: n.querySelector(".prov-badge")?.textContent ?? "",
        allowed: n.querySelector(".param-allowed")?.textContent ?? "",
        shown: n.querySelector("output")?.textContent ?? null,
        spoken: n.querySelector("input[type=range]")?.getAttribute("aria-valuetext") ?? null,
      })),
    );
    // Every parameter of the model's table: sliders for numbers, their own controls for quarters and yes/no.
    expect(params.map((p) => p.path).sort()).toEqual(PARAMETERS.filter((p) => !p.shock).map((p) => p.path).sort());
    for (const p of params) {
      expect(p.unit, p.path ?? "").not.toBe("");
      // A slider says its value as shown, with its unit, and never "40% % a year".
      if (p.spoken !== null) {
        expect(p.spoken.startsWith(`${p.shown} `), `${p.path}: ${p.spoken}`).toBe(true);
        expect(p.spoken, p.path ?? "").not.toMatch(/%\s*%/);
      }
      expect(["Sourced", "Estimated", "Illustrative"]).toContain(p.badge);
      expect(p.allowed).toMatch(/^Allowed: /);
    }
    const groups = await page.$$eval("fieldset[data-group]", (nodes) => nodes.map((n) => n.getAttribute("data-group")));
    expect(groups).toEqual(["general", "sponsor", "demand", "gpus", "financing", "spv", "rates"]);
    expect(problems).toEqual([]);
    await close();
  });

  it("shows a provenance note on keyboard focus and on hover, and Escape hides it", async () => {
    const { page, problems, close } = await openSimulator(browser, baseUrl, "/en/simulator/?params=all");
    const badge = page.locator('[data-path="gpu.bookLifeQuarters"] .prov-badge');
    const tip = page.locator('[data-path="gpu.bookLifeQuarters"] .prov-tip');
    expect(await tip.isVisible()).toBe(false);
    await badge.focus();
    expect(await tip.isVisible()).toBe(true);
    expect((await tip.textContent())?.length).toBeGreaterThan(10);
    await page.keyboard.press("Escape");
    expect(await tip.isVisible()).toBe(false);
    await page.mouse.move(0, 0);
    await page.locator('[data-path="rates.baseAnnual"] .prov-badge').hover();
    expect(await page.locator('[data-path="rates.baseAnnual"] .prov-tip').isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await close();
  });
});

describe("loading", () => {
  // The model's chunk is the one that carries zod (zod names its classes in strings).
  const modelLoaded = (page: Page) =>
    page.evaluate(async () => {
      const scripts = performance.getEntriesByType("resource").map((e) => e.name).filter((url) => url.endsWith(".js"));
      const texts = await Promise.all(scripts.map((url) => fetch(url).then((r) => r.text())));
      return texts.some((text) => text.includes("ZodMini"));
    });

  it("hydrates the server's results without the model, loads it when the reader heads for a control, and then draws what the server drew", async () => {
    const { page, problems, close } = await openPage(browser, baseUrl);
    await page.goto(`${baseUrl}/simulator/`, { waitUntil: "domcontentloaded" });
    // Tag the server's nodes before the scripts run: hydration must keep them, not replace them.
    await page.evaluate(() => {
      for (const el of document.querySelectorAll(".sim-figures svg.chart, table.godley, .sim-summary-list, .sim-compare svg.chart")) el.setAttribute("data-from-server", "");
    });
    await page.waitForSelector(".sim[data-ready]");
    await page.waitForLoadState("networkidle");
    expect(await page.locator(".sim-figures svg.chart[data-from-server]").count()).toBe(6);
    expect(await page.locator("table.godley[data-from-server], .sim-summary-list[data-from-server], .sim-compare svg.chart[data-from-server]").count()).toBe(3);
    expect(await modelLoaded(page)).toBe(false);
    const serverDebt = (await page.locator("[data-sim-chart=sim-debt] svg.chart").evaluate((el) => el.outerHTML)).replace(' data-from-server=""', "");
    const serverSummary = await summary(page);

    // A slider there and back: the model loads, and the browser draws the preset's run itself, as the server did.
    const growth = slider(page, "demand.aiGrowthAnnual");
    await growth.focus();
    await page.keyboard.press("ArrowRight");
    await page.waitForFunction((before) => document.querySelector("[data-summary=peakTotalDebt]")?.textContent !== before, serverSummary.peakTotalDebt);
    expect(await modelLoaded(page)).toBe(true);
    await page.keyboard.press("ArrowLeft");
    await page.waitForFunction(() => !window.location.search.includes("s="));
    await page.waitForFunction((html) => document.querySelector("[data-sim-chart=sim-debt] svg.chart")?.outerHTML === html, serverDebt);
    expect(await summary(page)).toEqual(serverSummary);
    expect(await page.locator("[data-from-server]").count()).toBe(0);
    expect(problems).toEqual([]);
    await close();
  });

  it("loads the model when the reader scrolls through the simulator", async () => {
    const { page, problems, close } = await openSimulator(browser, baseUrl, "/en/simulator/");
    expect(await modelLoaded(page)).toBe(false);
    await page.mouse.wheel(0, 900);
    await expect.poll(() => modelLoaded(page), { timeout: 10_000 }).toBe(true);
    expect(problems).toEqual([]);
    await close();
  });

  it("keeps drawing the comparison after a scenario is kept and removed again", async () => {
    const { page, problems, close } = await openSimulator(browser, baseUrl, "/en/simulator/");
    await page.locator(".sim-compare button", { hasText: "Keep" }).first().click();
    await page.waitForSelector(".kept-list li");
    await page.locator(".kept-list li button").first().click();
    await page.waitForFunction(() => document.querySelectorAll(".kept-list li").length === 0);
    await page.waitForFunction(() => document.querySelectorAll(".sim-compare svg.chart path.series-line").length === 1);
    expect(await page.locator(".sim-pending").count()).toBe(0);
    expect(problems).toEqual([]);
    await close();
  });

  it("says so when the model cannot be loaded, and loads it when asked to try again", async () => {
    const { page, problems, close } = await openSimulator(browser, baseUrl, "/simulator/");
    const serverSummary = await summary(page);
    // The network goes away after the page has loaded: the model's chunk cannot be fetched.
    await page.route("**/_next/static/chunks/**", (route) => route.abort());
    await slider(page, "demand.aiGrowthAnnual").focus();
    await page.keyboard.press("ArrowRight");
    await page.waitForSelector("[data-sim-model-failure]");
    expect(await page.locator("[data-sim-model-failure]").textContent()).toContain("計算モデルを読み込めませんでした");
    expect(await summary(page)).toEqual(serverSummary);
    await page.unroute("**/_next/static/chunks/**");
    await page.locator("[data-sim-model-failure] button").click();
    await page.waitForFunction((before) => document.querySelector("[data-summary=peakTotalDebt]")?.textContent !== before, serverSummary.peakTotalDebt);
    expect(await page.locator("[data-sim-model-failure]").count()).toBe(0);
    // The aborted chunk requests are the test's doing; nothing else may fail.
    expect(problems.filter((p) => !/^failed: .*\/_next\/static\/chunks\//.test(p) && !/Loading chunk|Failed to load chunk|ChunkLoadError/i.test(p))).toEqual([]);
    await close();
  });

  it("applies a preset chosen before the model has loaded, and downloads that preset's scenario", async () => {
    const { page, problems, close } = await openSimulator(browser, baseUrl, "/en/simulator/");
    expect(await modelLoaded(page)).toBe(false);
    const serverSummary = await summary(page);
    await page.locator(".sim-preset select").selectOption("demand-slowdown");
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator(".sim-downloads button").nth(0).click()]);
    expect(JSON.parse(await readFile(await download.path(), "utf8"))).toEqual(getPreset("demand-slowdown")!.scenario);
    await page.waitForFunction((before) => document.querySelector("[data-summary=peakTotalDebt]")?.textContent !== before, serverSummary.peakTotalDebt);
    expect(await page.locator(".sim-preset select").inputValue()).toBe("demand-slowdown");
    expect(await page.locator('[data-path="demand.aiGrowthAnnual"] input.param-number').inputValue()).not.toBe("");
    await page.waitForFunction(() => new URLSearchParams(window.location.search).has("s"));
    expect(problems).toEqual([]);
    await close();
  });

  it("shows another quarter's balance sheets when the model has not loaded yet, then downloads the scenario", async () => {
    const { page, problems, close } = await openSimulator(browser, baseUrl, "/en/simulator/");
    expect(await modelLoaded(page)).toBe(false);
    const quarter = page.locator(".sim-godley select");
    await quarter.selectOption({ index: 4 });
    const fifth = quarterLabels(getPreset("base")!.scenario.startQuarter, 5)[4]!;
    await page.waitForFunction((label) => document.querySelector("table.godley caption")?.textContent?.includes(label), fifth);
    expect(await page.locator("table.godley tbody tr").count()).toBe(GODLEY_ROWS);
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator(".sim-downloads button").nth(0).click()]);
    expect(JSON.parse(await readFile(await download.path(), "utf8"))).toEqual(getPreset("base")!.scenario);
    expect(problems).toEqual([]);
    await close();
  });
});

describe("keyboard", () => {
  it("reaches every control of the simulator with Tab, without a trap", async () => {
    const { page, problems, close } = await openSimulator(browser, baseUrl, "/en/simulator/?params=all");
    const total = await page.evaluate(() => {
      const controls = [...document.querySelectorAll<HTMLElement>(".sim input, .sim select, .sim button, .sim a[href], .sim summary, .sim [tabindex='0']")].filter(
        (el) => !el.closest("details:not([open]) > :not(summary)") && !(el as HTMLButtonElement).disabled,
      );
      controls.forEach((el, i) => el.setAttribute("data-tab-id", String(i)));
      return controls.length;
    });
    expect(total).toBeGreaterThan(150);
    await page.locator(".sim-preset select").focus();
    const seen = new Set<string>();
    for (let i = 0; i < total + 20; i++) {
      const id = await page.evaluate(() => document.activeElement?.getAttribute("data-tab-id") ?? null);
      if (id !== null) seen.add(id);
      await page.keyboard.press("Tab");
    }
    // Everything after the preset picker (the first control) is reached by Tab alone.
    const missing = await page.evaluate((ids) => {
      const all = [...document.querySelectorAll<HTMLElement>("[data-tab-id]")];
      return all.filter((el) => Number(el.dataset.tabId) > 0 && !ids.includes(el.dataset.tabId ?? "")).map((el) => el.outerHTML.slice(0, 80));
    }, [...seen]);
    expect(missing).toEqual([]);
    expect(problems).toEqual([]);
    await close();
  });

  it("moves every parameter slider with the arrow keys and re-simulates", async () => {
    const { page, problems, close } = await openSimulator(browser, baseUrl, "/simulator/?params=all");
    const paths = await page.$$eval(".param[data-path] input[type=range]", (nodes) => nodes.map((n) => n.closest(".param")?.getAttribute("data-path") ?? ""));
    expect(paths.sort()).toEqual(numericParameterPaths().sort());
    for (const path of paths) {
      const input = slider(page, path);
      const [before, max] = await input.evaluate((el) => [Number((el as HTMLInputElement).value), Number((el as HTMLInputElement).max)]);
      await input.focus();
      await page.keyboard.press(before < max ? "ArrowRight" : "ArrowLeft");
      const after = await input.evaluate((el) => Number((el as HTMLInputElement).value));
      expect(after, path).not.toBe(before);
      // Back to where it was, so the next parameter starts from a valid preset scenario.
      await page.keyboard.press(before < max ? "ArrowLeft" : "ArrowRight");
    }
    expect(problems).toEqual([]);
    await close();
  });

  it("changes a parameter by typing, reports an out-of-range value at the field, and resets", async () => {
    const { page, problems, close } = await openSimulator(browser, baseUrl, "/en/simulator/?params=all");
    const box = numberBox(page, "gpu.bookLifeQuarters");
    await box.focus();
    await page.keyboard.press("Control+A");
    // A life is typed in years: 4 years is 16 quarters.
    await page.keyboard.type("4");
    expect(await sliderValue(page, "gpu.bookLifeQuarters")).toBe("16");
    await page.keyboard.press("Control+A");
    await page.keyboard.type("400");
    expect(await box.getAttribute("aria-invalid")).toBe("true");
    expect(await page.locator('[data-path="gpu.bookLifeQuarters"] .param-problem').textContent()).toMatch(/above the allowed range/);
    const reset = page.locator('[data-path="gpu.bookLifeQuarters"] .param-reset');
    await reset.focus();
    await page.keyboard.press("Enter");
    expect(await sliderValue(page, "gpu.bookLifeQuarters")).toBe(String(getPreset("base")!.scenario.gpu.bookLifeQuarters));
    expect(problems).toEqual([]);
    await close();
  });

  it("picks a preset, adds, edits and removes a shock with the keyboard only", async () => {
    const { page, problems, close } = await openSimulator(browser, baseUrl, "/en/simulator/");
    const preset = page.locator(".sim-preset select");
    await preset.focus();
    await page.keyboard.press("ArrowDown");
    expect(await preset.inputValue()).not.toBe("base");
    await preset.selectOption("base");

    const before = await page.locator(".shock-row").count();
    const kind = page.locator(".shock-add select");
    await kind.focus();
    await kind.selectOption("rates.shocks");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.waitForFunction((n) => document.querySelectorAll(".shock-row").length === n + 1, before);
    // The new row's quarter select has focus: move the shock one quarter later by keyboard.
    const row = page.locator('.shock-row[data-list="rates.shocks"]').last();
    const quarter = row.locator("select");
    expect(await quarter.evaluate((el) => el === document.activeElement)).toBe(true);
    const q0 = await quarter.inputValue();
    await page.keyboard.press("ArrowDown");
    expect(await quarter.inputValue()).not.toBe(q0);
    const marker = page.locator(".shock-marker").last();
    expect(await marker.getAttribute("aria-label")).toContain(await quarter.inputValue());
    await page.waitForFunction(() => [...document.querySelectorAll(".event-log li")].some((li) => li.getAttribute("data-kind") === "rate-shock"));
    const value = row.locator("input.param-number");
    await value.focus();
    await page.keyboard.press("Control+A");
    await page.keyboard.type("0.08");
    await row.locator("button").focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction((n) => document.querySelectorAll(".shock-row").length === n, before);
    expect(problems).toEqual([]);
    await close();
  });

  it("keeps up to three scenarios for comparison", async () => {
    const { page, problems, close } = await openSimulator(browser, baseUrl, "/en/simulator/");
    const keep = page.locator(".sim-compare > .sim-row button");
    for (let i = 0; i < 3; i++) {
      await slider(page, "demand.aiGrowthAnnual").focus();
      await page.keyboard.press("PageDown");
      await keep.focus();
      await page.keyboard.press("Enter");
      // each scenario kept before the next change (on a loaded machine the next key could come first)
      await page.waitForFunction((n) => document.querySelectorAll(".kept-list button").length >= n, i + 1);
    }
    expect(await keep.isDisabled()).toBe(true);
    expect(await page.locator("[data-sim-chart=sim-compare-chart] path.series-line").count()).toBe(4);
    expect(await page.locator(".compare-table thead th").count()).toBe(5);
    await page.locator(".kept-list button").first().focus();
    await page.keyboard.press("Enter");
    expect(await page.locator("[data-sim-chart=sim-compare-chart] path.series-line").count()).toBe(3);
    expect(problems).toEqual([]);
    await close();
  });
});

describe("URL state", () => {
  it("round-trips the whole scenario through the link", async () => {
    const first = await openSimulator(browser, baseUrl, "/en/simulator/?params=all");
    const { page } = first;
    await slider(page, "gpu.bookLifeQuarters").focus();
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
    await slider(page, "financing.campusShare").focus();
    await page.keyboard.press("ArrowRight");
    await page.locator(".shock-add select").selectOption("demand.shocks");
    await page.locator(".shock-add button").click();
    const s = await waitForScenarioParam(page);
    await page.waitForFunction((prev) => new URLSearchParams(window.location.search).get("s") !== prev || true, s);
    await page.waitForTimeout(300);
    const url = page.url();
    const values = await page.$$eval("input[type=range]", (nodes) => nodes.map((n) => (n as HTMLInputElement).value));
    const sum = await summary(page);
    expect(first.problems).toEqual([]);
    await first.close();

    const second = await openSimulator(browser, baseUrl, url.replace(baseUrl, ""));
    expect(await second.page.$$eval("input[type=range]", (nodes) => nodes.map((n) => (n as HTMLInputElement).value))).toEqual(values);
    expect(await summary(second.page)).toEqual(sum);
    expect(await second.page.locator(".shock-row").count()).toBe(1);
    expect(await second.page.locator("[data-sim-notice]").count()).toBe(0);
    expect(second.problems).toEqual([]);
    await second.close();
  });

  it("downloads the results JSON exactly as the CLI prints it", async () => {
    const { page, problems, close } = await openSimulator(browser, baseUrl, "/en/simulator/");
    await slider(page, "rates.baseAnnual").focus();
    await page.keyboard.press("ArrowRight");
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator(".sim-downloads button").nth(2).click()]);
    const path = await download.path();
    const { readFileSync } = await import("node:fs");
    const text = readFileSync(path, "utf8");
    const base = getPreset("base")!.scenario;
    const downloaded = JSON.parse(text) as { scenario: Scenario };
    expect(downloaded.scenario.rates.baseAnnual).toBeGreaterThan(base.rates.baseAnnual);
    // Same shape and format as the CLI's output; numbers agree to 1e-12 relative (Chromium's V8 and Node's
    // V8 can differ in the last bit of Math.pow, which the model's float measures use).
    expect(text).toBe(`${JSON.stringify(downloaded, null, 2)}\n`);
    expectClose(downloaded, JSON.parse(JSON.stringify(simulate(downloaded.scenario).toJSON())) as unknown);
    const [csv] = await Promise.all([page.waitForEvent("download"), page.locator(".sim-downloads button").nth(1).click()]);
    const lines = readFileSync(await csv.path(), "utf8").trim().split("\n");
    expect(lines.length).toBe(base.horizonQuarters + 1);
    expect(lines[0]).toContain("measures.totalDebt");
    expect(problems).toEqual([]);
    await close();
  });
});

describe("robustness", () => {
  const json = (value: unknown) => `v1.${b64url(JSON.stringify(value))}`;
  const badLinks: Array<[string, string, string]> = [
    ["garbage", "garbage", "s"],
    ["an unknown version", "v7.e30", "s"],
    ["broken base64url", "v1.%%%", "s"],
    ["truncated JSON", `v1.${b64url('{"p":"base","d":{"gpu.bookLife')}`, "s"],
    ["a JSON array", json([1, 2, 3]), "s"],
    ["an unknown preset", json({ p: "bubble", d: {} }), "s"],
    ["a wrong type", json({ p: "base", d: { "rates.baseAnnual": "high" } }), "rates.baseAnnual"],
    ["a huge number", json({ p: "base", d: { "gpu.bookLifeQuarters": 1e308 } }), "gpu.bookLifeQuarters"],
    ["a negative share", json({ p: "base", d: { "financing.campusShare": -5 } }), "financing.campusShare"],
    ["an unknown key", json({ p: "base", d: { "gpu.colour": "green" } }), "gpu.colour"],
    ["a prototype key", json({ p: "base", d: { "__proto__.x": 1 } }), "__proto__.x"],
    ["a shock outside the horizon", json({ p: "base", d: { "rates.shocks": [{ quarter: "2199Q1", baseAnnual: 0.05 }] } }), "rates.shocks.0.quarter"],
    ["a cross-field conflict", json({ p: "base", d: { "sponsor.minCash": 999999 } }), "sponsor.minCash"],
  ];

  it.each(badLinks)("a link with %s shows a field-level message and falls back to the preset", async (_, s, path) => {
    const { page, problems, close } = await openSimulator(browser, baseUrl, `/en/simulator/?s=${encodeURIComponent(s)}`);
    const issues = await noticeIssues(page);
    expect(issues).toContain(path);
    expect(await page.locator("[data-sim-notice]").isVisible()).toBe(true);
    expect(await page.locator("[data-testid=sim-headline]").textContent()).not.toBe("");
    expect(await sliderValue(page, "gpu.bookLifeQuarters")).toBe(String(getPreset("base")!.scenario.gpu.bookLifeQuarters));
    expect(problems).toEqual([]);
    await close();
  });

  it("words the model's problems in Japanese on the Japanese page, at the field and in the list", async () => {
    const s = json({ p: "base", d: { "financing.campusShare": 1.5, "rates.baseAnnual": "high", "gpu.colour": "green" } });
    const { page, problems, close } = await openSimulator(browser, baseUrl, `/simulator/?params=all&s=${encodeURIComponent(s)}`);
    const list = (await page.locator("[data-sim-notice] .sim-issues").textContent()) ?? "";
    expect(list).toContain("150% は大きすぎます。許容範囲:0%〜100%");
    expect(list).toContain("\"high\" はこの項目に使えない種類の値です。");
    expect(list).toContain("このようなパラメータはありません。");
    expect(list).not.toMatch(/too large|expected number|unknown key/);
    // At the field: a cross-field rule of the model, typed in the number box.
    await page.locator("[data-sim-notice] button").click();
    const box = numberBox(page, "treasury.cashFloor");
    // Money on the Japanese page is typed in 億ドル (×10 the model's $bn), as the charts show it.
    await box.fill(String((getPreset("base")!.scenario.sponsor.cash + 1) * 10));
    await box.press("Enter");
    await page.waitForSelector('[data-path="treasury.cashFloor"] .param-problem');
    expect(await page.locator('[data-path="treasury.cashFloor"] .param-problem').textContent()).toBe("現金の下限が期首の現金を上回っています。");
    expect(problems).toEqual([]);
    await close();
  });

  const base = getPreset("base")!.scenario;
  const files: Array<[string, string, Buffer, string]> = [
    ["a PNG image", "chart.png", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), ""],
    ["truncated JSON", "cut.json", Buffer.from(JSON.stringify(base).slice(0, 200)), ""],
    ["an empty file", "empty.json", Buffer.from(""), ""],
    ["a JSON array", "list.json", Buffer.from("[1,2,3]"), ""],
    ["huge numbers", "huge.json", Buffer.from(JSON.stringify(setPath(base, "sponsor.cash", 1e300))), "sponsor.cash"],
    ["a wrong type", "type.json", Buffer.from(JSON.stringify(setPath(base, "horizonQuarters", "forty"))), "horizonQuarters"],
    ["unknown keys", "keys.json", Buffer.from(JSON.stringify({ ...base, colour: "red" })), "colour"],
    ["a missing section", "partial.json", Buffer.from(JSON.stringify({ ...base, spv: undefined })), "spv"],
    ["a 5 MB file", "big.json", Buffer.alloc(5 * 1024 * 1024, 0x20), ""],
  ];

  it.each(files)("an upload of %s is refused with a visible message by field", async (_, name, buffer, path) => {
    const { page, problems, close } = await openSimulator(browser, baseUrl, "/en/simulator/");
    await page.locator(".sim-upload input[type=file]").setInputFiles({ name, mimeType: name.endsWith(".png") ? "image/png" : "application/json", buffer });
    const issues = await noticeIssues(page);
    expect(issues).toContain(path);
    const text = (await page.locator("[data-sim-notice]").textContent()) ?? "";
    if (name === "big.json") expect(text).toMatch(/5\.0 MB.*1 MB/);
    expect(await page.locator("[data-sim-notice]").isVisible()).toBe(true);
    expect(await sliderValue(page, "gpu.bookLifeQuarters")).toBe(String(base.gpu.bookLifeQuarters));
    expect(problems).toEqual([]);
    await close();
  });

  it("accepts a valid uploaded scenario", async () => {
    const { page, problems, close } = await openSimulator(browser, baseUrl, "/en/simulator/");
    const scenario = setPath(base, "gpu.bookLifeQuarters", 12);
    await page.locator(".sim-upload input[type=file]").setInputFiles({ name: "mine.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(scenario)) });
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('[data-path="gpu.bookLifeQuarters"] input[type=range]')?.dataset.value === "12");
    expect(await page.locator("[data-sim-notice]").textContent()).toContain("mine.json");
    expect(problems).toEqual([]);
    await close();
  });
});

describe("analysis in the Web Worker", () => {
  it("runs a long Monte Carlo with progress, can be cancelled, and runs again afterwards", async () => {
    const { page, problems, close } = await openSimulator(browser, baseUrl, "/en/simulator/");
    const panel = page.locator("#sim-montecarlo");
    await panel.locator("select").first().selectOption("20000");
    const [run, cancel] = [panel.locator(".sim-runner button").first(), panel.locator(".sim-runner button").nth(1)];
    await run.focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => /\d+ of 20000/.test(document.querySelector("#sim-montecarlo [role=status]")?.textContent ?? ""));
    // The page stays responsive while the worker runs: a slider still re-simulates, and its result is on screen
    // before the paths are done (no wall-clock budget: the order of the two is what shows it)
    const before = (await summary(page)).peakTotalDebt;
    await slider(page, "financing.campusShare").focus();
    await page.keyboard.press("ArrowRight");
    await page.waitForFunction((was) => document.querySelector("[data-summary=peakTotalDebt]")?.textContent !== was, before);
    expect(await panel.locator('[role=status][data-status="done"]').count()).toBe(0);
    await cancel.click();
    await page.waitForSelector('#sim-montecarlo [role=status][data-status="cancelled"]');
    expect(await panel.locator("svg.chart").count()).toBe(0);
    await panel.locator("select").first().selectOption("100");
    await run.click();
    await page.waitForSelector("#sim-montecarlo svg.chart", { timeout: 30_000 });
    expect(await page.locator('#sim-montecarlo [role=status]').getAttribute("data-status")).toBe("done");
    expect(problems).toEqual([]);
    await close();
  });

  it("reports the burst probability by year, the lenders' loss distribution and lender-loss bands, the same for the same seed", async () => {
    const { page, problems, close } = await openSimulator(browser, baseUrl, "/simulator/");
    await page.locator(".sim-preset select").selectOption("credit-freeze");
    // The preset applies when the model has loaded (the results are busy until then): every run is of it.
    await page.waitForSelector("#sim-results:not([aria-busy])");
    const panel = page.locator("#sim-montecarlo");
    await panel.locator("select").first().selectOption("100");
    const lossText = () => panel.locator("[data-final-lender-loss]").textContent().catch(() => null);
    // A run's result as the page shows it: the lenders' loss sentence and the burst probability by year (in
    // a scenario where lenders lose nothing on any path, the sentence alone is the same for every seed).
    const shownResult = () =>
      page.evaluate(() => {
        const loss = document.querySelector("#sim-montecarlo [data-final-lender-loss]")?.textContent ?? null;
        return loss === null ? null : `${loss}|${document.querySelector("#sim-montecarlo .data-table tbody")?.textContent ?? ""}`;
      });
    // Runs and waits for a result that differs from the one shown before (none, or another seed's).
    const run = async () => {
      const before = await shownResult();
      await panel.locator(".sim-runner button").first().click();
      await page.waitForFunction(
        (previous) => {
          const loss = document.querySelector("#sim-montecarlo [data-final-lender-loss]")?.textContent ?? null;
          const shown = loss === null ? null : `${loss}|${document.querySelector("#sim-montecarlo .data-table tbody")?.textContent ?? ""}`;
          return document.querySelector("#sim-montecarlo [role=status]")?.getAttribute("data-status") === "done" && shown !== null && shown !== previous;
        },
        before,
        { timeout: 30_000 },
      );
      return {
        loss: (await lossText()) ?? "",
        byYear: await panel.locator(".data-table").first().evaluate((d) =>
          [...d.querySelectorAll("tbody tr")].map((tr) => [tr.querySelector("th")?.textContent ?? "", Number.parseFloat(tr.querySelector("td")?.textContent ?? "")]),
        ),
      };
    };
    const seed = panel.locator('input[type="number"]');
    const first = await run();
    expect(first.loss).toContain("中央値");
    expect(first.byYear.length).toBeGreaterThanOrEqual(2);
    // Cumulative by year: never decreasing, between 0% and 100%.
    const probabilities = first.byYear.map(([, p]) => Number(p));
    probabilities.forEach((p, i) => {
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThanOrEqual(100);
      if (i > 0) expect(p).toBeGreaterThanOrEqual(probabilities[i - 1] ?? 0);
    });
    await panel.locator("select").filter({ has: page.locator('option[value="lenderLoss"]') }).selectOption("lenderLoss");
    await page.waitForFunction(() => (document.querySelector("#sim-montecarlo [data-sim-chart] .figure-title")?.textContent ?? "").includes("貸し手の損失"));
    // Another seed gives other paths; the first seed again gives exactly the first result.
    await seed.fill("7");
    const other = await run();
    expect(other).not.toEqual(first);
    await seed.fill("42");
    expect(await run()).toEqual(first);
    expect(problems).toEqual([]);
    await close();
  });

  it("maps when the hidden debt surfaces across two parameters, quarters in words where it never does", async () => {
    const { page, problems, close } = await openSimulator(browser, baseUrl, "/simulator/");
    await page.locator(".sim-preset select").selectOption("demand-slowdown");
    const panel = page.locator("#sim-heatmap");
    await panel.locator("select").nth(2).selectOption("5");
    await panel.locator("select").filter({ has: page.locator('option[value="burstIndex"]') }).selectOption("burstIndex");
    await panel.locator(".sim-runner button").first().click();
    await page.waitForSelector("#sim-heatmap svg.chart rect.heat-cell", { timeout: 30_000 });
    const cells = await panel.locator("rect.heat-cell title").allTextContents();
    expect(cells).toHaveLength(25);
    // Every cell says a quarter or that the hidden debt does not surface within the horizon.
    for (const cell of cells) expect(cell).toMatch(/\d{4}Q[1-4]|期間内には起きない/);
    expect(cells.some((cell) => /\d{4}Q[1-4]/.test(cell))).toBe(true);
    expect(problems).toEqual([]);
    await close();
  });

  it("draws a tornado and a heat map", async () => {
    const { page, problems, close } = await openSimulator(browser, baseUrl, "/en/simulator/");
    await page.locator("#sim-tornado .sim-runner button").first().click();
    await page.waitForSelector("#sim-tornado svg.chart rect", { timeout: 30_000 });
    await page.locator("#sim-heatmap select").nth(2).selectOption("5");
    await page.locator("#sim-heatmap .sim-runner button").first().click();
    await page.waitForSelector("#sim-heatmap svg.chart rect.heat-cell", { timeout: 30_000 });
    expect(await page.locator("#sim-heatmap rect.heat-cell").count()).toBe(25);
    expect(problems).toEqual([]);
    await close();
  });
});
