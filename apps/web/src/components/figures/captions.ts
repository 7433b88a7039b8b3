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

/** Figure 1's sentence about new borrowing, from the series: waves, one stretch, or none. */
export function fig1BorrowingSentence(
  m: Messages["figures"]["treadmill"],
  borrowing: readonly number[],
  labels: readonly string[],
  money: (usdBn: number) => string,
): string {
  const runs = positiveRuns(borrowing);
  if (runs.length === 0) return m.borrowingNone;
  const maxIndex = borrowing.reduce((best, v, i) => (v > (borrowing[best] ?? -Infinity) ? i : best), 0);
  const values = {
    n: runs.length,
    max: money(borrowing[maxIndex] ?? 0),
    maxQuarter: labels[maxIndex] ?? "",
    from: labels[runs[0]?.[0] ?? 0] ?? "",
    to: labels[runs[0]?.[1] ?? 0] ?? "",
  };
  return fillTemplate(runs.length === 1 ? m.borrowingOnce : m.borrowingEpisodes, values);
}
