import { describe, expect, it } from "vitest";
import { getPreset, simulateFast } from "@aidebt/model";
import { runMarks } from "./run-marks";

describe("a run's marks", () => {
  it("are the model's own quarters: its surfacing, its first covenant breach and its first lease commencement", () => {
    const result = simulateFast(getPreset("demand-slowdown")!.scenario);
    const marks = runMarks(result);
    expect(marks.burst).toBe(result.summary.burstIndex);
    expect(marks.covenant).toBe(result.events.find((e) => e.kind === "covenant-breach")?.index);
    expect(marks.leaseStart).toBe(result.events.find((e) => e.kind === "vehicle-complete")?.index);
    // The slowdown surfaces after its first breach: the marks keep the model's order.
    expect(marks.covenant).not.toBeNull();
    expect(marks.burst).toBeGreaterThan(marks.covenant ?? Infinity);
  });

  it("are null for events the run does not have", () => {
    const result = simulateFast(getPreset("base")!.scenario);
    expect(result.summary.burstIndex).toBeNull();
    expect(runMarks(result).burst).toBeNull();
  });
});
