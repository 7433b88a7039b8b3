import type { MeasureKey } from "@/lib/measure-labels";

/**
 * The debt measures the simulator shows, labelled on the server from the model's RESULT_FIELDS (see
 * lib/measure-labels.ts). Total debt is reported debt + lease liabilities (= adjusted debt) + hidden debt;
 * vehicle (SPV) debt and the sponsor's guarantees sit beside it, and leases signed but not yet commenced
 * are not debt yet.
 */
export const SIM_DEBT_MEASURES = [
  "reportedDebt",
  "leaseLiabilities",
  "adjustedDebt",
  "spvDebt",
  "hiddenDebt",
  "guarantees",
  "totalDebt",
  "commitmentsNotCommenced",
] as const satisfies readonly MeasureKey[];

export type SimDebtMeasure = (typeof SIM_DEBT_MEASURES)[number];
export type DebtLabels = Record<SimDebtMeasure, string>;
