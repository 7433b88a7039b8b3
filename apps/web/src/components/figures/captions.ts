import { fillTemplate, type Messages } from "@/messages/types";

/**
 * Captions written from a run: which sentence a figure shows is chosen by its results, so that a caption
 * can never state what the chart beside it contradicts.
 */

/** Lenders' loss below which they count as repaid: the model's own threshold, a thousand dollars (USD bn). */
const REPAID_BELOW = 1e-6;

export type Fig4Outcome = keyof Messages["figures"]["repayNoProfit"]["outcomes"];

/** Which of figure 4's four outcomes a run is: lenders repaid or not, the sponsor's AI NPV positive or not. */
export function fig4Outcome(run: { lenderLoss: number; sponsorAiNpv: number }): Fig4Outcome {
  const repaid = run.lenderLoss < REPAID_BELOW;
  if (run.sponsorAiNpv > 0) return repaid ? "repaidProfit" : "lossProfit";
  return repaid ? "repaidNoProfit" : "lossNoProfit";
}

/** Figure 4's caption for a run, with money formatted by `money` (USD bn in, page units out). */
export function fig4Caption(
  m: Messages["figures"]["repayNoProfit"],
  run: { lenderLoss: number; sponsorAiNpv: number },
  money: (usdBn: number) => string,
): string {
  return fillTemplate(m.outcomes[fig4Outcome(run)], { loss: money(run.lenderLoss), npv: money(run.sponsorAiNpv) });
}

