import * as z from "zod/mini";
import { SCENARIO_SCHEMA_VERSION, schemaVersionIssue } from "./schema-version.js";
import { QUARTER_RE, quarterIndex, quarterLabel } from "./_lib/quarter.js";
import type { LeafWording } from "./parameters.js";
import { leafWording, parameterMeta, requireParameter } from "./parameters.js";
import type { ScenarioIssue } from "./scenario-issue.js";
import { ScenarioError } from "./scenario-issue.js";
import type { LeafMeta } from "./_lib/zod-issues.js";
import { toIssues } from "./_lib/zod-issues.js";

type NumberSchema = z.ZodMiniNumber<number>;

/** Attach the leaf metadata (zod's global registry: JSON Schema and error messages read it). */
function leaf<T extends z.ZodMiniType>(schema: T, meta: LeafMeta): T {
  z.globalRegistry.add(schema, { ...meta }); // what `.register(z.globalRegistry, meta)` does
  return schema;
}

/** A numeric leaf built from its row in the parameter table (range, integer or not, unit, description). */
function param(path: string): NumberSchema {
  const p = requireParameter(path);
  const schema = p.integer ? z.int().check(z.minimum(p.min), z.maximum(p.max)) : z.number().check(z.minimum(p.min), z.maximum(p.max));
  return leaf(schema, leafWording(p));
}
const quarterLabelSchema = leaf(z.string().check(z.regex(QUARTER_RE)), {
  description: "a quarter",
  unit: "label",
  allowed: 'a quarter label such as "2027Q3"',
});

const demandShock = z.strictObject({
  quarter: quarterLabelSchema,
  growthAnnual: z.optional(param("demand.shocks[].growthAnnual")), // optional in the table too (`required: false`)
  levelChange: z.optional(param("demand.shocks[].levelChange")),
});
const coreShock = z.strictObject({ quarter: quarterLabelSchema, revenueChange: param("core.shocks[].revenueChange") });
const rateShock = z.strictObject({ quarter: quarterLabelSchema, baseAnnual: param("rates.shocks[].baseAnnual") });
const creditShock = z.strictObject({
  quarter: quarterLabelSchema,
  frozen: leaf(z.boolean(), leafWording(requireParameter("credit.shocks[].frozen"))),
});
const aiShock = z.strictObject({
  quarter: quarterLabelSchema,
  priceChange: z.optional(param("ai.shocks[].priceChange")),
  tenantPaidShare: z.optional(param("ai.shocks[].tenantPaidShare")),
});
const cadenceShock = z.strictObject({ quarter: quarterLabelSchema, economicLifeQuarters: param("gpu.shocks[].economicLifeQuarters") });

const shocks = <T extends z.ZodMiniType>(item: T) => z.array(item).check(z.maxLength(40));

const flag = (path: string) => leaf(z.boolean(), { description: requireParameter(path).help.en, unit: "flag", allowed: "true or false" });

