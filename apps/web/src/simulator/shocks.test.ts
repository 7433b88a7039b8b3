import { getPreset, parseScenario, setPath } from "@aidebt/model";
import { describe, expect, it } from "vitest";
import { schemaModel } from "./schema-build";
import { newShock, quarterPosition, shockList } from "./shocks";

const base = getPreset("base")!.scenario;

describe("shock editor logic", () => {
  it.each(schemaModel().shockKinds.map((k) => [k.list, k] as const))("adds a valid %s shock in the middle of the horizon", (list, kind) => {
    const shock = newShock(kind, base);
    const next = setPath(base, list, [...shockList(base, list), shock]);
    const parsed = parseScenario(next);
    expect(parsed.ok ? [] : parsed.issues).toEqual([]);
    expect(quarterPosition(base, String(shock.quarter))).toBe(Math.floor(base.horizonQuarters / 2));
  });

  it("finds no position for a quarter outside the horizon", () => {
    expect(quarterPosition(base, "1999Q1")).toBe(-1);
  });
});
