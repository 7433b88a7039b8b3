// The public API of @aidebt/data. Written by hand: every export is a decision.
export type {
  AggregateRow,
  CompanyId,
  CompanyItem,
  CompanyRow,
  Confidence,
  DealRow,
  GuidanceRow,
  JaLabels,
  Row,
  SeriesId,
  SeriesRow,
  Source,
} from "./schema.js";
export {
  COMPANIES,
  COMPANY_ITEMS,
  CONFIDENCE_LEVELS,
  FLOW_ITEMS,
  ITEM_UNITS,
  SERIES_IDS,
  aggregateRowSchema,
  companyRowSchema,
  dealRowSchema,
  guidanceRowSchema,
  jaLabelsSchema,
  rowSchema,
  seriesRowSchema,
  sourceSchema,
} from "./schema.js";
export type { TableName, Tables } from "./rows.js";
export { TABLES, tables } from "./rows.js";
export type {
  AsOfOption,
  CompanyRowsQuery,
  CompanyValueOptions,
  DealsQuery,
  GuidanceQuery,
  OutstandingNote,
  SeriesQuery,
} from "./query.js";
export { aggregates, capexGuidance, companyRow, companyRows, companyValue, deals, guidance, notesLadder, series } from "./query.js";
export type { CalibrationData } from "./known-on.js";
export { calibrationData, knownOn } from "./known-on.js";
export type { CheckIssue, CheckReport, TableSummary } from "./check.js";
export { BANNED_HOSTS, checkData, formatCheckReport, parseRow, urlProblem } from "./check.js";
export { CSV_COLUMNS, toCsv, toJson } from "./export.js";
export { issuerJa, jaLabelProblems, sourceTitleJa } from "./labels.js";
