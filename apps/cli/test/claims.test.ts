// `aidebt claims`, driven through the built binary: the model's claims() in every format.
import { CLAIM_IDS, claimFigureMeta, claims } from "@aidebt/model";
import { describe, expect, it } from "vitest";
import { parseCsv, run } from "./helpers.js";

describe.concurrent("aidebt claims", () => {
  it("prints the model's claims() of a preset as JSON, every claim answered", async () => {
    const result = await run(["claims", "demand-slowdown", "--format", "json"]);
    expect(result.code, result.stderr).toBe(0);
    const json = JSON.parse(result.stdout) as { scenario: string; claims: Array<{ id: string; answer: string }> };
    expect(json.scenario).toBe("demand-slowdown");
    expect(json.claims.map((c) => c.id)).toEqual([...CLAIM_IDS]);
    expect(json.claims.map((c) => c.answer)).toEqual(claims("demand-slowdown").claims.map((c) => c.answer));
  });

  it("writes CSV with stable ids and the answers as ids, in either language", async () => {
    for (const lang of ["ja", "en"]) {
      const rows = parseCsv((await run(["claims", "--format", "csv", "--lang", lang])).stdout);
      expect(rows[0]).toEqual(["id", "claim", "answer", "flipPath", "flipValue", "text"]);
      expect(rows.slice(1).map((r) => r[0])).toEqual([...CLAIM_IDS]);
      for (const r of rows.slice(1)) expect(["holds", "does-not-hold", "depends"]).toContain(r[2]);
    }
  });

  it("lists the figures behind each answer, labelled and in their units by the model's CLAIM_FIGURES", async () => {
    const report = claims("base");
    for (const lang of ["ja", "en"] as const) {
      const md = (await run(["claims", "base", "--format", "md", "--lang", lang, "--currency", "usd"])).stdout;
      for (const c of report.claims) for (const key of Object.keys(c.figures)) expect(md, `${c.id} ${key}`).toContain(claimFigureMeta(key)!.label[lang]);
    }
    const en = (await run(["claims", "base", "--lang", "en", "--currency", "usd"])).stdout;
    const npv = report.claims.find((c) => c.id === "repaid-no-profit")!.figures.sponsorAiNpv as number;
    expect(en).toMatch(new RegExp(`Sponsor's AI NPV\\s+-\\$${(-npv).toFixed(1).replace(".", "\\.")}bn`));
  });

  it("prints a table with the model's sentences in Japanese, and Markdown", async () => {
    const ja = await run(["claims", "neocloud", "--lang", "ja"]);
    expect(ja.code, ja.stderr).toBe(0);
    expect(ja.stdout).toContain("記事の主張の検証");
    expect(ja.stdout).toMatch(/成り立つ|成り立たない|条件による/);
    const md = await run(["claims", "--format", "md", "--lang", "en"]);
    expect(md.stdout).toContain("| id | claim | answer |");
  });

  it("names the presets for an unknown one, one line, exit 2", async () => {
    const result = await run(["claims", "nope"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/nope/);
  });
});
