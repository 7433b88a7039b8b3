import { describe, expect, it } from "vitest";
import { getPreset, setPath, simulateFast } from "./index.js";

const slowdown = getPreset("demand-slowdown")!.scenario;

describe("causes by counterfactual", () => {
  it("blames the demand-slowdown breach on the demand shock, with or without the core shock", () => {
    for (const s of [slowdown, setPath(slowdown, "core.shocks", [])]) {
      const breach = simulateFast(s).events.find((e) => e.kind === "covenant-breach");
      expect(breach?.cause).toBe("demand-shock");
      expect(breach?.message.en).toMatch(/^\d{4}Q\d Demand slowdown → /);
    }
  });

  it("names no cause for what happens without any scheduled shock", () => {
    const base = simulateFast(getPreset("base")!.scenario);
    const noShock = new Set(base.events.map((e) => `${e.kind} ${e.quarter}`));
    const shocked = simulateFast(slowdown);
    for (const e of shocked.events) {
      // an event the shock-free run also has, in the same quarter, is not the shock's doing
      if (noShock.has(`${e.kind} ${e.quarter}`)) expect(e.cause, `${e.quarter} ${e.kind}`).toBeNull();
    }
    expect(base.events.every((e) => e.cause === null)).toBe(true);
  });

  it("names the scheduled shocks themselves without a cause, and the burst chain with the same words as the log", () => {
    const r = simulateFast(slowdown);
    for (const e of r.events.filter((x) => x.kind === "demand-shock" || x.kind === "core-shock")) expect(e.cause).toBeNull();
    for (const step of r.summary.burstChain) {
      expect(r.events.some((e) => e.quarter === step.quarter && e.kind === step.kind && e.message.en === step.message.en)).toBe(true);
    }
  });
});
