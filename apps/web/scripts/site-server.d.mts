/** Types for site-server.mjs (plain ESM so that `pnpm serve` needs no build step). */
export interface SiteServer {
  url: string;
  port: number;
  close: () => Promise<void>;
}
export function startSiteServer(options: { dir: string; port?: number; host?: string }): Promise<SiteServer>;
