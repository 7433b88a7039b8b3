#!/usr/bin/env node
// Prints what @aidebt/model and @aidebt/content cost a user: packed and installed size, and the bytes a
// browser bundle pays to import each (esbuild metafile, minified), with decimal.js and zod counted.
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { createConsumerProject } from "../test/consumer-project.ts";

const project = createConsumerProject();
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

function directorySize(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? directorySize(path) : statSync(path).size;
  }
  return total;
}

const rows = [];
for (const [name, tarball] of Object.entries(project.tarballs)) {
  rows.push({
    package: name,
    packed: kb(statSync(tarball).size),
    installed: kb(directorySize(join(project.dir, "node_modules", name))),
  });
}
console.log("Package size (pnpm pack; installed = the package's own folder)");
console.table(rows);

async function bundleCost(label, source) {
  const entry = join(mkdtempSync(join(tmpdir(), "aidebt-size-")), "entry.js");
  writeFileSync(entry, source);
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: "browser",
    format: "esm",
    minify: true,
    write: false,
    metafile: true,
    nodePaths: [join(project.dir, "node_modules")],
    logLevel: "silent",
  });
  const output = Object.values(result.metafile.outputs)[0];
  const byPackage = {};
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
    const key = match ? match[1] : "(entry)";
    byPackage[key] = (byPackage[key] ?? 0) + bytesInOutput;
  }
  const text = result.outputFiles[0].text;
  return {
    import: label,
    minified: kb(text.length),
    gzip: kb(gzipSync(text).length),
    ...Object.fromEntries(Object.entries(byPackage).map(([pkg, bytes]) => [pkg, kb(bytes)])),
  };
}

const costs = [
  await bundleCost("{ simulate, getPreset } from @aidebt/model", 'import { simulate, getPreset } from "@aidebt/model"; console.log(simulate(getPreset("base").scenario).toJSON().summary);'),
  await bundleCost(
    "the site's figures: { simulateFast, getPreset, parseScenario, setPath, formatMoney, … }",
    'import { simulateFast, getPreset, presets, parseScenario, setPath, formatMoney, portfolioRisk, h1bFeeImpact } from "@aidebt/model"; console.log(simulateFast(getPreset("base").scenario).summary, presets, parseScenario, setPath, formatMoney, portfolioRisk, h1bFeeImpact);',
  ),
  await bundleCost("* from @aidebt/model", 'import * as model from "@aidebt/model"; console.log(model);'),
  await bundleCost("{ getEdition } from @aidebt/content", 'import { getEdition } from "@aidebt/content"; console.log(getEdition("ja").title);'),
];
console.log("Browser bundle cost (esbuild, minified; columns after gzip are minified bytes per package)");
console.table(costs);
rmSync(project.dir, { recursive: true, force: true });
