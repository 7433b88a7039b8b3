import type { Unit } from "@aidebt/model";
import type { GroupId, ShockListId } from "./messages/types";

/**
 * A leaf parameter of the scenario as the form shows it: the model's parameter table (`PARAMETERS`), with the
 * label and help in the page's language. Never restated here.
 */
export interface ParamField {
  /** Dotted path; a shock's field by its key inside a shock (`levelChange`). */
  path: string;
  kind: "number" | "integer" | "quarter" | "boolean";
  min: number;
  max: number;
  unit: Unit;
  label: string;
  help: string;
  /**
   * Every value the model's presets give this field, ascending (numbers only; absent when none does), so that
   * its slider can stop at each preset's value exactly, whatever its step (see form.ts, sliderStops).
   */
  presetValues?: readonly number[];
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