const scenarioObject = z.strictObject({
  horizonQuarters: param("horizonQuarters"),
  startQuarter: quarterLabelSchema,
  fxJpyPerUsd: param("fxJpyPerUsd"),
  discountAnnual: param("discountAnnual"),
  sponsor: z.strictObject({
    revenueAnnual: param("sponsor.revenueAnnual"),
    cash: param("sponsor.cash"),
    otherAssets: param("sponsor.otherAssets"),
    otherLiabilities: param("sponsor.otherLiabilities"),
    bonds: param("sponsor.bonds"),
    bondCouponAnnual: param("sponsor.bondCouponAnnual"),
    bondMaturityQuarters: param("sponsor.bondMaturityQuarters"),
    newBondTermQuarters: param("sponsor.newBondTermQuarters"),
    bondSpreadAnnual: param("sponsor.bondSpreadAnnual"),
    spreadPerLeverage: param("sponsor.spreadPerLeverage"),
    leverageThreshold: param("sponsor.leverageThreshold"),
    maxLeverage: param("sponsor.maxLeverage"),
    taxRate: param("sponsor.taxRate"),
  }),
  core: z.strictObject({
    growthAnnual: param("core.growthAnnual"),
    longRunGrowthAnnual: param("core.longRunGrowthAnnual"),
    fadeQuarters: param("core.fadeQuarters"),
    aiUpliftAnnual: param("core.aiUpliftAnnual"),
    ebitdaMargin: param("core.ebitdaMargin"),
    fixedCostShare: param("core.fixedCostShare"),
    costAdjustQuarters: param("core.costAdjustQuarters"),
    nonCashShare: param("core.nonCashShare"),
    demandSensitivity: param("core.demandSensitivity"),
    shocks: shocks(coreShock),
  }),
  treasury: z.strictObject({
    liquidityQuarters: param("treasury.liquidityQuarters"),
    prefundQuarters: param("treasury.prefundQuarters"),
    minIssue: param("treasury.minIssue"),
    payoutShare: param("treasury.payoutShare"),
    otherOutflowShare: param("treasury.otherOutflowShare"),
    cashFloor: param("treasury.cashFloor"),
  }),
  ai: z.strictObject({
    revenueShare: param("ai.revenueShare"),
    priceDeclineAnnual: param("ai.priceDeclineAnnual"),
    opexAnnualPerGw: param("ai.opexAnnualPerGw"),
    priceElasticity: param("ai.priceElasticity"),
    anchorTenantShare: param("ai.anchorTenantShare"),
    openingUtilisation: param("ai.openingUtilisation"),
    shocks: shocks(aiShock),
  }),
  fleet: z.strictObject({
    serversGross: param("fleet.serversGross"),
    serversDepreciation: param("fleet.serversDepreciation"),
    priorServerLifeQuarters: param("fleet.priorServerLifeQuarters"),
    netPpe: param("fleet.netPpe"),
    land: param("fleet.land"),
    otherDepreciation: param("fleet.otherDepreciation"),
    lastYearCapex: param("fleet.lastYearCapex"),
  }),
  demand: z.strictObject({
    aiGrowthAnnual: param("demand.aiGrowthAnnual"),
    longRunGrowthAnnual: param("demand.longRunGrowthAnnual"),
    fadeQuarters: param("demand.fadeQuarters"),
    expectationSpeed: param("demand.expectationSpeed"),
    shocks: shocks(demandShock),
  }),
  investment: z.strictObject({
    leadQuarters: param("investment.leadQuarters"),
    headroom: param("investment.headroom"),
    adjustmentSpeed: param("investment.adjustmentSpeed"),
    hurdleSpread: param("investment.hurdleSpread"),
    guidanceAnnual: param("investment.guidanceAnnual"),
  }),
  gpu: z.strictObject({
    costShare: param("gpu.costShare"),
    costPerGw: param("gpu.costPerGw"),
    economicLifeQuarters: param("gpu.economicLifeQuarters"),
    inferenceLifeQuarters: param("gpu.inferenceLifeQuarters"),
    inferencePriceShare: param("gpu.inferencePriceShare"),
    bookLifeQuarters: param("gpu.bookLifeQuarters"),
    shellLifeQuarters: param("gpu.shellLifeQuarters"),
    shellBuildQuarters: param("gpu.shellBuildQuarters"),
    perfGainAnnual: param("gpu.perfGainAnnual"),
    impairmentUtilisation: param("gpu.impairmentUtilisation"),
    shocks: shocks(cadenceShock),
  }),
  leases: z.strictObject({
    operatingLiability: param("leases.operatingLiability"),
    financeLiability: param("leases.financeLiability"),
    remainingTermQuarters: param("leases.remainingTermQuarters"),
    discountAnnual: param("leases.discountAnnual"),
    commitments: param("leases.commitments"),
    commencementQuarters: param("leases.commencementQuarters"),
    termQuarters: param("leases.termQuarters"),
    shellShare: param("leases.shellShare"),
    rentYieldAnnual: param("leases.rentYieldAnnual"),
  }),
  financing: z.strictObject({ campusShare: param("financing.campusShare"), gpuShare: param("financing.gpuShare") }),
  rates: z.strictObject({ baseAnnual: param("rates.baseAnnual"), shocks: shocks(rateShock) }),
  credit: z.strictObject({
    freezePremiumAnnual: param("credit.freezePremiumAnnual"),
    shocks: shocks(creditShock),
  }),
  spv: z.strictObject({
    dscrCovenant: param("spv.dscrCovenant"),
    sizingDscr: param("spv.sizingDscr"),
    spreadAnnual: param("spv.spreadAnnual"),
    debtTermQuarters: param("spv.debtTermQuarters"),
    equityShare: param("spv.equityShare"),
    programQuarters: param("spv.programQuarters"),
    buildQuarters: param("spv.buildQuarters"),
    leaseTermQuarters: param("spv.leaseTermQuarters"),
    renewalTermQuarters: param("spv.renewalTermQuarters"),
    renewalUtilisation: param("spv.renewalUtilisation"),
    leaseVariableShare: param("spv.leaseVariableShare"),
    rvgCapShare: param("spv.rvgCapShare"),
    vacantValueShare: param("spv.vacantValueShare"),
    curePeriodQuarters: param("spv.curePeriodQuarters"),
    floatingShare: param("spv.floatingShare"),
    hedgedShare: param("spv.hedgedShare"),
    bulletShare: param("spv.bulletShare"),
    maturityQuarters: param("spv.maturityQuarters"),
    extensions: param("spv.extensions"),
    extensionQuarters: param("spv.extensionQuarters"),
    cooldownQuarters: param("spv.cooldownQuarters"),
    stepIn: flag("spv.stepIn"),
    opening: z.strictObject({
      debt: param("spv.opening.debt"),
      equity: param("spv.opening.equity"),
      couponAnnual: param("spv.opening.couponAnnual"),
      completionQuarter: quarterLabelSchema,
    }),
  }),
  gpuSpv: z.strictObject({
    spreadAnnual: param("gpuSpv.spreadAnnual"),
    equityShare: param("gpuSpv.equityShare"),
    leaseTermQuarters: param("gpuSpv.leaseTermQuarters"),
    floatingShare: param("gpuSpv.floatingShare"),
    hedgedShare: param("gpuSpv.hedgedShare"),
    maxLtv: param("gpuSpv.maxLtv"),
    vendorShare: param("gpuSpv.vendorShare"),
    passThroughShare: param("gpuSpv.passThroughShare"),
  }),
  // Checked before zod by schemaVersionIssue, which explains how to upgrade an older scenario.
  schemaVersion: z.optional(z.string()),
});

