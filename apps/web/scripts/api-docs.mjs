#!/usr/bin/env node
// Generates the API reference of @aidebt/model and @aidebt/content from their TSDoc into public/docs/, so the
// static site serves it at /docs/ and every build (CI included) regenerates it: it cannot drift from the code.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
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

/**
 * TypeDoc puts a heading's permalink inside the <summary> of its collapsible member groups: a link inside a
 * control (axe: nested-interactive). The heading keeps its id, so the address with #id still works.
 */
function withoutLinksInSummaries(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".html")) continue;
    const file = join(entry.parentPath, entry.name);
    const html = readFileSync(file, "utf8");
    const fixed = html.replace(/(<summary\b[^>]*>)([\s\S]*?)(<\/summary>)/g, (_m, open, body, close) =>
      `${open}${body.replace(/<a href="#[^"]*" aria-label="Permalink" class="tsd-anchor-icon">[\s\S]*?<\/a>/g, "")}${close}`,
    );
    if (fixed !== html) writeFileSync(file, fixed);
  }
}

let problems = 0;
for (const pkg of packages) {
  const app = await Application.bootstrap({
    name: pkg.name,
    entryPoints: [`${root}${pkg.dir}/src/index.ts`],
    tsconfig: `${root}${pkg.dir}/tsconfig.build.json`,
    readme: `${root}${pkg.dir}/README.md`,
    customCss: fileURLToPath(new URL("./api-docs.css", import.meta.url)),
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
  withoutLinksInSummaries(`${outRoot}${pkg.slug}`);
  problems += app.logger.errorCount;
  console.log(`API reference of ${pkg.name} → public/docs/${pkg.slug}/`);
}

// The index of /docs/: a page of the site like the others (description, icon, targets large enough to tap).
writeFileSync(
  `${outRoot}index.html`,
  `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>API reference — aidebt</title>
<meta name="description" content="API reference of @aidebt/model (the AI-infrastructure debt-cycle simulation) and @aidebt/content (the article and glossary), generated from their TSDoc.">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<meta name="color-scheme" content="light dark">
<style>
body { font: 1.05rem/1.6 system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; }
a { display: inline-block; min-height: 24px; padding: 0.35rem 0; color: #0b4fa8; }
@media (prefers-color-scheme: dark) {
  body { background: #15171a; color: #e8e8e8; }
  a { color: #8cb8ff; }
}
li { margin: 0.3rem 0; }
</style>
</head>
<body><main><h1>API reference</h1><ul>${packages
    .map((p) => `<li><a href="./${p.slug}/">${p.name}</a></li>`)
    .join("")}</ul><p><a href="/">Article (日本語)</a> · <a href="/en/">Article (English)</a></p></main></body></html>\n`,
);
if (problems > 0) process.exit(1);
