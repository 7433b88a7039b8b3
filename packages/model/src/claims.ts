/**
 * The article's claims tested against a scenario (MODEL.md, "Claims"). Each claim gets the model's answer
 * (holds / does not hold / depends), the figures that show it, and where it flips: the value of one parameter at
 * which the answer changes, found by bisection on the fast path. Every sentence is written from the figures.
 */
import type { Engine, Step } from "./analysis/control.js";
import { runSteps } from "./analysis/control.js";
import type { Bilingual } from "./bilingual.js";
import { formatMoney } from "./format-money.js";
import { getPath, setPath } from "./paths.js";
import { getPreset } from "./presets.js";
import type { ResultJson } from "./result.js";
import type { Scenario } from "./scenario.js";
import { assertScenario } from "./scenario.js";
import { simulateFastUncaused } from "./simulate-fast.js";
import { quarterLabel } from "./_lib/quarter.js";

/** The article's claims, in its order. */
export const CLAIM_IDS = ["hidden-debt", "treadmill", "repaid-no-profit", "demand-not-rates", "cash-or-debt", "sudden-surfacing"] as const;
export type ClaimId = (typeof CLAIM_IDS)[number];
export type ClaimAnswer = "holds" | "does-not-hold" | "depends";

/** Where a claim's answer changes: set `path` to `value` (by hand, the answer is then `becomes`). */
export interface ClaimFlip {
  path: string;
  value: number;
  becomes: ClaimAnswer;
}

export interface ClaimResult {
  id: ClaimId;
  claim: Bilingual;
  answer: ClaimAnswer;
  figures: Record<string, number | string | null>;
  flip: ClaimFlip | null;
  text: Bilingual;
}

export interface ClaimsReport {
  scenario: string;
  startQuarter: string;
  claims: ClaimResult[];
}

const CLAIM_TEXT: Record<ClaimId, Bilingual> = {
  "hidden-debt": { ja: "借金の一部はSPVとプライベートクレジットに隠れている", en: "Part of the debt hides in SPVs and private credit" },
  treadmill: { ja: "GPUは借金の返済より速く価値を失う(トレッドミル)", en: "GPUs lose value faster than the debt behind them is repaid (the treadmill)" },
  "repaid-no-profit": { ja: "貸し手には返済されても、投資は儲からない", en: "Lenders are repaid, yet the investment earns nothing" },
  "demand-not-rates": { ja: "引き金は金利ではなく需要の鈍化", en: "The trigger is a demand slowdown, not interest rates" },
  "cash-or-debt": { ja: "このブームは借金で回っている", en: "The boom runs on debt" },
  "sudden-surfacing": { ja: "隠れた借金は突然表に出る", en: "Hidden debt surfaces suddenly" },
};

const usd = (x: number, lang: "ja" | "en") => formatMoney(x, { currency: "usd", lang, fxJpyPerUsd: 150 });
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const times = (x: number) => x.toFixed(2);
const round = (x: number, digits = 6) => Number(x.toPrecision(digits));

/** A scenario shock `k` quarters after its start (or its last quarter). */
const quarterAt = (s: Scenario, k: number) => quarterLabel(s.startQuarter, Math.min(k, s.horizonQuarters - 1));

/**
 * Where `test` changes over x in [lo, hi] for the scenarios `build(x)`, by bisection (taken to change once over
 * the interval), or null when the test gives the same answer at both ends. The point returned is the one past
 * the change seen from `now` (the scenario's own value; `lo` when not given), so that setting the parameter
 * there by hand gives the other answer.
 */
function bisectWith(lo: number, hi: number, build: (x: number) => Scenario, test: (r: ResultJson, scenario: Scenario) => boolean, run: Engine, integer = false, now?: number): number | null {
  const at = (x: number) => {
    const scenario = build(integer ? Math.round(x) : x);
    return test(run(scenario), scenario);
  };
  const a = at(lo);
  if (a === at(hi)) return null;
  let x0 = lo;
  let x1 = hi;
  for (let i = 0; i < 24 && Math.abs(x1 - x0) > (integer ? 1 : 1e-4 * Math.max(1, Math.abs(hi - lo))); i++) {
    const mid = (x0 + x1) / 2;
    if (at(mid) === a) x0 = mid;
    else x1 = mid;
  }
  const fromHighSide = now !== undefined && at(now) !== a;
  // rounded to 4 significant digits, nudged back across the change if rounding stepped over it
  const pick = (x: number, want: boolean): number => {
    if (integer) return Math.round(x);
    let v = round(x, 4);
    // one unit of the fourth significant digit, toward the side wanted
    const unit = v === 0 ? 1e-4 : Math.pow(10, Math.floor(Math.log10(Math.abs(v))) - 3);
    const step = unit * Math.sign(fromHighSide ? lo - hi : hi - lo);
    for (let k = 0; k < 4 && at(v) !== want; k++) v = round(v + step, 4);
    return v;
  };
  return fromHighSide ? pick(x0, a) : pick(x1, !a);
}

