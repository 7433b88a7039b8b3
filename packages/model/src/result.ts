import * as z from "zod/mini";
import type { QuarterRecord, RawRun, SummaryRaw } from "./engine/records.js";
import type { Bilingual, EventKind, SimEvent } from "./events.js";
import { formatMoney } from "./format-money.js";
import type { Scenario } from "./scenario.js";

/**
 * Version of the JSON result shape; bumped on any breaking change.
 *
 * @example
 * simulate(getPreset("base")!.scenario).toJSON().schemaVersion === RESULT_SCHEMA_VERSION; // true
 */
export const RESULT_SCHEMA_VERSION = "2.0.0";

/** One quarter of the JSON result: money in USD bn as numbers. */
export type QuarterJson = QuarterRecord<number>;

/** The run's summary: money in USD bn as numbers, plus a one-paragraph reading in ja and en. */
export type SummaryJson = SummaryRaw<number> & { headline: Bilingual };

/** The JSON form of a simulation, as the CLI prints it and the site draws it. */
export interface ResultJson {
  schemaVersion: string;
  scenario: Scenario;
  quarters: QuarterJson[];
  events: SimEvent[];
  summary: SummaryJson;
}

const KIND_LABEL: Partial<Record<EventKind, Bilingual>> = {
  consolidation: { ja: "SPV債務の連結", en: "SPV debt consolidated" },
  "guarantee-called": { ja: "残価保証の履行", en: "residual value guarantee called" },
  "lender-loss": { ja: "貸し手の損失", en: "lenders take a loss" },
  "refinancing-failure": { ja: "借り換え不能", en: "refinancing refused" },
  "credit-rationed": { ja: "新規融資の停止", en: "lenders stop new lending" },
  "liquidity-shortfall": { ja: "資金繰りの行き詰まり", en: "cash runs out" },
  "interest-not-covered": { ja: "キャッシュフローが利払いを賄えない", en: "cash flow no longer covers interest" },
};

/** A short reading of the summary in both languages. */
export function headline(s: SummaryRaw<number>, events: readonly SimEvent[]): Bilingual {
  const usdJa = (x: number) => formatMoney(x, { currency: "usd", lang: "ja", fxJpyPerUsd: 150 });
  const usdEn = (x: number) => formatMoney(x, { currency: "usd", lang: "en", fxJpyPerUsd: 150 });
  const share = `${Math.round(s.debtFundedCapexShare * 100)}%`;
  const borrowedPayouts = `${Math.round(s.borrowedPayoutShare * 100)}%`;
  const internal = `${Math.round(Math.min(s.internalFundingShare, 9.99) * 100)}%`;
  const verdictJa = { debt: "借金で回るブーム", "cash-flow": "キャッシュフローで回るブーム", balanced: "営業キャッシュフローが設備投資とほぼ釣り合うブーム(±5%以内なので判定は保留)" }[s.verdict];
  const verdictEn = { debt: "a boom running on debt", "cash-flow": "a boom running on cash flow", balanced: "a boom whose cash flow about matches its capex (within ±5%: no verdict)" }[s.verdict];
  const burstEvent = events.find((e) => e.index === s.burstIndex && e.quarter === s.burstQuarter && KIND_LABEL[e.kind]);
  const what = burstEvent ? KIND_LABEL[burstEvent.kind] : undefined;
  const burstJa = s.burstQuarter
    ? `${s.burstQuarter}に${what?.ja ?? "危機"}で隠れ債務が表面化。${s.survives ? "本業のキャッシュフローが支え、スポンサーは存続する。" : "スポンサーは緊急融資に頼る。"}`
    : "期間中に隠れ債務は表面化しない。";
  const burstEn = s.burstQuarter
    ? `In ${s.burstQuarter} the hidden debt surfaces (${what?.en ?? "crisis"}). ${s.survives ? "The core business carries the sponsor through." : "The sponsor has to borrow in an emergency."}`
    : "The hidden debt does not surface within the horizon.";
  const lenderJa = s.repaidYetNoProfit ? "貸し手は全額回収する一方、スポンサーのAI投資のNPVはマイナス(返済はできても儲けはない)。" : "";
  const lenderEn = s.repaidYetNoProfit ? "Lenders are repaid in full while the sponsor's AI NPV is negative: repaid, yet no profit." : "";
  return {
    ja: `グループの営業キャッシュフローは設備投資(SPV分を含む)の${internal}、新規借入は${share}、株主還元のうち借入で賄った分は${borrowedPayouts}:${verdictJa}。隠れ債務のピークは${usdJa(s.peakHiddenDebt)}。${burstJa}${lenderJa}`,
    en: `The group's operating cash flow covers ${internal} of capex (SPV-built included), new debt ${share}, and borrowing funds ${borrowedPayouts} of payouts: ${verdictEn}. Hidden debt peaks at ${usdEn(s.peakHiddenDebt)}. ${burstEn}${lenderEn ? ` ${lenderEn}` : ""}`,
  };
}

