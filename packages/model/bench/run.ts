// `pnpm bench`: model throughput. Prints a Markdown table; the figures go into README.md with the command.
import { Bench } from "tinybench";
import type { Scenario } from "../src/index.js";
import { monteCarlo, presets, setPath, simulate, simulateFast } from "../src/index.js";
import { floatNum } from "../src/_lib/num.js";
import { runEngine } from "../src/engine.js";
import { buildInlineEngine } from "./inline.js";

type RunEngine = typeof runEngine;

const median = (task: { result: unknown }): number => {
  const r = task.result as { latency?: { p50?: number } };
  return r.latency?.p50 ?? Number.NaN;
};

async function main(): Promise<void> {
  const rows: string[] = [];
  const bench = new Bench({ time: 300, warmupTime: 100 });
  const cases: Array<{ id: string; H: number; s: Scenario }> = [];
  for (const p of presets) for (const H of [40, 120]) cases.push({ id: p.id, H, s: setPath(p.scenario, "horizonQuarters", H) });
  for (const c of cases) {
    bench.add(`decimal ${c.id} ${c.H}`, () => void simulate(c.s));
    bench.add(`fast ${c.id} ${c.H}`, () => void simulateFast(c.s));
  }
  const inlineUrl = buildInlineEngine();
  const inlined = (await import(inlineUrl)) as { runEngine: RunEngine };
  const base = presets[0]!.scenario;
  bench.add("engine lean, fast path (Num<number>)", () => void runEngine(floatNum, base, { detail: false }));
  bench.add("engine lean, inline float (generated)", () => void inlined.runEngine(floatNum, base, { detail: false }));
  await bench.run();
  const byName = new Map(bench.tasks.map((t) => [t.name, median(t)]));

  rows.push("| preset | quarters | simulate (Decimal) median ms | simulateFast median ms |", "|---|---:|---:|---:|");
  for (const c of cases) {
    rows.push(`| ${c.id} | ${c.H} | ${byName.get(`decimal ${c.id} ${c.H}`)!.toFixed(2)} | ${byName.get(`fast ${c.id} ${c.H}`)!.toFixed(3)} |`);
  }
  const fast = byName.get("engine lean, fast path (Num<number>)")!;
  const limit = byName.get("engine lean, inline float (generated)")!;
  rows.push("", "| engine, base, 40 quarters, lean | median ms |", "|---|---:|");
  rows.push(`| fast path (generic engine over Num<number>) | ${fast.toFixed(3)} |`);
  rows.push(`| inline float loop (same source, Num calls inlined) | ${limit.toFixed(3)} |`);
  rows.push(`| ratio fast / inline | ${(fast / limit).toFixed(2)}× |`);

  monteCarlo(base, { paths: 500, seed: 1 });
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    monteCarlo(base, { paths: 10_000, seed: i + 1, demandVolatility: 0.1 });
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  rows.push("", "| Monte Carlo, base, 10,000 paths × 40 quarters, single thread | ms |", "|---|---:|");
  rows.push(`| median of 3 | ${times[1]!.toFixed(0)} |`);
  console.log(rows.join("\n"));
}

await main();
