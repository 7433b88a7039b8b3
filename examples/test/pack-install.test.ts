import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createConsumerProject, examplesDir, publishedPackages, type ConsumerProject } from "./consumer-project.js";

const bin = (name: string) => join(examplesDir, "node_modules/.bin", name);
let project: ConsumerProject;

beforeAll(() => {
  project = createConsumerProject();
});

afterAll(() => {
  if (project) rmSync(project.dir, { recursive: true, force: true });
});

function typecheck(moduleResolution: "node16" | "bundler") {
  const config = {
    compilerOptions: {
      strict: true,
      noEmit: true,
      target: "ES2022",
      lib: ["ES2022", "DOM"],
      types: [],
      module: moduleResolution === "node16" ? "node16" : "esnext",
      moduleResolution,
    },
    files: ["typed.ts"],
  };
  const configFile = `tsconfig.${moduleResolution}.json`;
  writeFileSync(join(project.dir, configFile), JSON.stringify(config));
  return spawnSync(bin("tsc"), ["-p", configFile], { cwd: project.dir, encoding: "utf8" });
}

describe("the packed packages, installed into a project outside the workspace", () => {
  it("run from a plain Node ESM script", () => {
    const output = execFileSync(process.execPath, ["esm-script.mjs"], { cwd: project.dir, encoding: "utf8" });
    const printed = JSON.parse(output) as Record<string, unknown>;
    expect(printed.quarters).toBeGreaterThanOrEqual(40);
    expect(printed.firstLabel).toBe("2026Q1");
    expect(["cash-flow", "debt", "balanced"]).toContain(printed.verdict);
    expect(printed.peakHiddenDebt).toMatch(/円/);
    expect(printed.title).toContain("借金");
    expect(printed.glossaryTerms).toBeGreaterThanOrEqual(15);
  });

  // Node 20 is past its end of life; users run 22 and 24. The node binaries come from the npm registry.
  it.each(["22", "24"])("run the same script on Node %s", (major) => {
    const output = execFileSync("npx", ["--yes", "-p", `node@${major}`, "node", "esm-script.mjs"], {
      cwd: project.dir,
      encoding: "utf8",
    });
    const printed = JSON.parse(output) as Record<string, unknown>;
    expect(printed.firstLabel).toBe("2026Q1");
    expect(printed.title).toContain("借金");
  });

  it("type-check a consumer with moduleResolution node16", () => {
    const result = typecheck("node16");
    expect(result.stdout + result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("type-check a consumer with moduleResolution bundler", () => {
    const result = typecheck("bundler");
    expect(result.stdout + result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("bundle for the browser with esbuild and run without any Node built-in", async () => {
    const bundle = await build({
      entryPoints: [join(project.dir, "browser-entry.js")],
      absWorkingDir: project.dir,
      bundle: true,
      platform: "browser",
      format: "iife",
      minify: true,
      write: false,
      metafile: true,
      logLevel: "silent",
    });
    const inputs = Object.keys(bundle.metafile.inputs);
    expect(inputs.some((input) => input.includes("node_modules/@aidebt/model/dist/"))).toBe(true);
    expect(inputs.some((input) => input.includes("node_modules/decimal.js/"))).toBe(true);
    const sandbox: Record<string, unknown> = {};
    sandbox.globalThis = sandbox;
    // No require, no process: what a browser tab offers a script.
    runInNewContext(bundle.outputFiles[0]!.text, sandbox);
    const check = sandbox.__aidebtBrowserCheck as { quarters: number; paragraphs: number };
    expect(check.quarters).toBeGreaterThanOrEqual(40);
    expect(check.paragraphs).toBeGreaterThan(50);
  });
});

describe.each(publishedPackages)("$name as published", (pkg) => {
  it("passes publint in strict mode", () => {
    const result = spawnSync(bin("publint"), ["--strict", "--pack", "pnpm"], { cwd: pkg.dir, encoding: "utf8" });
    expect(result.status, result.stdout + result.stderr).toBe(0);
  });

  it("has types that resolve under every ESM resolution mode (arethetypeswrong)", () => {
    const tarball = project.tarballs[pkg.name]!;
    const result = spawnSync(bin("attw"), [tarball, "--profile", "esm-only", "--format", "ascii", "--no-color"], {
      encoding: "utf8",
    });
    expect(result.status, result.stdout + result.stderr).toBe(0);
  });

  it("ships built output, its README and engines, and no tests or sources", () => {
    const listing = execFileSync("tar", ["-tzf", project.tarballs[pkg.name]!], { encoding: "utf8" }).split("\n");
    expect(listing).toContain("package/dist/index.js");
    expect(listing).toContain("package/dist/index.d.ts");
    expect(listing).toContain("package/README.md");
    if (pkg.name === "@aidebt/model") expect(listing).toContain("package/MODEL.md");
    expect(listing.filter((file) => /\.test\.|\/src\//.test(file))).toEqual([]);
    const manifest = JSON.parse(
      execFileSync("tar", ["-xzOf", project.tarballs[pkg.name]!, "package/package.json"], { encoding: "utf8" }),
    ) as { engines?: { node?: string }; dependencies?: Record<string, string> };
    expect(manifest.engines?.node).toBe(">=20.19");
    // pnpm pack must have replaced workspace and catalog specifiers with real versions.
    expect(JSON.stringify(manifest.dependencies ?? {})).not.toMatch(/workspace:|catalog:/);
    expect(readFileSync(join(pkg.dir, "package.json"), "utf8")).toContain('"sideEffects": false');
  });
});