/** {@link bisectWith} over one parameter of the scenario, from its current value. */
const bisect = (s: Scenario, path: string, lo: number, hi: number, test: (r: ResultJson) => boolean, run: Engine, integer = false) =>
  bisectWith(lo, hi, (x) => setPath(s, path, x), test, run, integer, getPath(s, path) as number);

/** A demand slowdown one year in: growth stops and the level falls by a fifth (the article's trigger). */
const withSlowdown = (s: Scenario, level = -0.2): Scenario =>
  setPath(s, "demand.shocks", [...s.demand.shocks, { quarter: quarterAt(s, 4), growthAnnual: 0, levelChange: level }]);
/** A +200 bp move of the base rate one year in. */
const withRateRise = (s: Scenario): Scenario => setPath(s, "rates.shocks", [...s.rates.shocks, { quarter: quarterAt(s, 4), baseAnnual: Math.min(0.25, s.rates.baseAnnual + 0.02) }]);
const burst = (r: ResultJson) => r.summary.burstIndex ?? Number.POSITIVE_INFINITY;

function hiddenDebt(s: Scenario, r: ResultJson, run: Engine): ClaimResult {
  const share = (x: ResultJson) => Math.max(0, ...x.quarters.map((q) => (q.measures.totalDebt > 0 ? q.measures.hiddenDebt / q.measures.totalDebt : 0)));
  const peakShare = share(r);
  const last = r.quarters.at(-1)!.measures;
  const answerOf = (x: number): ClaimAnswer => (x >= 0.1 ? "holds" : x < 0.02 ? "does-not-hold" : "depends");
  const answer = answerOf(peakShare);
  const max = 1 - s.leases.shellShare;
  const flipAt = bisect(s, "financing.campusShare", 0, max, (x) => share(x) >= 0.1, run);
  const flip = flipAt === null ? null : { path: "financing.campusShare", value: flipAt, becomes: answerOf(share(run(setPath(s, "financing.campusShare", flipAt)))) };
  const flipJa = flip ? `キャンパス型SPVで建てる割合が${pct(flip.value)}を境に答えが変わる。` : "";
  const flipEn = flip ? ` The answer turns at a campus-vehicle share of ${pct(flip.value)}.` : "";
  return {
    id: "hidden-debt",
    claim: CLAIM_TEXT["hidden-debt"],
    answer,
    figures: { peakHiddenDebt: round(r.summary.peakHiddenDebt), peakHiddenShare: round(peakShare), leaseLiabilitiesEnd: round(last.leaseLiabilities), commitmentsNotCommencedEnd: round(last.commitmentsNotCommenced) },
    flip,
    text: {
      ja: `隠れ債務は最大${usd(r.summary.peakHiddenDebt, "ja")}、債務合計の最大${pct(peakShare)}。期末のリース負債は${usd(last.leaseLiabilities, "ja")}、未開始のリース契約は${usd(last.commitmentsNotCommenced, "ja")}(債務合計の外)。${flipJa}`,
      en: `Hidden debt peaks at ${usd(r.summary.peakHiddenDebt, "en")}, at most ${pct(peakShare)} of total debt. Lease liabilities end at ${usd(last.leaseLiabilities, "en")}; leases signed but not commenced at ${usd(last.commitmentsNotCommenced, "en")} (outside total debt).${flipEn}`,
    },
  };
}

