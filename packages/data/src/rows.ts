// The rows of the five tables. The JSON files are written by scripts/import-research.ts from the
// sources/ JSON Lines files and validated here once, on first use (nothing runs at import).
import { z } from "zod";
import aggregatesJson from "./rows/aggregates.json" with { type: "json" };
import companiesJson from "./rows/companies.json" with { type: "json" };
import dealsJson from "./rows/deals.json" with { type: "json" };
import guidanceJson from "./rows/guidance.json" with { type: "json" };
import seriesJson from "./rows/series.json" with { type: "json" };
import type { AggregateRow, CompanyRow, DealRow, GuidanceRow, SeriesRow } from "./schema.js";
import { aggregateRowSchema, companyRowSchema, dealRowSchema, guidanceRowSchema, seriesRowSchema } from "./schema.js";

/** Every table's rows, validated. */
export interface Tables {
  readonly companies: readonly CompanyRow[];
  readonly guidance: readonly GuidanceRow[];
  readonly deals: readonly DealRow[];
  readonly series: readonly SeriesRow[];
  readonly aggregates: readonly AggregateRow[];
}

/** The names of the tables, in the order the exports and the summary list them. */
export const TABLES = ["companies", "guidance", "deals", "series", "aggregates"] as const;
/** A table name. */
export type TableName = (typeof TABLES)[number];

let cache: Tables | undefined;

/** The validated rows of every table (parsed once, then shared; the arrays are frozen). */
export function tables(): Tables {
  cache ??= {
    companies: Object.freeze(z.array(companyRowSchema).parse(companiesJson)),
    guidance: Object.freeze(z.array(guidanceRowSchema).parse(guidanceJson)),
    deals: Object.freeze(z.array(dealRowSchema).parse(dealsJson)),
    series: Object.freeze(z.array(seriesRowSchema).parse(seriesJson)),
    aggregates: Object.freeze(z.array(aggregateRowSchema).parse(aggregatesJson)),
  };
  return cache;
}