/** Stretches of consecutive quarters with a positive amount: [first, last] index pairs. */
export function positiveRuns(values: readonly number[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  values.forEach((v, i) => {
    if (!(v > 0)) return;
    const last = runs.at(-1);
    if (last && last[1] === i - 1) last[1] = i;
    else runs.push([i, i]);
  });
  return runs;
}

/**
 * Borrowing below this share of the run's largest quarter draws as zero on figure 1's chart (under a pixel of
 * its height): quarters below it separate episodes of borrowing instead of joining them.
 */
export const BORROWING_FLOOR_SHARE = 0.01;

/** Figure 1's episodes of borrowing: runs of quarters above the floor, separated by quarters at about zero. */
export function borrowingEpisodes(values: readonly number[]): Array<[number, number]> {
  const floor = BORROWING_FLOOR_SHARE * Math.max(0, ...values);
  return positiveRuns(values.map((v) => (v > floor ? v : 0)));
}

/** Figure 1's sentence about new borrowing, from the series: its episodes (each named), one stretch, or none. */
export function fig1BorrowingSentence(
  m: Messages["figures"]["treadmill"],
  borrowing: readonly number[],
  labels: readonly string[],
  money: (usdBn: number) => string,
): string {
  const runs = borrowingEpisodes(borrowing);
  if (runs.length === 0) return m.borrowingNone;
  const maxIndex = borrowing.reduce((best, v, i) => (v > (borrowing[best] ?? -Infinity) ? i : best), 0);
  const period = ([a, b]: [number, number]) => (a === b ? (labels[a] ?? "") : fillTemplate(m.period, { from: labels[a] ?? "", to: labels[b] ?? "" }));
  const values = {
    n: runs.length,
    periods: runs.map(period).join(m.periodSeparator),
    max: money(borrowing[maxIndex] ?? 0),
    maxQuarter: labels[maxIndex] ?? "",
    from: labels[runs[0]?.[0] ?? 0] ?? "",
    to: labels[runs[0]?.[1] ?? 0] ?? "",
  };
  return fillTemplate(runs.length === 1 ? m.borrowingOnce : m.borrowingEpisodes, values);
}

/** Figure 1's sentence about the grey bands: GPUs past their economic life still on the books, or none. */
export function fig1ObsoleteSentence(
  m: Messages["figures"]["treadmill"],
  obsoleteBook: readonly number[],
  labels: readonly string[],
  lives: { economicLife: number; bookLife: number },
  money: (usdBn: number) => string,
): string {
  const maxIndex = obsoleteBook.reduce((best, v, i) => (v > (obsoleteBook[best] ?? -Infinity) ? i : best), 0);
  const max = obsoleteBook[maxIndex] ?? 0;
  if (!(max > 0)) return fillTemplate(m.obsoleteNone, lives);
  return fillTemplate(m.obsoleteSome, { ...lives, max: money(max), maxQuarter: labels[maxIndex] ?? "" });
}

/** Figure 1's note on a state off the default: where its new borrowing came from, against the default's. */
export function fig1WhySentence(
  m: Messages["figures"]["treadmill"],
  from: { bonds: number; vehicleBorrowing: number; vehicleCapex: number; costShare: number },
  to: { bonds: number; vehicleBorrowing: number; vehicleCapex: number; costShare: number },
  money: (usdBn: number) => string,
  percent: (share: number) => string,
  /** Between two sentences: "" in Japanese, " " in English. */
  gap: string,
): string {
  const split = fillTemplate(m.whyBorrowing, {
    bondsFrom: money(from.bonds),
    bondsTo: money(to.bonds),
    vehiclesFrom: money(from.vehicleBorrowing),
    vehiclesTo: money(to.vehicleBorrowing),
  });
  if (from.costShare === to.costShare) return split;
  return `${split}${gap}${fillTemplate(m.whyShare, {
    buildingsFrom: percent(1 - from.costShare),
    buildingsTo: percent(1 - to.costShare),
    capexFrom: money(from.vehicleCapex),
    capexTo: money(to.vehicleCapex),
  })}`;
}

/** A gap between book and economic value smaller than this share of the largest book value is no gap on figure 3's chart. */
export const GAP_VISIBLE_SHARE = 0.005;

export type Fig3Relation = "above" | "below" | "equal";

interface Fig3Run {
  labels: readonly string[];
  gpuBookValue: readonly number[];
  bookMinusEconomic: readonly number[];
  writeDownTotal: number;
  bookLife: number;
  economicLife: number;
  inferenceLife: number;
}

/** Whether figure 3's book value rises above the economic value anywhere, stays below it, or lies on it. */
export function fig3Relation(run: Pick<Fig3Run, "gpuBookValue" | "bookMinusEconomic">): { relation: Fig3Relation; gap: number; at: number } {
  const tolerance = GAP_VISIBLE_SHARE * Math.max(0, ...run.gpuBookValue);
  const gaps = run.bookMinusEconomic;
  const maxAt = gaps.reduce((best, v, i) => (v > (gaps[best] ?? -Infinity) ? i : best), 0);
  const minAt = gaps.reduce((best, v, i) => (v < (gaps[best] ?? Infinity) ? i : best), 0);
  const max = gaps[maxAt] ?? 0;
  const min = gaps[minAt] ?? 0;
  if (max > tolerance) return { relation: "above", gap: max, at: maxAt };
  if (min < -tolerance) return { relation: "below", gap: -min, at: minAt };
  return { relation: "equal", gap: 0, at: maxAt };
}

/** Figure 3's caption: where book value stands against economic value, why (the lives), and what was written off. */
export function fig3Caption(m: Messages["figures"]["gpuValue"], run: Fig3Run, money: (usdBn: number) => string, gap: string): string {
  const { relation, gap: size, at } = fig3Relation(run);
  const service = run.economicLife + run.inferenceLife;
  const lives = { bookLife: run.bookLife, economicLife: run.economicLife, inferenceLife: run.inferenceLife, service };
  const comparison = run.bookLife > service ? m.lifeLonger : run.bookLife < service ? m.lifeShorter : m.lifeSame;
  const sentences = [
    fillTemplate(m.relation[relation], { gap: money(size), quarter: run.labels[at] ?? "" }),
    fillTemplate(comparison, lives),
    run.writeDownTotal > 0 ? fillTemplate(m.writeDowns, { total: money(run.writeDownTotal) }) : m.noWriteDowns,
  ];
  return sentences.join(gap);
}

/** Figure 3's live sentence's ending: the gap, stated only as what the run shows. */
export function fig3Outcome(m: Messages["figures"]["gpuValue"], run: Pick<Fig3Run, "gpuBookValue" | "bookMinusEconomic">, money: (usdBn: number) => string): string {
  const { relation, gap } = fig3Relation(run);
  return fillTemplate(m.outcome[relation], { gap: money(gap) });
}

/** Figure 4's sentence on why the NPV is what it is: the best quarterly return on AI capital against the cost of capital. */
export function fig4Reason(
  m: Messages["figures"]["repayNoProfit"],
  run: { bestReturn: number; discountAnnual: number; cumulativeCapex: number },
  money: (usdBn: number) => string,
  percent: (share: number) => string,
): string {
  const values = { best: percent(run.bestReturn), coc: percent(run.discountAnnual), capex: money(run.cumulativeCapex) };
  return fillTemplate(run.bestReturn < run.discountAnnual ? m.reasonBelow : m.reasonAbove, values);
}

/** Figure 4's live sentence's template for the sign of demand growth: growing, flat or shrinking. */
export function fig4GrowthTemplate(m: Messages["figures"]["repayNoProfit"], growth: number): string {
  return growth > 0 ? m.live : growth < 0 ? m.liveShrinking : m.liveFlat;
}
