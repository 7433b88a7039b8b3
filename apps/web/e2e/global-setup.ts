import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
import { startSiteServer } from "../scripts/site-server.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serves the built static site (out/) on a free port for every browser test. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = fileURLToPath(new URL("../out", import.meta.url));
  if (!existsSync(`${dir}/index.html`)) throw new Error("out/ is missing: run `pnpm build` before `pnpm e2e`.");
  const server = await startSiteServer({ dir, port: 0, host: "127.0.0.1" });
  project.provide("baseUrl", server.url);
  return () => server.close();
}
