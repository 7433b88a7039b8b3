import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { articleJaSource, getEdition, renderPlainText } from "./index.js";

function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "pnpm-workspace.yaml"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error("no pnpm-workspace.yaml above this file");
    dir = parent;
  }
  return dir;
}

/** In CI and in development the shared folder sits beside the repository: <repo>/../shared. */
const seedPath = join(repoRoot(), "..", "shared", "seed", "000_cde29dcbe1c26ac3.txt");

describe("the Japanese source text", () => {
  it.skipIf(!existsSync(seedPath))("is the seed file byte for byte", () => {
    expect(articleJaSource).toBe(readFileSync(seedPath, "utf8"));
  });

  it("has no trailing newline and ends with the scraped コメント label", () => {
    expect(articleJaSource.endsWith("\n")).toBe(false);
    expect(articleJaSource.endsWith("人類の資産です。\nコメント")).toBe(true);
  });
});

describe("the Japanese edition", () => {
  it("renders back to the seed text, except the scraped コメント and the ** markers", () => {
    const expected = articleJaSource.replaceAll("**", "").replace(/\nコメント$/u, "");
    expect(renderPlainText(getEdition("ja"))).toBe(expected);
  });

  it("drops the scraped コメント button label at the very end", () => {
    const last = getEdition("ja").sections.at(-1)?.paragraphs.at(-1);
    expect(last?.text).toBe("借金の後に残る“技術”こそが、人類の資産です。");
    const texts = getEdition("ja").sections.flatMap((s) => s.paragraphs.map((p) => p.text));
    expect(texts.some((t) => t.includes("コメント"))).toBe(false);
  });

  it("keeps one paragraph per line of the article", () => {
    const lines = articleJaSource.replace(/\nコメント$/u, "").split("\n");
    const headings = lines.filter((l) => l.startsWith("■"));
    const edition = getEdition("ja");
    expect(edition.sections).toHaveLength(headings.length);
    expect(edition.sections.flatMap((s) => s.paragraphs)).toHaveLength(lines.length - headings.length);
  });
});