function treadmill(s: Scenario, r: ResultJson, run: Engine): ClaimResult {
  const obsolete = (x: ResultJson) => Math.max(0, ...x.quarters.map((q) => q.measures.obsoleteGpuDebt));
  const peak = obsolete(r);
  // book value over economic value; float noise (1e-13) is none
  const gap = r.summary.peakBookMinusEconomic < 0.005 ? 0 : r.summary.peakBookMinusEconomic;
  const answer: ClaimAnswer = peak >= 1 ? "holds" : gap > 1 ? "depends" : "does-not-hold";
  const life = s.gpu.economicLifeQuarters;
  const flipAt = bisect(s, "gpu.economicLifeQuarters", Math.max(2, life - 8), Math.min(40, life + 12), (x) => obsolete(x) >= 1, run, true);
  const flip = flipAt === null ? null : { path: "gpu.economicLifeQuarters", value: flipAt, becomes: (answer === "holds" ? "does-not-hold" : "holds") as ClaimAnswer };
  return {
    id: "treadmill",
    claim: CLAIM_TEXT.treadmill,
    answer,
    // findings only: the lives the scenario sets are in the text as context, not figures the run found
    figures: { peakObsoleteGpuDebt: round(peak), peakBookMinusEconomic: round(gap) },
    flip,
    text: {
      ja: `GPUの経済寿命${life}四半期に対し簿価の耐用年数は${s.gpu.bookLifeQuarters}四半期。陳腐化したGPUに残る債務は最大${usd(peak, "ja")}、${gap > 0 ? `簿価が経済価値を上回る幅は最大${usd(gap, "ja")}` : "簿価が経済価値を上回ることはない"}。${flip ? `経済寿命${flip.value}四半期で答えが変わる。` : ""}`,
      en: `GPUs are superseded after ${life} quarters but depreciated over ${s.gpu.bookLifeQuarters}. Debt on obsolete GPUs peaks at ${usd(peak, "en")}; ${gap > 0 ? `book value exceeds economic value by up to ${usd(gap, "en")}` : "book value never exceeds economic value"}.${flip ? ` The answer turns at an economic life of ${flip.value} quarters.` : ""}`,
    },
  };
}

function repaidNoProfit(s: Scenario, r: ResultJson, run: Engine): ClaimResult {
  const holds = (x: ResultJson) => x.summary.repaidYetNoProfit;
  const answer: ClaimAnswer = holds(r) ? "holds" : "does-not-hold";
  const flipAt = bisect(s, "ai.revenueShare", Math.max(0.001, s.ai.revenueShare / 4), Math.min(1, Math.max(s.ai.revenueShare * 4, 0.5)), (x) => x.summary.sponsorAiNpv > 0, run);
  const flip = flipAt === null ? null : { path: "ai.revenueShare", value: flipAt, becomes: (answer === "holds" ? "does-not-hold" : "holds") as ClaimAnswer };
  return {
    id: "repaid-no-profit",
    claim: CLAIM_TEXT["repaid-no-profit"],
    answer,
    figures: { lenderLoss: round(r.summary.lenderLoss), lenderRepaid: round(r.summary.lenderRepaid), sponsorAiNpv: round(r.summary.sponsorAiNpv) },
    flip,
    text: {
      ja: `貸し手の損失は${usd(r.summary.lenderLoss, "ja")}、回収した元本は${usd(r.summary.lenderRepaid, "ja")}。スポンサーのAI投資のNPVは${usd(r.summary.sponsorAiNpv, "ja")}。${flip ? `AI売上の割合が${pct(flip.value)}を超えるとNPVはプラスになる。` : ""}`,
      en: `Lenders lose ${usd(r.summary.lenderLoss, "en")} and recover ${usd(r.summary.lenderRepaid, "en")} of principal; the sponsor's AI NPV is ${usd(r.summary.sponsorAiNpv, "en")}.${flip ? ` NPV turns positive once AI is more than ${pct(flip.value)} of revenue.` : ""}`,
    },
  };
}

