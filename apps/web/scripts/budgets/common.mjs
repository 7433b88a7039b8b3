// Shared helpers of the budget scripts: the built site served from out/, and Debian chromium.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { startSiteServer } from "../site-server.mjs";

export const webDir = fileURLToPath(new URL("../../", import.meta.url));
export const outDir = fileURLToPath(new URL("../../out", import.meta.url));
export const chromePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const chromeFlags = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Serves out/ (fails with a clear message when the site has not been built). */
export async function serveOut(dir = outDir) {
  if (!existsSync(`${dir}/index.html`)) {
    console.error(`${dir} is missing: run \`pnpm build\` in apps/web first.`);
    process.exit(1);
  }
  return startSiteServer({ dir, port: 0, host: "127.0.0.1" });
}

export function launch() {
  return chromium.launch({ executablePath: chromePath, args: chromeFlags });
}

/** Percentile by linear interpolation on sorted values. */
export function percentile(sorted, p) {
  if (sorted.length === 0) return Number.NaN;
  const i = (sorted.length - 1) * p;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (i - lo);
}

/** Prints rows as an aligned text table. */
export function printTable(headers, rows) {
  const all = [headers, ...rows].map((r) => r.map(String));
  const widths = headers.map((_, c) => Math.max(...all.map((r) => r[c].length)));
  const line = (r) => `| ${r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join(" | ")} |`;
  console.log(line(all[0]));
  console.log(`| ${widths.map((w, c) => (c === 0 ? "-".repeat(w) : `${"-".repeat(w - 1)}:`)).join(" | ")} |`);
  for (const r of all.slice(1)) console.log(line(r));
}
