import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { formatMoney, getPreset, simulateFast } from "@aidebt/model";
import { en } from "../src/messages/en";
import { ja } from "../src/messages/ja";
import { launchBrowser, openPage, readFigure as readFigureAt, settleFigure } from "./helpers";

// Issue 17: every figure says what its run shows, and its controls do what their labels say.

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const readFigure = (page: Page, n: number) => readFigureAt(page, `[data-figure="${n}"]`);
const settle = (page: Page, n: number, changedFrom?: string) => settleFigure(page, `[data-figure="${n}"]`, changedFrom);

async function open(path: string, n: number) {
  const watched = await openPage(browser, baseUrl);
  await watched.page.goto(`${baseUrl}${path}`, { waitUntil: "networkidle" });
  await watched.page.waitForSelector(`[data-figure="${n}"][data-hydrated]`);
  return watched;
}

/** Sub-paths of an SVG path: one per unbroken stretch of a line. */
function stretches(d: string): string[] {
  return d.split("M").filter((part) => part.trim() !== "");
}

describe("figure 6, cash flow or debt", () => {
  it("shows the model's verdict on the gauge and in bold alike, for every scenario, with a caption from the run", async () => {
    const { page, problems, close } = await open("/", 6);
    const select = page.locator('[data-figure="6"] select[name="preset"]');
    const ids = await select.evaluate((el) => [...(el as HTMLSelectElement).options].map((o) => o.value));
    const captions = new Set<string>();
    for (const id of ids) {
      await select.selectOption(id);
      await settle(page, 6);
      const run = simulateFast(getPreset(id)!.scenario);
      const gauge = (await page.locator('[data-figure="6"] svg.gauge').getAttribute("aria-label")) ?? "";
      const bold = (await page.locator('[data-figure="6"] .figure-aside strong').first().textContent()) ?? "";
      expect(bold).toBe(ja.common.verdict[run.summary.verdict]);
      expect(gauge.endsWith(bold), `${id}: gauge "${gauge}" against verdict "${bold}"`).toBe(true);
      const { caption } = await readFigure(page, 6);
      expect(caption).toContain(`${Math.round(run.summary.internalFundingShare * 100)}%`);
      expect(caption).toContain(ja.common.verdict[run.summary.verdict]);
      captions.add(caption);
    }
    expect(captions.size).toBe(ids.length);
    expect(problems).toEqual([]);
    await close();
  });

  it("breaks the debt-share line where a quarter has no capex, instead of dipping to zero, and the line is not flat", async () => {
    const { page, problems, close } = await open("/", 6);
    await page.locator('[data-figure="6"] select[name="preset"]').selectOption("demand-slowdown");
    await settle(page, 6);
    const run = simulateFast(getPreset("demand-slowdown")!.scenario);
    const zeroCapex = run.quarters.filter((q) => q.measures.capex <= 0).length;
    expect(zeroCapex).toBeGreaterThan(0);
    const d = (await page.locator('[data-figure="6"] svg.chart path.series-line').first().getAttribute("d")) ?? "";
    expect(stretches(d).length).toBeGreaterThan(1);
    const ys = new Set(d.split(/[ML]/).filter(Boolean).map((p) => p.split(",")[1]));
    expect(ys.size).toBeGreaterThan(2);
    expect(problems).toEqual([]);
    await close();
  });
});

describe("figure 4, repaid yet no profit", () => {
  /** The base run with AI demand growth set as figure 4's slider sets it. */
  function baseRun(growth?: number) {
    const scenario = structuredClone(getPreset("base")!.scenario);
    if (growth !== undefined) scenario.demand.aiGrowthAnnual = growth;
    return simulateFast(scenario);
  }
  const money = (usdBn: number) => formatMoney(usdBn, { currency: "usd", lang: "ja", fxJpyPerUsd: 150 });

  it("labels the bars' sum as what lenders received, and writes the caption from the lenders' loss and the NPV", async () => {
    const { page, problems, close } = await open("/", 4);
    const before = await settle(page, 4);
    const slider = page.locator('[data-figure="4"] input[name="growth"]');
    const run = baseRun(Number(await slider.inputValue()));
    const barsSum = run.quarters.reduce((s, q) => s + q.measures.lenderCashReceived, 0);
    expect(before.aside).toContain(money(barsSum));
    expect(before.caption).toContain(money(run.summary.sponsorAiNpv));

    await slider.focus();
    for (let i = 0; i < 10; i++) await page.keyboard.press("ArrowLeft");
    const after = await settle(page, 4, JSON.stringify(before));
    const growth = Number(await slider.inputValue());
    const moved = baseRun(growth);
    expect(after.caption).toContain(money(moved.summary.sponsorAiNpv));
    expect(after.caption).not.toBe(before.caption);
    expect(after.aside).toContain(money(moved.quarters.reduce((s, q) => s + q.measures.lenderCashReceived, 0)));
    expect(problems).toEqual([]);
    await close();
  });

  it("gives every series its own colour", async () => {
    const { page, problems, close } = await open("/", 4);
    const classes = await page.evaluate(() =>
      [...document.querySelectorAll('[data-figure="4"] .legend .legend-swatch > *')].map((el) => (el.getAttribute("class") ?? "").split(" ")[0]),
    );
    expect(new Set(classes).size).toBe(classes.length);
    expect(problems).toEqual([]);
    await close();
  });
});

