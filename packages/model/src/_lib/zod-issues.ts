/**
 * zod's issues about a scenario turned into the model's: the dotted path, a code, an English message, the value
 * received and what is allowed (from the leaf's metadata). Written against zod/mini's definitions only.
 */
import * as z from "zod/mini";
import { valueAt } from "../paths.js";
import type { ScenarioIssue, ScenarioIssueCode } from "../scenario-issue.js";

/** Metadata every leaf of the scenario schema carries: unit and the human-readable allowed range. */
export interface LeafMeta {
  description: string;
  unit: string;
  allowed: string;
}

export type AnySchema = z.core.$ZodType;

/** A schema node's definition, read the zod/mini way (no classic-only classes or methods). */
function defOf(node: AnySchema): z.core.$ZodTypeDef & {
  shape?: Record<string, AnySchema>;
  element?: AnySchema;
  innerType?: AnySchema;
} {
  return node._zod.def;
}

function unwrapOptional(node: AnySchema): AnySchema {
  let n = node;
  for (let d = defOf(n); d.type === "optional" && d.innerType; d = defOf(n)) n = d.innerType;
  return n;
}

/** The schema node at a path (array indices skip into the element), or undefined. */
function schemaAt(root: AnySchema, path: readonly PropertyKey[]): AnySchema | undefined {
  let node: AnySchema = root;
  for (const key of path) {
    const def = defOf(unwrapOptional(node));
    if (def.type === "object" && def.shape) {
      // Own keys only: "__proto__" or "constructor" must read as unknown paths, not as Object.prototype.
      if (!Object.hasOwn(def.shape, String(key))) return undefined;
      const next = def.shape[String(key)];
      if (!next) return undefined;
      node = next;
    } else if (def.type === "array" && def.element) {
      if (typeof key !== "number") return undefined;
      node = def.element;
    } else return undefined;
  }
  return unwrapOptional(node);
}

function metaOf(node: AnySchema | undefined): Partial<LeafMeta> | undefined {
  return node ? z.globalRegistry.get(node) : undefined;
}

function allowedAt(root: AnySchema, path: readonly PropertyKey[]): string | undefined {
  const node = schemaAt(root, path);
  if (!node) return undefined;
  const meta = metaOf(node);
  if (meta?.allowed) return meta.allowed;
  const def = defOf(node);
  if (def.type === "array") return "a list";
  if (def.type === "object" && def.shape) return `an object with keys ${Object.keys(def.shape).join(", ")}`;
  return undefined;
}

function typeName(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "number" && Number.isNaN(v)) return "NaN";
  return typeof v;
}

/** The model's issues for zod's errors of `input` against the schema `root`. */
export function toIssues(root: AnySchema, error: z.core.$ZodError, input: unknown): ScenarioIssue[] {
  const out: ScenarioIssue[] = [];
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      const parentAllowed = allowedAt(root, issue.path);
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        out.push({
          path: path.map(String).join("."),
          code: "unknown-key",
          message: "unknown key",
          received: valueAt(input, path),
          ...(parentAllowed ? { allowed: parentAllowed } : {}),
        });
      }
      continue;
    }
    const received = valueAt(input, issue.path);
    let message: string;
    let code: ScenarioIssueCode;
    const params = (issue as { params?: { allowed?: string; code?: ScenarioIssueCode } }).params;
    switch (issue.code) {
      case "invalid_type":
        code = received === undefined ? "required" : "wrong-type";
        message = received === undefined ? "required" : `expected ${issue.expected}, received ${typeName(received)}`;
        break;
      case "too_small":
      case "too_big":
        if (issue.origin === "array") code = issue.code === "too_small" ? "too-few-items" : "too-many-items";
        else code = issue.code === "too_small" ? "too-small" : "too-large";
        message =
          issue.origin === "array"
            ? `too ${issue.code === "too_small" ? "few" : "many"} items`
            : `${String(received)} is too ${issue.code === "too_small" ? "small" : "large"}`;
        break;
      case "invalid_format":
        code = "not-a-quarter";
        message = `${JSON.stringify(received)} is not a quarter label`;
        break;
      default:
        code = params?.code ?? "invalid";
        message = issue.message;
    }
    const allowed = params?.allowed ?? allowedAt(root, issue.path);
    out.push({
      path: issue.path.map(String).join("."),
      code,
      message,
      ...(received !== undefined ? { received } : {}),
      ...(allowed ? { allowed } : {}),
    });
  }
  return out;
}
