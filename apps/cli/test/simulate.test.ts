import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { formatMoney, getPreset, presets, setPath, simulate } from "@aidebt/model";
import { describe, expect, it } from "vitest";
import { ANSI, parseCsv, run, runInTty } from "./helpers.js";

const base = getPreset("base");
if (base === undefined) throw new Error("the model has no base preset");
const modelJson = (scenario: unknown): unknown => JSON.parse(JSON.stringify(simulate(scenario as typeof base.scenario).toJSON()));
const tmp = (): string => mkdtempSync(join(tmpdir(), "aidebt-cli-"));

describe.concurrent("aidebt simulate", () => {
  it("prints the model's own result JSON, unchanged, for every single-sponsor preset", async () => {
    const single = presets.filter((p) => p.market === undefined);
    const results = await Promise.all(single.map((preset) => run(["simulate", preset.id, "--format", "json"])));
    single.forEach((preset, i) => {
      expect(results[i]?.code, results[i]?.stderr).toBe(0);
      expect(JSON.parse(results[i]?.stdout ?? ""), preset.id).toEqual(modelJson(preset.scenario));
    });
  });

  it("prints the quarterly table, the event log and the summary, with money through formatMoney", async () => {
    const result = await run(["simulate", "base", "--lang", "en"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Quarter by quarter");
    expect(result.stdout).toContain("Event log");
    expect(result.stdout).toContain("Summary");
    const json = simulate(base.scenario).toJSON();
    const first = json.quarters[0];
    if (first === undefined) throw new Error("no quarters");
    expect(result.stdout).toContain(first.label);
    expect(result.stdout).toContain(formatMoney(json.summary.peakHiddenDebt, { currency: "usd", lang: "en", fxJpyPerUsd: base.scenario.fxJpyPerUsd }));
    expect(result.stdout).not.toMatch(ANSI);
  });

  it("uses Japanese scale units in ja and yen with --currency jpy", async () => {
    const json = simulate(base.scenario).toJSON();
    const ja = await run(["simulate", "base", "--lang", "ja", "--currency", "jpy"]);
    expect(ja.code).toBe(0);
    expect(ja.stdout).toContain("四半期ごとの推移");
    expect(ja.stdout).toContain(formatMoney(json.summary.peakHiddenDebt, { currency: "jpy", lang: "ja", fxJpyPerUsd: base.scenario.fxJpyPerUsd }));
  });

  it("writes CSV that parses, one row per quarter, raw numbers", async () => {
    const result = await run(["simulate", "base", "--format", "csv"]);
    const rows = parseCsv(result.stdout);
    const json = simulate(base.scenario).toJSON();
    expect(rows).toHaveLength(json.quarters.length + 1);
    expect(rows.every((row) => row.length === rows[0]?.length)).toBe(true);
    expect(rows[1]?.[0]).toBe(json.quarters[0]?.label);
    expect(Number(rows[1]?.[1])).toBeCloseTo(json.quarters[0]?.measures.aiRevenue ?? NaN, 9);
  });

  it("reads a scenario from stdin as JSON or YAML, and from files", async () => {
    const yaml = (await run(["presets", "show", "base", "--format", "yaml"])).stdout;
    const fromYaml = await run(["simulate", "-", "--format", "json"], { input: yaml });
    expect(fromYaml.code, fromYaml.stderr).toBe(0);
    expect(JSON.parse(fromYaml.stdout)).toEqual(modelJson(base.scenario));
    const fromJson = await run(["simulate", "-", "--format", "json"], { input: JSON.stringify(base.scenario) });
    expect(JSON.parse(fromJson.stdout)).toEqual(modelJson(base.scenario));
    const dir = tmp();
    writeFileSync(join(dir, "s.yml"), yaml);
    writeFileSync(join(dir, "s.json"), JSON.stringify(base.scenario));
    for (const file of ["s.yml", "s.json"]) {
      const fromFile = await run(["simulate", join(dir, file), "--format", "json"]);
      expect(JSON.parse(fromFile.stdout)).toEqual(modelJson(base.scenario));
    }
  });

  it("applies --set and --quarters through the model's setPath", async () => {
    const result = await run(["simulate", "base", "--set", "financing.campusShare=0.8", "--set", "demand.aiGrowthAnnual=0.1", "--quarters", "24", "--format", "json"]);
    expect(result.code, result.stderr).toBe(0);
    let scenario: unknown = setPath(base.scenario, "horizonQuarters", 24);
    scenario = setPath(scenario, "financing.campusShare", 0.8);
    scenario = setPath(scenario, "demand.aiGrowthAnnual", 0.1);
    expect(JSON.parse(result.stdout)).toEqual(modelJson(scenario));
  });

  it("writes --output atomically and refuses to overwrite without --force", async () => {
    const file = join(tmp(), "run.json");
    const first = await run(["simulate", "base", "--format", "json", "--output", file]);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe("");
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual(modelJson(base.scenario));
    const again = await run(["simulate", "base", "--format", "csv", "--output", file]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("--output: file already exists");
    expect(again.stderr).toContain("--force");
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual(modelJson(base.scenario));
    const forced = await run(["simulate", "base", "--format", "csv", "--output", file, "--force"]);
    expect(forced.code).toBe(0);
    expect(readFileSync(file, "utf8")).toMatch(/^quarter,/);
  });

  it("passes and fails --check with exit codes 0 and 1, naming the failed check", async () => {
    const json = simulate(base.scenario).toJSON();
    const burst = json.summary.burstQuarter;
    const holds = burst === null ? "summary.burstQuarter == null" : `summary.burstQuarter == '${burst}'`;
    const fails = burst === null ? "summary.burstQuarter != null" : "summary.burstQuarter == null";
    const ok = await run(["simulate", "base", "--format", "json", "--check", holds, "--check", `quarters.length == ${json.quarters.length}`]);
    expect(ok.code).toBe(0);
    const bad = await run(["simulate", "base", "--check", fails, "--check", "summary.lenderLoss >= 0"]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(`check failed: ${fails}`);
    expect(bad.stderr).not.toContain("lenderLoss");
    const typo = await run(["simulate", "base", "--check", "summary.nope == 1"]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('no "nope" under summary');
  });

  it("draws sparklines and colours on a TTY, but not with NO_COLOR", async () => {
    const tty = await runInTty(["simulate", "base", "--lang", "en"]);
    expect(tty.code).toBe(0);
    expect(tty.stdout).toMatch(/[▁▂▃▄▅▆▇█]/);
    expect(tty.stdout).toMatch(ANSI);
    const noColor = await runInTty(["simulate", "base", "--lang", "en"], { NO_COLOR: "1" });
    expect(noColor.stdout).toMatch(/[▁▂▃▄▅▆▇█]/);
    expect(noColor.stdout).not.toMatch(ANSI);
  });
});

describe.concurrent("bad input exits 2 with a message naming the problem and no stack trace", () => {
  const expectUsage = (result: { code: number | null; stderr: string }, ...parts: string[]): void => {
    expect(result.code, result.stderr).toBe(2);
    for (const part of parts) expect(result.stderr).toContain(part);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  };

  it("unknown preset: lists the available ones", async () => {
    expectUsage(await run(["simulate", "nosuch"]), 'unknown preset or file "nosuch"', ...presets.map((p) => p.id));
  });

  it("malformed JSON and YAML: name the problem and where", async () => {
    expectUsage(await run(["simulate", "-"], { input: '{"horizonQuarters": 40,,}' }), "malformed JSON in stdin", "line 1");
    const dir = tmp();
    writeFileSync(join(dir, "bad.yaml"), "demand:\n  aiGrowthAnnual: [1, 2\n");
    expectUsage(await run(["simulate", join(dir, "bad.yaml")]), "malformed YAML");
    expectUsage(await run(["simulate", "-"], { input: "" }), "empty scenario from stdin");
  });

  it("unknown field in --set: names the path and suggests the nearest", async () => {
    expectUsage(await run(["simulate", "base", "--set", "demand.aiGrowthAnual=0.1"]), "demand.aiGrowthAnual", "did you mean demand.aiGrowthAnnual");
    expectUsage(await run(["simulate", "base", "--set", "novalue"]), "--set: expected PATH=VALUE");
  });

  it("out-of-range value: names the field, the value and the allowed range", async () => {
    const result = await run(["simulate", "base", "--set", "financing.campusShare=1.5"]);
    expectUsage(result, "financing.campusShare: 1.5 is too large (allowed: a number from 0 to 1)");
    expectUsage(await run(["simulate", "base", "--quarters", "2"]), "horizonQuarters", "allowed:");
    expectUsage(await run(["simulate", "base", "--quarters", "ten"]), "--quarters");
  });

  it("unknown field in a scenario file: names it", async () => {
    expectUsage(await run(["simulate", "-"], { input: JSON.stringify({ ...base.scenario, bogus: 1 }) }), "bogus: unknown key");
  });

  it("bad option values and unknown options", async () => {
    expectUsage(await run(["simulate", "base", "--format", "xml"]), '--format: not one of the choices, got "xml" (allowed: table, json, csv, md)');
    expectUsage(await run(["simulate", "base", "--lang", "fr"]), '--lang: not one of the choices, got "fr" (allowed: ja, en)');
    expectUsage(await run(["simulate", "base", "--nope"]), 'unknown option "--nope"');
    expectUsage(await run(["nosuchcommand"]), "unknown command");
  });

  it("unwritable output: names the directory", async () => {
    expectUsage(await run(["simulate", "base", "-o", "/nonexistent-dir/x.json"]), "--output: directory /nonexistent-dir does not exist");
  });

  it("shows a stack only with --debug", async () => {
    const result = await run(["simulate", "nosuch", "--debug"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/\n\s+at /);
  });
});
