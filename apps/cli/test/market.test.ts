// `aidebt market` (and `aidebt simulate industry`), driven through the built binary: several sponsors in one
// market for compute, each sponsor reported and the industry's total, in every format; bad options refused.
import { industryMarket, simulateMarket, getPreset } from "@aidebt/model";
import { describe, expect, it } from "vitest";
import { parseCsv, run } from "./helpers.js";

describe.concurrent("aidebt market", () => {
  it("runs the industry as six sponsors in one market, as JSON the model's simulateMarket()", async () => {
    const result = await run(["market", "--format", "json"]);
    expect(result.code, result.stderr).toBe(0);
    const json = JSON.parse(result.stdout) as ReturnType<typeof industryMarket> & { source: string };
    const expected = JSON.parse(JSON.stringify(industryMarket())) as ReturnType<typeof industryMarket>;
    expect(json.source).toBe("industry");
    expect(json.sponsors.map((s) => s.id)).toEqual(["meta", "alphabet", "microsoft", "amazon", "oracle", "neocloud"]);
    expect(json.quarters).toEqual(expected.quarters);
    expect(json.summary).toEqual(expected.summary);
  });

  it("is what `aidebt simulate industry` prints; with --set, simulate runs the single-sponsor stand-in", async () => {
    const market = await run(["market", "--format", "csv"]);
    const simulate = await run(["simulate", "industry", "--format", "csv"]);
    expect(simulate.code, simulate.stderr).toBe(0);
    expect(simulate.stdout).toBe(market.stdout);
    const stand = await run(["simulate", "industry", "--set", "ai.revenueShare=0.2", "--format", "json"]);
    expect(stand.code, stand.stderr).toBe(0);
    expect((JSON.parse(stand.stdout) as { quarters: unknown[]; sponsors?: unknown }).sponsors).toBeUndefined();
  });

  it("writes the quarterly table as CSV, the totals summed over the sponsors, and labels both tables in each language", async () => {
    const rows = parseCsv((await run(["market", "--sponsors", "meta,alphabet", "--elasticity", "2", "--format", "csv"])).stdout);
    const model = simulateMarket(["meta", "alphabet"].map((id) => ({ id, scenario: getPreset(id)!.scenario })), { elasticity: 2 });
    expect(rows[0]).toEqual(["quarter", "demand", "capacity", "utilisation", "glutFactor", "capex", "aiRevenue", "reportedDebt", "leaseLiabilities", "hiddenDebt", "totalDebt"]);
    expect(rows).toHaveLength(model.quarters.length + 1);
    expect(Number(rows[2]![10])).toBeCloseTo(model.quarters[1]!.totals.totalDebt, 9);
    const en = await run(["market", "--lang", "en"]);
    expect(en.stdout).toContain("Each sponsor and the total");
    expect(en.stdout).toMatch(/total\s+2026Q1/);
    const ja = await run(["market", "--lang", "ja", "--format", "md"]);
    expect(ja.stdout).toContain("各社と合計");
  });

  it("refuses a preset that is not a market, unknown sponsors and an elasticity out of range, naming what is allowed", async () => {
    const notMarket = await run(["market", "meta"]);
    expect(notMarket.code).toBe(2);
    expect(notMarket.stderr).toContain("(allowed: industry)");
    const unknown = await run(["market", "--sponsors", "meta,nope,industry"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('not a single-sponsor preset: "nope", "industry"');
    const steep = await run(["market", "--elasticity", "9"]);
    expect(steep.code).toBe(2);
    expect(steep.stderr).toContain("--elasticity: not a number from 0 to 5");
  });
});