function demandNotRates(scenario: Scenario, r: ResultJson, run: Engine): ClaimResult {
  // the two triggers are compared on the scenario without its own demand, core and rate shocks, so that a
  // preset's scheduled slowdown is not counted on both sides
  const own = scenario.demand.shocks.length + scenario.core.shocks.length + scenario.rates.shocks.length > 0;
  const s: Scenario = own
    ? { ...scenario, demand: { ...scenario.demand, shocks: [] }, core: { ...scenario.core, shocks: [] }, rates: { ...scenario.rates, shocks: [] } }
    : scenario;
  const demand = run(withSlowdown(s));
  const rate = run(withRateRise(s));
  const bD = burst(demand);
  const bR = burst(rate);
  const b0 = burst(own ? run(s) : r);
  const label = (b: number) => (Number.isFinite(b) ? quarterLabel(s.startQuarter, b) : null);
  // demand first: holds; rates first: does not hold; the same quarter (both, or neither, move it): depends
  const answer: ClaimAnswer = bD < bR ? "holds" : bR < bD ? "does-not-hold" : "depends";
  // how much of the main vehicles' debt must float (at the scenario's hedge ratio) for the rate rise to surface
  // the hidden debt as early as the slowdown
  const path = s.financing.gpuShare > s.financing.campusShare ? "gpuSpv.floatingShare" : "spv.floatingShare";
  const flipAt = Number.isFinite(bD) ? bisectWith(0, 1, (x) => withRateRise(setPath(s, path, x)), (x) => burst(x) <= bD, run, false, getPath(s, path) as number) : null;
  // at the flip the rate rise surfaces the hidden debt in the slowdown's quarter (a tie) or before it
  const bFlip = flipAt === null ? Number.POSITIVE_INFINITY : burst(run(withRateRise(setPath(s, path, flipAt))));
  const flip: ClaimFlip | null = flipAt === null ? null : { path, value: flipAt, becomes: (bD < bFlip ? "holds" : bFlip < bD ? "does-not-hold" : "depends") };
  const fix = (b: number, lang: "ja" | "en") => label(b) ?? (lang === "ja" ? "期間中なし" : "not within the horizon");
  const when = (b: number) => (label(b) ? `in ${label(b)}` : "not within the horizon");
  return {
    id: "demand-not-rates",
    claim: CLAIM_TEXT["demand-not-rates"],
    answer,
    figures: { burstBaseline: label(b0), burstDemandSlowdown: label(bD), burstRateRise200bp: label(bR) },
    flip,
    text: {
      ja: `${own ? "(シナリオ自身のショックを除いて比べると)" : ""}1年後の需要鈍化(伸びゼロ、水準−20%)での表面化は${fix(bD, "ja")}、同時期の+200bpの金利上昇では${fix(bR, "ja")}(何もなければ${fix(b0, "ja")})。${flip ? `SPV債務の変動金利の割合が${pct(flip.value)}以上なら、金利上昇でも需要鈍化と同じかそれより早く表面化する。` : "変動金利の割合を変えても、金利上昇で需要鈍化と同じ時期までに表面化することはない。"}`,
      en: `${own ? "Without the scenario's own shocks, a" : "A"} demand slowdown a year in (growth to zero, level −20%) surfaces hidden debt ${when(bD)}; a +200 bp rate rise at the same time, ${when(bR)} (with neither, ${when(b0)}).${flip ? ` If ${pct(flip.value)} or more of the vehicles' debt floats, the rate rise surfaces it as early as the slowdown.` : " No floating share makes the rate rise surface it as early as the slowdown."}`,
    },
  };
}

function cashOrDebt(s: Scenario, r: ResultJson, run: Engine): ClaimResult {
  const v = r.summary.verdict;
  const answer: ClaimAnswer = v === "debt" ? "holds" : v === "cash-flow" ? "does-not-hold" : "depends";
  const flipAt = bisect(s, "core.ebitdaMargin", 0, s.core.ebitdaMargin, (x) => x.summary.verdict !== "debt", run);
  const flip = flipAt === null ? null : { path: "core.ebitdaMargin", value: flipAt, becomes: (answer === "holds" ? "does-not-hold" : "holds") as ClaimAnswer };
  return {
    id: "cash-or-debt",
    claim: CLAIM_TEXT["cash-or-debt"],
    answer,
    figures: { verdict: v, internalFundingShare: round(r.summary.internalFundingShare), debtFundedCapexShare: round(r.summary.debtFundedCapexShare), borrowedPayoutShare: round(r.summary.borrowedPayoutShare) },
    flip,
    text: {
      ja: `${r.summary.internalFundingShare < 0 ? `グループの営業キャッシュフローはマイナス(設備投資の${times(r.summary.internalFundingShare)}倍)で、` : `グループの営業キャッシュフローは設備投資の${times(r.summary.internalFundingShare)}倍、`}新規借入は設備投資の${pct(r.summary.debtFundedCapexShare)}、株主還元のうち借入で賄った分は${pct(r.summary.borrowedPayoutShare)}。${flip ? `本業のEBITDAマージンが${pct(flip.value)}を下回ると「借金で回る」に変わる。` : ""}`,
      en: `${r.summary.internalFundingShare < 0 ? `The group's operating cash flow is negative (${times(r.summary.internalFundingShare)} times capex): it covers none of it;` : `The group's operating cash flow covers capex ${times(r.summary.internalFundingShare)} times,`} new borrowing ${pct(r.summary.debtFundedCapexShare)} of it, and borrowing funds ${pct(r.summary.borrowedPayoutShare)} of payouts.${flip ? ` Below a core EBITDA margin of ${pct(flip.value)} the boom runs on debt.` : ""}`,
    },
  };
}

