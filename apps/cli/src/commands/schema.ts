import { Command } from "commander";
import { helpText } from "../i18n/help.js";
import { messages } from "../i18n/labels.js";
import { addOutputOptions, emit, outputOptions, type Context, type Lang } from "../lib/context.js";
import { table, type Block, type Cell } from "../lib/document.js";
import { loadUnits, type Unit } from "../lib/units.js";

export type JsonSchema = Record<string, unknown>;

/** The JSON Schema of a scenario, from the model. */
export async function collectSchema(): Promise<JsonSchema> {
  const { scenarioJsonSchema } = await import("@aidebt/model");
  return scenarioJsonSchema();
}

export interface SchemaField {
  path: string;
  type: string;
  unit: string | null;
  range: string | null;
  default: Cell;
  description: string | null;
}

/** Every leaf field of the schema with its type, range and default: what `--set` accepts. */
export function schemaFields(schema: JsonSchema, prefix = "", defs: Record<string, JsonSchema> = definitionsOf(schema)): SchemaField[] {
  const node = resolveRef(schema, defs);
  const properties = node.properties as Record<string, JsonSchema> | undefined;
  if (properties !== undefined) {
    return Object.entries(properties).flatMap(([key, child]) => schemaFields(child, prefix === "" ? key : `${prefix}.${key}`, defs));
  }
  const items = node.items as JsonSchema | undefined;
  if (node.type === "array" && items !== undefined && resolveRef(items, defs).properties !== undefined) {
    return schemaFields(items, `${prefix}[]`, defs);
  }
  return [{ path: prefix, type: typeOf(node, defs), unit: typeof node.unit === "string" ? node.unit : null, range: typeof node.allowed === "string" ? node.allowed : rangeOf(node), default: defaultOf(node), description: typeof node.description === "string" ? node.description : null }];
}

function definitionsOf(schema: JsonSchema): Record<string, JsonSchema> {
  return { ...((schema.$defs as Record<string, JsonSchema> | undefined) ?? {}), ...((schema.definitions as Record<string, JsonSchema> | undefined) ?? {}) };
}

function resolveRef(node: JsonSchema, defs: Record<string, JsonSchema>): JsonSchema {
  const ref = node.$ref;
  if (typeof ref !== "string") return node;
  const target = defs[ref.replace(/^#\/(\$defs|definitions)\//, "")];
  return target === undefined ? node : { ...target, ...node, $ref: undefined };
}

function typeOf(node: JsonSchema, defs: Record<string, JsonSchema>): string {
  if (Array.isArray(node.enum)) return node.enum.map((v) => JSON.stringify(v)).join(" | ");
  if (node.const !== undefined) return JSON.stringify(node.const);
  const union = (node.anyOf ?? node.oneOf) as JsonSchema[] | undefined;
  if (Array.isArray(union)) return union.map((u) => typeOf(resolveRef(u, defs), defs)).join(" | ");
  if (node.type === "array") {
    const items = node.items as JsonSchema | undefined;
    return `${items === undefined ? "unknown" : typeOf(resolveRef(items, defs), defs)}[]`;
  }
  if (Array.isArray(node.type)) return node.type.join(" | ");
  if (node.type === "integer" || node.type === "number" || node.type === "string" || node.type === "boolean") {
    return typeof node.pattern === "string" ? `${node.type} /${node.pattern}/` : node.type;
  }
  return typeof node.type === "string" ? node.type : "any";
}

function rangeOf(node: JsonSchema): string | null {
  const num = (v: unknown): number | undefined => (typeof v === "number" ? v : undefined);
  const low = num(node.minimum) ?? num(node.exclusiveMinimum);
  const high = num(node.maximum) ?? num(node.exclusiveMaximum);
  if (low === undefined && high === undefined) return null;
  const lo = low === undefined ? "" : `${node.exclusiveMinimum !== undefined ? "(" : "["}${String(low)}`;
  const hi = high === undefined ? "" : `${String(high)}${node.exclusiveMaximum !== undefined ? ")" : "]"}`;
  return `${lo === "" ? "(-∞" : lo}, ${hi === "" ? "∞)" : hi}`;
}

function defaultOf(node: JsonSchema): Cell {
  const d = node.default;
  if (d === undefined) return null;
  return typeof d === "number" || typeof d === "string" || typeof d === "boolean" || d === null ? d : JSON.stringify(d);
}

export const SCHEMA_COLUMNS = ["path", "type", "unit", "range", "default", "description"] as const;

/**
 * One row per leaf: path, type, unit (from the parameter metadata), range, default (the base preset's value,
 * as the help promised) and description.
 */
export async function printSchema(schema: JsonSchema, lang: Lang): Promise<Block[]> {
  const m = messages(lang);
  const units = await loadUnits();
  const { getPath, getPreset } = await import("@aidebt/model");
  const base = getPreset("base")?.scenario;
  const defaultOf = (path: string): Cell => {
    if (path.includes("[]") || base === undefined) return null;
    const v = getPath(base, path);
    return typeof v === "number" || typeof v === "string" || typeof v === "boolean" ? v : null;
  };
  const unitOf = (f: SchemaField): Cell => units.parameter(f.path)?.unit ?? null;
  return [
    table(
      [
        { id: "path", header: m.path },
        { id: "type", header: m.type },
        { id: "unit", header: m.unit, format: (v) => (typeof v === "string" ? (m.unitName[v as Unit] ?? v) : "–") },
        { id: "range", header: m.range },
        { id: "default", header: m.defaultBase, align: "right", format: (v) => (v === null ? "–" : String(v)) },
        { id: "description", header: m.description },
      ],
      schemaFields(schema).map((f) => [f.path, f.type, unitOf(f), f.range, defaultOf(f.path), f.description]),
      { title: m.schemaTitle, primary: true },
    ),
  ];
}

export function schemaCommand(ctx: Context): Command {
  const h = helpText().schema;
  const command = new Command("schema").description(h.description);
  addOutputOptions(command, { formats: ["json", "yaml", "table", "csv", "md"], columns: SCHEMA_COLUMNS });
  return command.addHelpText("after", h.after).action(async () => {
    const options = outputOptions(ctx, command);
    const schema = await collectSchema();
    const YAML = options.format === "yaml" ? await import("yaml") : undefined;
    const blocks = options.format === "json" || options.format === "yaml" ? [] : await printSchema(schema, options.lang);
    await emit(ctx, options, {
      json: schema,
      document: () => ({ blocks }),
      raw: { yaml: () => YAML?.stringify(schema) ?? "" },
    });
  });
}