describe("figure 4, why the NPV falls with growth", () => {
  it("explains the NPV from the return on AI capital, reads naturally for shrinking demand, and reaches a profit with a try", async () => {
    for (const [path, m] of [["/", ja], ["/en/", en]] as const) {
      const { page, problems, close } = await open(path, 4);
      const before = await settle(page, 4);
      expect(before.caption).toMatch(path === "/" ? /資本コスト9%を下回ります/ : /below the 9% cost of capital/);
      const slider = page.locator('[data-figure="4"] input[name="growth"]');
      await slider.focus();
      await page.keyboard.press("Home");
      const low = await settle(page, 4, JSON.stringify(before));
      expect(await slider.inputValue()).toBe("-0.2");
      if (path === "/") {
        expect(low.caption).toContain("年20%縮み");
        expect(low.caption).not.toContain("-20%伸び");
      } else {
        expect(low.caption).toContain("shrinking 20% a year");
        expect(low.caption).not.toContain("growing -20%");
      }
      await page.locator('[data-figure="4"] [data-try="slowPrices"]').click();
      const slow = await settle(page, 4, JSON.stringify(low));
      expect(slow.caption).toContain(m.figures.repayNoProfit.outcomes.repaidProfit.split("{npv}")[0]!);
      expect(problems).toEqual([]);
      await close();
    }
  });
});

describe("figure 5, the trigger", () => {
  const preset = () => structuredClone(getPreset("demand-slowdown")!.scenario);
  /** The figure's run for a shock size, as the model computes it with the preset's shock at that size. */
  function withSize(size: number) {
    const scenario = preset();
    scenario.demand.shocks = scenario.demand.shocks.map((s) => ({ ...s, levelChange: size }));
    scenario.rates.baseAnnual = 0.04;
    return simulateFast(scenario);
  }

  it("sets the shock's size from its slider, and its label says what the shock does to growth", async () => {
    const { page, problems, close } = await open("/", 5);
    const label = await page.locator('[data-figure="5"] label[for]', { hasText: ja.figures.trigger.controls.shockQuarter.split("(")[0] }).first().textContent();
    const after = preset().demand.shocks[0]?.growthAnnual ?? 0;
    expect(label).toContain(`${Math.round(after * 100)}%`);
    const before = await settle(page, 5);
    const slider = page.locator('[data-figure="5"] input[name="size"]');
    // a step at a time, as a reader pressing the key would: each step is seen before the next
    const min = await slider.getAttribute("min");
    for (let i = 0; i < 12 && (await slider.inputValue()) !== min; i++) {
      const was = await slider.inputValue();
      await slider.focus();
      await page.keyboard.press("ArrowLeft");
      await page.waitForFunction((v) => document.querySelector<HTMLInputElement>('[data-figure="5"] input[name="size"]')?.value !== v, was);
    }
    const moved = await settle(page, 5, JSON.stringify(before));
    const size = Number(await slider.inputValue());
    expect(size).toBeCloseTo(-0.6);
    const burst = withSize(size).summary.burstQuarter;
    expect(burst).not.toBe(withSize(-0.2).summary.burstQuarter);
    expect(moved.caption).toContain(burst ?? "");
    expect(moved.caption).toContain("60%");
    expect(moved.caption).not.toContain("-60%");
    expect(moved.chart).not.toBe(before.chart);
    expect(problems).toEqual([]);
    await close();
  });

  it("writes a grammatical sentence when there is no shock", async () => {
    const { page, problems, close } = await open("/", 5);
    const before = JSON.stringify(await settle(page, 5));
    await page.locator('[data-figure="5"] select[name="shock"]').selectOption("none");
    const { caption } = await settle(page, 5, before);
    expect(caption).not.toContain("なしに");
    expect(caption).toContain("需要ショックがなければ");
    expect(problems).toEqual([]);
    await close();
  });

  it("blames each step of the chain on the shock the model finds by counterfactual", async () => {
    const { page, problems, close } = await open("/", 5);
    const steps = await page.evaluate(() =>
      [...document.querySelectorAll('[data-figure="5"] .timeline li')].map((li) => ({ kind: li.getAttribute("data-kind"), cause: li.getAttribute("data-cause") })),
    );
    const scenario = preset();
    scenario.rates.baseAnnual = 0.04;
    const run = simulateFast(scenario);
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps) {
      const event = run.events.find((e) => e.kind === step.kind);
      expect(event, `${step.kind}`).toBeDefined();
      expect(step.cause).toBe(event?.cause ?? "");
    }
    expect(steps.some((s) => s.cause === "demand-shock")).toBe(true);
    expect(problems).toEqual([]);
    await close();
  });

  it("leaves out amounts that are immaterial at the story's scale", async () => {
    const { page, problems, close } = await open("/en/?f5.shock=2028Q2", 5);
    await settle(page, 5);
    const text = await page.evaluate(() => {
      const figure = document.querySelector('[data-figure="5"]');
      return `${figure?.querySelector(".figure-aside")?.textContent ?? ""} ${figure?.querySelector(".data-table table")?.textContent ?? ""}`;
    });
    // Every amount in millions is at least the threshold the figure states (and $1.77m-like specks are gone).
    const threshold = Number(/less than \$([\d.,]+)m/.exec(text)?.[1] ?? "0");
    expect(threshold).toBeGreaterThan(0);
    const millions = [...text.matchAll(/\$([\d.,]+)m\b/g)].map((m) => Number(m[1]?.replace(/,/g, "")));
    for (const amount of millions) expect(amount).toBeGreaterThanOrEqual(threshold);
    expect(problems).toEqual([]);
    await close();
  });

  it("says so, from comparing runs, when the base rate changes nothing the figure draws", async () => {
    const { page, problems, close } = await open("/", 5);
    const slider = page.locator('[data-figure="5"] input[name="rate"]');
    const before = JSON.stringify(await settle(page, 5));
    await slider.focus();
    for (let i = 0; i < 6; i++) await page.keyboard.press("ArrowRight");
    const { caption } = await settle(page, 5, before);
    const rate = Number(await slider.inputValue());
    const at = (r: number) => {
      const scenario = preset();
      scenario.rates.baseAnnual = r;
      const run = simulateFast(scenario);
      return JSON.stringify([run.summary.burstQuarter, run.quarters.map((q) => q.measures.spvDscr)]);
    };
    const same = at(rate) === at(0.04);
    expect(caption).toContain(same ? "変わりません" : "結果が変わります");
    expect(caption).toContain("インタレスト・カバレッジ");
    expect(problems).toEqual([]);
    await close();
  });
});

