import { parseScenario, type Scenario, type ScenarioIssue } from "@aidebt/model";

/** Largest scenario file accepted for upload. */
export const MAX_UPLOAD_BYTES = 1024 * 1024;

export type UploadResult =
  | { ok: true; scenario: Scenario }
  | { ok: false; error: "tooLarge"; size: number }
  | { ok: false; error: "empty" }
  | { ok: false; error: "notJson"; line: number; column: number }
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

/** The first index of `char` outside a JSON string, or -1. */
function indexOutsideStrings(text: string, char: string): number {
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === char) return i;
    else if (c === '"') inString = true;
  }
  return -1;
}

/**
 * Where JSON.parse stopped, as a line and column (from 1), read from the engine's message: "… at position 6",
 * "Unexpected end of JSON input" (the end), "Unexpected token 'x', …" (the first such character outside a
 * string). The engine's own words are not shown: they differ between browsers and quote the file.
 */
export function jsonErrorPlace(text: string, message: string): { line: number; column: number } {
  const at = /position (\d+)/.exec(message);
  const token = /Unexpected token '(.)'/su.exec(message);
  let index = at ? Number(at[1]) : /end of JSON input|Unexpected end/i.test(message) ? text.length : token ? indexOutsideStrings(text, token[1] ?? "") : 0;
  if (index < 0) index = 0;
  const before = text.slice(0, index);
  const line = before.split("\n").length;
  return { line, column: index - (before.lastIndexOf("\n") + 1) + 1 };
}

export function parseScenarioText(text: string): UploadResult {
  if (text.trim() === "") return { ok: false, error: "empty" };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: "notJson", ...jsonErrorPlace(text, error instanceof Error ? error.message : "") };
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
