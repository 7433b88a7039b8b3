// Fast, in-process tests of the collect…() functions: the data each command prints, without a process.
import { getEdition, getGlossary } from "@aidebt/content";
import { BACKTEST_ITEMS, backtest, formatMoney, getPreset, presets, scenarioJsonSchema, simulate } from "@aidebt/model";
import { describe, expect, it } from "vitest";
import { messages } from "../i18n/labels.js";
import { UsageError } from "../lib/errors.js";
import { formatters } from "../lib/numbers.js";
import { loadUnits } from "../lib/units.js";
import { collectArticle } from "./article.js";
import { collectBacktest } from "./backtest.js";
import { collectFacts } from "./facts.js";
import { collectGlossary } from "./glossary.js";
import { collectPreset, flattenScenario } from "./presets.js";
import { schemaFields } from "./schema.js";
import { collectSimulate } from "./simulate.js";
import { collectStress } from "./stress.js";
import { tellStory } from "./explain.js";

const noStdin = (): Promise<string> => {
  throw new Error("stdin not expected");
};
const usageIssue = async (promise: Promise<unknown>): Promise<UsageError> => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error("expected a UsageError");
};

describe("collectArticle", () => {
  it("returns the whole edition, or one section by slug", async () => {
    const all = await collectArticle({ lang: "en" });
    expect(all.sections).toEqual(getEdition("en").sections);
    const one = await collectArticle({ lang: "ja", section: "summary" });
    expect(one.sections.map((s) => s.slug)).toEqual(["summary"]);
  });

  it("lists the slugs when the section is unknown", async () => {
    const error = await usageIssue(collectArticle({ lang: "ja", section: "nope" }));
    expect(error.issues[0]?.allowed).toContain("hidden-debt");
  });
});

describe("collectGlossary and collectFacts", () => {
  it("returns every term, or the one asked for", async () => {
    expect((await collectGlossary({ lang: "en" })).terms).toHaveLength(getGlossary().length);
    expect((await collectGlossary({ lang: "en", query: "SPV" })).terms[0]?.id).toBe("spv");
    const error = await usageIssue(collectGlossary({ lang: "en", query: "zzz-unknown" }));
    expect(error.message).toContain("zzz-unknown");
  });

  it("returns facts with fact checks", async () => {
    const data = await collectFacts({ lang: "ja" });
    expect(data.facts.length).toBeGreaterThan(0);
    expect(data.factChecks.length).toBeGreaterThan(0);
  });
});

describe("collectSimulate", () => {
  it("returns the model's own result for a preset", async () => {
    const data = await collectSimulate("base", {}, noStdin);
    expect(data.loaded.preset?.id).toBe("base");
    expect(data.result).toEqual(simulate(getPreset("base")!.scenario).toJSON());
  });

  it("accepts a preset export or a result on stdin (anything with a scenario field)", async () => {
    const exported = JSON.stringify(getPreset("rate-shock"));
    const data = await collectSimulate("-", {}, () => Promise.resolve(exported));
    expect(data.result.scenario).toEqual(getPreset("rate-shock")!.scenario);
  });

  it("applies --quarters and --set, and names a mistyped path with a suggestion", async () => {
    const data = await collectSimulate("base", { quarters: "12", set: ["financing.campusShare=0.5"] }, noStdin);
    expect(data.result.quarters).toHaveLength(12);
    expect(data.result.scenario.financing.campusShare).toBe(0.5);
    const error = await usageIssue(collectSimulate("base", { set: ["rates.baseAnual=0.05"] }, noStdin));
    expect(error.issues[0]?.path).toBe("rates.baseAnual");
    expect(error.hint).toContain("rates.baseAnnual");
  });

  it("reports every invalid field with what is allowed", async () => {
    const error = await usageIssue(collectSimulate("base", { set: ["financing.campusShare=2", "gpu.costShare=-1"] }, noStdin));
    expect(error.issues.map((i) => i.path).sort()).toEqual(["financing.campusShare", "gpu.costShare"]);
    expect(error.issues.every((i) => i.allowed !== undefined)).toBe(true);
  });

  it("lists the presets for an unknown name", async () => {
    const error = await usageIssue(collectSimulate("nosuch", {}, noStdin));
    expect(error.issues[0]?.allowed).toBe(presets.map((p) => p.id).join(", "));
  });
});

describe("collectStress", () => {
  it("runs no trigger, four triggers and four combinations", async () => {
    const data = await collectStress("soft-landing", {}, noStdin);
    expect(data.rows.map((r) => r.id)).toEqual(["none", "demand", "rate", "credit", "gpu", "demand+rate", "demand+credit", "demand+gpu", "demand+rate+credit+gpu"]);
    expect(data.rows[0]?.summary).toEqual(simulate(getPreset("soft-landing")!.scenario).toJSON().summary);
    expect(data.rows.find((r) => r.id === "gpu")?.changes.some((c) => c.path === "gpu.economicLifeQuarters")).toBe(true);
  });

  it("drops trigger shocks that fall outside a shorter horizon instead of failing", async () => {
    const data = await collectStress("base", { quarters: "4" }, noStdin);
    expect(data.rows).toHaveLength(9);
    expect(data.rows.find((r) => r.id === "demand")?.droppedShocks).toBeGreaterThan(0);
    expect(data.rows[0]?.droppedShocks).toBe(0);
  });
});

