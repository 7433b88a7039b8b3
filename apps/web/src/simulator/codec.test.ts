import { getPreset, presets, type Scenario } from "@aidebt/model";
import { describe, expect, it } from "vitest";
import { diffScenario, encodeScenario, MAX_ENCODED } from "./codec";
import { applyDiff, decodeScenario } from "./codec-decode";

const base = getPreset("base")!.scenario;
const find = (id: string) => getPreset(id);

function b64url(text: string): string {
  return Buffer.from(text, "utf8").toString("base64url");
}

describe("diffScenario / applyDiff", () => {
  it("is empty for the preset itself and round-trips a change", () => {
    expect(diffScenario(base, base)).toEqual({});
    const changed = applyDiff(base, { "gpu.bookLifeQuarters": 16, "financing.campusShare": 0.5 }) as Scenario;
    const diff = diffScenario(base, changed);
    expect(diff).toEqual({ "gpu.bookLifeQuarters": 16, "financing.campusShare": 0.5 });
    expect(applyDiff(base, diff)).toEqual(changed);
  });

  it("replaces a shock list whole", () => {
    const shocks = [{ quarter: "2027Q1", growthAnnual: 0.05 }];
    const changed = applyDiff(base, { "demand.shocks": shocks });
    expect(diffScenario(base, changed)).toEqual({ "demand.shocks": shocks });
  });
});

describe("encodeScenario / decodeScenario", () => {
  it("gives an empty string for the untouched default preset", () => {
    expect(encodeScenario("base", base, base)).toBe("");
  });

  it.each(presets.map((p) => p.id))("round-trips preset %s with changes", (id) => {
    const preset = getPreset(id)!;
    const scenario = applyDiff(preset.scenario, { "rates.baseAnnual": 0.06, "spv.dscrCovenant": 1.4 }) as Scenario;
    const encoded = encodeScenario(id, preset.scenario, scenario);
    expect(encoded).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
    const decoded = decodeScenario(encoded, find);
    expect(decoded.ok).toBe(true);
    if (decoded.ok) {
      expect(decoded.presetId).toBe(id);
      expect(decoded.scenario).toEqual(scenario);
    }
  });

  it("keeps a one-parameter change short", () => {
    const scenario = applyDiff(base, { "gpu.bookLifeQuarters": 16 });
    expect(encodeScenario("base", base, scenario).length).toBeLessThan(80);
  });

  it("round-trips non-ASCII text safely", () => {
    const encoded = `v1.${b64url(JSON.stringify({ p: "base", d: { startQuarter: "２０２５Q1" } }))}`;
    const decoded = decodeScenario(encoded, find);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.issues.map((i) => i.path)).toContain("startQuarter");
  });

  const bad: Array<[string, string, string | undefined]> = [
    ["an unknown version", "v9.e30", "badVersion"],
    ["no version", "eyJwIjoiYmFzZSJ9", "badVersion"],
    ["bad base64url", "v1.***", "badEncoding"],
    ["truncated base64url", "v1.e", "badEncoding"],
    ["invalid JSON", `v1.${b64url('{"p":"base","d":{')}`, "badJson"],
    ["a JSON array", `v1.${b64url("[1,2]")}`, "badShape"],
    ["a missing preset id", `v1.${b64url('{"d":{}}')}`, "badShape"],
    ["d not an object", `v1.${b64url('{"p":"base","d":[1]}')}`, "badShape"],
    ["an unknown preset", `v1.${b64url('{"p":"nope","d":{}}')}`, "unknownPreset"],
    ["an over-long value", `v1.${"A".repeat(MAX_ENCODED + 1)}`, "badShape"],
  ];
  it.each(bad)("rejects %s with a codec error and falls back to the default preset", (_, encoded, code) => {
    const decoded = decodeScenario(encoded, find);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) {
      expect(decoded.error?.code).toBe(code);
      expect(decoded.presetId).toBe("base");
    }
  });

  const badFields: Array<[string, Record<string, unknown>, string]> = [
    ["a huge number", { "gpu.bookLifeQuarters": 1e308 }, "gpu.bookLifeQuarters"],
    ["a wrong type", { "rates.baseAnnual": "high" }, "rates.baseAnnual"],
    ["an unknown key", { "gpu.colour": 3 }, "gpu.colour"],
    ["a prototype key", { "__proto__.polluted": 1 }, "__proto__"],
    ["a null", { "spv.dscrCovenant": null }, "spv.dscrCovenant"],
    ["a shock outside the horizon", { "demand.shocks": [{ quarter: "2099Q1", growthAnnual: 0.1 }] }, "demand.shocks.0.quarter"],
    ["a malformed shock", { "rates.shocks": [{ quarter: "soon" }] }, "rates.shocks.0"],
  ];
  it.each(badFields)("reports %s at its field path", (_, d, path) => {
    const decoded = decodeScenario(`v1.${b64url(JSON.stringify({ p: "base", d }))}`, find);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) {
      expect(decoded.error).toBeUndefined();
      expect(decoded.issues.length).toBeGreaterThan(0);
      expect(decoded.issues.some((i) => i.path.startsWith(path))).toBe(true);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
