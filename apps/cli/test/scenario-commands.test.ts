import { getPreset, presets, scenarioJsonSchema, setPath, simulate } from "@aidebt/model";
import { describe, expect, it } from "vitest";
import YAML from "yaml";
import { parseCsv, run } from "./helpers.js";

describe.concurrent("aidebt presets", () => {
  it("lists every preset with its name in the chosen language", async () => {
    const result = await run(["presets", "--lang", "ja"]);
    expect(result.code).toBe(0);
    for (const preset of presets) {
      expect(result.stdout).toContain(preset.id);
      expect(result.stdout).toContain(preset.name.ja);
    }
    const json = await run(["presets", "--format", "json"]);
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(JSON.stringify(presets)));
  });

  it("shows one preset as JSON and YAML, with provenance, exactly as the model defines it", async () => {
    const base = getPreset("base");
    const json = await run(["presets", "show", "base", "--format", "json"]);
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(JSON.stringify(base)));
    const yaml = await run(["presets", "show", "base", "--format", "yaml"]);
    expect(yaml.code).toBe(0);
    expect(YAML.parse(yaml.stdout)).toEqual(JSON.parse(JSON.stringify(base)));
  });

  it("shows each scenario value with where it comes from", async () => {
    const base = getPreset("base");
    if (base === undefined) throw new Error("no base preset");
    const result = await run(["presets", "show", "base", "--lang", "en", "--format", "csv"]);
    const rows = parseCsv(result.stdout);
    expect(rows[0]).toEqual(["path", "value", "provenance", "note", "source"]);
    const bonds = rows.find((r) => r[0] === "sponsor.bonds");
    expect(Number(bonds?.[1])).toBe(base.scenario.sponsor.bonds);
    expect(bonds?.[3]).toBe(base.provenance["sponsor.bonds"]?.note);
  });

  it("exits 2 for an unknown preset and lists the available ones", async () => {
    const result = await run(["presets", "show", "nope"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown preset "nope"');
    for (const preset of presets) expect(result.stderr).toContain(preset.id);
  });
});

describe.concurrent("aidebt schema", () => {
  it("prints the model's JSON Schema unchanged, and as YAML", async () => {
    const json = await run(["schema"]);
    expect(JSON.parse(json.stdout)).toEqual(scenarioJsonSchema());
    const yaml = await run(["schema", "--format", "yaml"]);
    expect(YAML.parse(yaml.stdout)).toEqual(scenarioJsonSchema());
  });

  it("lists every field with its type and allowed range", async () => {
    const rows = parseCsv((await run(["schema", "--format", "csv", "--lang", "en"])).stdout);
    const growth = rows.find((r) => r[0] === "demand.aiGrowthAnnual");
    expect(growth?.[1]).toBe("number");
    expect(growth?.[3]).toMatch(/from -?\d/);
    expect(rows.some((r) => r[0] === "demand.shocks[].quarter")).toBe(true);
  });
});

describe.concurrent("aidebt explain", () => {
  it("tells the story with the model's event messages and figures, in English and Japanese", async () => {
    const preset = getPreset("demand-slowdown");
    if (preset === undefined) throw new Error("no demand-slowdown preset");
    const json = simulate(preset.scenario).toJSON();
    const en = await run(["explain", "demand-slowdown", "--lang", "en"]);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain(preset.name.en);
    if (json.summary.burstQuarter !== null) expect(en.stdout).toContain(`surfaces in ${json.summary.burstQuarter}`);
    const first = json.events[0];
    if (first) expect(en.stdout).toContain(first.message.en.slice(first.quarter.length).trim().replace(/\.$/, ""));
    const ja = await run(["explain", "demand-slowdown", "--lang", "ja"]);
    expect(ja.stdout).toContain("キャッシュフローか、借金か");
  });

  it("gives the story as JSON with the model's summary", async () => {
    const result = await run(["explain", "base", "--format", "json"]);
    const story = JSON.parse(result.stdout) as { paragraphs: string[]; summary: unknown };
    expect(story.paragraphs.length).toBeGreaterThan(3);
    expect(story.summary).toEqual(JSON.parse(JSON.stringify(simulate(getPreset("base")!.scenario).toJSON().summary)));
  });
});

describe.concurrent("aidebt stress", () => {
  it("runs no trigger, each trigger and the combinations, one row each, with the model's summaries", async () => {
    const result = await run(["stress", "base", "--format", "json"]);
    expect(result.code, result.stderr).toBe(0);
    const data = JSON.parse(result.stdout) as { rows: { id: string; summary: unknown }[]; scenario: unknown; source: string };
    // like simulate, the JSON carries the scenario object it ran
    expect(data.scenario).toEqual(getPreset("base")?.scenario);
    expect(data.source).toBe("base");
    expect(data.rows.map((r) => r.id)).toEqual(["none", "demand", "rate", "credit", "gpu", "demand+rate", "demand+credit", "demand+gpu", "demand+rate+credit+gpu"]);
    const summaryOf = (id: string): unknown => JSON.parse(JSON.stringify(simulate(getPreset(id)!.scenario).toJSON().summary));
    expect(data.rows[0]?.summary).toEqual(summaryOf("base"));
    // on base, each single trigger reproduces its own preset
    for (const [id, presetId] of [["demand", "demand-slowdown"], ["rate", "rate-shock"], ["gpu", "gpu-treadmill"]] as const) {
      expect(data.rows.find((r) => r.id === id)?.summary, id).toEqual(summaryOf(presetId));
    }
  });

  it("prints CSV with burst quarter, chain, peak hidden debt and lender loss", async () => {
    const rows = parseCsv((await run(["stress", "--quarters", "12", "--format", "csv", "--lang", "en"])).stdout);
    // stable ids whatever the language, and trigger ids as the values
    for (const lang of ["en", "ja"]) {
      const csv = parseCsv((await run(["stress", "--quarters", "12", "--format", "csv", "--lang", lang])).stdout);
      expect(csv[0]).toEqual([
        "trigger",
        "burstQuarter",
        "burstChain",
        "peakHiddenDebt",
        "end.reportedDebt",
        "end.leaseLiabilities",
        "end.adjustedDebt",
        "end.hiddenDebt",
        "end.totalDebt",
        "end.commitmentsNotCommenced",
        "lenderLoss",
        "sponsorAiNpv",
        "verdict",
      ]);
    }
    // the debt at the end is the model's last quarter of the run without a trigger
    const last = simulate(setPath(getPreset("base")!.scenario, "horizonQuarters", 12)).toJSON().quarters.at(-1)!.measures;
    const header = rows[0] ?? [];
    const none = rows[1] ?? [];
    for (const m of ["reportedDebt", "leaseLiabilities", "adjustedDebt", "hiddenDebt", "totalDebt", "commitmentsNotCommenced"] as const) {
      expect(Number(none[header.indexOf(`end.${m}`)]), m).toBeCloseTo(last[m], 9);
    }
    expect(Number(none[header.indexOf("end.totalDebt")])).toBeCloseTo(Number(none[header.indexOf("end.adjustedDebt")]) + Number(none[header.indexOf("end.hiddenDebt")]), 9);
    expect(rows).toHaveLength(10);
    expect(rows[6]?.[0]).toBe("demand+rate");
  });
});
