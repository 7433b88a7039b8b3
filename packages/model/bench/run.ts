// `pnpm bench`: the model's speed as ratios to a reference loop run in the same process, so that a figure
// means the same on a busy machine. Prints a Markdown table; the figures go into README.md with the command
// and the machine's load. Usage: node --import tsx bench/run.ts [--rounds N]
import { loadavg } from "node:os";
import { Worker } from "node:worker_threads";
import type { Scenario } from "../src/index.js";
import { getPreset, monteCarlo, presets, setPath, simulate, simulateFast } from "../src/index.js";
import { createModelRunner, nodeWorkerHandle } from "../src/worker/index.js";

const rounds = Number(process.argv[process.argv.indexOf("--rounds") + 1]) || 5;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The reference loop of issue 13: 4e7 multiply-adds. */
function referenceLoop(): number {
  const t0 = performance.now();
  let x = 0;
  for (let i = 0; i < 4e7; i++) x = x * 1.0000001 + (i & 7);
  const ms = performance.now() - t0;
  if (x === -1) console.log(x); // keep the loop observable
  return ms;
}

function time(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/** Median ms of `fn` over enough repetitions to fill about `budgetMs`. */
function perCall(fn: () => unknown, budgetMs = 300): number {
  for (let i = 0; i < 5; i++) fn();
  const samples: number[] = [];
  const end = performance.now() + budgetMs;
  while (performance.now() < end || samples.length < 5) samples.push(time(fn));
  return median(samples);
}

async function main(): Promise<void> {
  const base = getPreset("base")!.scenario;
  const mcOptions = { paths: 10_000, seed: 42, demandVolatility: 0.1 };
  const load = loadavg().map((x) => x.toFixed(2)).join(" ");

  // warm-up of everything measured, then interleaved rounds so that load changes hit all rows alike. The
  // reference loop runs at two speeds: its first two calls run on-stack-replaced code (about 60 ms here), later
  // calls the function's own optimised code (about 145 ms); three warm-up calls put every round on the second
  for (let i = 0; i < 3; i++) referenceLoop();
  monteCarlo(base, { ...mcOptions, paths: 3000 });
  const workerFile = new URL("../test/model-worker.mjs", import.meta.url);
  const pool = createModelRunner({ size: 2, spawn: () => nodeWorkerHandle(new Worker(workerFile)) });
  await pool.monteCarlo(base, { ...mcOptions, paths: 6000 });
  const reference: number[] = [];
  const single: number[] = [];
  const two: number[] = [];
  for (let r = 0; r < rounds; r++) {
    reference.push(referenceLoop());
    single.push(time(() => monteCarlo(base, mcOptions)));
    const t0 = performance.now();
    await pool.monteCarlo(base, mcOptions);
    two.push(performance.now() - t0);
  }
  pool.close();
  const ref = median(reference);
  const decimalBase = perCall(() => simulate(base));

  const rows: string[] = [];
  rows.push(`Load average at start: ${load}; ${rounds} interleaved rounds, medians.`, "");
  rows.push("| measure | median ms | ÷ reference loop | goal |", "|---|---:|---:|---|");
  rows.push(`| reference loop (4e7 multiply-adds) | ${ref.toFixed(0)} | 1.00× | — |`);
  rows.push(`| Monte Carlo, base, 10,000 paths × 40 quarters, one thread | ${median(single).toFixed(0)} | ${(median(single) / ref).toFixed(2)}× | ≤ 4× |`);
  rows.push(`| the same on 2 worker threads (pool warm) | ${median(two).toFixed(0)} | ${(median(two) / ref).toFixed(2)}× | ≤ 2.5× |`);
  rows.push(`| Decimal \`simulate\` of base (40 quarters) | ${decimalBase.toFixed(2)} | ${(decimalBase / ref).toFixed(3)}× | ≤ 5 ms |`);

  rows.push("", "| preset | quarters | simulate (Decimal) ms | simulateFast ms |", "|---|---:|---:|---:|");
  for (const p of presets) {
    for (const H of [40, 120]) {
      const s: Scenario = setPath(p.scenario, "horizonQuarters", H);
      rows.push(`| ${p.id} | ${H} | ${perCall(() => simulate(s), 150).toFixed(2)} | ${perCall(() => simulateFast(s), 100).toFixed(3)} |`);
    }
  }
  console.log(rows.join("\n"));
}

await main();
