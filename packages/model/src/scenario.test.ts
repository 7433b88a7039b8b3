import { describe, expect, it } from "vitest";
import {
  ScenarioError,
  assertScenario,
  getPreset,
  numericParameterPaths,
  parseScenario,
  presets,
  scenarioFromPreset,
  scenarioJsonSchema,
  setPath,
} from "./index.js";

const base = getPreset("base")!.scenario;

function issuesOf(input: unknown) {
  const r = parseScenario(input);
  if (r.ok) throw new Error("expected invalid");
  return r.issues;
}

describe("parseScenario", () => {
  it("accepts every preset's scenario", () => {
    for (const p of presets) expect(parseScenario(p.scenario).ok, p.id).toBe(true);
  });

  it("names the path, the value and the allowed type for a wrong type", () => {
    expect(issuesOf(setPath(base, "gpu.bookLifeQuarters", "22"))).toMatchInlineSnapshot(`
      [
        {
          "allowed": "integer from 4 to 40",
          "code": "wrong-type",
          "message": "expected number, received string",
          "path": "gpu.bookLifeQuarters",
          "received": "22",
        },
      ]
    `);
  });

  it("rejects a negative life with the allowed range", () => {
    expect(issuesOf(setPath(base, "gpu.economicLifeQuarters", -4))).toMatchInlineSnapshot(`
      [
        {
          "allowed": "integer from 2 to 40",
          "code": "too-small",
          "message": "-4 is too small",
          "path": "gpu.economicLifeQuarters",
          "received": -4,
        },
      ]
    `);
  });

  it("rejects a share above 1", () => {
    expect(issuesOf(setPath(base, "financing.gpuShare", 1.5))).toMatchInlineSnapshot(`
      [
        {
          "allowed": "number from 0 to 1",
          "code": "too-large",
          "message": "1.5 is too large",
          "path": "financing.gpuShare",
          "received": 1.5,
        },
      ]
    `);
  });

  it("rejects unknown keys instead of ignoring them", () => {
    expect(issuesOf({ ...base, spv: { ...base.spv, covenant: 1.2 } })).toMatchInlineSnapshot(`
      [
        {
          "allowed": "an object with keys dscrCovenant, sizingDscr, spreadAnnual, debtTermQuarters, equityShare, programQuarters, buildQuarters, leaseTermQuarters, renewalTermQuarters, renewalUtilisation, leaseVariableShare, rvgCapShare, vacantValueShare, curePeriodQuarters, floatingShare, hedgedShare, bulletShare, maturityQuarters, extensions, extensionQuarters, cooldownQuarters, stepIn, opening",
          "code": "unknown-key",
          "message": "unknown key",
          "path": "spv.covenant",
          "received": 1.2,
        },
      ]
    `);
  });

  it("gives every issue a code a front end can word in its own language", () => {
    const floor = issuesOf(setPath(base, "treasury.cashFloor", base.sponsor.cash + 1));
    expect(floor.map((i) => [i.path, i.code])).toEqual([["treasury.cashFloor", "cash-floor-above-cash"]]);
    const split = issuesOf(setPath(setPath(base, "leases.shellShare", 0.6), "financing.campusShare", 0.5));
    expect(split.map((i) => [i.path, i.code])).toEqual([["financing.campusShare", "invalid"]]);
    const items = issuesOf(setPath(base, "demand.shocks", Array.from({ length: 41 }, () => ({ quarter: "2027Q1", growthAnnual: 0 }))));
    expect(items.map((i) => i.code)).toContain("too-many-items");
  });

  it("rejects a shock outside the horizon", () => {
    expect(
      issuesOf(setPath(base, "demand.shocks", [{ quarter: "2040Q1", growthAnnual: 0 }])),
    ).toMatchInlineSnapshot(`
      [
        {
          "allowed": "a quarter from 2026Q1 to 2035Q4",
          "code": "outside-horizon",
          "message": "quarter 2040Q1 is outside the horizon",
          "path": "demand.shocks.0.quarter",
          "received": "2040Q1",
        },
      ]
    `);
  });

  it("reports a missing field as required", () => {
    const { horizonQuarters: _drop, ...rest } = base;
    expect(issuesOf(rest)).toMatchInlineSnapshot(`
      [
        {
          "allowed": "integer from 4 to 120",
          "code": "required",
          "message": "required",
          "path": "horizonQuarters",
        },
      ]
    `);
  });

  it("rejects a malformed quarter label and NaN", () => {
    expect(issuesOf({ ...setPath(base, "startQuarter", "2025-1"), fxJpyPerUsd: Number.NaN })).toMatchInlineSnapshot(`
      [
        {
          "allowed": "a quarter label such as "2027Q3"",
          "code": "not-a-quarter",
          "message": ""2025-1" is not a quarter label",
          "path": "startQuarter",
          "received": "2025-1",
        },
        {
          "allowed": "number from 50 to 400",
          "code": "wrong-type",
          "message": "expected number, received NaN",
          "path": "fxJpyPerUsd",
          "received": NaN,
        },
      ]
    `);
  });

  it("rejects non-objects", () => {
    expect(issuesOf(42)).toMatchInlineSnapshot(`
      [
        {
          "allowed": "an object with keys horizonQuarters, startQuarter, fxJpyPerUsd, discountAnnual, sponsor, core, treasury, ai, fleet, demand, investment, gpu, leases, financing, rates, credit, spv, gpuSpv, schemaVersion",
          "code": "wrong-type",
          "message": "expected object, received number",
          "path": "",
          "received": 42,
        },
      ]
    `);
  });
});

