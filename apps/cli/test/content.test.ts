import { getEdition } from "@aidebt/content";
import { describe, expect, it } from "vitest";
import { ANSI, parseCsv, run } from "./helpers.js";

describe.concurrent("aidebt article", () => {
  it("prints the Japanese article by default and the English edition with --lang en", async () => {
    const ja = await run(["article", "--lang", "ja"]);
    expect(ja.code).toBe(0);
    expect(ja.stdout).toContain(getEdition("ja").title);
    const en = await run(["article", "--lang", "en"]);
    expect(en.stdout).toContain(getEdition("en").title);
  });

  it("picks the language from LANG", async () => {
    const result = await run(["article"], { env: { LANG: "ja_JP.UTF-8" } });
    expect(result.stdout).toContain(getEdition("ja").title);
    const fallback = await run(["article"], { env: { LANG: "C" } });
    expect(fallback.stdout).toContain(getEdition("ja").title);
  });

  it("prints one section, and names the available slugs for an unknown one", async () => {
    const section = getEdition("en").sections.find((s) => s.heading !== null);
    if (section === undefined) throw new Error("no section with a heading");
    const one = await run(["article", "--section", section.slug, "--lang", "en"]);
    expect(one.code).toBe(0);
    expect(one.stdout).toContain(section.heading?.text);
    const bad = await run(["article", "--section", "nope"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--section: no such section, got "nope" (allowed: ');
    expect(bad.stderr).toContain(section.slug);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });

  it("gives the edition as JSON and Markdown with the article's emphasis", async () => {
    const json = await run(["article", "--format", "json", "--lang", "en"]);
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(JSON.stringify(getEdition("en"))));
    const md = await run(["article", "--format", "md", "--lang", "ja"]);
    expect(md.stdout.startsWith(`# ${getEdition("ja").title}`)).toBe(true);
    expect(md.stdout).toContain("## ");
    const emphasised = getEdition("ja").sections.flatMap((s) => s.paragraphs).flatMap((p) => p.inlines).find((i) => i.kind === "emphasis");
    if (emphasised) expect(md.stdout).toContain(`**${emphasised.text}**`);
  });

  it("gives one CSV row per paragraph", async () => {
    const csv = await run(["article", "--format", "csv", "--lang", "ja"]);
    const rows = parseCsv(csv.stdout);
    const paragraphs = getEdition("ja").sections.flatMap((s) => s.paragraphs);
    expect(rows).toHaveLength(paragraphs.length + 1);
    expect(rows[1]?.[1]).toBe(paragraphs[0]?.id);
    expect(rows[1]?.[3]).toBe(paragraphs[0]?.text);
    expect(csv.stdout).not.toMatch(ANSI);
  });
});

describe.concurrent("aidebt glossary", () => {
  it("lists every term with its definition in the chosen language", async () => {
    const { getGlossary } = await import("@aidebt/content");
    const result = await run(["glossary", "--lang", "en"]);
    expect(result.code).toBe(0);
    for (const term of getGlossary()) expect(result.stdout).toContain(term.id);
    const first = getGlossary()[0];
    if (first) expect(result.stdout).toContain(first.definition.en);
  });

  it("finds one term by English name or Japanese term", async () => {
    const { findTerm } = await import("@aidebt/content");
    const spv = findTerm("SPV");
    const byEnglish = await run(["glossary", "SPV", "--lang", "en"]);
    expect(byEnglish.code).toBe(0);
    expect(byEnglish.stdout).toContain(spv?.definition.en);
    const json = await run(["glossary", "SPV", "--format", "json"]);
    expect(JSON.parse(json.stdout)).toEqual(spv);
  });

  it("exits 2 for an unknown term and lists what there is", async () => {
    const result = await run(["glossary", "nonexistent-term-xyz"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no glossary term matches "nonexistent-term-xyz"');
    expect(result.stderr).toContain("allowed:");
  });
});

describe.concurrent("aidebt facts", () => {
  it("gives facts and fact checks as JSON, unchanged from the content package", async () => {
    const { getFacts, getFactChecks } = await import("@aidebt/content");
    const result = await run(["facts", "--format", "json"]);
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(JSON.stringify({ facts: getFacts(), factChecks: getFactChecks() })));
  });

  it("gives one CSV row per fact with the raw number", async () => {
    const { getFacts } = await import("@aidebt/content");
    const rows = parseCsv((await run(["facts", "--format", "csv"])).stdout);
    expect(rows).toHaveLength(getFacts().length + 1);
    expect(rows[1]?.[0]).toBe(getFacts()[0]?.id);
    expect(Number(rows[1]?.[2])).toBe(getFacts()[0]?.value);
  });
});
