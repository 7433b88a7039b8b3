#!/usr/bin/env node
// Weight budget: gzip size of the JavaScript a page loads, for `/` (and `/en/`, `/simulator/`) of the built
// site against an empty Next.js page built in the same run with the same next/react/react-dom (symlinked
// from this workspace into a temporary app with `output: "export"`). Target: `/` ≤ 1.3× the empty page.
// Usage: node scripts/budgets/weight.mjs (after `pnpm build`).
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { launch, printTable, serveOut, webDir } from "./common.mjs";

const require = createRequire(join(webDir, "package.json"));

/** Builds a minimal Next.js app (one empty page) with this workspace's next, react and react-dom. */
function buildEmptyApp() {
  const dir = mkdtempSync(join(tmpdir(), "aidebt-empty-next-"));
  mkdirSync(join(dir, "app"));
  mkdirSync(join(dir, "node_modules"));
  for (const name of ["next", "react", "react-dom"]) {
    symlinkSync(realpathSync(join(webDir, "node_modules", name)), join(dir, "node_modules", name), "dir");
  }
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "empty-next", private: true, type: "module" }));
  // Turbopack resolves only inside its root: "/" lets it follow the symlinks into this workspace's pnpm store.
  writeFileSync(join(dir, "next.config.mjs"), 'export default { output: "export", trailingSlash: true, turbopack: { root: "/" } };\n');
  writeFileSync(join(dir, "app", "layout.jsx"), 'export default function Layout({ children }) {\n  return <html lang="en"><body>{children}</body></html>;\n}\n');
  writeFileSync(join(dir, "app", "page.jsx"), "export default function Page() {\n  return <main />;\n}\n");
  const nextBin = join(realpathSync(join(webDir, "node_modules", "next")), "dist", "bin", "next");
  execFileSync(process.execPath, [nextBin, "build"], { cwd: dir, stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  return dir;
}

/** Every script the page loads (until the network is idle), with raw and gzip sizes. */
async function scriptsOf(browser, url) {
  const page = await browser.newPage();
  const bodies = new Map();
  page.on("response", async (response) => {
    if (response.request().resourceType() !== "script" || !response.ok()) return;
    try {
      bodies.set(response.url(), await response.body());
    } catch {
      /* a body can be gone after a navigation; ignored */
    }
  });
  await page.goto(url, { waitUntil: "networkidle" });
  await page.waitForTimeout(300);
  await page.close();
  let raw = 0;
  let gzip = 0;
  for (const body of bodies.values()) {
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  return { count: bodies.size, raw, gzip };
}

const kb = (bytes) => (bytes / 1024).toFixed(1);

const versions = ["next", "react", "react-dom"].map((n) => `${n} ${require(`${n}/package.json`).version}`).join(", ");
const emptyDir = buildEmptyApp();
const site = await serveOut();
const empty = await serveOut(join(emptyDir, "out"));
const browser = await launch();
try {
  const base = await scriptsOf(browser, `${empty.url}/`);
  const rows = [["empty Next.js page /", base]];
  for (const path of ["/", "/en/", "/simulator/", "/en/simulator/"]) rows.push([`site ${path}`, await scriptsOf(browser, `${site.url}${path}`)]);
  console.log(`JavaScript loaded per page (scripts fetched until network idle; gzip -9 of each file), ${versions}.\n`);
  printTable(
    ["page", "scripts", "raw kB", "gzip kB", "× empty (gzip)"],
    rows.map(([name, r]) => [name, r.count, kb(r.raw), kb(r.gzip), (r.gzip / base.gzip).toFixed(2)]),
  );
  const home = rows[1][1];
  const ratio = home.gzip / base.gzip;
  console.log(`\n/ loads ${kb(home.gzip)} kB gzip of JS = ${ratio.toFixed(2)}× the empty page (target ≤ 1.3×): ${ratio <= 1.3 ? "met" : "NOT met"}`);
  const html = gzipSync(readFileSync(join(webDir, "out", "index.html")), { level: 9 }).length;
  console.log(`/ HTML: ${kb(readFileSync(join(webDir, "out", "index.html")).length)} kB raw, ${kb(html)} kB gzip`);
} finally {
  await browser.close();
  await site.close();
  await empty.close();
  rmSync(emptyDir, { recursive: true, force: true });
}
