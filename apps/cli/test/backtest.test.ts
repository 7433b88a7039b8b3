// `aidebt backtest`, driven through the built binary: the model's backtest() in every format, its options
// checked before any run, and a scenario file compared with reported figures from a file.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BACKTEST_ITEMS, actualsFor, backtest, getPreset, setPath } from "@aidebt/model";
import { describe, expect, it } from "vitest";
import { parseCsv, run } from "./helpers.js";

const tmp = (): string => mkdtempSync(join(tmpdir(), "aidebt-backtest-"));
const fiscal = backtest("meta-2024").rows.filter((r) => r.period.startsWith("FY"));

describe.concurrent("aidebt backtest", () => {
  it("prints the model's backtest of meta-2024 as JSON, the fiscal years by default", async () => {
    const result = await run(["backtest", "--format", "json"]);
    expect(result.code, result.stderr).toBe(0);
    const json = JSON.parse(result.stdout) as { source: string; actuals: null; scenario: string; startQuarter: string; rows: typeof fiscal; invocation: { commandLine: string } };
    expect(json.source).toBe("meta-2024");
    expect(json.actuals).toBeNull();
    expect(json.scenario).toBe("meta-2024");
    expect(json.startQuarter).toBe("2025Q1");
    expect(json.rows).toEqual(JSON.parse(JSON.stringify(fiscal)));
    expect(json.invocation.commandLine).toBe("aidebt backtest --format json");
  });

  it("gives FY2025 revenue as Meta reported it, 200.966, with an https source", async () => {
    for (const format of ["json", "csv"]) {
      const result = await run(["backtest", "meta-2024", "--item", "revenue", "--period", "FY2025", "--format", format]);
      expect(result.code, result.stderr).toBe(0);
      const row =
        format === "json"
          ? (JSON.parse(result.stdout) as { rows: { item: string; actual: number; url: string }[] }).rows[0]
          : (([header, values]) => Object.fromEntries((header ?? []).map((h, i) => [h, h === "actual" ? Number(values?.[i]) : values?.[i]])))(parseCsv(result.stdout));
      expect(row?.item).toBe("revenue");
      expect(row?.actual).toBe(200.966);
      expect(String(row?.url)).toMatch(/^https:\/\//);
    }
  });

  it("writes CSV under stable ids with raw values, whatever the language", async () => {
    for (const lang of ["en", "ja"]) {
      const rows = parseCsv((await run(["backtest", "--format", "csv", "--lang", lang])).stdout);
      expect(rows[0]).toEqual(["item", "period", "model", "actual", "error", "url", "source"]);
      expect(rows.slice(1).map((r) => r[0])).toEqual(fiscal.map((r) => r.item));
      expect(rows.slice(1).map((r) => Number(r[2]))).toEqual(fiscal.map((r) => r.model));
      expect(rows.slice(1).map((r) => (r[4] === "" ? null : Number(r[4])))).toEqual(fiscal.map((r) => r.error));
    }
  });

  it("labels the table in the chosen language and shows the error in percent, without the long URL column", async () => {
    const en = await run(["backtest", "--lang", "en"]);
    expect(en.code, en.stderr).toBe(0);
    expect(en.stdout).toMatch(/^item +period +model +reported +error$/m);
    const revenue = fiscal.find((r) => r.item === "revenue");
    const percent = `${(revenue?.error ?? 0) > 0 ? "+" : ""}${((revenue?.error ?? 0) * 100).toFixed(1)}%`;
    expect(en.stdout).toMatch(new RegExp(`^revenue +FY2025 +\\$201\\.\\d+bn +\\$201\\.0bn +\\${percent}$`, "m"));
    expect(en.stdout).not.toContain("https://");
    const ja = await run(["backtest", "--lang", "ja"]);
    expect(ja.stdout).toMatch(/^項目 +期間 +モデル +実績 +誤差$/m);
    expect(ja.stdout).toContain("売上高");
    // the URL column on request
    const urls = await run(["backtest", "--lang", "en", "--columns", "item,url"]);
    expect(urls.stdout).toMatch(/^revenue +https:\/\//m);
  });

  it("writes Markdown with labels and each source as a link", async () => {
    const md = await run(["backtest", "--format", "md", "--lang", "en", "--item", "longTermDebt"]);
    expect(md.code, md.stderr).toBe(0);
    expect(md.stdout).toContain("| item | period | model | reported | error | source |");
    const row = fiscal.find((r) => r.item === "longTermDebt");
    expect(md.stdout).toMatch(/\| long-term debt[^|]* \| FY2025 \|/); // the model's label, e.g. "long-term debt (notes)"
    expect(md.stdout).toContain(`[${row?.source ?? ""}](${row?.url ?? ""})`);
  });

  it("keeps every quarter with --period all, one period with --period, and the items given", async () => {
    const all = parseCsv((await run(["backtest", "--period", "all", "--format", "csv"])).stdout);
    expect(all).toHaveLength(backtest("meta-2024").rows.length + 1);
    const q3 = parseCsv((await run(["backtest", "--period", "2025Q3", "--item", "revenue", "--item", "ownCapex", "--format", "csv"])).stdout);
    expect(q3.slice(1).map((r) => `${r[0]} ${r[1]}`)).toEqual(["revenue 2025Q3", "ownCapex 2025Q3"]);
  });

  it("refuses an unknown --item, listing the items the model compares", async () => {
    const result = await run(["backtest", "--item", "revenue", "--item", "revenu"]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatchInlineSnapshot(`
      "error: invalid --item
        --item: not an item the backtest compares: "revenu" (allowed: revenue, ownCapex, depreciation, operatingIncome, cashAndSecurities, longTermDebt, leaseLiabilities, spvDebt, commitmentsNotCommenced)
      "
    `);
    expect(result.stderr).toContain(BACKTEST_ITEMS.join(", "));
    const ja = await run(["backtest", "--item", "nope", "--lang", "ja"]);
    expect(ja.stderr).toContain("--item: バックテストの項目ではありません");
  });

  it("backtests every company preset by default: the fiscal years the run covers, else its reported quarters", async () => {
    for (const id of ["meta", "alphabet", "microsoft", "amazon", "oracle", "coreweave"]) {
      const result = await run(["backtest", id, "--format", "json"]);
      expect(result.code, `${id}: ${result.stderr}`).toBe(0);
      const rows = (JSON.parse(result.stdout) as { rows: typeof fiscal }).rows;
      const all = backtest(id).rows;
      const expected = all.some((r) => r.period.startsWith("FY")) ? all.filter((r) => r.period.startsWith("FY")) : all;
      expect(rows, id).toEqual(JSON.parse(JSON.stringify(expected)));
    }
    // nothing reported since the opening is said, not refused
    const none = await run(["backtest", "coreweave", "--lang", "en"]);
    expect(none.code, none.stderr).toBe(0);
    expect(none.stdout).toContain("Nothing reported yet for a period from 2026Q1 on");
  });

  it("refuses a malformed --period, and names the periods there are when none is left", async () => {
    const bad = await run(["backtest", "--period", "2025-Q3"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--period: not a fiscal year or a quarter, got "2025-Q3" (allowed: a fiscal year such as FY2025, a quarter such as 2025Q3, or all)');
    const none = await run(["backtest", "--period", "FY2030"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("FY2025, 2026Q1, all");
  });

  it("runs a scenario file that extends a preset against --actuals from CSV or JSON", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "slow.yaml"), "extends: meta-2024\ndemand:\n  aiGrowthAnnual: 0.1\n");
    writeFileSync(join(dir, "fy.csv"), 'item,period,value,url,source\nrevenue,FY2025,200.966,https://example.com/10-k,"10-K, FY2025"\nlongTermDebt,2025Q4,58.744,\n');
    writeFileSync(join(dir, "fy.json"), JSON.stringify([{ item: "revenue", period: "FY2025", value: 200.966, url: "https://example.com/10-k", source: "10-K, FY2025" }, { item: "longTermDebt", period: "2025Q4", value: 58.744 }]));
    const scenario = setPath(getPreset("meta-2024")!.scenario, "demand.aiGrowthAnnual", 0.1);
    const expected = backtest(scenario, [
      { item: "revenue", period: "FY2025", value: 200.966, url: "https://example.com/10-k", source: "10-K, FY2025" },
      { item: "longTermDebt", period: "2025Q4", value: 58.744 },
    ]);
    for (const file of ["fy.csv", "fy.json"]) {
      const result = await run(["backtest", join(dir, "slow.yaml"), "--actuals", join(dir, file), "--period", "all", "--format", "json"]);
      expect(result.code, result.stderr).toBe(0);
      const json = JSON.parse(result.stdout) as { scenario: string; actuals: string; rows: unknown };
      expect(json.scenario).toBe("custom");
      expect(json.actuals).toBe(join(dir, file));
      expect(json.rows).toEqual(JSON.parse(JSON.stringify(expected.rows)));
    }
    const table = await run(["backtest", join(dir, "slow.yaml"), "--actuals", join(dir, "fy.csv"), "--lang", "en"]);
    expect(table.stdout).toContain(`reported figures from ${join(dir, "fy.csv")}`);
  });

  it("asks a scenario file for --actuals, and names the row and the field of a bad one", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "s.yaml"), "extends: meta-2024\n");
    const missing = await run(["backtest", join(dir, "s.yaml")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("--actuals: a scenario file needs --actuals");
    writeFileSync(join(dir, "bad.csv"), "item,period,value,url\nrevenue,FY2025,lots\nrevenu,FY2025,1\nrevenue,FY25,1\nrevenue,FY2024,1,ftp://x\n");
    const bad = await run(["backtest", join(dir, "s.yaml"), "--actuals", join(dir, "bad.csv")]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.split("\n").slice(1, 5)).toEqual([
      '  line 2, value: expected number, got "lots" (allowed: a finite number in USD bn)',
      `  line 3, item: not one of the allowed values, got "revenu" (allowed: ${BACKTEST_ITEMS.join(", ")})`,
      '  line 4, period: not a fiscal year or a quarter, got "FY25" (allowed: a fiscal year such as FY2025, or a quarter such as 2025Q3)',
      '  line 5, url: not an http(s) URL, got "ftp://x" (allowed: an http:// or https:// URL, or nothing)',
    ]);
    writeFileSync(join(dir, "bad.json"), JSON.stringify([{ item: "revenue", period: "FY2025" }]));
    const json = await run(["backtest", join(dir, "s.yaml"), "--actuals", join(dir, "bad.json")]);
    expect(json.stderr).toContain("[0].value: expected number");
  });

  it("uses the figures the model ships for a preset unless --actuals replaces them", async () => {
    expect(actualsFor("meta-2024").length).toBeGreaterThan(0);
    const dir = tmp();
    writeFileSync(join(dir, "one.csv"), "revenue,FY2025,100\n");
    const result = await run(["backtest", "meta-2024", "--actuals", join(dir, "one.csv"), "--format", "csv"]);
    const rows = parseCsv(result.stdout);
    expect(rows.slice(1).map((r) => [r[0], Number(r[3])])).toEqual([["revenue", 100]]);
  });
});

describe.concurrent("backtest in help, completion and the manual", () => {
  it("has bilingual help with examples", async () => {
    const en = await run(["backtest", "--help"]);
    expect(en.stdout).toContain("Usage: aidebt backtest [options] [scenario]");
    expect(en.stdout).toContain("--period <period>");
    expect(en.stdout).toContain("$ aidebt backtest --period all --lang en");
    const ja = await run(["backtest", "--help", "--lang", "ja"]);
    expect(ja.stdout).toContain("モデルを企業の実績と並べる");
    expect((await run(["--help"])).stdout).toMatch(/^ {2}backtest \[options\] \[scenario\]/m);
  });

  it("completes the command, its items and periods in bash, zsh and fish, and is in the man page", async () => {
    const bash = (await run(["completion", "bash"])).stdout;
    expect(bash).toContain("backtest");
    expect(bash).toContain(BACKTEST_ITEMS.join(" "));
    expect(bash).toMatch(/all[^']*FY2025/);
    for (const shell of ["zsh", "fish"]) expect((await run(["completion", shell])).stdout, shell).toContain("backtest");
    const man = (await run(["man"])).stdout;
    expect(man).toMatch(/backtest/);
    expect(man).toContain(".B \\-\\-actuals <file>");
  });
});
