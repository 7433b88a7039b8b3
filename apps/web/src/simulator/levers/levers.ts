/**
 * The simulator's key levers: the parameters shown before "all parameters". Chosen with the model's own
 * one-at-a-time sensitivity (the tornado of the analysis section, ±20%) over the presets, keeping the
 * assumptions a reader argues about and leaving out the opening balance sheet, which the filings fix
 * (fleet.serversGross and the like rank high, but they are facts, not views). The vehicles' floating and
 * hedged shares are not here: their swing is nil in every preset, so they would promise a lever that does
 * not move the results. levers.test.ts checks that each one still ranks among the model's largest swings for
 * some preset and output.
 *
 * Why each (rank of its swing in the base preset unless said otherwise; peak total debt, peak hidden debt,
 * the sponsor's AI NPV):
 */
export const KEY_LEVERS: readonly string[] = [
  // The article's trigger: top five on all three outputs.
  "demand.aiGrowthAnnual",
  // How fast a GPU loses value to the next generation: first or second on all three.
  "gpu.perfGainAnnual",
  // The treadmill the article describes: how long a GPU earns before it is replaced (14th on the NPV).
  "gpu.economicLifeQuarters",
  // How much of a build is chips that age fast: first on hidden debt, sixth on total debt.
  "gpu.costShare",
  // The price of compute: fifth on the NPV; first on the NPV for Amazon, sixth on total debt for the neocloud.
  "ai.priceDeclineAnnual",
  // How much of revenue is AI: fifth on the NPV and seventh on total debt for Amazon.
  "ai.revenueShare",
  // The capex plan: first on total debt in the demand slowdown and for Amazon.
  "investment.guidanceAnnual",
  // The share built off the balance sheet (the SPVs): first on hidden debt for Amazon, 13th in the base.
  "financing.campusShare",
  // Payouts compete with capex for cash: 13th on total debt.
  "treasury.payoutShare",
  // The rate every loan is priced on: 18th on total debt for the neocloud, the lever of the rate-shock story.
  "rates.baseAnnual",
];

const levers = new Set(KEY_LEVERS);

/** Whether a parameter path is one of the key levers. */
export function isLever(path: string): boolean {
  return levers.has(path);
}
