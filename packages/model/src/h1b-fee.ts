/** Inputs of the H-1B fee model. Money in US dollars (not billions). */
export interface H1bFeeInput {
  /** One-time fee per new petition (default $100,000, proclamation of 19 Sep 2025). */
  feeUsd?: number;
  /** Annual salary of the hire (default $150,000). */
  salaryUsd?: number;
  /** Benefits, payroll tax and recruiting as a share of salary (default 0.3). */
  overheadShare?: number;
  /** The startup's budget for new hires' first-year cost. */
  hiringBudgetUsd: number;
  /** Share of the planned hires who need a new H-1B petition from abroad (default 1). */
  visaShare?: number;
}

export interface H1bFeeResult {
  /** The overhead share used (the input's, or the default): benefits, payroll tax and recruiting over salary. */
  overheadShare: number;
  /** The share of hires who pay the fee used (the input's clamped to [0, 1], or the default). */
  visaShare: number;
  /** First-year cost of one hire without the fee. */
  costPerHireUsd: number;
  /** Average first-year cost of one hire with the fee (weighted by visaShare). */
  costPerHireWithFeeUsd: number;
  /** Fee as a share of a visa hire's first-year cost. */
  feeShareOfCost: number;
  hiresWithoutFee: number;
  hiresWithFee: number;
  hiresLost: number;
  /** Fees paid on the affordable hires. */
  feesPaidUsd: number;
}

/** The defaults of {@link h1bFeeImpact}'s optional inputs. */
export const H1B_FEE_DEFAULTS = { feeUsd: 100_000, salaryUsd: 150_000, overheadShare: 0.3, visaShare: 1 } as const;

/**
 * How many hires a startup's budget buys with and without the $100,000 H-1B fee.
 *
 * @example
 * h1bFeeImpact({ hiringBudgetUsd: 2_000_000 });
 * // { overheadShare: 0.3, visaShare: 1, costPerHireUsd: 195000, costPerHireWithFeeUsd: 295000, feeShareOfCost: 0.3389…, hiresWithoutFee: 10,
 * //   hiresWithFee: 6, hiresLost: 4, feesPaidUsd: 600000 }
 */
export function h1bFeeImpact(input: H1bFeeInput): H1bFeeResult {
  const fee = input.feeUsd ?? H1B_FEE_DEFAULTS.feeUsd;
  const salary = input.salaryUsd ?? H1B_FEE_DEFAULTS.salaryUsd;
  const overhead = input.overheadShare ?? H1B_FEE_DEFAULTS.overheadShare;
  const visa = Math.min(1, Math.max(0, input.visaShare ?? H1B_FEE_DEFAULTS.visaShare));
  const budget = Math.max(0, input.hiringBudgetUsd);
  const cost = salary * (1 + overhead);
  const withFee = cost + visa * fee;
  const hiresWithoutFee = cost > 0 ? Math.floor(budget / cost + 1e-9) : 0;
  const hiresWithFee = withFee > 0 ? Math.floor(budget / withFee + 1e-9) : 0;
  return {
    overheadShare: overhead,
    visaShare: visa,
    costPerHireUsd: cost,
    costPerHireWithFeeUsd: withFee,
    feeShareOfCost: cost + fee > 0 ? fee / (cost + fee) : 0,
    hiresWithoutFee,
    hiresWithFee,
    hiresLost: hiresWithoutFee - hiresWithFee,
    feesPaidUsd: Math.round(hiresWithFee * visa) * fee,
  };
}