describe("tellStory", () => {
  it("tells the burst, the chain and the verdict from the model's summary", async () => {
    const data = await collectSimulate("demand-slowdown", {}, noStdin);
    const f = formatters(formatMoney, { lang: "en", currency: "usd", fxJpyPerUsd: data.result.scenario.fxJpyPerUsd });
    const story = tellStory(data, "en", f, await loadUnits());
    const text = story.paragraphs.join("\n");
    const s = data.result.summary;
    if (s.burstQuarter !== null) expect(text).toContain(`surfaces in ${s.burstQuarter}`);
    else expect(text).toContain("never surfaces");
    expect(text).toContain(f.money(s.peakHiddenDebt));
    expect(text).toContain({ debt: "runs on debt", "cash-flow": "runs on cash flow", balanced: "balanced between cash flow and debt" }[s.verdict]);
    expect(tellStory(data, "ja", formatters(formatMoney, { lang: "ja", currency: "usd", fxJpyPerUsd: 155 }), await loadUnits()).paragraphs.join("")).toContain("キャッシュフローか、借金か");
  });
});

describe("the balanced verdict", () => {
  it("has words in both languages wherever a verdict is printed, and explain says it is neither", async () => {
    for (const lang of ["en", "ja"] as const) {
      const m = messages(lang);
      expect(m.verdictLabel.balanced).toBe(lang === "en" ? "balanced (neither)" : "均衡（どちらとも言えない）");
      expect(m.classValue.balanced).toBe(m.verdictLabel.balanced);
    }
    const data = await collectSimulate("base", {}, noStdin);
    const balanced = { ...data, result: { ...data.result, summary: { ...data.result.summary, verdict: "balanced" as const, internalFundingShare: 0.99 } } };
    const en = tellStory(balanced, "en", formatters(formatMoney, { lang: "en", currency: "usd", fxJpyPerUsd: 155 }), await loadUnits()).paragraphs.join("\n");
    expect(en).toContain("Neither: this boom is balanced between cash flow and debt: operating cash flow covers 99.0% of capex");
    const ja = tellStory(balanced, "ja", formatters(formatMoney, { lang: "ja", currency: "usd", fxJpyPerUsd: 155 }), await loadUnits()).paragraphs.join("");
    expect(ja).toContain("どちらとも言えない。このブームは両者が均衡している");
  });
});

describe("collectBacktest", () => {
  it("is the model's backtest of a preset, kept to the fiscal years unless a period is asked for", async () => {
    const data = await collectBacktest("meta-2024", {}, noStdin);
    expect(data.result.rows).toEqual(backtest("meta-2024").rows.filter((r) => r.period.startsWith("FY")));
    const q3 = await collectBacktest("meta-2024", { period: "2025Q3", item: ["revenue,ownCapex"] }, noStdin);
    expect(q3.result.rows.map((r) => `${r.item} ${r.period}`)).toEqual(["revenue 2025Q3", "ownCapex 2025Q3"]);
  });

  it("checks --item and --period before it runs anything", async () => {
    const item = await usageIssue(collectBacktest("meta-2024", { item: ["revenue", "nope"] }, noStdin));
    expect(item.issues[0]).toMatchObject({ path: "--item", allowed: BACKTEST_ITEMS.join(", ") });
    const period = await usageIssue(collectBacktest("meta-2024", { period: "Q3" }, noStdin));
    expect(period.issues[0]?.path).toBe("--period");
  });
});

describe("presets and schema", () => {
  it("flattens a scenario to dotted paths, arrays by index", () => {
    expect(flattenScenario({ a: 1, b: { c: [{ q: "2026Q1" }], d: [] } })).toEqual([
      ["a", 1],
      ["b.c.0.q", "2026Q1"],
      ["b.d", "[]"],
    ]);
  });

  it("finds a preset, or lists them", async () => {
    expect((await collectPreset("base")).id).toBe("base");
    expect((await usageIssue(collectPreset("x"))).issues[0]?.allowed).toContain("demand-slowdown");
  });

  it("lists every leaf of the scenario schema with its range", () => {
    const fields = schemaFields(scenarioJsonSchema());
    const covenant = fields.find((f) => f.path === "spv.dscrCovenant");
    expect(covenant?.type).toBe("number");
    expect(covenant?.range).toMatch(/from/);
    expect(fields.some((f) => f.path === "rates.shocks[].baseAnnual")).toBe(true);
  });
});
