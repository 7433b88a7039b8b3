// A static server for the export in out/: sirv for files, out/404.html (status 404) for anything else.
// Used by `pnpm serve` and by the browser tests.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { join } from "node:path";
import sirv from "sirv";

/**
 * Starts the server.
 * @param {{ dir: string, port?: number, host?: string }} options port 0 picks a free port
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export async function startSiteServer({ dir, port = 0, host }) {
  const notFoundPage = readFileSync(join(dir, "404.html"));
  const serveStatic = sirv(dir, { dev: false, etag: true, extensions: ["html"] });
  const server = createServer((req, res) => {
    serveStatic(req, res, () => {
      res.statusCode = 404;
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.end(notFoundPage);
    });
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve(undefined));
  });
  const address = server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  return {
    url: `http://localhost:${actualPort}`,
    port: actualPort,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
