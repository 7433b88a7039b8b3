#!/usr/bin/env node
// Lighthouse budget: lighthouse 12.2.3 (node API) with Debian chromium through chrome-launcher, against the
// built site served locally. Targets: performance ≥ 95, accessibility 100, best practices 100, SEO 100 for
// `/`, `/en/` and `/simulator/`. Usage: node scripts/budgets/lighthouse.mjs [path …] (after `pnpm build`).
// Lighthouse's default mobile profile is used (simulated slow 4G and 4× CPU slowdown).
import { createRequire } from "node:module";
import { realpathSync } from "node:fs";
import { join } from "node:path";
import { chromeFlags, chromePath, printTable, serveOut, webDir } from "./common.mjs";

const require = createRequire(join(webDir, "package.json"));
const lighthousePath = realpathSync(join(webDir, "node_modules", "lighthouse"));
const { default: lighthouse } = await import(join(lighthousePath, "core", "index.js"));
// chrome-launcher is lighthouse's own dependency: resolve it from there, not from this package.
const chromeLauncher = await import(createRequire(join(lighthousePath, "package.json")).resolve("chrome-launcher"));
const version = require("lighthouse/package.json").version;

const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ["/", "/en/", "/simulator/"];
const categories = ["performance", "accessibility", "best-practices", "seo"];
const targets = { performance: 95, accessibility: 100, "best-practices": 100, seo: 100 };

const server = await serveOut();
const chrome = await chromeLauncher.launch({ chromePath, chromeFlags });
const rows = [];
const failures = [];
try {
  for (const path of paths) {
    const result = await lighthouse(`${server.url}${path}`, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: categories });
    const lhr = result.lhr;
    const scores = categories.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100));
    const metric = (id) => lhr.audits[id]?.displayValue ?? "–";
    rows.push([path, ...scores, metric("first-contentful-paint"), metric("largest-contentful-paint"), metric("total-blocking-time"), metric("cumulative-layout-shift")]);
    categories.forEach((c, i) => {
      if (scores[i] < targets[c]) {
        const failing = lhr.categories[c].auditRefs
          .map((ref) => lhr.audits[ref.id])
          .filter((a) => a && a.score !== null && a.score < 1 && a.scoreDisplayMode !== "informative" && a.scoreDisplayMode !== "manual")
          .slice(0, 6)
          .map((a) => `${a.id} (${a.displayValue ?? a.score})`);
        failures.push(`${path} ${c} ${scores[i]} < ${targets[c]}: ${failing.join(", ")}`);
      }
    });
  }
} finally {
  await chrome.kill();
  await server.close();
}
console.log(`Lighthouse ${version}, ${chromePath}, mobile defaults.\n`);
printTable(["page", "performance", "accessibility", "best practices", "SEO", "FCP", "LCP", "TBT", "CLS"], rows);
console.log(failures.length === 0 ? "\nAll targets met (≥95/100/100/100)." : `\nBelow target:\n${failures.join("\n")}`);
