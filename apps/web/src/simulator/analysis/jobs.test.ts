import { getPreset, monteCarlo as modelMonteCarlo, sensitivity as modelSensitivity, sweep as modelSweep } from "@aidebt/model";
import { describe, expect, it } from "vitest";
import { gridOf, monteCarlo, sensitivity, sweep, type RunControl } from "./jobs";

const scenario = getPreset("base")!.scenario;
const control = (signal = new AbortController().signal): RunControl & { progress: number[] } => {
  const progress: number[] = [];
  return { signal, onProgress: (done) => progress.push(done), yieldNow: () => Promise.resolve(), progress };
};

describe("worker jobs call the model's analysis", () => {
  it("gives the rows of one sensitivity call, though it runs in chunks", async () => {
    const ctl = control();
    const chunked = await sensitivity({ kind: "sensitivity", scenario, output: "peakHiddenDebt", relativeStep: 0.2 }, ctl);
    const parameters = chunked.rows.map((r) => r.path);
    const whole = modelSensitivity(scenario, "summary.peakHiddenDebt", { relativeStep: 0.2, parameters });
    expect(chunked.base).toBe(whole.baseline);
    expect(chunked.rows.map((r) => [r.path, r.swing])).toEqual(whole.rows.map((r) => [r.path, r.swing]));
    expect(ctl.progress.at(-1)).toBe(parameters.length);
  });

  it("gives the grid of one sweep call, row by row", async () => {
    const job = { kind: "sweep" as const, scenario, x: "demand.aiGrowthAnnual", y: "gpu.economicLifeQuarters", steps: 4, output: "sponsorAiNpv" as const };
    const chunked = await sweep(job, control());
    const whole = modelSweep(scenario, { path: job.x, values: chunked.xs }, { path: job.y, values: chunked.ys }, "summary.sponsorAiNpv");
    expect(chunked.values).toEqual(whole.z.map((row) => row.map((v) => (typeof v === "number" ? v : Number.NaN))));
    expect(gridOf(job.y, scenario, 4)).toEqual(chunked.ys);
  });

  it("passes the seed through to the model's Monte Carlo: same seed, same bands", async () => {
    const job = { kind: "monteCarlo" as const, scenario, paths: 50, seed: 7, demandVolatility: 0.2, rateVolatility: 0 };
    const a = await monteCarlo(job, control());
    const b = await monteCarlo(job, control());
    expect(a).toEqual(b);
    const direct = modelMonteCarlo(scenario, { paths: 50, seed: 7, demandVolatility: 0.2, rateVolatility: 0 });
    expect(a.totalDebt.map((t) => t[2])).toEqual(direct.totalDebt.p50);
  });

  it("stops at the next chunk once aborted", async () => {
    const controller = new AbortController();
    const ctl = control(controller.signal);
    ctl.yieldNow = () => {
      controller.abort();
      return Promise.resolve();
    };
    await expect(sensitivity({ kind: "sensitivity", scenario, output: "peakTotalDebt", relativeStep: 0.1 }, ctl)).rejects.toThrow(/cancelled/);
    expect(ctl.progress.length).toBeLessThanOrEqual(4);
  });
});
