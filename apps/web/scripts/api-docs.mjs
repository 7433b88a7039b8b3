#!/usr/bin/env node
// Generates the API reference of @aidebt/model and @aidebt/content from their TSDoc into public/docs/, so the
// static site serves it at /docs/ and every build (CI included) regenerates it: it cannot drift from the code.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Application, LogLevel } from "typedoc";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const outRoot = fileURLToPath(new URL("../public/docs/", import.meta.url));
const packages = [
  { name: "@aidebt/model", dir: "packages/model", slug: "model" },
  { name: "@aidebt/content", dir: "packages/content", slug: "content" },
];

rmSync(outRoot, { recursive: true, force: true });
mkdirSync(outRoot, { recursive: true });

let problems = 0;
for (const pkg of packages) {
  const app = await Application.bootstrap({
    name: pkg.name,
    entryPoints: [`${root}${pkg.dir}/src/index.ts`],
    tsconfig: `${root}${pkg.dir}/tsconfig.build.json`,
    readme: `${root}${pkg.dir}/README.md`,
    excludePrivate: true,
    excludeInternal: true,
    hideGenerator: true,
    disableSources: true,
    githubPages: false,
    logLevel: LogLevel.Warn,
    validation: { notExported: false, invalidLink: true, notDocumented: false },
  });
  const project = await app.convert();
  if (!project) {
    console.error(`typedoc could not convert ${pkg.name}`);
    process.exit(1);
  }
  await app.generateDocs(project, `${outRoot}${pkg.slug}`);
  problems += app.logger.errorCount;
  console.log(`API reference of ${pkg.name} → public/docs/${pkg.slug}/`);
}

writeFileSync(
  `${outRoot}index.html`,
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>API reference — aidebt</title></head>
<body><main><h1>API reference</h1><ul>${packages
    .map((p) => `<li><a href="./${p.slug}/">${p.name}</a></li>`)
    .join("")}</ul><p><a href="/">Article (日本語)</a> · <a href="/en/">Article (English)</a></p></main></body></html>\n`,
);
if (problems > 0) process.exit(1);
