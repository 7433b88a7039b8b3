import { z } from "zod";
import { QUARTER_RE, quarterIndex, quarterLabel } from "./_lib/quarter.js";

/** Metadata every leaf carries: unit and the human-readable allowed range used in error messages. */
interface LeafMeta {
  description: string;
  unit: string;
  allowed: string;
}

function share(description: string, max = 1): z.ZodNumber {
  const allowed = `number from 0 to ${max}`;
  return z.number().min(0).max(max).meta({ description, unit: "share", allowed } satisfies LeafMeta);
}
function rate(description: string, min: number, max: number): z.ZodNumber {
  return z
    .number()
    .min(min)
    .max(max)
    .meta({ description, unit: "annual rate (0.05 = 5%)", allowed: `number from ${min} to ${max}` } satisfies LeafMeta);
}
function money(description: string, max = 1_000_000, min = 0): z.ZodNumber {
  return z
    .number()
    .min(min)
    .max(max)
    .meta({ description, unit: "USD bn", allowed: `number from ${min} to ${max}` } satisfies LeafMeta);
}
function quarters(description: string, min: number, max: number): z.ZodNumber {
  return z
    .number()
    .int()
    .min(min)
    .max(max)
    .meta({ description, unit: "quarters", allowed: `integer from ${min} to ${max}` } satisfies LeafMeta);
}
function positive(description: string, unit: string, min: number, max: number): z.ZodNumber {
  return z.number().min(min).max(max).meta({ description, unit, allowed: `number from ${min} to ${max}` } satisfies LeafMeta);
}
const quarterLabelSchema = z
  .string()
  .regex(QUARTER_RE)
  .meta({ description: "a quarter", unit: "label", allowed: 'a quarter label such as "2027Q3"' } satisfies LeafMeta);

const demandShock = z
  .object({
    quarter: quarterLabelSchema,
    growthAnnual: rate("new trend growth of AI demand from this quarter", -0.5, 3).optional(),
    levelChange: rate("one-off change of the AI demand level (−0.1 = −10%)", -0.9, 2).optional(),
  })
  .strict();
const coreShock = z
  .object({
    quarter: quarterLabelSchema,
    revenueChange: rate("lasting change of the core revenue level (−0.1 = −10%)", -0.9, 2),
  })
  .strict();
const rateShock = z
  .object({ quarter: quarterLabelSchema, baseAnnual: rate("new base (Treasury) rate from this quarter", -0.01, 0.25) })
  .strict();
const creditShock = z
  .object({
    quarter: quarterLabelSchema,
    frozen: z.boolean().meta({ description: "credit markets closed from this quarter", unit: "flag", allowed: "true or false" }),
  })
  .strict();
const cadenceShock = z
  .object({ quarter: quarterLabelSchema, economicLifeQuarters: quarters("new GPU economic life", 2, 40) })
  .strict();

const shocks = <T extends z.ZodType>(item: T) => z.array(item).max(40);

/**
 * The zod schema of a scenario. Every object is strict: unknown keys are errors.
 *
 * @example
 * scenarioSchema.safeParse(getPreset("base")!.scenario).success; // true
 */