/**
 * Build the JSON result from a run with money as numbers (the fast path directly; the Decimal ledger converts
 * its frames first, in `simulate.ts`, so that this module never needs decimal.js).
 */
export function toResultJson(scenario: Scenario, raw: Pick<RawRun<number>, "frames" | "events" | "summary">): ResultJson {
  return {
    schemaVersion: RESULT_SCHEMA_VERSION,
    scenario,
    quarters: raw.frames,
    events: raw.events,
    summary: { ...raw.summary, headline: headline(raw.summary, raw.events) },
  };
}

const num = z.number();
const money = (keys: readonly string[]) => z.strictObject(Object.fromEntries(keys.map((k) => [k, num])));
const minskySchema = z.enum(["hedge", "speculative", "ponzi"]);
const bilingual = z.strictObject({ ja: z.string(), en: z.string() });

/**
 * The zod schema of {@link ResultJson}, used for `resultJsonSchema()` and in tests.
 *
 * @example
 * resultSchema.safeParse(simulateFast(getPreset("base")!.scenario)).success; // true
 */
export const resultSchema = z.strictObject({
  schemaVersion: z.string(),
  scenario: z.record(z.string(), z.unknown()),
  quarters: z.array(
    z.strictObject({
      index: z.int(),
      label: z.string(),
      sponsor: z.strictObject({
        assets: money(["cash", "gpu", "shell", "land", "rightOfUse", "other", "total"]),
        liabilities: money(["bonds", "consolidatedSpvDebt", "leaseLiabilities", "other", "total"]),
        equity: num,
        income: z.record(z.string(), num),
        cashFlow: z.record(z.string(), num),
      }),
      spv: z.strictObject({
        assets: money(["cash", "shell", "gpu", "total"]),
        liabilities: money(["debt", "total"]),
        equity: num,
        income: z.record(z.string(), num),
        flows: z.record(z.string(), num),
        dealsActive: z.int(),
      }),
      lenders: z.catchall(z.object({ assets: money(["bonds", "privateCredit", "cash", "total"]) }), num),
      measures: z.catchall(z.object({ minskyAi: minskySchema, minskySponsor: minskySchema, creditFrozen: z.boolean() }), num),
      cohorts: z.array(
        z.strictObject({ vintage: z.string(), gw: num, gpuBookValue: num, economicallyObsolete: z.boolean(), impaired: z.boolean() }),
      ),
    }),
  ),
  events: z.array(
    z.strictObject({
      quarter: z.string(),
      index: z.int(),
      kind: z.string(),
      cause: z.nullable(z.string()),
      value: num,
      message: bilingual,
    }),
  ),
  summary: z.catchall(
    z.object({
      burstQuarter: z.nullable(z.string()),
      burstIndex: z.nullable(z.int()),
      burstChain: z.array(z.strictObject({ quarter: z.string(), kind: z.string(), message: bilingual })),
      verdict: z.enum(["cash-flow", "debt", "balanced"]),
      survives: z.boolean(),
      repaidYetNoProfit: z.boolean(),
      peakHiddenDebtQuarter: z.string(),
      headline: bilingual,
    }),
    num,
  ),
});

/**
 * JSON Schema of the simulation result (`SimulationResult.toJSON()`), from zod 4's conversion.
 *
 * @example
 * Object.keys(resultJsonSchema().properties as object); // ["schemaVersion", "scenario", "quarters", "events", "summary"]
 */
export function resultJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(resultSchema) as Record<string, unknown>;
  return { $id: `https://aidebt.invalid/schemas/result/${RESULT_SCHEMA_VERSION}.json`, title: "AI debt-cycle simulation result", version: RESULT_SCHEMA_VERSION, ...schema };
}
