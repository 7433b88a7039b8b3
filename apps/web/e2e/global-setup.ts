import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
import { startSiteServer } from "../scripts/site-server.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/**
 * Serves the built static site on a free port for every browser test. It serves a copy of out/, so that a
 * rebuild started while the tests run (watch mode, another terminal) cannot swap chunks under them.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const built = fileURLToPath(new URL("../out", import.meta.url));
  if (!existsSync(`${built}/index.html`)) throw new Error("out/ is missing: run `pnpm build` before `pnpm e2e`.");
  const dir = join(mkdtempSync(join(tmpdir(), "aidebt-web-e2e-")), "out");
  cpSync(built, dir, { recursive: true });
  const server = await startSiteServer({ dir, port: 0, host: "127.0.0.1" });
  project.provide("baseUrl", server.url);
  return async () => {
    await server.close();
    rmSync(join(dir, ".."), { recursive: true, force: true });
  };
}
