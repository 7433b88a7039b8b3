// `pnpm bench`: model throughput. Prints a Markdown table; the figures go into README.md with the command.
import { Bench } from "tinybench";
import type { Scenario } from "../src/index.js";
import { monteCarlo, presets, setPath, simulate, simulateFast } from "../src/index.js";
import { floatNum } from "../src/_lib/num.js";
import { SeriesRecorder } from "../src/engine/recorder.js";
import { runEngine } from "../src/engine/run.js";
import { SeriesRecorder as FloatSeriesRecorder } from "../src/generated/engine/recorder.js";
import { runEngine as runFloatEngine } from "../src/generated/engine/run.js";

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
  const base = presets[0]!.scenario;
  const H = base.horizonQuarters;
  bench.add("engine lean, generic (Num<number>)", () => void runEngine(floatNum, base, new SeriesRecorder<number>(H)));
  bench.add("engine lean, generated float", () => void runFloatEngine(floatNum, base, new FloatSeriesRecorder<number>(H)));
  await bench.run();
  const byName = new Map(bench.tasks.map((t) => [t.name, median(t)]));

  rows.push("| preset | quarters | simulate (Decimal) median ms | simulateFast median ms |", "|---|---:|---:|---:|");
  for (const c of cases) {
    rows.push(`| ${c.id} | ${c.H} | ${byName.get(`decimal ${c.id} ${c.H}`)!.toFixed(2)} | ${byName.get(`fast ${c.id} ${c.H}`)!.toFixed(3)} |`);
  }
  const generic = byName.get("engine lean, generic (Num<number>)")!;
  const generated = byName.get("engine lean, generated float")!;
  rows.push("", "| engine, base, 40 quarters, lean (what Monte Carlo runs) | median ms |", "|---|---:|");
  rows.push(`| generic engine over Num<number> (the ledger's code with floatNum) | ${generic.toFixed(3)} |`);
  rows.push(`| generated float engine (engine.ts with Num calls inlined: simulateFast, Monte Carlo) | ${generated.toFixed(3)} |`);
  rows.push(`| ratio generic / generated | ${(generic / generated).toFixed(2)}× |`);

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
