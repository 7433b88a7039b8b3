import { describe, expect, it } from "vitest";
import { PARAMETERS, RESULT_FIELDS, numericParameterPaths, parameterMeta, presets, resultFieldMeta, scenarioJsonSchema, simulateFast } from "./index.js";

/** Every leaf path of a JSON value, array items as `[]`. */
function leaves(value: unknown, prefix = ""): string[] {
  if (Array.isArray(value)) return value.length === 0 ? [] : [...new Set(value.flatMap((v) => leaves(v, `${prefix}[]`)))];
  if (value !== null && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
  return [prefix];
}

describe("the parameter table", () => {
  it("declares every numeric parameter of the schema, and nothing else", () => {
    const numeric = PARAMETERS.filter((p) => !p.shock && (p.kind === "number" || p.kind === "integer")).map((p) => p.path);
    expect(numeric).toEqual(numericParameterPaths());
  });

  it("declares every leaf of every preset, shocks included", () => {
    for (const p of presets) {
      for (const path of leaves(p.scenario)) {
        if (path === "schemaVersion") continue;
        expect(parameterMeta(path), `${p.id}: ${path}`).toBeDefined();
      }
    }
  });

  it("gives every parameter a label and help in both languages, and a range that holds every preset's value", () => {
    for (const meta of PARAMETERS) {
      for (const text of [meta.label.ja, meta.label.en, meta.help.ja, meta.help.en]) expect(text.length, meta.path).toBeGreaterThan(0);
      if (meta.kind !== "number" && meta.kind !== "integer") continue;
      expect(meta.min, meta.path).toBeLessThan(meta.max);
    }
  });

  it("is what the JSON Schema says: same ranges, integers where the schema says integer", () => {
    const schema = scenarioJsonSchema() as { properties: Record<string, { properties?: Record<string, unknown> } & Record<string, unknown>> };
    const node = (path: string): Record<string, unknown> => {
      let n: Record<string, unknown> = schema;
      for (const key of path.split(".")) n = (n.properties as Record<string, Record<string, unknown>>)[key]!;
      return n;
    };
    for (const path of numericParameterPaths()) {
      const meta = parameterMeta(path)!;
      const n = node(path);
      expect([n.minimum, n.maximum, n.type], path).toEqual([meta.min, meta.max, meta.integer ? "integer" : "number"]);
    }
  });

  it("reads list indices as []", () => {
    expect(parameterMeta("demand.shocks.3.levelChange")?.unit).toBe("relative-change");
    expect(parameterMeta("demand.shocks[].levelChange")?.unit).toBe("relative-change");
    expect(parameterMeta("no.such.path")).toBeUndefined();
  });
});

describe("the result-field table", () => {
  it("declares every field of the summary and of a quarter (measures and statements)", () => {
    const r = simulateFast(presets[1]!.scenario);
    for (const path of leaves(r.summary)) {
      const field = path.split(/[.[]/)[0]!;
      expect(resultFieldMeta(`summary.${field}`), `summary.${field}`).toBeDefined();
    }
    const q = r.quarters[10]!;
    for (const path of leaves({ sponsor: q.sponsor, spv: q.spv, lenders: q.lenders, measures: q.measures })) {
      expect(resultFieldMeta(path), path).toBeDefined();
    }
  });

  it("has no field twice and gives each a label in both languages", () => {
    const paths = RESULT_FIELDS.map((f) => f.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const f of RESULT_FIELDS) expect(f.label.ja && f.label.en, f.path).toBeTruthy();
    expect(resultFieldMeta("last.measures.minskyAi")?.unit).toBe("class");
  });
});
