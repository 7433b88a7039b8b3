/**
 * The version of the scenario JSON contract. A scenario may carry it as `schemaVersion`; the major part
 * changes when a field is renamed or removed, the minor part when one is added.
 *
 * @example
 * SCENARIO_SCHEMA_VERSION; // "2.0.0"
 */
export const SCENARIO_SCHEMA_VERSION = "2.0.0";

/**
 * What changed between schema majors, and what a user must do to a scenario written for the older one.
 * Version 0 was the pre-release draft of the contract (docs/CONTRACTS.md): it had no SPV opening stock and
 * named the covenant `spv.covenant`.
 */
export const SCENARIO_UPGRADES: Readonly<Record<string, string>> = {
  "1": "2.0.0 reads the sponsor from its filings: core.revenueAnnual and ai.revenueAnnual become sponsor.revenueAnnual (the company's total) and ai.revenueShare; core.cashMargin becomes core.ebitdaMargin; sponsor.minCash and sponsor.payoutRatio move to treasury (cashFloor, payoutShare); ai.openingGpuGw gives way to fleet (the property and equipment note); financing.offBalanceShare splits into financing.campusShare and financing.gpuShare; spv.opening.firstRenewalQuarter becomes spv.opening.completionQuarter; leases, treasury and gpuSpv are new. Start from a current preset (`aidebt presets show meta --format json`) and copy your values",
  "0": 'rename spv.covenant to spv.dscrCovenant, add spv.opening (debt, equity, couponAnnual, firstRenewalQuarter), then set schemaVersion to "1.0.0"; `aidebt presets show base --format json` prints a complete 1.0.0 scenario to start from',
};

/** The issue for a scenario whose `schemaVersion` this model cannot read, or undefined when it can. */
export function schemaVersionIssue(
  input: unknown,
): { path: string; code: "schema-version"; message: string; received: unknown; allowed: string } | undefined {
  if (input === null || typeof input !== "object" || !("schemaVersion" in input)) return undefined;
  const given = (input).schemaVersion;
  if (given === SCENARIO_SCHEMA_VERSION) return undefined;
  const currentMajor = SCENARIO_SCHEMA_VERSION.split(".")[0] ?? "";
  const allowed = `"${SCENARIO_SCHEMA_VERSION}", or no schemaVersion at all`;
  if (typeof given !== "string" || !/^\d+\.\d+\.\d+$/.test(given)) {
    return { path: "schemaVersion", code: "schema-version", message: `${JSON.stringify(given)} is not a version like "1.0.0"`, received: given, allowed };
  }
  const major = given.split(".")[0] ?? "";
  if (major === currentMajor) return undefined;
  const upgrade = SCENARIO_UPGRADES[major];
  const message =
    Number(major) > Number(currentMajor)
      ? `written for scenario schema ${given}, newer than this model's ${SCENARIO_SCHEMA_VERSION}: upgrade @aidebt/model`
      : `written for scenario schema ${given}; this model reads ${SCENARIO_SCHEMA_VERSION}. To upgrade: ${upgrade ?? "start from a current preset (`aidebt presets show base --format json`) and copy your values"}`;
  return { path: "schemaVersion", code: "schema-version", message, received: given, allowed };
}
