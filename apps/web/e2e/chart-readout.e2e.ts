import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, openPage, seriousViolations, settleFigure } from "./helpers";
import { openSimulator, slider, waitForScenarioParam } from "./simulator-helpers";

// Issue 17, "values on hover and focus": every chart of figures 1–7 shows the values of the quarter (or point)
// under the pointer, under a tap, or chosen with the arrow keys once the chart has focus, as its data table says.

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const fig = (n: number) => `[data-figure="${n}"]`;

interface Shown {
  head: string;
  cells: string[];
}

/** What the readout shows, or null when it is hidden. */
async function readout(page: Page): Promise<Shown | null> {
  return page.evaluate(() => {
    const box = document.querySelector<HTMLElement>(".chart-readout");
    if (!box || box.hidden) return null;
    return { head: box.querySelector("strong")?.textContent ?? "", cells: [...box.querySelectorAll("dd")].map((d) => d.textContent ?? "") };
  });
}

/** The rows of a figure's data table, as the readout should show them. */
async function tableRows(page: Page, n: number): Promise<Shown[]> {
  return page.evaluate((selector) => {
    const rows = [...document.querySelectorAll(`${selector} .data-table tbody tr`)];
    return rows.map((tr) => ({ head: tr.querySelector("th")?.textContent ?? "", cells: [...tr.querySelectorAll("td")].map((d) => d.textContent ?? "") }));
  }, fig(n));
}

/** Waits for the readout to show (its code loads on the first interaction) and returns it. */
async function waitShown(page: Page, move: () => Promise<void>): Promise<Shown> {
  for (let i = 0; i < 40; i++) {
    await move();
    const shown = await readout(page);
    if (shown) return shown;
    await page.waitForTimeout(100);
  }
  throw new Error("the readout never showed");
}

/** Hovers a chart at a fraction of its plot's width. */
async function hover(page: Page, chart: ReturnType<Page["locator"]>, at: number): Promise<void> {
  const box = (await chart.boundingBox())!;
  await page.mouse.move(box.x + box.width * at, box.y + box.height / 2);
}

async function open(path: string, options = {}) {
  const watched = await openPage(browser, baseUrl, options);
  await watched.page.goto(`${baseUrl}${path}`, { waitUntil: "networkidle" });
  await watched.page.waitForSelector(`${fig(7)}[data-hydrated]`);
  return watched;
}

describe.each([
  ["/", "ja"],
  ["/en/", "en"],
] as const)("charts' values on hover on %s", (path, _lang) => {
  it("every chart of figures 1–7 shows its table's row under the pointer: the first at its left edge, the last at its right", async () => {
    const { page, problems, close } = await open(path);
    for (const n of [1, 2, 3, 4, 5, 6, 7]) {
      const rows = await tableRows(page, n);
      const charts = page.locator(`${fig(n)} svg[data-readout]`);
      const count = await charts.count();
      expect(count, `figure ${n}`).toBeGreaterThan(0);
      for (let c = 0; c < count; c++) {
        const chart = charts.nth(c);
        await chart.scrollIntoViewIfNeeded();
        const [positions, , , firstRow] = ((await chart.getAttribute("data-readout")) ?? "").split(" ").map(Number);
        const first = await waitShown(page, () => hover(page, chart, 0.01));
        expect(first, `figure ${n} chart ${c} left`).toEqual(rows[firstRow!]);
        await hover(page, chart, 0.99);
        expect(await readout(page), `figure ${n} chart ${c} right`).toEqual(rows[firstRow! + positions! - 1]);
        await hover(page, chart, 0.5);
        const middle = await readout(page);
        expect(rows.slice(firstRow)).toContainEqual(middle);
        expect(middle).not.toEqual(first);
      }
      // leaving the chart takes the values away
      await page.mouse.move(1, 1);
      expect(await readout(page)).toBeNull();
    }
    expect(problems).toEqual([]);
    await close();
  });
});