describe("assertScenario", () => {
  it("throws a ScenarioError carrying every issue", () => {
    try {
      assertScenario(setPath(base, "horizonQuarters", 2));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ScenarioError);
      expect((e as ScenarioError).message).toMatchInlineSnapshot(`
        "Invalid scenario:
        horizonQuarters: 2 is too small (allowed: integer from 4 to 120)"
      `);
    }
  });
});

describe("setPath", () => {
  it("returns a new scenario and leaves the input untouched", () => {
    const before = JSON.stringify(base);
    const next = setPath(base, "gpu.bookLifeQuarters", 24);
    expect(next.gpu.bookLifeQuarters).toBe(24);
    expect(next.spv).toBe(base.spv);
    expect(JSON.stringify(base)).toBe(before);
  });

  it("addresses array items and appends one past the end", () => {
    const next = setPath(base, "demand.shocks.0", { quarter: "2027Q1", growthAnnual: 0.1 });
    expect(next.demand.shocks).toEqual([{ quarter: "2027Q1", growthAnnual: 0.1 }]);
    expect(setPath(next, "demand.shocks.0.growthAnnual", 0.2).demand.shocks[0]?.growthAnnual).toBe(0.2);
  });

  it("refuses a path that is not in the schema", () => {
    expect(() => setPath(base, "gpu.lifeQuarters", 3)).toThrowErrorMatchingInlineSnapshot(`
      [ScenarioError: Invalid scenario:
      gpu.lifeQuarters: no such parameter (allowed: a dotted scenario path, e.g. gpu.bookLifeQuarters)]
    `);
  });
  it("treats prototype keys as unknown paths, not as a crash or a prototype write", () => {
    for (const path of ["__proto__.x", "constructor", "gpu.__proto__", "toString", "gpu.hasOwnProperty"]) {
      expect(() => setPath(base, path, 1), path).toThrow(ScenarioError);
    }
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe("scenarioFromPreset", () => {
  it("applies overrides and validates", () => {
    expect(scenarioFromPreset("base", { "financing.gpuShare": 0.5 }).financing.gpuShare).toBe(0.5);
    expect(() => scenarioFromPreset("base", { "financing.gpuShare": 2 })).toThrow(ScenarioError);
  });

  it("names the presets when the id is unknown", () => {
    expect(() => scenarioFromPreset("nope")).toThrowErrorMatchingInlineSnapshot(`
      [ScenarioError: Invalid scenario:
      preset: unknown preset "nope" (allowed: base, meta, meta-2024, alphabet, microsoft, amazon, oracle, coreweave, demand-slowdown, rate-shock, credit-freeze, gpu-treadmill, soft-landing, neocloud, industry)]
    `);
  });
});

describe("scenarioJsonSchema", () => {
  it("is zod's JSON Schema with the contract's paths and no extra keys allowed", () => {
    const schema = scenarioJsonSchema() as { type: string; additionalProperties: boolean; properties: Record<string, unknown> };
    expect(schema.type).toBe("object");
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(["horizonQuarters", "startQuarter", "fxJpyPerUsd", "gpu", "spv"]));
  });

  it("lists every numeric parameter, including the contract's", () => {
    const paths = numericParameterPaths();
    for (const p of [
      "horizonQuarters",
      "fxJpyPerUsd",
      "demand.aiGrowthAnnual",
      "gpu.economicLifeQuarters",
      "gpu.bookLifeQuarters",
      "gpu.costShare",
      "financing.gpuShare",
      "rates.baseAnnual",
      "spv.dscrCovenant",
    ]) {
      expect(paths).toContain(p);
    }
  });
});

describe("setPath without the schema", () => {
  it("writes a shock list and a field inside one shock, leaving the original alone and sharing the rest", () => {
    const base = getPreset("base")!.scenario;
    const before = JSON.stringify(base);
    const withList = setPath(base, "demand.shocks", [{ quarter: "2027Q1", levelChange: -0.1 }]);
    expect(setPath(withList, "demand.shocks.0.quarter", "2028Q2").demand.shocks[0]).toEqual({ quarter: "2028Q2", levelChange: -0.1 });
    const changed = setPath(base, "gpu.bookLifeQuarters", 9);
    expect(JSON.stringify(base)).toBe(before);
    expect(changed.spv).toBe(base.spv);
  });

  it("refuses paths that are not in the parameter table, prototype keys included", () => {
    for (const path of ["gpu.nope", "__proto__.x", "constructor", "demand.shocks.0.nope", "spv.opening.debt.x"]) {
      expect(() => setPath(getPreset("base")!.scenario, path, 1), path).toThrow(/no such parameter/);
    }
  });
});
