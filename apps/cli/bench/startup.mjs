#!/usr/bin/env node
// Cold start of the built CLI: spawns `node dist/index.js …` repeatedly and prints median and p95 wall time.
// Usage: pnpm bench [runs]   (default 20 runs per command, after 2 warm-up runs that fill the OS file cache)
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const cli = fileURLToPath(new URL("../dist/index.js", import.meta.url));
if (!existsSync(cli)) {
  console.error("dist/index.js is missing: run `pnpm build` first");
  process.exit(1);
}
const runs = Number(process.argv[2] ?? 20);
const commands = [
  ["--help"],
  ["simulate", "base", "--format", "json"],
  ["simulate", "base", "--format", "table"],
];

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
const rows = [];
for (const args of commands) {
  const times = [];
  for (let i = 0; i < runs + 2; i += 1) {
    const start = process.hrtime.bigint();
    const run = spawnSync(process.execPath, [cli, ...args], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (run.status !== 0) {
      console.error(`aidebt ${args.join(" ")} exited ${run.status}: ${run.stderr}`);
      process.exit(1);
    }
    if (i >= 2) times.push(ms);
  }
  times.sort((a, b) => a - b);
  rows.push({ command: `aidebt ${args.join(" ")}`, runs, median: quantile(times, 0.5), p95: quantile(times, 0.95), min: times[0] });
}
const baseline = [];
for (let i = 0; i < runs; i += 1) {
  const start = process.hrtime.bigint();
  spawnSync(process.execPath, ["-e", ""]);
  baseline.push(Number(process.hrtime.bigint() - start) / 1e6);
}
baseline.sort((a, b) => a - b);
rows.push({ command: "node -e '' (baseline)", runs, median: quantile(baseline, 0.5), p95: quantile(baseline, 0.95), min: baseline[0] });

const width = Math.max(...rows.map((r) => r.command.length));
console.log(`Node ${process.version}, ${process.platform}/${process.arch}, ${runs} runs each\n`);
console.log(`${"command".padEnd(width)}  median ms  p95 ms  min ms`);
console.log(`${"-".repeat(width)}  ---------  ------  ------`);
for (const r of rows) {
  console.log(`${r.command.padEnd(width)}  ${r.median.toFixed(0).padStart(9)}  ${r.p95.toFixed(0).padStart(6)}  ${r.min.toFixed(0).padStart(6)}`);
}