export const scenarioSchema = z
  .object({
    horizonQuarters: quarters("simulated quarters", 4, 120),
    startQuarter: quarterLabelSchema,
    fxJpyPerUsd: positive("exchange rate for yen display", "JPY per USD", 50, 400),
    discountAnnual: rate("discount rate for the sponsor's AI NPV", 0, 0.3),
    core: z
      .object({
        revenueAnnual: money("core (ads, cloud) revenue run-rate at the start", 10_000, 1),
        growthAnnual: rate("trend growth of core revenue", -0.5, 1),
        cashMargin: share("core cash operating margin (after its own maintenance spending)", 0.95),
        demandSensitivity: share("share of an AI-demand level shock that also hits core revenue", 2),
        shocks: shocks(coreShock),
      })
      .strict(),
    sponsor: z
      .object({
        cash: money("opening cash and marketable securities"),
        minCash: money("cash floor kept before borrowing"),
        otherAssets: money("non-AI operating assets, held constant"),
        otherLiabilities: money("non-debt liabilities, held constant"),
        bonds: money("opening bonds outstanding"),
        bondCouponAnnual: rate("average coupon of the opening bonds", 0, 0.25),
        bondMaturityQuarters: quarters("opening bonds mature evenly over this many quarters", 1, 160),
        newBondTermQuarters: quarters("maturity of newly issued bonds", 4, 160),
        bondSpreadAnnual: rate("credit spread over the base rate at low leverage", 0, 0.2),
        spreadPerLeverage: rate("extra spread per turn of debt/EBITDA above the threshold", 0, 0.2),
        leverageThreshold: positive("debt/EBITDA above which spreads widen", "turns", 0, 20),
        maxLeverage: positive("debt/EBITDA above which lenders stop new lending to the sponsor", "turns", 0.5, 50),
        payoutRatio: share("share of positive net income paid out (dividends, buybacks)"),
        taxRate: share("tax rate on positive pre-tax profit", 0.6),
      })
      .strict(),
    ai: z
      .object({
        revenueAnnual: money("AI revenue run-rate at the start", 10_000, 0.01),
        priceDeclineAnnual: rate("yearly fall in the price of a unit of compute", 0, 0.9),
        opexAnnualPerGw: money("power and operations per GW of installed GPUs per year", 100),
        openingGpuGw: positive("installed GPU capacity at the start", "GW", 0.01, 1000),
        openingUtilisation: share("share of opening capacity in use"),
      })
      .strict(),
    demand: z
      .object({
        aiGrowthAnnual: rate("trend growth of AI compute demand", -0.5, 3),
        expectationSpeed: share("speed at which expected growth adapts to observed growth (per quarter)"),
        shocks: shocks(demandShock),
      })
      .strict(),
    investment: z
      .object({
        leadQuarters: quarters("how far ahead capacity is planned", 0, 16),
        headroom: share("spare capacity planned above expected demand"),
        adjustmentSpeed: share("share of the capacity gap closed per quarter (partial adjustment)"),
      })
      .strict(),
    gpu: z
      .object({
        costShare: share("GPU/IT share of the cost of a new build"),
        costPerGw: money("all-in cost of one GW of AI data centre", 500, 1),
        economicLifeQuarters: quarters("quarters a GPU generation stays competitive", 2, 40),
        bookLifeQuarters: quarters("accounting depreciation life of servers", 4, 40),
        shellLifeQuarters: quarters("depreciation life of buildings and power", 20, 160),
        perfGainAnnual: rate("yearly gain in compute per GW of new GPUs", 0, 3),
        impairmentUtilisation: share("utilisation below which obsolete GPUs are impaired"),
        shocks: shocks(cadenceShock),
      })
      .strict(),
    financing: z.object({ offBalanceShare: share("share of new data-centre shells built through SPVs") }).strict(),
    rates: z.object({ baseAnnual: rate("base (Treasury) rate", -0.01, 0.25), shocks: shocks(rateShock) }).strict(),
    credit: z
      .object({
        freezePremiumAnnual: rate("penalty spread on emergency borrowing while markets are closed", 0, 0.3),
        shocks: shocks(creditShock),
      })
      .strict(),
    spv: z
      .object({
        dscrCovenant: positive("minimum SPV DSCR before a covenant breach", "×", 0.5, 5),
        sizingDscr: positive("DSCR the lease is sized to at full utilisation", "×", 0.5, 5),
        spreadAnnual: rate("SPV debt spread over the base rate", 0, 0.3),
        debtTermQuarters: quarters("SPV debt amortisation term", 4, 160),
        equityShare: share("equity share of the SPV's funding"),
        programQuarters: quarters("new SPV draws within this many quarters go to one vehicle", 1, 40),
        leaseTermQuarters: quarters("initial lease term", 4, 120),
        renewalTermQuarters: quarters("length of each lease extension", 1, 40),
        renewalUtilisation: share("shell occupancy (GPU GW in service ÷ shell GW) the sponsor needs to renew a lease"),
        leaseVariableShare: share("share of rent that scales with the occupancy of the sponsor's data centres"),
        rvgCapShare: share("residual value guarantee cap as a share of the SPV's original debt"),
        vacantValueShare: share("resale value of a vacated campus as a share of its book value"),
        curePeriodQuarters: quarters("consecutive breach quarters before lenders call the sponsor", 1, 12),
        opening: z
          .object({
            debt: money("debt of the SPV in place at the start"),
            equity: money("equity of the SPV in place at the start"),
            couponAnnual: rate("fixed coupon of the opening SPV debt", 0, 0.3),
            firstRenewalQuarter: quarterLabelSchema,
          })
          .strict(),
      })
      .strict(),
  })
  .strict()
  .superRefine((s, ctx) => {
    const start = s.startQuarter;
    const last = quarterLabel(start, s.horizonQuarters - 1);
    const lists: Array<[string, Array<{ quarter: string }>]> = [
      ["core.shocks", s.core.shocks],
      ["demand.shocks", s.demand.shocks],
      ["gpu.shocks", s.gpu.shocks],
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
            params: { allowed: `a quarter from ${start} to ${last}` },
          });
        }
      });
    }
    if (s.sponsor.minCash > s.sponsor.cash) {
      ctx.addIssue({
        code: "custom",
        path: ["sponsor", "minCash"],
        message: "the cash floor is above the opening cash",
        params: { allowed: `number from 0 to ${s.sponsor.cash} (sponsor.cash)` },
      });
    }
  });

