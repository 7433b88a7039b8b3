// vitest's global setup: write the fast path's engine from src/engine/ first, so that `vitest` run by hand
// (without turbo's `generate` task) tests the current sources.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export default function setup(): void {
  execFileSync(process.execPath, ["--import", "tsx", fileURLToPath(new URL("../scripts/float-engine.ts", import.meta.url))], { stdio: "ignore" });
}
