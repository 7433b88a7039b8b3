// vitest's global setup: write the build products (the fast path's engine from src/engine/, the calibrated
// presets from @aidebt/data) first, so that `vitest` run by hand (without turbo's `generate`) tests the sources.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export default function setup(): void {
  for (const script of ["../scripts/float-engine.ts", "../scripts/presets.ts"]) {
    execFileSync(process.execPath, ["--import", "tsx", fileURLToPath(new URL(script, import.meta.url))], { stdio: "ignore" });
  }
}