type ScenarioShape = z.output<typeof scenarioObject>;

/** Cross-field rules: shocks inside the horizon, the cash floor under the opening cash. */
function crossFieldChecks(s: ScenarioShape, ctx: z.core.$RefinementCtx<ScenarioShape>): void {
  const start = s.startQuarter;
  const last = quarterLabel(start, s.horizonQuarters - 1);
  const lists: Array<[string, Array<{ quarter: string }>]> = [
    ["core.shocks", s.core.shocks],
    ["demand.shocks", s.demand.shocks],
    ["gpu.shocks", s.gpu.shocks],
    ["ai.shocks", s.ai.shocks],
    ["rates.shocks", s.rates.shocks],
    ["credit.shocks", s.credit.shocks],
  ];
  for (const [path, list] of lists) {
    list.forEach((shock, i) => {
      const idx = quarterIndex(start, shock.quarter);
      if (idx < 0 || idx >= s.horizonQuarters) {
        ctx.addIssue({
          code: "custom",
          path: [...path.split("."), i, "quarter"],
          message: `quarter ${shock.quarter} is outside the horizon`,
          params: { allowed: `a quarter from ${start} to ${last}`, code: "outside-horizon" },
        });
      }
    });
  }
  if (s.treasury.cashFloor > s.sponsor.cash) {
    ctx.addIssue({
      code: "custom",
      path: ["treasury", "cashFloor"],
      message: "the cash floor is above the opening cash",
      params: { allowed: `number from 0 to ${s.sponsor.cash} (sponsor.cash)`, code: "cash-floor-above-cash" },
    });
  }
  if (s.financing.campusShare + s.leases.shellShare > 1 + 1e-12) {
    ctx.addIssue({
      code: "custom",
      path: ["financing", "campusShare"],
      message: "campus vehicles and leased shells together build more than all new shell capacity",
      params: { allowed: `number from 0 to ${Number((1 - s.leases.shellShare).toPrecision(12))} (1 − leases.shellShare)`, code: "invalid" },
    });
  }
  if (s.gpuSpv.equityShare + s.gpuSpv.vendorShare > 1 + 1e-12) {
    ctx.addIssue({
      code: "custom",
      path: ["gpuSpv", "vendorShare"],
      message: "outside and vendor equity together fund more than a GPU vehicle's purchases",
      params: { allowed: `number from 0 to ${Number((1 - s.gpuSpv.equityShare).toPrecision(12))} (1 − gpuSpv.equityShare)`, code: "invalid" },
    });
  }
  if (s.fleet.land > s.fleet.netPpe) {
    ctx.addIssue({
      code: "custom",
      path: ["fleet", "land"],
      message: "land is more than property and equipment, net",
      params: { allowed: `number from 0 to ${s.fleet.netPpe} (fleet.netPpe)`, code: "invalid" },
    });
  }
}

