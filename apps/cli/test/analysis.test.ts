import * as model from "@aidebt/model";
import { describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { CLI, cleanEnv, parseCsv, run, runInTty } from "./helpers.js";

describe.concurrent("analysis commands: bad input exits 2 before any work", () => {
  const expectUsage = (result: { code: number | null; stderr: string }, ...parts: string[]): void => {
    expect(result.code, result.stderr).toBe(2);
    for (const part of parts) expect(result.stderr).toContain(part);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  };

  it("sweep: a malformed --x range names the problem", async () => {
    expectUsage(await run(["sweep", "--x", "demand.aiGrowthAnnual=0:0.6", "--y", "gpu.economicLifeQuarters=8:24:3"]), "invalid --x range", "FROM:TO:STEPS");
    expectUsage(await run(["sweep", "--x", "demand.aiGrowthAnnual=0:0.6:1", "--y", "gpu.economicLifeQuarters=8:24:3"]), 'STEPS "1"');
    expectUsage(await run(["sweep", "--x", "demand.aiGrowthAnnual=a:0.6:3", "--y", "gpu.economicLifeQuarters=8:24:3"]), 'FROM "a" is not a decimal number');
  });

  it("sweep: an unknown parameter or a range outside the parameter's allowed values", async () => {
    expectUsage(await run(["sweep", "--x", "demand.nope=0:1:3", "--y", "gpu.economicLifeQuarters=8:24:3"]), '"demand.nope" is not a numeric scenario parameter');
    expectUsage(await run(["sweep", "--x", "demand.aiGrowthAnnual=0:9:3", "--y", "gpu.economicLifeQuarters=8:24:3"]), "9 outside the parameter's range", "allowed: number from");
    expectUsage(await run(["sweep", "--x", "gpu.economicLifeQuarters=8:9:3", "--y", "demand.aiGrowthAnnual=0:0.6:3"]), "these steps give 8.5");
  });

  it("sweep: both axes are required", async () => {
    expectUsage(await run(["sweep", "--x", "demand.aiGrowthAnnual=0:0.6:3"]), "required option --y", "--y: required");
  });

  it("montecarlo: --paths and --seed must be whole numbers in range", async () => {
    expectUsage(await run(["montecarlo", "--paths", "0"]), "--paths", "allowed: an integer from 1");
    expectUsage(await run(["montecarlo", "--seed", "-1"]), "--seed");
  });

  it("sensitivity: --step must be a relative step", async () => {
    expectUsage(await run(["sensitivity", "--step", "2"]), "--step");
  });

  it("compare: needs two scenarios, and knows the presets", async () => {
    expectUsage(await run(["compare", "base"]), "compare needs at least two scenarios");
    expectUsage(await run(["compare", "base", "nosuch"]), 'unknown preset or file "nosuch"');
  });

  it("refuses an existing --output before running anything", async () => {
    expectUsage(await run(["montecarlo", "-o", "package.json"], { cwd: new URL("..", import.meta.url).pathname }), "--output: file already exists");
  });
});

describe.concurrent("aidebt compare", () => {
  it("prints the model's compare() as JSON, and a side-by-side table with differences", async () => {
    const json = await run(["compare", "base", "demand-slowdown", "--format", "json"]);
    expect(json.code, json.stderr).toBe(0);
    const expected = model.compare(
      [
        { label: "base", scenario: model.getPreset("base")!.scenario },
        { label: "demand-slowdown", scenario: model.getPreset("demand-slowdown")!.scenario },
      ],
      { engine: model.ledgerEngine },
    );
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
    const table = await run(["compare", "base", "demand-slowdown", "--lang", "en"]);
    expect(table.stdout).toContain("Δ demand-slowdown");
    expect(table.stdout).toContain("peakHiddenDebt");
    expect(table.stdout).toMatch(/^end\.leaseLiabilities +\$/m);
    expect(table.stdout).toMatch(/^end\.commitmentsNotCommenced +\$/m);
    // CSV: one row per scenario, every summary field a column under its id
    const csv = parseCsv((await run(["compare", "base", "demand-slowdown", "rate-shock", "--format", "csv", "--lang", "ja"])).stdout);
    expect(csv[0]?.slice(0, 3)).toEqual(["scenario", "burstQuarter", "verdict"]);
    expect(csv[0]?.slice(3, 3 + expected.summary.length)).toEqual(expected.summary.map((row) => row.field));
    // then the debt at each run's end: reported to total, and the leases not yet commenced
    const debt = ["reportedDebt", "leaseLiabilities", "adjustedDebt", "hiddenDebt", "totalDebt", "commitmentsNotCommenced"] as const;
    expect(csv[0]?.slice(3 + expected.summary.length)).toEqual(debt.map((m) => `end.${m}`));
    for (const [i, m] of debt.entries()) {
      const at = 3 + expected.summary.length + i;
      expect(csv.slice(1, 3).map((row) => Number(row[at]))).toEqual(expected.results.slice(0, 2).map((r) => r.quarters.at(-1)?.measures[m]));
    }
    expect(csv.map((row) => row[0])).toEqual(["scenario", "base", "demand-slowdown", "rate-shock"]);
    const column = csv[0]?.indexOf("peakHiddenDebt") ?? -1;
    expect(csv.slice(1, 3).map((row) => Number(row[column]))).toEqual(expected.summary.find((row) => row.field === "peakHiddenDebt")?.values.slice(0, 2));
  });
});

describe.concurrent("aidebt sensitivity", () => {
  it("gives the model's tornado as JSON, and the largest swings as CSV", async () => {
    const json = await run(["sensitivity", "base", "--quarters", "12", "--metric", "peakHiddenDebt", "--format", "json"]);
    expect(json.code, json.stderr).toBe(0);
    const scenario = model.setPath(model.getPreset("base")!.scenario, "horizonQuarters", 12);
    const expected = model.sensitivity(scenario, "summary.peakHiddenDebt", { relativeStep: 0.2 });
    const saved = JSON.parse(json.stdout) as Record<string, unknown>;
    expect(saved).toMatchObject(JSON.parse(JSON.stringify(expected)) as Record<string, unknown>);
    // self-describing: the scenario it ran, the analysis inputs and the command line
    expect(saved.scenario).toEqual(scenario);
    expect(saved.inputs).toEqual({ metric: "summary.peakHiddenDebt", step: 0.2, top: null });
    expect((saved.invocation as { commandLine: string }).commandLine).toBe("aidebt sensitivity base --quarters 12 --metric peakHiddenDebt --format json");
    const rows = parseCsv((await run(["sensitivity", "base", "--quarters", "12", "--format", "csv", "--top", "5", "--lang", "en"])).stdout);
    expect(rows).toHaveLength(6);
    expect(rows[1]?.[0]).toBe(expected.rows[0]?.path);
  });

  it("rejects an unknown metric, listing the outputs", async () => {
    const result = await run(["sensitivity", "--metric", "nope"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown --metric "nope"');
    expect(result.stderr).toContain("peakHiddenDebt");
  });
});

describe.concurrent("aidebt sweep", () => {
  const args = ["sweep", "--x", "demand.aiGrowthAnnual=0:0.6:3", "--y", "gpu.economicLifeQuarters=8:24:3", "--metric", "burstIndex"];

  it("gives the model's grid as JSON and as long-form CSV", async () => {
    const json = await run([...args, "--format", "json"]);
    expect(json.code, json.stderr).toBe(0);
    const expected = model.sweep(
      model.getPreset("base")!.scenario,
      { path: "demand.aiGrowthAnnual", values: [0, 0.3, 0.6] },
      { path: "gpu.economicLifeQuarters", values: [8, 16, 24] },
      "summary.burstIndex",
    );
    const saved = JSON.parse(json.stdout) as Record<string, unknown>;
    expect(saved).toMatchObject(JSON.parse(JSON.stringify(expected)) as Record<string, unknown>);
    expect(saved.inputs).toEqual({ x: "demand.aiGrowthAnnual=0:0.6:3", y: "gpu.economicLifeQuarters=8:24:3", metric: "summary.burstIndex" });
    const rows = parseCsv((await run([...args, "--format", "csv"])).stdout);
    expect(rows).toHaveLength(10);
    expect(rows[0]).toEqual(["demand.aiGrowthAnnual", "gpu.economicLifeQuarters", "summary.burstIndex"]);
    expect(Number(rows[1]?.[2])).toBe(expected.z[0]?.[0]);
  });

  it("draws a heat map only on a terminal", async () => {
    expect((await run([...args, "--lang", "en"])).stdout).not.toMatch(/[░▒▓]/);
    expect((await runInTty([...args, "--lang", "en"])).stdout).toMatch(/[░▒▓█]/);
  });
});

describe.concurrent("aidebt montecarlo", () => {
  it("gives byte-identical JSON with --jobs 1 and --jobs 2 (each path's random stream depends only on the seed)", async () => {
    const one = await run(["montecarlo", "demand-slowdown", "--paths", "400", "--seed", "3", "--volatility", "0.3", "--jobs", "1", "--format", "json"]);
    const two = await run(["montecarlo", "demand-slowdown", "--paths", "400", "--seed", "3", "--volatility", "0.3", "--jobs", "2", "--format", "json"]);
    expect(one.code, one.stderr).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(JSON.parse(one.stdout)).toMatchObject(JSON.parse(JSON.stringify(model.monteCarlo(model.getPreset("demand-slowdown")!.scenario, { paths: 400, seed: 3, demandVolatility: 0.3 }))) as object);
    const bad = await run(["montecarlo", "--jobs", "0"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--jobs");
  });

  it("is reproducible for a seed and equals the model's own result", async () => {
    const a = await run(["montecarlo", "--paths", "50", "--seed", "7", "--format", "json"]);
    const b = await run(["montecarlo", "--paths", "50", "--seed", "7", "--format", "json"]);
    expect(a.code, a.stderr).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const saved = JSON.parse(a.stdout) as Record<string, unknown>;
    const inputs = { paths: 50, seed: 7, demandVolatility: 0.1, rateVolatility: 0 };
    expect(saved).toMatchObject(JSON.parse(JSON.stringify(model.monteCarlo(model.getPreset("base")!.scenario, inputs))) as Record<string, unknown>);
    expect(saved.inputs).toEqual(inputs);
    expect(saved.scenario).toEqual(model.getPreset("base")!.scenario);
    expect(saved.invocation).toMatchObject({ tool: "aidebt", argv: ["montecarlo", "--paths", "50", "--seed", "7", "--format", "json"] });
  });

  it("checks against the Monte Carlo result", async () => {
    const ok = await run(["montecarlo", "--paths", "50", "--format", "json", "--check", "burstProbability <= 1", "--check", "paths == 50"]);
    expect(ok.code).toBe(0);
  });

  it("stops cleanly on Ctrl-C with exit 130 and nothing on stdout", async () => {
    const child = spawn(process.execPath, [CLI, "montecarlo", "--paths", "1000000", "--quarters", "20", "--progress"], { env: cleanEnv() });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    // interrupt once the run is under way (its first progress line), as a user would
    const started = new Promise<void>((resolve) =>
      child.stderr.on("data", (chunk: Buffer) => {
        stderr += chunk.toString();
        if (stderr.includes("monte carlo:")) resolve();
      }),
    );
    await started;
    const sent = Date.now();
    child.kill("SIGINT");
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(code).toBe(130);
    // generous: the machine running the suite is busy with other test processes
    expect(Date.now() - sent).toBeLessThan(10_000);
    expect(stderr).toContain("aborted");
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(stdout).toBe("");
  });
});
