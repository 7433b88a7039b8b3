// `aidebt data`, driven through the built binary: the rows of @aidebt/data in every format, filtered by
// company, item, series and quarter, and the same rows the package's own queries return.
import { companyRows, deals, series, SERIES_IDS } from "@aidebt/data";
import { describe, expect, it } from "vitest";
import { parseCsv, run } from "./helpers.js";

describe.concurrent("aidebt data", () => {
  it("prints the company rows the data package returns for the filters, as JSON", async () => {
    const result = await run(["data", "companies", "--company", "meta", "--item", "capex", "--from", "2025Q1", "--to", "2025Q4", "--format", "json"]);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as { table: string; query: object; count: number; rows: unknown[] };
    const expected = companyRows({ company: "meta", item: "capex", from: "2025Q1", to: "2025-12-31" });
    expect(json.table).toBe("companies");
    expect(json.query).toEqual({ company: "meta", item: "capex", from: "2025Q1", to: "2025Q4" });
    expect(json.count).toBe(expected.length);
    expect(json.rows).toEqual(expected);
  });

  it("writes stable ids as the CSV header whatever the language, one line per row", async () => {
    for (const lang of ["ja", "en"]) {
      const rows = parseCsv((await run(["data", "deals", "--format", "csv", "--lang", lang])).stdout);
      expect(rows[0]?.slice(0, 5)).toEqual(["id", "issuer", "sponsor", "date", "amount"]);
      expect(rows.slice(1).map((r) => r[0])).toEqual(deals().map((d) => d.id));
    }
  });

  it("labels columns in the table and Markdown in the output's language, with source links in Markdown", async () => {
    const ja = await run(["data", "series", "--series", "usdjpy", "--lang", "ja"]);
    expect(ja.stdout).toContain("系列");
    expect(ja.stdout).toContain("確度");
    expect(ja.stdout).not.toContain("https://");
    const md = await run(["data", "series", "--series", "usdjpy", "--format", "md", "--lang", "en"]);
    expect(md.stdout).toContain("| series | date | value |");
    const urls = [...md.stdout.matchAll(/<(https:\/\/[^>]+)>/g)].map((m) => m[1]);
    expect(urls).toHaveLength(series("usdjpy").length);
  });

  it("bounds deals and observations by the dates of the quarters given", async () => {
    const csv = parseCsv((await run(["data", "deals", "--from", "2025Q4", "--to", "2025Q4", "-f", "csv", "--columns", "date"])).stdout);
    expect(csv.slice(1).every(([date]) => (date ?? "") >= "2025-10" && (date ?? "") <= "2025-12-31")).toBe(true);
    expect(csv.length - 1).toBe(deals({ from: "2025Q4", to: "2025-12-31" }).length);
    const all = JSON.parse((await run(["data", "series", "-f", "json"])).stdout) as { count: number };
    expect(all.count).toBe(SERIES_IDS.reduce((n, id) => n + series(id).length, 0));
  });

  it("selects columns by id, URLs included on request", async () => {
    const csv = parseCsv((await run(["data", "companies", "--company", "oracle", "--columns", "period,value,url", "-f", "csv"])).stdout);
    expect(csv[0]).toEqual(["period", "value", "url"]);
    expect(csv.slice(1).every((r) => r[2]?.startsWith("https://"))).toBe(true);
  });

  it("names the option and what is allowed when a filter is wrong, and exits 2", async () => {
    const company = await run(["data", "companies", "--company", "nvidia"]);
    expect(company.code).toBe(2);
    expect(company.stderr).toBe(
      'error: invalid --company\n  --company: not one the companies table has, got "nvidia" (allowed: meta, alphabet, microsoft, amazon, oracle, coreweave)\n',
    );
    const to = await run(["data", "series", "--from", "2026Q1", "--to", "2025Q2", "--lang", "ja"]);
    expect(to.code).toBe(2);
    expect(to.stderr).toContain("--to: --from 2026Q1 より前です");
    const quarter = await run(["data", "deals", "--from", "Q1 2025"]);
    expect(quarter.stderr).toContain('--from: not a quarter, got "Q1 2025" (allowed: a quarter such as 2025Q1)');
  });

  it("documents itself in both languages, in completion and in the man page", async () => {
    expect((await run(["data", "--help", "--lang", "ja"])).stdout).toContain("出典つきの行");
    expect((await run(["data", "deals", "--help", "--lang", "en"])).stdout).toContain("--company <id>");
    for (const shell of ["bash", "zsh", "fish"]) {
      const script = (await run(["completion", shell])).stdout;
      expect(script, shell).toContain("companies");
      expect(script, shell).toContain("fed-funds-upper");
    }
    expect((await run(["man"])).stdout).toContain("data companies");
  });
});