describe("figure 1, the treadmill", () => {
  /** A column of figure 1's data table, by its header. */
  async function column(page: Page, header: string): Promise<string[]> {
    return page.evaluate((header) => {
      const table = document.querySelector('[data-figure="1"] .data-table table');
      const headers = [...(table?.querySelectorAll("thead th") ?? [])].map((th) => th.textContent ?? "");
      const col = headers.indexOf(header);
      return [...(table?.querySelectorAll("tbody tr") ?? [])].map((tr) => tr.children[col]?.textContent ?? "");
    }, header);
  }
  /** A cell in 億ドル: every cell of the table is written in that one unit. */
  const oku = (cell: string) => {
    expect(cell).toMatch(/^-?[\d,.]+億ドル$/);
    return Number(cell.replace(/[^\d.-]/g, ""));
  };

  it("explains its bands, and counts episodes of borrowing as the chart draws them: runs above 1% of the peak, with their quarters", async () => {
    const { page, problems, close } = await open("/", 1);
    const slider = page.locator('[data-figure="1"] input[name="economicLife"]');
    for (const presses of [0, 4, 8]) {
      const before = await readFigure(page, 1);
      await slider.focus();
      for (let i = 0; i < presses; i++) await page.keyboard.press("ArrowLeft");
      const { caption, legend } = await settle(page, 1, presses === 0 ? undefined : JSON.stringify(before));
      expect(legend).toContain(ja.figures.treadmill.cohortsAlternate);
      expect(caption).toContain("帯は");
      const values = (await column(page, "新規借入")).map(oku);
      const peak = Math.max(...values);
      const above = values.map((v) => v > 0.01 * peak);
      const starts = above.map((p, i) => p && !above[i - 1]);
      const runs = starts.filter(Boolean).length;
      if (runs === 0) expect(caption).toContain("新規借入はなく");
      else if (runs === 1) expect(caption).toContain("一続き");
      else {
        expect(caption).toContain(`${runs}回の山`);
        const labels = await column(page, "四半期");
        starts.forEach((s, i) => {
          if (s) expect(caption).toContain(labels[i]!);
        });
      }
    }
    expect(problems).toEqual([]);
    await close();
  });

  it("greys GPUs past their economic life still on the books, and promises no grey where there is none", async () => {
    const { page, problems, close } = await open("/", 1);
    const at = await settle(page, 1);
    const grey = (await column(page, "経済寿命を過ぎて帳簿に残るGPU")).map(oku);
    expect(Math.max(...grey)).toBeGreaterThan(0);
    expect(at.legend).toContain(ja.figures.treadmill.series.obsolete);
    expect(at.caption).toContain("灰色は経済寿命(12四半期)");
    const greyDrawn = await page.evaluate(() => [...document.querySelectorAll('[data-figure="1"] path.fill-obsolete')].some((p) => (p.getAttribute("d") ?? "") !== ""));
    expect(greyDrawn).toBe(true);
    expect(problems).toEqual([]);
    await close();
    // a 24-quarter economic life outlasts the 22-quarter book life: nothing is left on the books to grey
    const long = await open("/?f1.economicLife=24", 1);
    expect(await long.page.locator('[data-figure="1"] input[name="economicLife"]').inputValue()).toBe("24");
    const after = await settle(long.page, 1, JSON.stringify(at));
    expect(Math.max(...(await column(long.page, "経済寿命を過ぎて帳簿に残るGPU")).map(oku))).toBe(0);
    expect(after.legend).not.toContain(ja.figures.treadmill.series.obsolete);
    expect(after.caption).toContain("灰色の部分はありません");
    expect(long.problems).toEqual([]);
    await long.close();
  });

  it("writes its table in 億ドル throughout, and says why the chips-heavy try borrows less", async () => {
    const { page, problems, close } = await open("/", 1);
    const before = await settle(page, 1);
    for (const header of ["設備投資", "新規借入", "減価償却", "GPU世代別の簿価"]) for (const cell of await column(page, header)) oku(cell);
    await page.locator('[data-figure="1"] [data-try="gpuHeavy"]').click();
    await settle(page, 1, JSON.stringify(before));
    const notice = (await page.locator('[data-figure="1"] [data-notice]').textContent()) ?? "";
    expect(notice).toContain("SPVの借入が");
    expect(notice).toContain("40%→20%");
    expect(problems).toEqual([]);
    await close();
  });
});

