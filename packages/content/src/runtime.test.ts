import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { getEdition } from "./index.js";

const srcDir = fileURLToPath(new URL(".", import.meta.url));
const runtimeFiles = readdirSync(srcDir, { recursive: true, encoding: "utf8" }).filter(
  (f) => f.endsWith(".ts") && !f.endsWith(".test.ts"),
);

describe("the package at run time", () => {
  it("imports nothing from Node, React or the file system, only zod/mini and its own files", () => {
    for (const file of runtimeFiles) {
      const source = readFileSync(`${srcDir}/${file}`, "utf8");
      const specifiers = [...source.matchAll(/from\s+"([^"]+)"/gu)].map((m) => m[1]);
      for (const s of specifiers) expect(s, `${file}: ${s}`).toMatch(/^(?:zod\/mini$|\.{1,2}\/)/u);
    }
  });

  it("builds both editions once, at module load", () => {
    expect(getEdition("en")).toBe(getEdition("en"));
  });
});
