import { scenarioJsonSchema } from "@aidebt/model";
import type { GroupId, ShockListId } from "./messages/types";
import { groupOrder, indexSchema, type ParamField, type SchemaModel, type ShockKind } from "./schema";

// Builds the form's schema model from the model's JSON Schema. Run by the server page and the analysis
// worker, never by the page itself: the JSON Schema comes from the model's zod schema.

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

function leaf(path: string, node: JsonNode): ParamField | undefined {
  const common = { path, unit: node.unit ?? "", description: node.description ?? "", allowed: node.allowed ?? "" };
  if (node.type === "number" || node.type === "integer") {
    return { ...common, kind: node.type, min: node.minimum ?? Number.MIN_SAFE_INTEGER, max: node.maximum ?? Number.MAX_SAFE_INTEGER };
  }
  if (node.type === "string" && node.pattern) return { ...common, kind: "quarter", min: 0, max: 0 };
  if (node.type === "boolean") return { ...common, kind: "boolean", min: 0, max: 1 };
  return undefined;
}

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
