import { getPreset, monteCarlo as modelMonteCarlo, sensitivity as modelSensitivity, sweep as modelSweep } from "@aidebt/model";
import { createModelRunner, inThreadWorker } from "@aidebt/model/worker";
import { afterAll, describe, expect, it } from "vitest";
import { schemaModel } from "../schema-build";
import { gridOf } from "./grid";
import { monteCarlo, sensitivity, sweep, tornadoParameters } from "./jobs";

const scenario = getPreset("base")!.scenario;
const pool = createModelRunner({ size: 2, spawn: () => inThreadWorker() });
afterAll(() => pool.close());
const control = (signal = new AbortController().signal) => {
  const progress: number[] = [];
  return { signal, onProgress: (done: number) => progress.push(done), progress };
};

describe("the page's analyses are the model's, run on the worker protocol", () => {
  it("gives the rows of the model's sensitivity over every parameter but the horizon", async () => {
    const ctl = control();
    const t = await sensitivity({ kind: "sensitivity", scenario, output: "peakHiddenDebt", relativeStep: 0.2 }, pool, ctl);
    const whole = modelSensitivity(scenario, "summary.peakHiddenDebt", { relativeStep: 0.2, parameters: tornadoParameters() });
    expect(t.base).toBe(whole.baseline);
    expect(t.rows.map((r) => [r.path, r.swing])).toEqual(whole.rows.map((r) => [r.path, r.swing]));
    expect(ctl.progress.at(-1)).toBe(tornadoParameters().length);
  }, 30_000); // two sensitivities over about 120 parameters: seconds on a shared machine

  it("gives the model's sweep over the page's grid", async () => {
    const schema = schemaModel();
    const xs = gridOf(schema, "demand.aiGrowthAnnual", scenario, 4);
    const ys = gridOf(schema, "gpu.economicLifeQuarters", scenario, 4);
    const grid = await sweep({ kind: "sweep", scenario, x: "demand.aiGrowthAnnual", y: "gpu.economicLifeQuarters", xs, ys, output: "sponsorAiNpv" }, pool, control());
    const whole = modelSweep(scenario, { path: "demand.aiGrowthAnnual", values: xs }, { path: "gpu.economicLifeQuarters", values: ys }, "summary.sponsorAiNpv");
    expect(grid.values).toEqual(whole.z.map((row) => row.map((v) => (typeof v === "number" ? v : Number.NaN))));
    expect(ys.every((v) => Number.isInteger(v))).toBe(true);
  });

  it("gives the model's Monte Carlo bands across two workers: same seed, same bands as one thread", async () => {
    const job = { kind: "monteCarlo" as const, scenario, paths: 50, seed: 7, demandVolatility: 0.2, rateVolatility: 0 };
    const a = await monteCarlo(job, pool, control());
    const direct = modelMonteCarlo(scenario, { paths: 50, seed: 7, demandVolatility: 0.2, rateVolatility: 0 });
    expect(a.totalDebt.map((t) => t[2])).toEqual(direct.totalDebt.p50);
    expect(a.burstByYear).toEqual(direct.burstProbabilityByYear);
  });

  it("stops when cancelled", async () => {
    const controller = new AbortController();
    const ctl = control(controller.signal);
    const job = sensitivity({ kind: "sensitivity", scenario, output: "peakTotalDebt", relativeStep: 0.1 }, pool, {
      signal: controller.signal,
      onProgress: (done) => {
        ctl.onProgress(done);
        controller.abort();
      },
    });
    await expect(job).rejects.toThrow(/abort/i);
    expect(ctl.progress.length).toBeLessThan(tornadoParameters().length);
  });
});