/** A validated scenario. Money in USD bn, periods in quarters, rates annual (0.05 = 5%). */
export type Scenario = z.infer<typeof scenarioSchema>;
export type DemandShock = z.infer<typeof demandShock>;

/** One problem with a scenario: the dotted path, what is wrong, the value received and what is allowed. */
export interface ScenarioIssue {
  path: string;
  message: string;
  received?: unknown;
  allowed?: string;
}

/** The result of {@link parseScenario}. */
export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; issues: ScenarioIssue[] };

/** Thrown by {@link assertScenario}; carries every issue. */
export class ScenarioError extends Error {
  readonly issues: ScenarioIssue[];
  constructor(issues: ScenarioIssue[]) {
    super(`Invalid scenario:\n${issues.map(formatIssue).join("\n")}`);
    this.name = "ScenarioError";
    this.issues = issues;
  }
}

/**
 * "path: message (allowed: …)", the one-line form the CLI prints.
 *
 * @example
 * formatIssue({ path: "gpu.bookLifeQuarters", message: "-4 is too small", allowed: "integer from 4 to 40" });
 * // "gpu.bookLifeQuarters: -4 is too small (allowed: integer from 4 to 40)"
 */
export function formatIssue(issue: ScenarioIssue): string {
  const where = issue.path === "" ? "(scenario)" : issue.path;
  return `${where}: ${issue.message}${issue.allowed ? ` (allowed: ${issue.allowed})` : ""}`;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const key of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** The schema node at a path (array indices skip into the element), or undefined. */
function schemaAt(path: readonly PropertyKey[]): z.ZodType | undefined {
  let node: z.ZodType = scenarioSchema;
  for (const key of path) {
    while (node instanceof z.ZodOptional) node = node.unwrap() as z.ZodType;
    if (node instanceof z.ZodObject) {
      const next = (node.shape as Record<string, z.ZodType | undefined>)[String(key)];
      if (!next) return undefined;
      node = next;
    } else if (node instanceof z.ZodArray) {
      if (typeof key !== "number") return undefined;
      node = node.element as z.ZodType;
    } else return undefined;
  }
  while (node instanceof z.ZodOptional) node = node.unwrap() as z.ZodType;
  return node;
}

function allowedAt(path: readonly PropertyKey[]): string | undefined {
  const node = schemaAt(path);
  if (!node) return undefined;
  const meta = node.meta() as Partial<LeafMeta> | undefined;
  if (meta?.allowed) return meta.allowed;
  if (node instanceof z.ZodArray) return "a list";
  if (node instanceof z.ZodObject) return `an object with keys ${Object.keys(node.shape).join(", ")}`;
  return undefined;
}

function typeName(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "number" && Number.isNaN(v)) return "NaN";
  return typeof v;
}

