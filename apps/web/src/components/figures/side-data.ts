// Figures 7 and 8 run the model's side models (portfolioRisk, h1bFeeImpact). Their code travels with the figures'
// model code (./data), not with the page: at the default state the server's result is drawn.
import { h1bFeeImpact, portfolioRisk, type H1bFeeResult, type PortfolioRiskResult } from "@aidebt/model";
import { defaultsOf, type StateOf } from "@/lib/url-state";
import { fig7Spec, fig8Spec } from "./specs";

export interface Fig7Data {
  risk: PortfolioRiskResult;
  /** The default mix's volatility, for a "try this" sentence. */
  defaultVolatility: number;
}

export interface Fig8Data {
  impact: H1bFeeResult;
  /** Hires with the fee at the default state, for a "try this" sentence. */
  defaultHiresWithFee: number;
}

const feeImpact = (s: StateOf<typeof fig8Spec>) => h1bFeeImpact({ feeUsd: s.fee, hiringBudgetUsd: s.budget, salaryUsd: s.salary });

/** Figure 7's data: the 60/40 portfolio's risk at the state's correlation and mix. */
export function fig7Data(state: StateOf<typeof fig7Spec>): { ok: true; data: Fig7Data } {
  return { ok: true, data: { risk: portfolioRisk(state), defaultVolatility: portfolioRisk(defaultsOf(fig7Spec)).volatility } };
}

/** Figure 8's data: the H-1B fee against the state's hiring budget and salary. */
export function fig8Data(state: StateOf<typeof fig8Spec>): { ok: true; data: Fig8Data } {
  return { ok: true, data: { impact: feeImpact(state), defaultHiresWithFee: feeImpact(defaultsOf(fig8Spec)).hiresWithFee } };
}
