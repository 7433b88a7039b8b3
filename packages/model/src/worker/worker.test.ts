import { Worker } from "node:worker_threads";
import { afterAll, describe, expect, it } from "vitest";
import { claims, compare, getPreset, ledgerEngine, monteCarlo, sweep } from "../index.js";
import { createModelRunner, nodeWorkerHandle } from "./index.js";

const workerFile = new URL("../../test/model-worker.mjs", import.meta.url);
const spawn = () => nodeWorkerHandle(new Worker(workerFile));
const base = getPreset("base")!.scenario;
const slowdown = getPreset("demand-slowdown")!.scenario;

const runners: Array<{ close(): void }> = [];
const pool = (size: number) => {
  const r = createModelRunner({ spawn, size, hardCancelMs: 3000 });
  runners.push(r);
  return r;
};
afterAll(() => runners.forEach((r) => r.close()));

describe("the model worker protocol", () => {
  it("runs Monte Carlo on one worker and on two with the same answer as one thread, bit for bit", async () => {
    const settings = { paths: 301, seed: 5, demandVolatility: 0.25 };
    const direct = monteCarlo(slowdown, settings);
    const progress: number[] = [];
    expect(await pool(1).monteCarlo(slowdown, settings, { onProgress: (d) => progress.push(d) })).toEqual(direct);
    expect(await pool(2).monteCarlo(slowdown, settings)).toEqual(direct);
    expect(progress.at(-1)).toBe(301);
  }, 60_000);

  it("runs a sweep and a comparison on the engine the job names", async () => {
    const runner = pool(1);
    const x = { path: "demand.aiGrowthAnnual", values: [0.1, 0.4] };
    const y = { path: "gpu.economicLifeQuarters", values: [8, 12] };
    expect(await runner.run({ kind: "sweep", scenario: base, x, y, output: "summary.peakHiddenDebt" })).toEqual(sweep(base, x, y, "summary.peakHiddenDebt"));
    const viaLedger = await runner.run({ kind: "compare", scenarios: [base], engine: "ledger" });
    expect(viaLedger.summary).toEqual(compare([base], { engine: ledgerEngine }).summary);
    await expect(runner.run({ kind: "compare", scenarios: [base], engine: "gpu" })).rejects.toThrow(/engine "gpu" is not available in this worker \(available: fast, ledger\)/);
  }, 60_000);

  it("answers the article's claims on a worker, claim by claim, as claims() does in the thread", async () => {
    const runner = pool(1);
    const steps: number[] = [];
    const report = await runner.run({ kind: "claims", scenario: slowdown }, { onProgress: (d) => steps.push(d) });
    expect(report).toEqual(claims(slowdown));
    expect(steps.at(-1)).toBe(6);
  }, 60_000);

  it("stops a long job inside the model when cancelled, and the worker serves the next job", async () => {
    const runner = pool(1);
    const controller = new AbortController();
    let seen = 0;
    const job = runner.run(
      { kind: "monteCarlo", scenario: base, options: { paths: 200_000, seed: 1, progressEvery: 100 } },
      {
        signal: controller.signal,
        onProgress: (d) => {
          seen = d;
          if (d >= 500) controller.abort();
        },
      },
    );
    await expect(job).rejects.toThrow(/abort/i);
    expect(seen).toBeLessThan(200_000);
    expect((await runner.run({ kind: "compare", scenarios: [base] })).labels).toEqual(["#1"]);
  }, 60_000);

  it("does not start a job that waited for a worker once its signal has aborted", async () => {
    const runner = pool(1);
    const controller = new AbortController();
    const options = { paths: 200_000, seed: 1, progressEvery: 100 };
    const first = runner.run({ kind: "monteCarlo", scenario: base, options }, { signal: controller.signal, onProgress: (d) => d >= 500 && controller.abort() });
    let queuedProgress = 0;
    const queued = runner.run({ kind: "monteCarlo", scenario: base, options }, { signal: controller.signal, onProgress: () => queuedProgress++ });
    await expect(first).rejects.toThrow(/abort/i);
    await expect(queued).rejects.toThrow(/abort/i);
    expect(queuedProgress).toBe(0);
  }, 60_000);
});
