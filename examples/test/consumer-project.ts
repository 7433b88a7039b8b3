// Builds a scratch project outside the workspace that installs @aidebt/model and @aidebt/content from the
// tarballs `pnpm pack` makes, exactly as a user installing from npm would get them.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const examplesDir = fileURLToPath(new URL("..", import.meta.url));
export const repoRoot = join(examplesDir, "..");
export const publishedPackages = [
  { name: "@aidebt/model", dir: join(repoRoot, "packages/model") },
  { name: "@aidebt/content", dir: join(repoRoot, "packages/content") },
] as const;

export interface ConsumerProject {
  dir: string;
  tarballs: Record<string, string>;
}

export function packTarball(packageDir: string, destination: string): string {
  const before = new Set(readdirSync(destination));
  execFileSync("pnpm", ["pack", "--pack-destination", destination], { cwd: packageDir, stdio: "pipe" });
  const created = readdirSync(destination).find((file) => file.endsWith(".tgz") && !before.has(file));
  if (!created) throw new Error(`pnpm pack made no tarball for ${packageDir}`);
  return join(destination, created);
}

export function createConsumerProject(): ConsumerProject {
  const dir = mkdtempSync(join(tmpdir(), "aidebt-consumer-"));
  const tarballs: Record<string, string> = {};
  for (const pkg of publishedPackages) tarballs[pkg.name] = packTarball(pkg.dir, dir);
  const dependencies = Object.fromEntries(Object.entries(tarballs).map(([name, file]) => [name, `file:${file}`]));
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module", dependencies }, null, 2));
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--no-package-lock", "--prefer-offline", "--loglevel=error"], {
    cwd: dir,
    stdio: "pipe",
  });
  cpSync(join(examplesDir, "consumer"), dir, { recursive: true });
  return { dir, tarballs };
}
