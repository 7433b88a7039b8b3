import { scenarioJsonSchema } from "@aidebt/model";
import type { GroupId, ShockListId } from "./messages/types";

/** A leaf parameter of the scenario, described by the model's JSON Schema (never hard-coded here). */
export interface ParamField {
  path: string;
  kind: "number" | "integer" | "quarter" | "boolean";
  min: number;
  max: number;
  unit: string;
  description: string;
  allowed: string;
}

export interface ShockKind {
  list: ShockListId;
  /** Fields of one shock other than its quarter, in schema order. */
  fields: ParamField[];
  /** Fields a shock of this kind must have. */
  required: string[];
}

type JsonNode = {
  type?: string;
  properties?: Record<string, JsonNode>;
  items?: JsonNode;
  required?: string[];
  minimum?: number;
  maximum?: number;
  description?: string;
  unit?: string;
  allowed?: string;
  pattern?: string;
};

/** Which group each top-level section of the scenario belongs to on the page. */
const groupOfSection: Record<string, GroupId> = {
  horizonQuarters: "general",
  startQuarter: "general",
  fxJpyPerUsd: "general",
  discountAnnual: "general",
  sponsor: "sponsor",
  core: "sponsor",
  demand: "demand",
  ai: "demand",
  investment: "demand",
  gpu: "gpus",
  financing: "financing",
  credit: "financing",
  spv: "spv",
  rates: "rates",
};

export const groupOrder: readonly GroupId[] = ["general", "sponsor", "demand", "gpus", "financing", "spv", "rates", "shocks"];

function leaf(path: string, node: JsonNode): ParamField | undefined {
  const common = { path, unit: node.unit ?? "", description: node.description ?? "", allowed: node.allowed ?? "" };
  if (node.type === "number" || node.type === "integer") {
    return { ...common, kind: node.type, min: node.minimum ?? Number.MIN_SAFE_INTEGER, max: node.maximum ?? Number.MAX_SAFE_INTEGER };
  }
  if (node.type === "string" && node.pattern) return { ...common, kind: "quarter", min: 0, max: 0 };
  if (node.type === "boolean") return { ...common, kind: "boolean", min: 0, max: 1 };
  return undefined;
}

export interface SchemaModel {
  /** Every non-shock leaf, in schema order. */
  fields: ParamField[];
  byPath: Map<string, ParamField>;
  groups: Array<{ id: GroupId; fields: ParamField[] }>;
  shockKinds: ShockKind[];
}

/** A schema model as plain data (no Map), as the server page hands it to the simulator. */
export type SchemaData = Omit<SchemaModel, "byPath">;

/** The schema model of plain data, with its index by path. */
export function indexSchema(data: SchemaData): SchemaModel {
  return { ...data, byPath: new Map(data.fields.map((f) => [f.path, f])) };
}

/** Walks the model's JSON Schema into the fields the form shows, grouped, and the shock kinds. */
export function buildSchemaModel(schema: Record<string, unknown> = scenarioJsonSchema()): SchemaModel {
  const fields: ParamField[] = [];
  const shockKinds: ShockKind[] = [];
  const walk = (node: JsonNode, path: string): void => {
    if (node.type === "object" && node.properties) {
      for (const [key, child] of Object.entries(node.properties)) walk(child, path ? `${path}.${key}` : key);
      return;
    }
    if (node.type === "array" && node.items?.properties) {
      const item = node.items;
      const shockFields = Object.entries(item.properties ?? {})
        .filter(([key]) => key !== "quarter")
        .flatMap(([key, child]) => {
          const f = leaf(key, child);
          return f ? [f] : [];
        });
      shockKinds.push({ list: path as ShockListId, fields: shockFields, required: (item.required ?? []).filter((k) => k !== "quarter") });
      return;
    }
    const f = leaf(path, node);
    if (f) fields.push(f);
  };
  walk(schema, "");
  const groups = groupOrder
    .filter((id) => id !== "shocks")
    .map((id) => ({ id, fields: fields.filter((f) => (groupOfSection[f.path.split(".")[0] ?? ""] ?? "general") === id) }));
  return indexSchema({ fields, groups, shockKinds });
}

let cached: SchemaModel | undefined;

/**
 * The schema model of the installed @aidebt/model, computed once. The page computes it on the server and
 * hands it to the simulator as data, so the browser runs no JSON Schema conversion at load; the worker and
 * the tests call this.
 */
export function schemaModel(): SchemaModel {
  cached ??= buildSchemaModel();
  return cached;
}
