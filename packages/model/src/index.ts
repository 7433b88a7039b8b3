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
export { Dec, SimulationResult, simulate } from "./simulate.js";
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
export type {
  AbortSignalLike,
  Axis,
  Bands,
  CompareResult,
  EngineChoice,
  MonteCarloOptions,
  MonteCarloResult,
  Output,
  RunControl,
  SensitivityOptions,
  SensitivityResult,
  SensitivityRow,
  SweepResult,
} from "./analysis.js";
export { compare, monteCarlo, readOutput, sensitivity, sweep } from "./analysis.js";
