// The public API of @aidebt/model. Written by hand: every export is a decision.
export type { ParseResult, Scenario, ScenarioIssue, ScenarioIssueCode, DemandShock } from "./scenario.js";
export {
  ScenarioError,
  assertScenario,
  formatIssue,
  getPath,
  numericParameterPaths,
  parameterInfo,
  parseScenario,
  scenarioJsonSchema,
  scenarioSchema,
  setPath,
} from "./scenario.js";
export type { Unit } from "./units.js";
export { UNIT_TEXT } from "./units.js";
export type { ParameterMeta } from "./parameters.js";
export { PARAMETERS, parameterMeta } from "./parameters.js";
export type { ResultFieldMeta } from "./result-fields.js";
export { RESULT_FIELDS, resultFieldMeta } from "./result-fields.js";
export type { Frame, SummaryRaw } from "./engine/records.js";
export type { MinskyClass } from "./engine/state.js";
export { RATIO_CAP, dscr, minskyClass } from "./engine/ratios.js";
export type { Bilingual, EventKind, ShockKind, SimEvent } from "./events.js";
export { BURST_KINDS } from "./events.js";
export type { QuarterJson, ResultJson, SummaryJson } from "./result.js";
export { RESULT_SCHEMA_VERSION, resultJsonSchema, resultSchema } from "./result.js";
export { Dec, SimulationResult, ledgerEngine, simulate } from "./simulate.js";
export { simulateFast } from "./simulate-fast.js";
export type { Preset, Provenance, Source } from "./presets.js";
export { SOURCES, getPreset, presets, scenarioFromPreset } from "./presets.js";
export { SCENARIO_SCHEMA_VERSION, SCENARIO_UPGRADES } from "./schema-version.js";
export { quarterIndex, quarterLabel, quarterLabels } from "./_lib/quarter.js";
export type { FormatMoneyOptions } from "./format-money.js";
export { formatMoney } from "./format-money.js";
export type { PortfolioRiskInput, PortfolioRiskPoint, PortfolioRiskResult } from "./portfolio-risk.js";
export { portfolioRisk } from "./portfolio-risk.js";
export type { H1bFeeInput, H1bFeeResult } from "./h1b-fee.js";
export { h1bFeeImpact } from "./h1b-fee.js";
export type { AbortSignalLike, Engine, RunControl } from "./analysis/control.js";
export type { Output } from "./analysis/output.js";
export { readOutput } from "./analysis/output.js";
export type { CompareItem, CompareResult } from "./analysis/compare.js";
export { compare } from "./analysis/compare.js";
export type { SensitivityOptions, SensitivityResult, SensitivityRow } from "./analysis/sensitivity.js";
export { sensitivity } from "./analysis/sensitivity.js";
export type { Axis, SweepResult } from "./analysis/sweep.js";
export { sweep } from "./analysis/sweep.js";
export type { Bands, MonteCarloOptions, MonteCarloResult, PathBlock } from "./analysis/monte-carlo.js";
export { combinePaths, monteCarlo, simulatePaths } from "./analysis/monte-carlo.js";
