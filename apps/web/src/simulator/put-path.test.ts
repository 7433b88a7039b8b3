import { getPreset, setPath } from "@aidebt/model";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { schemaModel } from "./schema-build";
import { putPath } from "./put-path";

const base = getPreset("base")!.scenario;
const model = schemaModel();

describe("putPath", () => {
  it("writes what the model's setPath writes for every field of the form", () => {
    fc.assert(
      fc.property(fc.constantFrom(...model.fields.map((f) => f.path)), fc.double({ noNaN: true }), (path, value) => {
        expect(putPath(base, path, value)).toEqual(setPath(base, path, value));
      }),
    );
  });

  it("writes a shock list and a field inside one shock as setPath does", () => {
    const list = model.shockKinds[0]!.list;
    const shocks = [{ quarter: "2027Q1", ...Object.fromEntries(model.shockKinds[0]!.fields.map((f) => [f.path.split(".").pop(), f.min])) }];
    const withList = putPath(base, list, shocks);
    expect(withList).toEqual(setPath(base, list, shocks));
    expect(putPath(withList, `${list}.0.quarter`, "2028Q2")).toEqual(setPath(withList, `${list}.0.quarter`, "2028Q2"));
  });

  it("leaves the original alone and shares what it did not change", () => {
    const before = JSON.stringify(base);
    const changed = putPath(base, "gpu.bookLifeQuarters", 9) as typeof base;
    expect(JSON.stringify(base)).toBe(before);
    expect(changed.gpu.bookLifeQuarters).toBe(9);
    expect(changed.spv).toBe(base.spv);
  });
});
