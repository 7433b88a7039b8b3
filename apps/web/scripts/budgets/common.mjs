// Shared helpers of the budget scripts: the built site served from out/, and Debian chromium.
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";

export const webDir = fileURLToPath(new URL("../../", import.meta.url));
export const outDir = fileURLToPath(new URL("../../out", import.meta.url));
import { chromeFlags, chromePath } from "../chromium.mjs";

export { chromeFlags, chromePath };

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".xml": "application/xml",
};
const compressible = new Set([".html", ".js", ".css", ".json", ".txt", ".svg", ".xml"]);

/**
 * Serves a static export the way a static host does: gzip for text (when the client accepts it), long
 * caching for hashed assets under /_next/static, 404.html for anything missing. The budgets measure what a
 * reader would download from a real host, so compression is on (scripts/site-server.mjs, used by the
 * tests, serves files uncompressed).
 */
export async function serveOut(dir = outDir) {
  if (!existsSync(`${dir}/index.html`)) {
    console.error(`${dir} is missing: run \`pnpm build\` in apps/web first.`);
    process.exit(1);
  }
  const cache = new Map();
  const find = (pathname) => {
    const clean = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, "");
    if (clean.startsWith("..")) return null;
    for (const candidate of [clean, join(clean, "index.html"), `${clean}.html`]) {
      const file = join(dir, candidate);
      if (existsSync(file) && statSync(file).isFile()) return file;
    }
    return null;
  };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const file = find(url.pathname);
    const path = file ?? join(dir, "404.html");
    const ext = extname(path);
    let body = readFileSync(path);
    res.statusCode = file ? 200 : 404;
    res.setHeader("Content-Type", types[ext] ?? "application/octet-stream");
    res.setHeader("Cache-Control", url.pathname.startsWith("/_next/static/") ? "public, max-age=31536000, immutable" : "public, max-age=0, must-revalidate");
    if (compressible.has(ext) && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) {
      let gz = cache.get(path);
      if (!gz) {
        gz = gzipSync(body, { level: 9 });
        cache.set(path, gz);
      }
      body = gz;
      res.setHeader("Content-Encoding", "gzip");
      res.setHeader("Vary", "Accept-Encoding");
    }
    res.setHeader("Content-Length", body.length);
    res.end(req.method === "HEAD" ? undefined : body);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = server.address().port;
  return { url: `http://localhost:${port}`, port, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export function launch() {
  return chromium.launch({ executablePath: chromePath, args: chromeFlags });
}

/** Percentile by linear interpolation on sorted values. */
export function percentile(sorted, p) {
  if (sorted.length === 0) return Number.NaN;
  const i = (sorted.length - 1) * p;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (i - lo);
}

/** Prints rows as an aligned text table. */
export function printTable(headers, rows) {
  const all = [headers, ...rows].map((r) => r.map(String));
  // At least 3 wide, so that a right-aligned column's "--:" is valid Markdown.
  const widths = headers.map((_, c) => Math.max(3, ...all.map((r) => r[c].length)));
  const line = (r) => `| ${r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join(" | ")} |`;
  console.log(line(all[0]));
  console.log(`| ${widths.map((w, c) => (c === 0 ? "-".repeat(w) : `${"-".repeat(w - 1)}:`)).join(" | ")} |`);
  for (const r of all.slice(1)) console.log(line(r));
}
