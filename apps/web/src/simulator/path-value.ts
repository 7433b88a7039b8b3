/** The value at a dotted path of a scenario as the reader edited it (undefined where the path does not lead). */
export function pathValue(scenario: unknown, path: string): unknown {
  let v: unknown = scenario;
  for (const key of path.split(".")) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}
