/** Inputs of the two-asset (60/40) portfolio model. Returns and volatilities are annual (0.16 = 16%). */
export interface PortfolioRiskInput {
  /** Share in stocks; the rest is in bonds. Default 0.6. */
  stockWeight?: number;
  stockVol?: number;
  bondVol?: number;
  stockReturn?: number;
  bondReturn?: number;
  /** Stock-bond correlation, −1 to 1. */
  correlation: number;
}

export interface PortfolioRiskPoint {
  correlation: number;
  volatility: number;
  /** One-year loss not exceeded with 95% confidence (normal returns): −(μ − 1.645σ), as a positive share. */
  drawdown95: number;
}

export interface PortfolioRiskResult extends PortfolioRiskPoint {
  /** The mix the measures are for: stocks' share and the bonds' share (the rest). */
  stockWeight: number;
  bondWeight: number;
  expectedReturn: number;
  /** Volatility a perfectly correlated mix would have, minus the actual one: what diversification buys. */
  diversificationBenefit: number;
  /** The same measures for correlations from −1 to 1 in steps of 0.1, for a chart. */
  curve: PortfolioRiskPoint[];
}

const Z95 = 1.6448536269514722;

function point(w: number, sv: number, bv: number, mu: number, rho: number): PortfolioRiskPoint {
  const variance = w * w * sv * sv + (1 - w) * (1 - w) * bv * bv + 2 * w * (1 - w) * rho * sv * bv;
  const volatility = Math.sqrt(Math.max(0, variance));
  return { correlation: rho, volatility, drawdown95: Math.max(0, -(mu - Z95 * volatility)) };
}

/**
 * Volatility and a 95% one-year drawdown of a stock/bond portfolio against the stock-bond correlation: why a
 * positive correlation (as in 2022) takes the hedge out of 60/40.
 *
 * @param input - weights, annual vols and returns (defaults: 60/40, 16% and 7% vol, 7% and 4% return) and the correlation
 * @example
 * portfolioRisk({ correlation: -0.2 }).volatility.toFixed(4); // "0.0945"
 * portfolioRisk({ correlation: 0.65 }).volatility.toFixed(4); // "0.1162"
 */
export function portfolioRisk(input: PortfolioRiskInput): PortfolioRiskResult {
  const w = input.stockWeight ?? 0.6;
  const sv = input.stockVol ?? 0.16;
  const bv = input.bondVol ?? 0.07;
  const mu = w * (input.stockReturn ?? 0.07) + (1 - w) * (input.bondReturn ?? 0.04);
  const rho = Math.min(1, Math.max(-1, input.correlation));
  const p = point(w, sv, bv, mu, rho);
  const curve: PortfolioRiskPoint[] = [];
  for (let i = -10; i <= 10; i++) curve.push(point(w, sv, bv, mu, i / 10));
  return { ...p, stockWeight: w, bondWeight: 1 - w, expectedReturn: mu, diversificationBenefit: w * sv + (1 - w) * bv - p.volatility, curve };
}