describe("charts' values by keyboard and after a change", () => {
  it("a focused chart shows its last quarter; arrows, Home and End move along its table; Escape hides", async () => {
    const { page, problems, close } = await open("/");
    const chart = page.locator(`${fig(4)} svg[data-readout]`).first();
    const rows = await tableRows(page, 4);
    await chart.scrollIntoViewIfNeeded();
    const last = await waitShown(page, () => chart.focus());
    expect(last).toEqual(rows.at(-1));
    await page.keyboard.press("ArrowLeft");
    expect(await readout(page)).toEqual(rows.at(-2));
    await page.keyboard.press("PageUp");
    expect(await readout(page)).toEqual(rows.at(-6));
    await page.keyboard.press("Home");
    expect(await readout(page)).toEqual(rows[0]);
    await page.keyboard.press("ArrowLeft");
    expect(await readout(page)).toEqual(rows[0]);
    await page.keyboard.press("End");
    expect(await readout(page)).toEqual(rows.at(-1));
    // the values are announced: a status region
    expect(await page.locator(".chart-readout").getAttribute("role")).toBe("status");
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press("Home");
    await page.keyboard.press("Escape");
    expect(await readout(page)).toBeNull();
    // a key brings them back where they were
    await page.keyboard.press("ArrowRight");
    expect(await readout(page)).toEqual(rows[0]);
    // Tab moves on to the figure's second chart (the same table), then out of the charts: the values follow the focus
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-readout") !== null)).toBe(true);
    expect(await readout(page)).toEqual(rows.at(-1));
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.hasAttribute("data-readout"))).toBe(false);
    expect(await readout(page)).toBeNull();
    expect(problems).toEqual([]);
    await close();
  });

  it("shows the reader's run, not the default's, once a control has moved", async () => {
    const { page, problems, close } = await open("/");
    const chart = page.locator(`${fig(3)} svg[data-readout]`).first();
    await chart.scrollIntoViewIfNeeded();
    const before = await waitShown(page, () => hover(page, chart, 0.75));
    const drawn = await settleFigure(page, fig(3));
    const control = page.locator(`${fig(3)} [data-main-control]`).first();
    await control.focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowLeft");
    await settleFigure(page, fig(3), JSON.stringify(drawn));
    await hover(page, chart, 0.74);
    await hover(page, chart, 0.75);
    const after = await readout(page);
    expect(after?.head).toBe(before.head);
    expect(after?.cells).not.toEqual(before.cells);
    expect(await tableRows(page, 3)).toContainEqual(after);
    expect(problems).toEqual([]);
    await close();
  });

  it("shows a tapped quarter on a phone, inside the screen, and hides it on a tap elsewhere", async () => {
    const { page, problems, close } = await open("/", { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const chart = page.locator(`${fig(2)} svg[data-readout]`).first();
    await chart.scrollIntoViewIfNeeded();
    const box = (await chart.boundingBox())!;
    const shown = await waitShown(page, () => page.touchscreen.tap(box.x + box.width * 0.9, box.y + box.height / 2));
    expect(await tableRows(page, 2)).toContainEqual(shown);
    const at = (await page.locator(".chart-readout").boundingBox())!;
    expect(at.x).toBeGreaterThanOrEqual(0);
    expect(at.x + at.width).toBeLessThanOrEqual(390);
    await page.locator(`${fig(2)} .figure-title`).tap();
    expect(await readout(page)).toBeNull();
    expect(problems).toEqual([]);
    await close();
  });
});

describe("the simulator's charts' values on hover", () => {
  /** The rows of a simulator chart's data table. */
  const simRows = (page: Page, id: string) =>
    page.evaluate((id) => {
      const rows = [...document.querySelectorAll(`[data-sim-chart="${id}"] .data-table tbody tr`)];
      return rows.map((tr) => ({ head: tr.querySelector("th")?.textContent ?? "", cells: [...tr.querySelectorAll("td")].map((d) => d.textContent ?? "") }));
    }, id);

  it("show the quarter under the pointer from the chart's table, and the reader's run once a lever has moved", async () => {
    const { page, problems, close } = await openSimulator(browser, baseUrl);
    const section = page.locator("[data-sim-chart]").first();
    const id = (await section.getAttribute("data-sim-chart")) ?? "";
    const chart = section.locator("svg[data-readout]");
    await chart.scrollIntoViewIfNeeded();
    const before = await waitShown(page, () => hover(page, chart, 0.8));
    expect(await simRows(page, id)).toContainEqual(before);

    const growth = slider(page, "demand.aiGrowthAnnual");
    await growth.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowLeft");
    await waitForScenarioParam(page);
    // the table of a chart the reader has pointed at follows the run, hidden or not
    await page.waitForFunction(
      ({ id, cells }) => {
        const tr = [...document.querySelectorAll(`[data-sim-chart="${id}"] .data-table tbody tr`)];
        return tr.length > 0 && !tr.some((row) => [...row.querySelectorAll("td")].map((d) => d.textContent).join("|") === cells.join("|"));
      },
      { id, cells: before.cells },
    );
    await chart.scrollIntoViewIfNeeded();
    await hover(page, chart, 0.79);
    await hover(page, chart, 0.8);
    const after = await readout(page);
    expect(after?.head).toBe(before.head);
    expect(after?.cells).not.toEqual(before.cells);
    expect(await simRows(page, id)).toContainEqual(after);
    expect(problems).toEqual([]);
    await close();
  });
});