function suddenSurfacing(s: Scenario, r: ResultJson, run: Engine): ClaimResult {
  // the scenario's own surfacing if it has one, else the article's slowdown added to it
  const slowed = r.summary.burstIndex !== null ? r : run(withSlowdown(s));
  const jump = (x: ResultJson): number => {
    const b = x.summary.burstIndex;
    if (b === null) return 0;
    const total = x.quarters[b]!.measures.totalDebt;
    const before = b > 0 ? x.quarters[b - 1]!.measures.reportedDebt : x.quarters[0]!.measures.reportedDebt;
    return total > 0 ? (x.quarters[b]!.measures.reportedDebt - before) / total : 0;
  };
  const answerOf = (own: ResultJson, scenario: Scenario): ClaimAnswer => {
    const x = own.summary.burstIndex !== null ? own : run(withSlowdown(scenario));
    return x.summary.burstIndex === null ? "does-not-hold" : jump(x) >= 0.05 ? "holds" : "depends";
  };
  const j = jump(slowed);
  const answer: ClaimAnswer = answerOf(r, s);
  // how much is built in campus vehicles decides how much debt there is to surface, and so how sudden it is
  const max = 1 - s.leases.shellShare;
  const flipAt = max > 0 ? bisectWith(0, max, (x) => setPath(s, "financing.campusShare", x), (x, scenario) => answerOf(x, scenario) === answer, run, false, s.financing.campusShare) : null;
  const atFlip = flipAt === null ? null : setPath(s, "financing.campusShare", flipAt);
  const flip = flipAt === null || atFlip === null ? null : { path: "financing.campusShare", value: flipAt, becomes: answerOf(run(atFlip), atFlip) };
  const becomesJa = { holds: "急に表面化する", "does-not-hold": "期間中に表面化しない", depends: "表面化はゆるやか" };
  const becomesEn = { holds: "it surfaces suddenly", "does-not-hold": "it does not surface within the horizon", depends: "it surfaces gradually" };
  const flipJa = flip ? `キャンパス型SPVで建てる割合が${pct(flip.value)}になると、${becomesJa[flip.becomes]}。` : "";
  const flipEn = flip ? ` At a campus-vehicle share of ${pct(flip.value)}, ${becomesEn[flip.becomes]}.` : "";
  return {
    id: "sudden-surfacing",
    claim: CLAIM_TEXT["sudden-surfacing"],
    answer,
    figures: { burstQuarter: slowed.summary.burstQuarter, reportedDebtJumpShare: round(j) },
    flip,
    text: {
      ja: slowed.summary.burstQuarter
        ? `${slowed === r ? "このシナリオでは" : "需要鈍化を加えると"}${slowed.summary.burstQuarter}に表面化し、その四半期に表の債務が債務合計の${pct(j)}分はね上がる。${flipJa}`
        : `需要鈍化のシナリオでも期間中に隠れ債務は表面化しない(隠れ債務は最大${usd(slowed.summary.peakHiddenDebt, "ja")})。${flipJa}`,
      en: slowed.summary.burstQuarter
        ? `${slowed === r ? "In this scenario" : "With the slowdown added"} the hidden debt surfaces in ${slowed.summary.burstQuarter}; reported debt jumps by ${pct(j)} of total debt that quarter.${flipEn}`
        : `Even in the slowdown the hidden debt (at most ${usd(slowed.summary.peakHiddenDebt, "en")}) does not surface within the horizon.${flipEn}`,
    },
  };
}

/**
 * Test the article's claims under a preset or scenario (default `base`).
 *
 * @example
 * claims("demand-slowdown").claims.find((c) => c.id === "demand-not-rates")?.answer; // "holds" | "does-not-hold" | "depends"
 */
export function claims(input: string | Scenario = "base", options: { engine?: Engine } = {}): ClaimsReport {
  return runSteps(claimsSteps(input, options));
}

/**
 * `claims()` as steps, one per claim answered (each a few dozen runs), so that a worker can report progress and
 * stop between claims (`kind: "claims"` in the worker protocol).
 */
export function* claimsSteps(input: string | Scenario = "base", options: { engine?: Engine } = {}): Generator<Step, ClaimsReport, void> {
  // dozens of runs that read outputs, not causes: the fast path without attribution
  const run = options.engine ?? simulateFastUncaused;
  let scenario: Scenario;
  let id = "custom";
  if (typeof input === "string") {
    const p = getPreset(input);
    if (!p) throw new RangeError(`claims: unknown preset "${input}"`);
    scenario = p.scenario;
    id = p.id;
  } else scenario = assertScenario(input);
  const r = run(scenario);
  const answerers = [hiddenDebt, treadmill, repaidNoProfit, demandNotRates, cashOrDebt, suddenSurfacing];
  const answered: ClaimResult[] = [];
  for (const answer of answerers) {
    answered.push(answer(scenario, r, run));
    yield { done: answered.length, total: answerers.length };
  }
  return { scenario: id, startQuarter: scenario.startQuarter, claims: answered };
}
