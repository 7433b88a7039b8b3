#!/usr/bin/env node
// Runs every check of every workspace (build, lint, typecheck, unit, browser) through turbo, then totals
// the test runners' JSON reports into the one line CI reads: "N passed, N failed, N skipped".
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const workspaceDirs = ["apps", "packages"]
  .flatMap((group) => readdirSync(join(root, group)).map((name) => join(root, group, name)))
  .concat(join(root, "examples"))
  .filter((dir) => existsSync(join(dir, "package.json")));

for (const dir of workspaceDirs) rmSync(join(dir, ".reports"), { recursive: true, force: true });

ensureChromium();

const env = { ...process.env, TURBO_TELEMETRY_DISABLED: "1", NEXT_TELEMETRY_DISABLED: "1", FORCE_COLOR: "0" };
// Browser tests and package tests each start servers or builds; one task at a time keeps a 2-core machine honest.
const turbo = spawnSync(
  "pnpm",
  ["exec", "turbo", "run", "build", "lint", "typecheck", "test", "e2e", "--continue", "--concurrency=2"],
  { cwd: root, stdio: "inherit", env },
);

let passed = 0;
let failed = 0;
let skipped = 0;
const missing = [];
for (const dir of workspaceDirs) {
  const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  const reportDir = join(dir, ".reports");
  const reports = existsSync(reportDir) ? readdirSync(reportDir).filter((f) => f.endsWith(".json")) : [];
  const expected = ["test", "e2e"].filter((script) => pkg.scripts?.[script]).length;
  if (reports.length < expected) missing.push(`${pkg.name} (${reports.length}/${expected} reports)`);
  for (const file of reports) {
    const report = JSON.parse(readFileSync(join(reportDir, file), "utf8"));
    passed += report.numPassedTests ?? 0;
    failed += report.numFailedTests ?? 0;
    skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
    // A suite that fails to load has no failed test of its own: count it so it is never invisible.
    if ((report.numFailedTestSuites ?? 0) > 0 && (report.numFailedTests ?? 0) === 0) failed += report.numFailedTestSuites;
  }
}

if (missing.length > 0) console.error(`missing test reports: ${missing.join(", ")}`);
const ok = turbo.status === 0 && failed === 0 && missing.length === 0 && passed > 0;
if (turbo.status !== 0) console.error(`turbo exited with ${turbo.status ?? turbo.signal}`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(ok ? 0 : 1);

function ensureChromium() {
  if (existsSync("/usr/bin/chromium")) return;
  const canApt = process.getuid?.() === 0 && existsSync("/usr/bin/apt-get");
  if (!canApt) {
    console.error("Browser tests need Debian's chromium: run `sudo apt-get install -y chromium fonts-noto-cjk` first.");
    process.exit(1);
  }
  console.log("Installing chromium and fonts-noto-cjk for the browser tests (apt-get)…");
  for (const args of [["update"], ["install", "-y", "--no-install-recommends", "chromium", "fonts-noto-cjk"]]) {
    const result = spawnSync("apt-get", args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
}
