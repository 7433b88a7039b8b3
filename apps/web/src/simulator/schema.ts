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

export const groupOrder: readonly GroupId[] = ["general", "sponsor", "demand", "gpus", "financing", "spv", "rates", "shocks"];

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
