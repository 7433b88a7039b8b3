import { describe, expect, it } from "vitest";
import { combinePaths, compare, getPreset, monteCarlo, presets, readOutput, sensitivity, simulateFast, simulatePaths, sweep } from "./index.js";

const base = getPreset("base")!.scenario;
const slowdown = getPreset("demand-slowdown")!.scenario;

describe("compare", () => {
  it("lines up quarters and summaries with differences from the first scenario", () => {
    const c = compare([
      { label: "base", scenario: base },
      { label: "slowdown", scenario: slowdown },
    ]);
    expect(c.labels).toEqual(["base", "slowdown"]);
    expect(c.quarters).toHaveLength(40);
    const hidden = c.summary.find((r) => r.field === "peakHiddenDebt")!;
    expect(hidden.differences[0]).toBe(0);
    expect(hidden.differences[1]).toBeCloseTo(hidden.values[1]! - hidden.values[0]!, 12);
    expect(c.series.hiddenDebt![10]).toHaveLength(2);
  });

  it("reports progress and stops on abort", () => {
    const seen: Array<[number, number]> = [];
    compare([base, slowdown], { onProgress: (d, t) => seen.push([d, t]) });
    expect(seen).toEqual([
      [1, 2],
      [2, 2],
    ]);
    const ac = new AbortController();
    ac.abort();
    expect(() => compare([base], { signal: ac.signal })).toThrow(/abort/i);
  });
});

describe("sensitivity", () => {
  it("ranks every numeric parameter by swing, largest first", () => {
    const t = sensitivity(base, "summary.peakHiddenDebt", { relativeStep: 0.2 });
    expect(t.rows.length).toBeGreaterThan(50);
    for (let i = 1; i < t.rows.length; i++) expect(t.rows[i - 1]!.swing).toBeGreaterThanOrEqual(t.rows[i]!.swing);
    expect(t.rows.find((r) => r.path === "financing.campusShare")!.swing).toBeGreaterThan(0);
    // a display-only parameter moves nothing
    expect(t.rows.find((r) => r.path === "fxJpyPerUsd")!.swing).toBe(0);
  });

  it("answers the article's question: the demand path moves the burst, the interest rate does not (in the slowdown preset, fixed-rate debt)", () => {
    const t = sensitivity(slowdown, "summary.burstIndex", {
      relativeStep: 0.2,
      parameters: ["demand.fadeQuarters", "ai.openingUtilisation", "rates.baseAnnual", "spv.spreadAnnual"],
    });
    const swing = (p: string) => t.rows.find((r) => r.path === p)!.swing;
    expect(Math.max(swing("demand.fadeQuarters"), swing("ai.openingUtilisation"))).toBeGreaterThan(0);
    expect(swing("rates.baseAnnual")).toBe(0);
    expect(swing("spv.spreadAnnual")).toBe(0);
  });

  it("keeps integer parameters integral and inside their range", () => {
    const t = sensitivity(base, "summary.peakTotalDebt", { parameters: ["gpu.economicLifeQuarters", "spv.curePeriodQuarters"] });
    for (const r of t.rows) {
      for (const side of [r.low, r.high]) if (side) expect(Number.isInteger(side.value)).toBe(true);
    }
    expect(t.rows.find((r) => r.path === "spv.curePeriodQuarters")!.low?.value).toBe(1);
  });

  it("reports progress per parameter and honours an AbortSignal", () => {
    let last = [0, 0];
    sensitivity(base, "summary.peakHiddenDebt", { parameters: ["gpu.costShare", "gpu.costPerGw"], onProgress: (d, n) => (last = [d, n]) });
    expect(last).toEqual([2, 2]);
    const ac = new AbortController();
    ac.abort(new Error("stop: user cancelled"));
    expect(() => sensitivity(base, "summary.peakHiddenDebt", { signal: ac.signal })).toThrow("stop: user cancelled");
  });
});

describe("sweep", () => {
  it("fills a y-by-x grid, with null for invalid combinations", () => {
    const g = sweep(
      base,
      { path: "demand.aiGrowthAnnual", from: 0, to: 0.6, steps: 4 },
      { path: "gpu.economicLifeQuarters", values: [8, 12, 99] },
      "summary.burstIndex",
    );
    expect(g.x.values).toEqual([0, 0.2, 0.4, 0.6]);
    expect(g.z).toHaveLength(3);
    expect(g.z[0]).toHaveLength(4);
    expect(g.z[2]).toEqual([null, null, null, null]);
    expect(typeof g.z[1]![2]).toBe("number");
  });

  it("maps to classes too, e.g. the AI segment's Minsky class in the last quarter", () => {
    const g = sweep(base, { path: "ai.revenueShare", values: [0.02, 0.6] }, { path: "gpu.economicLifeQuarters", values: [12] }, "last.measures.minskyAi");
    expect(g.z[0]).toEqual(["ponzi", "hedge"]);
  });

  it("reports progress over every cell", () => {
    const seen: number[] = [];
    sweep(base, { path: "gpu.costShare", values: [0.5, 0.6] }, { path: "gpu.costPerGw", values: [40, 50] }, "summary.peakHiddenDebt", {
      onProgress: (d) => seen.push(d),
    });
    expect(seen).toEqual([1, 2, 3, 4]);
  });
});

