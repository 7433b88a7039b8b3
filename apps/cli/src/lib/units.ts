// The one place the CLI learns the unit, range and label of a scenario parameter or of a result field: the
// model's own tables (PARAMETERS, RESULT_FIELDS), never a guess from a field's name. Loaded on first use, so
// that `aidebt --help` does not import the model.
import type { ParameterMeta, ResultFieldMeta, Unit } from "@aidebt/model";

export type { ParameterMeta, ResultFieldMeta, Unit };

export interface Units {
  /** Every scenario parameter and shock field, in schema order. */
  parameters: readonly ParameterMeta[];
  /** One parameter by path (`gpu.bookLifeQuarters`, `demand.shocks.0.levelChange` or `demand.shocks[].levelChange`). */
  parameter(path: string): ParameterMeta | undefined;
  resultFields: readonly ResultFieldMeta[];
  /** One result field by path (`summary.verdict`, `measures.dscr`). */
  resultField(path: string): ResultFieldMeta | undefined;
}

let cached: Units | undefined;

/** The model's metadata tables (imports the model once). */
export async function loadUnits(): Promise<Units> {
  if (cached !== undefined) return cached;
  const model = await import("@aidebt/model");
  cached = {
    parameters: model.PARAMETERS,
    parameter: (path) => model.parameterMeta(path),
    resultFields: model.RESULT_FIELDS,
    resultField: (path) => model.resultFieldMeta(path),
  };
  return cached;
}