function toIssues(error: z.ZodError, input: unknown): ScenarioIssue[] {
  const out: ScenarioIssue[] = [];
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      const parentAllowed = allowedAt(issue.path);
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        out.push({
          path: path.map(String).join("."),
          message: "unknown key",
          received: valueAt(input, path),
          ...(parentAllowed ? { allowed: parentAllowed } : {}),
        });
      }
      continue;
    }
    const received = valueAt(input, issue.path);
    let message: string;
    switch (issue.code) {
      case "invalid_type":
        message = received === undefined ? "required" : `expected ${issue.expected}, received ${typeName(received)}`;
        break;
      case "too_small":
      case "too_big":
        message =
          issue.origin === "array"
            ? `too ${issue.code === "too_small" ? "few" : "many"} items`
            : `${String(received)} is too ${issue.code === "too_small" ? "small" : "large"}`;
        break;
      case "invalid_format":
        message = `${JSON.stringify(received)} is not a quarter label`;
        break;
      default:
        message = issue.message;
    }
    const params = (issue as { params?: { allowed?: string } }).params;
    const allowed = params?.allowed ?? allowedAt(issue.path);
    out.push({
      path: issue.path.map(String).join("."),
      message,
      ...(received !== undefined ? { received } : {}),
      ...(allowed ? { allowed } : {}),
    });
  }
  return out;
}

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
  const parsed = scenarioSchema.safeParse(input);
  if (parsed.success) return { ok: true, scenario: parsed.data };
  return { ok: false, issues: toIssues(parsed.error, input) };
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
  return z.toJSONSchema(scenarioSchema, { unrepresentable: "any" });
}

/**
 * Every numeric leaf path of the scenario schema (shocks excluded), in schema order: the parameters a
 * sensitivity analysis varies and the simulator page shows.
 *
 * @example
 * numericParameterPaths().slice(0, 3); // ["horizonQuarters", "fxJpyPerUsd", "discountAnnual"]
 */
export function numericParameterPaths(): string[] {
  const out: string[] = [];
  const walk = (node: z.ZodType, prefix: string): void => {
    if (node instanceof z.ZodObject) {
      const shape: Record<string, z.ZodType> = node.shape;
      for (const [k, child] of Object.entries(shape)) {
        walk(child, prefix ? `${prefix}.${k}` : k);
      }
    } else if (node instanceof z.ZodNumber) out.push(prefix);
  };
  walk(scenarioSchema, "");
  return out;
}

/**
 * Metadata (description, unit, allowed) of a scenario path, if it names a leaf.
 *
 * @example
 * parameterInfo("gpu.bookLifeQuarters");
 * // { description: "accounting depreciation life of servers", unit: "quarters", allowed: "integer from 4 to 40" }
 */
export function parameterInfo(path: string): LeafMeta | undefined {
  const node = schemaAt(path.split(".").map((p) => (/^\d+$/.test(p) ? Number(p) : p)));
  const meta = node?.meta() as Partial<LeafMeta> | undefined;
  if (!meta?.description || !meta.unit || !meta.allowed) return undefined;
  return { description: meta.description, unit: meta.unit, allowed: meta.allowed };
}

/**
 * Return a copy of `scenario` with the value at a dotted path replaced (pure; the input is not touched).
 * The path must exist in the scenario schema; the result is not validated (pass it to `parseScenario`).
 * Array items are addressed by index (`demand.shocks.0.growthAnnual`); an index one past the end appends.
 *
 * @throws ScenarioError when the path is not part of the schema
 * @example
 * setPath(getPreset("base")!.scenario, "gpu.bookLifeQuarters", 24).gpu.bookLifeQuarters; // 24
 */
export function setPath<S>(scenario: S, path: string, value: unknown): S {
  const keys: PropertyKey[] = path.split(".").map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  if (path === "" || !schemaAt(keys)) {
    throw new ScenarioError([{ path, message: "no such parameter", allowed: "a dotted scenario path, e.g. gpu.bookLifeQuarters" }]);
  }
  const put = (node: unknown, i: number): unknown => {
    if (i === keys.length) return value;
    const key = keys[i] as PropertyKey;
    if (Array.isArray(node)) {
      const copy = [...(node as unknown[])];
      copy[key as number] = put(copy[key as number], i + 1);
      return copy;
    }
    const obj = node !== null && typeof node === "object" ? (node as Record<PropertyKey, unknown>) : {};
    return { ...obj, [key]: put(obj[key], i + 1) };
  };
  return put(scenario, 0) as S;
}

/**
 * Read the value at a dotted path (undefined when absent).
 *
 * @example
 * getPath(getPreset("base")!.scenario, "spv.opening.couponAnnual"); // 0.0658
 */
export function getPath(scenario: unknown, path: string): unknown {
  return valueAt(
    scenario,
    path.split(".").map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
  );
}
