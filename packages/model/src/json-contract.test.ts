import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import {
  RESULT_SCHEMA_VERSION,
  SCENARIO_SCHEMA_VERSION,
  parseScenario,
  presets,
  resultJsonSchema,
  scenarioJsonSchema,
  simulate,
  simulateFast,
} from "./index.js";

// The published JSON Schemas are what other languages and tools validate against, so check real documents
// with an independent JSON Schema validator, not with the zod schemas they were generated from.
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validateScenario = ajv.compile(scenarioJsonSchema());
const validateResult = ajv.compile(resultJsonSchema());
const base = presets.find((p) => p.id === "base")!.scenario;

describe("the published JSON contracts", () => {
  it("carry their version and an $id that names it", () => {
    const scenarioSchema = scenarioJsonSchema();
    const resultSchema = resultJsonSchema();
    expect(scenarioSchema.version).toBe(SCENARIO_SCHEMA_VERSION);
    expect(String(scenarioSchema.$id)).toContain(`/scenario/${SCENARIO_SCHEMA_VERSION}`);
    expect(resultSchema.version).toBe(RESULT_SCHEMA_VERSION);
    expect(String(resultSchema.$id)).toContain(`/result/${RESULT_SCHEMA_VERSION}`);
  });

  it.each(presets.map((p) => [p.id, p.scenario] as const))("validate preset %s and its results (ledger and fast path)", (_id, scenario) => {
    expect(validateScenario(scenario), JSON.stringify(validateScenario.errors)).toBe(true);
    // A JSON round trip, as a file on disk or a CLI's stdout would carry it.
    const ledger: unknown = JSON.parse(JSON.stringify(simulate(scenario).toJSON()));
    expect(validateResult(ledger), JSON.stringify(validateResult.errors?.slice(0, 3))).toBe(true);
    expect(validateResult(JSON.parse(JSON.stringify(simulateFast(scenario)))), "fast path").toBe(true);
  });

  it("reject what the zod schema rejects: an unknown key and an out-of-range value", () => {
    expect(validateScenario({ ...base, spv: { ...base.spv, covenant: 1.2 } })).toBe(false);
    expect(validateScenario({ ...base, financing: { offBalanceShare: 1.5 } })).toBe(false);
  });

  it("accept a scenario that states the current version", () => {
    const stated = { ...base, schemaVersion: SCENARIO_SCHEMA_VERSION };
    expect(parseScenario(stated).ok).toBe(true);
    expect(validateScenario(stated)).toBe(true);
  });

  it("reject a scenario of the previous schema version with a message saying how to upgrade", () => {
    const { financing: _financing, ...rest } = base;
    const v1 = { ...rest, schemaVersion: "1.0.0", financing: { offBalanceShare: 0.4 } };
    const result = parseScenario(v1);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.issues).toMatchInlineSnapshot(`
      [
        {
          "allowed": ""2.0.0", or no schemaVersion at all",
          "code": "schema-version",
          "message": "written for scenario schema 1.0.0; this model reads 2.0.0. To upgrade: 2.0.0 reads the sponsor from its filings: core.revenueAnnual and ai.revenueAnnual become sponsor.revenueAnnual (the company's total) and ai.revenueShare; core.cashMargin becomes core.ebitdaMargin; sponsor.minCash and sponsor.payoutRatio move to treasury (cashFloor, payoutShare); ai.openingGpuGw gives way to fleet (the property and equipment note); financing.offBalanceShare splits into financing.campusShare and financing.gpuShare; spv.opening.firstRenewalQuarter becomes spv.opening.completionQuarter; leases, treasury and gpuSpv are new. Start from a current preset (\`aidebt presets show meta --format json\`) and copy your values",
          "path": "schemaVersion",
          "received": "1.0.0",
        },
      ]
    `);
  });

  it("reject a scenario from a newer model and a malformed version", () => {
    const newer = parseScenario({ ...base, schemaVersion: "3.0.0" });
    expect(newer.ok ? "" : newer.issues[0]?.message).toMatch(/newer than this model's 2\.0\.0: upgrade @aidebt\/model/);
    const malformed = parseScenario({ ...base, schemaVersion: 1 });
    expect(malformed.ok ? "" : `${malformed.issues[0]?.path}: ${malformed.issues[0]?.message}`).toBe('schemaVersion: 1 is not a version like "1.0.0"');
  });
});
