#!/usr/bin/env node
// Interaction budget: in headless chromium, move a simulator slider by keyboard again and again and read the
// page's own performance measures, from the input event (mark "sim:input") to the commit of the re-simulated
// charts ("sim:commit", React's layout effect) and to the next animation frame ("sim:frame").
// Target: p95 of sim:commit ≤ 16 ms. Usage: node scripts/budgets/interaction.mjs [moves] (after `pnpm build`).
// Also the first change of a fresh page (input → commit while the model's chunk is still being fetched,
// evaluated and run: the page loads it only when the reader heads for a control), at 1× and 4× CPU.
import { launch, percentile, printTable, serveOut } from "./common.mjs";

const moves = Number(process.argv[2] ?? 200);
const warmup = 20;
const sliders = ["demand.aiGrowthAnnual", "financing.campusShare", "gpu.bookLifeQuarters"];

const server = await serveOut();
const browser = await launch();
const rows = [];
const firstRows = [];
const FRESH_PAGES = 7;

/** input → commit of the first slider change on a fresh page, whose model has not loaded yet. */
async function firstChange(path, rate) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate });
  await page.goto(`${server.url}${path}`, { waitUntil: "networkidle" });
  await page.waitForSelector(".sim[data-ready]");
  await page.locator(`[data-path="${sliders[0]}"] input[type=range]`).focus();
  await page.keyboard.press("ArrowRight");
  await page.waitForFunction(() => performance.getEntriesByName("sim:commit").length > 0, null, { timeout: 20000 });
  const ms = await page.evaluate(() => performance.getEntriesByName("sim:commit")[0].duration);
  await page.close();
  return ms;
}

try {
  for (const path of ["/simulator/", "/en/simulator/"]) {
    for (const rate of [1, 4]) {
      const times = [];
      for (let i = 0; i < FRESH_PAGES; i++) times.push(await firstChange(path, rate));
      times.sort((a, b) => a - b);
      firstRows.push([`${path} ${sliders[0]}`, `${rate}×`, times.length, percentile(times, 0.5).toFixed(1), times[0].toFixed(1), times.at(-1).toFixed(1)]);
    }
  }
  for (const path of ["/simulator/", "/en/simulator/"]) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // Every parameter shown: the book life is not one of the key levers the page opens with.
    await page.goto(`${server.url}${path}?params=all`, { waitUntil: "networkidle" });
    for (const param of sliders) {
      const slider = page.locator(`[data-path="${param}"] input[type=range]`);
      await slider.focus();
      await page.evaluate(() => performance.clearMeasures());
      for (let i = 0; i < warmup + moves; i++) {
        if (i === warmup) await page.evaluate(() => performance.clearMeasures());
        const before = await page.evaluate(() => performance.getEntriesByName("sim:frame").length);
        // Up and down around the preset value, so every move re-simulates a real change.
        await page.keyboard.press(Math.floor(i / 3) % 2 === 0 ? "ArrowRight" : "ArrowLeft");
        await page.waitForFunction((n) => performance.getEntriesByName("sim:frame").length > n, before, { timeout: 5000 });
      }
      const { commit, frame } = await page.evaluate(() => ({
        commit: performance.getEntriesByName("sim:commit").map((e) => e.duration),
        frame: performance.getEntriesByName("sim:frame").map((e) => e.duration),
      }));
      for (const [name, values] of [["input → commit", commit], ["input → next frame", frame]]) {
        const sorted = [...values].sort((a, b) => a - b);
        rows.push([`${path} ${param}`, name, sorted.length, percentile(sorted, 0.5).toFixed(1), percentile(sorted, 0.95).toFixed(1), sorted.at(-1).toFixed(1)]);
      }
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`Slider moves per parameter: ${moves} (after ${warmup} warm-up moves); times in ms.\n`);
printTable(["page and slider", "measure", "n", "p50", "p95", "max"], rows);
console.log(`\nFirst change on a fresh page (the model's chunk fetched, evaluated and run), ${FRESH_PAGES} pages each; ms.\n`);
printTable(["page and slider", "CPU", "n", "median", "min", "max"], firstRows);
const worst = Math.max(...rows.filter((r) => r[1] === "input → commit").map((r) => Number(r[4])));
console.log(`\nWorst p95 input → commit: ${worst.toFixed(1)} ms (target ≤ 16 ms): ${worst <= 16 ? "met" : "NOT met"}`);
