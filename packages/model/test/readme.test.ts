// The README's figures are the model's: its presets table is generated here (UPDATE_README=1 rewrites it) and
// the values its examples show are checked, so that what a developer reads on npm is what the package does.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { backtest, claims, formatMoney, getPreset, presets, sensitivity, simulate, simulateFast, simulatePresetMarket } from "../src/index.js";

const path = join(import.meta.dirname, "..", "README.md");
const START = "<!-- presets-table -->";
const END = "<!-- /presets-table -->";

function presetsTable(): string {
  const rows = presets.map((p) => {
    const s = simulateFast(p.scenario).summary;
    return `| \`${p.id}\` | ${s.burstQuarter ?? "—"} | ${s.peakHiddenDebt.toFixed(1)} | ${s.peakTotalDebt.toFixed(1)} | ${s.lenderLoss.toFixed(1)} | ${s.sponsorAiNpv.toFixed(0)} | ${s.internalFundingShare.toFixed(2)} | ${s.verdict} | ${s.survives ? "yes" : "no"} |`;
  });
  return [
    "| id | burst | peak hidden debt | peak total debt | lenders' loss | sponsor AI NPV | group operating cash ÷ capex | verdict | sponsor survives |",
    "|---|---|---:|---:|---:|---:|---:|---|---|",
    ...rows,
  ].join("\n");
}

describe("README", () => {
  it("shows every preset's summary as the model computes it", () => {
    const text = readFileSync(path, "utf8");
    const i = text.indexOf(START);
    const j = text.indexOf(END);
    expect(i >= 0 && j > i, "README has the presets-table markers").toBe(true);
    const table = presetsTable();
    if (process.env.UPDATE_README === "1") writeFileSync(path, `${text.slice(0, i + START.length)}\n${table}\n${text.slice(j)}`);
    else expect(text.slice(i + START.length, j).trim()).toBe(table);
  });

  it("shows in its examples the values the model gives", () => {
    const json = simulate(getPreset("demand-slowdown")!.scenario).toJSON();
    expect(json.quarters[0]!.label).toBe("2026Q1");
    expect(json.summary.burstQuarter).toBe("2032Q2");
    expect(json.events[6]!.message.ja).toBe("2032Q2 需要鈍化 → SPV債務305億ドルを連結、オフバランス債務が表面化");
    expect(formatMoney(json.summary.peakHiddenDebt, { currency: "jpy", lang: "ja", fxJpyPerUsd: 155 })).toBe("5.4兆円");
    const c = claims("base").claims.find((x) => x.id === "demand-not-rates")!;
    expect(c.answer).toBe("holds");
    expect(c.flip).toEqual({ path: "spv.floatingShare", value: 0.5303, becomes: "depends" });
    expect(backtest("meta-2024").rows.find((r) => r.item === "revenue" && r.period === "FY2025")!.error).toBeCloseTo(-0.00002, 5);
    const t = sensitivity(getPreset("demand-slowdown")!.scenario, "summary.burstIndex", { relativeStep: 0.2 });
    expect(t.rows.slice(0, 3).map((r) => r.path)).toEqual(["spv.sizingDscr", "spv.dscrCovenant", "gpu.inferenceLifeQuarters"]);
    expect(t.rows.find((r) => r.path === "demand.aiGrowthAnnual")!.swing).toBe(9);
    expect(t.rows.find((r) => r.path === "rates.baseAnnual")!.swing).toBe(0);
    const m = simulatePresetMarket("industry");
    expect(m.opens).toBe("2026Q1");
    expect(m.summary.firstBurst).toEqual({ sponsor: "neocloud", quarter: "2026Q3" });
  });
});
