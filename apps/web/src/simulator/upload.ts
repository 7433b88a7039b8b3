import { parseScenario, type Scenario, type ScenarioIssue } from "@aidebt/model";

/** Largest scenario file accepted for upload. */
export const MAX_UPLOAD_BYTES = 1024 * 1024;

export type UploadResult =
  | { ok: true; scenario: Scenario }
  | { ok: false; error: "tooLarge"; size: number }
  | { ok: false; error: "notJson"; detail: string }
  | { ok: false; error: "notObject" }
  | { ok: false; error: "invalid"; issues: ScenarioIssue[] };

/**
 * Checks an uploaded scenario file: size first (never read past 1 MB), then JSON, then the model's schema.
 * A results file (the CLI's JSON, with `schemaVersion` and `scenario`) is accepted for its scenario.
 */
export async function readScenarioFile(file: { size: number; text: () => Promise<string> }): Promise<UploadResult> {
  if (file.size > MAX_UPLOAD_BYTES) return { ok: false, error: "tooLarge", size: file.size };
  const text = await file.text();
  return parseScenarioText(text);
}

export function parseScenarioText(text: string): UploadResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: "notJson", detail: error instanceof Error ? error.message.slice(0, 200) : "" };
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) return { ok: false, error: "notObject" };
  const record = data as Record<string, unknown>;
  const input = "schemaVersion" in record && "scenario" in record && "quarters" in record ? record.scenario : data;
  let parsed: ReturnType<typeof parseScenario>;
  try {
    parsed = parseScenario(input);
  } catch {
    return { ok: false, error: "notObject" };
  }
  return parsed.ok ? { ok: true, scenario: parsed.scenario } : { ok: false, error: "invalid", issues: parsed.issues };
}
