import { PARAMETERS, numericParameterPaths } from "@aidebt/model";
import { describe, expect, it } from "vitest";
import { schemaModel } from "../schema-build";
import { en } from "./en";
import { ja } from "./ja";

function keysOf(value: unknown, prefix = ""): string[] {
  if (value === null || typeof value !== "object") return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));
}

describe("simulator messages", () => {
  it("have the same keys in Japanese and English", () => {
    expect(keysOf(ja).sort()).toEqual(keysOf(en).sort());
  });

  it.each([ja, en])("name the unit of every field the form shows, and the form labels every field from the model ($lang)", (m) => {
    const form = schemaModel(m.lang);
    // Every numeric parameter has a slider; quarters and yes/no parameters have their own controls.
    expect(form.fields.filter((f) => f.kind === "number" || f.kind === "integer").map((f) => f.path)).toEqual(numericParameterPaths());
    expect(form.fields.filter((f) => f.kind === "quarter" || f.kind === "boolean").map((f) => f.path)).toEqual(
      PARAMETERS.filter((p) => !p.shock && (p.kind === "quarter" || p.kind === "boolean")).map((p) => p.path),
    );
    for (const field of [...form.fields, ...form.shockKinds.flatMap((k) => k.fields)]) {
      expect(m.units[field.unit], field.unit).toBeTruthy();
      expect(field.label, field.path).toBeTruthy();
    }
  });
});