describe("figure 3, book value and economic value", () => {
  it("says at the default that the books carry the GPUs at their worth, and why, never that a gap 'peaks at 0'", async () => {
    for (const [path, m] of [["/", ja], ["/en/", en]] as const) {
      const { page, problems, close } = await open(path, 3);
      const { caption } = await settle(page, 3);
      expect(caption).toContain(m.figures.gpuValue.relation.equal);
      expect(caption).toContain(m.figures.gpuValue.outcome.equal);
      expect(caption).not.toMatch(/最大0ドル|peaks at \$0|\$0\.0bn|上回り続けます/);
      expect(problems).toEqual([]);
      await close();
    }
  });

  it("its tries each change what is drawn: books below value, books above value with the write-downs, a shorter cadence", async () => {
    const { page, problems, close } = await open("/", 3);
    const base = await settle(page, 3);
    const seen = new Set([base.chart]);
    for (const id of ["honestBook", "longBook", "shortLife"]) {
      const before = await readFigure(page, 3);
      await page.locator(`[data-figure="3"] [data-try="${id}"]`).click();
      const after = await settle(page, 3, JSON.stringify(before));
      expect(seen.has(after.chart), id).toBe(false);
      seen.add(after.chart);
      const notice = (await page.locator('[data-figure="3"] [data-notice]').textContent()) ?? "";
      expect(notice, id).toContain("既定値では");
      if (id === "honestBook") expect(after.caption).toContain("下回ります");
      if (id === "longBook") {
        expect(after.caption).toContain("簿価が経済価値を上回り");
        expect(after.caption).toContain("減損");
        expect(after.legend).toContain(ja.figures.gpuValue.series.writeDowns);
        expect(await page.locator('[data-figure="3"] path[data-series="writeDowns"]').count()).toBe(1);
      }
    }
    expect(problems).toEqual([]);
    await close();
  });

  it("draws the same economic value whatever the accounting life", async () => {
    const { page, problems, close } = await open("/", 3);
    const economic = () =>
      page.evaluate(() => {
        const table = document.querySelector('[data-figure="3"] .data-table table');
        const headers = [...(table?.querySelectorAll("thead th") ?? [])].map((th) => th.textContent ?? "");
        const col = headers.indexOf("経済価値");
        return [...(table?.querySelectorAll("tbody tr") ?? [])].map((tr) => tr.children[col]?.textContent ?? "").join("|");
      });
    const before = await settle(page, 3);
    const atDefault = await economic();
    const slider = page.locator('[data-figure="3"] input[name="bookLife"]');
    await slider.focus();
    for (let i = 0; i < 6; i++) await page.keyboard.press("ArrowRight");
    await settle(page, 3, JSON.stringify(before));
    expect(await economic()).toBe(atDefault);
    expect(problems).toEqual([]);
    await close();
  });
});
