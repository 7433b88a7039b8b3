#!/usr/bin/env node
// `pnpm serve`: serves the static export (out/) on PORT (default 3000).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { startSiteServer } from "./site-server.mjs";

const dir = fileURLToPath(new URL("../out", import.meta.url));
if (!existsSync(`${dir}/404.html`)) {
  console.error("out/ is missing or incomplete: run `pnpm build` first.");
  process.exit(1);
}
const server = await startSiteServer({ dir, port: Number(process.env.PORT ?? 3000) });
console.log(`aidebt site: ${server.url}/  (English: ${server.url}/en/)`);
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => void server.close().then(() => process.exit(0)));
}
