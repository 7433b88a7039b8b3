// `node --import tsx bench/monte-carlo.ts [--mixed]`: process CPU time of monteCarlo(base, 10,000 paths × 40
// quarters) after a 2,000-path warm-up, three runs. With --mixed the Decimal ledger runs first in the same
// process (as on the simulator page and in `pnpm bench`), so the shared engine sees both number types.
import { getPreset, monteCarlo, presets, simulate } from "../src/index.js";

const mixed = process.argv.includes("--mixed");
if (mixed) for (const p of presets) simulate(p.scenario).toJSON();
const base = getPreset("base")!.scenario;
const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const run = (paths: number) => monteCarlo(base, { paths, seed: 42, demandVolatility: 0.1 });
let c0 = cpu();
run(2000);
console.log(`${mixed ? "mixed" : "float only"}: warm-up 2,000 paths ${(cpu() - c0).toFixed(0)} ms CPU`);
for (let i = 0; i < 3; i++) {
  c0 = cpu();
  const t0 = performance.now();
  const r = run(10_000);
  console.log(`10,000 × 40: ${(cpu() - c0).toFixed(0)} ms CPU, ${(performance.now() - t0).toFixed(0)} ms wall (burst probability ${r.burstProbability})`);
}
