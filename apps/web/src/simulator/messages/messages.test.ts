import { numericParameterPaths } from "@aidebt/model";
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

  it.each([ja, en])("name every parameter of the model and every unit of its schema ($lang)", (m) => {
    for (const path of numericParameterPaths()) expect(m.params[path], path).toBeTruthy();
    for (const field of schemaModel().fields) {
      expect(m.params[field.path], field.path).toBeTruthy();
      expect(m.units[field.unit], field.unit).toBeTruthy();
    }
    for (const kind of schemaModel().shockKinds) {
      for (const field of kind.fields) expect(m.shocks.fields[field.path as keyof typeof m.shocks.fields], field.path).toBeTruthy();
    }
  });
});