/**
 * The zod schema of a scenario. Every object is strict: unknown keys are errors.
 *
 * @example
 * scenarioSchema.safeParse(getPreset("base")!.scenario).success; // true
 */
export const scenarioSchema = scenarioObject.check(z.superRefine(crossFieldChecks));

/** A validated scenario. Money in USD bn, periods in quarters, rates annual (0.05 = 5%). */
export type Scenario = z.infer<typeof scenarioSchema>;
export type DemandShock = z.infer<typeof demandShock>;

/** The result of {@link parseScenario}. */
export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; issues: ScenarioIssue[] };

/**
 * Validate an unknown value as a complete scenario.
 *
 * @param input - parsed JSON/YAML or any value
 * @returns `{ ok: true, scenario }` or `{ ok: false, issues }`, each issue naming the dotted path, the value
 *   received and what is allowed
 * @example
 * parseScenario({ ...getPreset("base")!.scenario, horizonQuarters: 2 });
 * // { ok: false, issues: [{ path: "horizonQuarters", message: "2 is too small", received: 2,
 * //   allowed: "integer from 4 to 120" }] }
 */
export function parseScenario(input: unknown): ParseResult {
  const versionIssue = schemaVersionIssue(input);
  if (versionIssue) return { ok: false, issues: [versionIssue] };
  const parsed = scenarioSchema.safeParse(input);
  if (parsed.success) return { ok: true, scenario: parsed.data };
  return { ok: false, issues: toIssues(scenarioSchema, parsed.error, input) };
}

/**
 * Validate or throw a {@link ScenarioError}.
 *
 * @example
 * assertScenario(getPreset("base")!.scenario).horizonQuarters; // 40
 */
export function assertScenario(input: unknown): Scenario {
  const r = parseScenario(input);
  if (!r.ok) throw new ScenarioError(r.issues);
  return r.scenario;
}

/**
 * JSON Schema (draft 2020-12) of a scenario, from zod 4's own conversion.
 *
 * @example
 * scenarioJsonSchema().type; // "object"
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(scenarioSchema, { unrepresentable: "any" }) as Record<string, unknown>;
  const properties = schema.properties as Record<string, Record<string, unknown>>;
  // The version a document may carry; a plain string without a pattern, so form builders skip it.
  properties.schemaVersion = {
    type: "string",
    description: `version of the scenario contract; ${SCENARIO_SCHEMA_VERSION} when present`,
    const: SCENARIO_SCHEMA_VERSION,
  };
  return { $id: `https://aidebt.invalid/schemas/scenario/${SCENARIO_SCHEMA_VERSION}.json`, title: "AI debt-cycle scenario", version: SCENARIO_SCHEMA_VERSION, ...schema };
}

/**
 * Metadata (description, unit, allowed) of a scenario path, if it names a leaf; the wording of the JSON Schema.
 * The typed table behind it is {@link PARAMETERS}.
 *
 * @example
 * parameterInfo("gpu.bookLifeQuarters");
 * // { description: "accounting depreciation life of servers", unit: "quarters", allowed: "integer from 4 to 40" }
 */
export function parameterInfo(path: string): LeafWording | undefined {
  const meta = parameterMeta(path);
  return meta ? leafWording(meta) : undefined;
}