describe("monteCarlo", () => {
  it("is reproducible: the same seed gives the same result", () => {
    const a = monteCarlo(base, { paths: 200, seed: 42, demandVolatility: 0.1, rateVolatility: 0.01 });
    const b = monteCarlo(base, { paths: 200, seed: 42, demandVolatility: 0.1, rateVolatility: 0.01 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    const c = monteCarlo(base, { paths: 200, seed: 43, demandVolatility: 0.1, rateVolatility: 0.01 });
    expect(JSON.stringify(c)).not.toBe(JSON.stringify(a));
  });

  it("gives the same result bit for bit however the paths are split into blocks (a pool of any size)", () => {
    const options = { paths: 37, seed: 11, demandVolatility: 0.3, rateVolatility: 0.01 };
    const whole = monteCarlo(slowdown, options);
    for (const cuts of [[37], [1, 36], [10, 10, 10, 7], [20, 17]]) {
      let first = 0;
      const blocks = cuts.map((count) => {
        const b = simulatePaths(slowdown, options, first, count);
        first += count;
        return b;
      });
      expect(combinePaths(slowdown, options, blocks.reverse())).toEqual(whole);
    }
    expect(() => combinePaths(slowdown, options, [simulatePaths(slowdown, options, 0, 30)])).toThrow(/30 paths, not 37/);
  });

  it("pins the seeded numbers so that every machine must agree", () => {
    const r = monteCarlo(base, { paths: 100, seed: 7, demandVolatility: 0.1 });
    expect({ p: r.burstProbability, hidden50: Number(r.hiddenDebt.p50.at(-1)!.toFixed(6)) }).toMatchInlineSnapshot(`
      {
        "hidden50": 168.106207,
        "p": 0.05,
      }
    `);
  });

  it("gives cumulative burst probabilities by year and ordered percentile bands", () => {
    const r = monteCarlo(slowdown, { paths: 150, seed: 1, demandVolatility: 0.2 });
    expect(r.burstProbabilityByYear).toHaveLength(10);
    expect(r.burstProbabilityByYear[0]!.year).toBe(2026);
    for (let i = 1; i < 10; i++) {
      expect(r.burstProbabilityByYear[i]!.probability).toBeGreaterThanOrEqual(r.burstProbabilityByYear[i - 1]!.probability);
    }
    expect(r.burstProbability).toBeCloseTo(r.burstHistogram.reduce((a, b) => a + b, 0), 12);
    for (const b of [r.hiddenDebt, r.totalDebt, r.lenderLoss]) {
      for (let t = 0; t < 40; t++) {
        expect(b.p5[t]!).toBeLessThanOrEqual(b.p25[t]!);
        expect(b.p25[t]!).toBeLessThanOrEqual(b.p50[t]!);
        expect(b.p50[t]!).toBeLessThanOrEqual(b.p75[t]!);
        expect(b.p75[t]!).toBeLessThanOrEqual(b.p95[t]!);
      }
    }
  });

  it("with no volatility, every path is the deterministic run", () => {
    const r = monteCarlo(slowdown, { paths: 5, seed: 3, demandVolatility: 0 });
    const det = simulateFast(slowdown);
    expect(r.burstProbability).toBe(det.summary.burstIndex === null ? 0 : 1);
    expect(r.hiddenDebt.p50.at(-1)).toBeCloseTo(det.quarters.at(-1)!.measures.hiddenDebt, 9);
  });

  it("reports progress and stops on abort", () => {
    const seen: number[] = [];
    monteCarlo(base, { paths: 50, seed: 1, progressEvery: 10, onProgress: (d) => seen.push(d) });
    expect(seen).toEqual([10, 20, 30, 40, 50]);
    const ac = new AbortController();
    let calls = 0;
    expect(() =>
      monteCarlo(base, {
        paths: 1000,
        seed: 1,
        progressEvery: 10,
        signal: ac.signal,
        onProgress: () => {
          if (++calls === 2) ac.abort();
        },
      }),
    ).toThrow(/abort/i);
    expect(calls).toBe(2);
  });
});

describe("readOutput", () => {
  it("reads summary fields, the last quarter, and burst index as the horizon when there is none", () => {
    const r = simulateFast(presets[0]!.scenario);
    expect(readOutput(r, "summary.peakHiddenDebt")).toBe(r.summary.peakHiddenDebt);
    expect(readOutput(r, "last.measures.minskySponsor")).toBe(r.quarters.at(-1)!.measures.minskySponsor);
    expect(readOutput(r, "summary.burstIndex")).toBe(r.summary.burstIndex ?? 40);
    expect(() => readOutput(r, "nope.x")).toThrowErrorMatchingInlineSnapshot(`[Error: unknown output "nope.x": use summary.<field> or last.<path>]`);
  });
});
