import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { getEdition } from "./index.js";

const srcDir = fileURLToPath(new URL(".", import.meta.url));
const runtimeFiles = readdirSync(srcDir, { recursive: true, encoding: "utf8" }).filter(
  (f) => f.endsWith(".ts") && !f.endsWith(".test.ts"),
);

describe("the package at run time", () => {
  it("imports nothing from Node, React or the file system at run time, only zod/mini and its own files", () => {
    for (const file of runtimeFiles) {
      const source = readFileSync(`${srcDir}/${file}`, "utf8");
      // type-only imports (the model's Bilingual) vanish from the built JavaScript
      const specifiers = [...source.matchAll(/^(?:import|export)(?!\s+type\b)[^;]*?from\s+"([^"]+)"/gmu)].map((m) => m[1]);
      for (const s of specifiers) expect(s, `${file}: ${s}`).toMatch(/^(?:zod\/mini$|\.{1,2}\/)/u);
      for (const m of source.matchAll(/^import\s+type\s+[^;]*?from\s+"([^"]+)"/gmu)) expect(m[1], `${file}: ${m[1]}`).toMatch(/^(?:zod\/mini$|@aidebt\/model$|\.{1,2}\/)/u);
    }
  });

  it("builds both editions once, at module load", () => {
    expect(getEdition("en")).toBe(getEdition("en"));
  });
});
