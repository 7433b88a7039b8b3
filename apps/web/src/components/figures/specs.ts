// State specs and constants that the client figures need without the model (the model-derived specs are
// computed on the server in ./data and passed as props).

export const fig7Spec = {
  correlation: { kind: "number", default: -0.2, min: -1, max: 1, step: 0.05 },
  stockWeight: { kind: "number", default: 0.6, min: 0, max: 1, step: 0.05 },
} as const;

export const fig8Spec = {
  fee: { kind: "number", default: 100_000, min: 0, max: 250_000, step: 5_000 },
  budget: { kind: "number", default: 2_000_000, min: 200_000, max: 10_000_000, step: 100_000 },
  salary: { kind: "number", default: 150_000, min: 60_000, max: 300_000, step: 5_000 },
} as const;

/** The rate rise figure 5 compares with: three percentage points, a large shock by historical standards. */
export const RATE_RISE = 0.03;
