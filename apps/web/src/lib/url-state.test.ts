import { describe, expect, it } from "vitest";
import { defaultsOf, readState, writeState } from "./url-state";

const spec = {
  growth: { kind: "number", default: 0.3, min: -0.2, max: 1, step: 0.05 },
  shock: { kind: "enum", default: "2027Q1", values: ["none", "2026Q1", "2027Q1"] },
  hidden: { kind: "boolean", default: true },
} as const;

describe("figure state in the URL", () => {
  it("reads the defaults from an empty query", () => {
    expect(readState("", "f5", spec)).toEqual(defaultsOf(spec));
  });

  it("reads the figure's own keys and ignores other figures'", () => {
    const state = readState("?f5.growth=0.1&f5.shock=2026Q1&f5.hidden=0&f2.growth=0.9", "f5", spec);
    expect(state).toEqual({ growth: 0.1, shock: "2026Q1", hidden: false });
  });

  it("clamps out-of-range numbers and snaps them to the step", () => {
    expect(readState("?f5.growth=7", "f5", spec).growth).toBe(1);
    expect(readState("?f5.growth=-3", "f5", spec).growth).toBe(-0.2);
    expect(readState("?f5.growth=0.12", "f5", spec).growth).toBe(0.1);
  });

  it("falls back to the default on malformed values", () => {
    const state = readState("?f5.growth=abc&f5.shock=2099Q9&f5.hidden=maybe", "f5", spec);
    expect(state).toEqual(defaultsOf(spec));
    expect(readState("?f5.growth=", "f5", spec).growth).toBe(0.3);
  });

  it("writes only values that differ from the default and keeps other keys", () => {
    const search = writeState("?f2.view=investors&x=1", "f5", spec, { growth: 0.1, shock: "2027Q1", hidden: false });
    expect(search).toBe("?f2.view=investors&x=1&f5.growth=0.1&f5.hidden=0");
  });

  it("returns an empty query when everything is back at its default", () => {
    expect(writeState("?f5.growth=0.1", "f5", spec, defaultsOf(spec))).toBe("");
  });

  it("round-trips any state it writes", () => {
    const state = { growth: 0.55, shock: "none", hidden: false };
    expect(readState(writeState("", "f5", spec, state), "f5", spec)).toEqual(state);
  });
});
