import { parseScenario, type ResultJson, type Scenario, type ScenarioIssue } from "@aidebt/model";

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

/** A file size for messages: "5.0 MB", "812 kB". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${Math.ceil(bytes / 1024)} kB`;
}

function flatten(value: unknown, prefix: string, out: Map<string, string | number | boolean>): void {
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") {
    out.set(prefix, value);
  }
}

function csvCell(value: string | number | boolean | undefined): string {
  if (value === undefined) return "";
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One row per quarter, one column per scalar of the quarter (dotted names; cohorts left out), USD bn. */
export function resultsCsv(result: ResultJson): string {
  const rows = result.quarters.map((q) => {
    const { cohorts: _cohorts, ...rest } = q;
    const flat = new Map<string, string | number | boolean>();
    flatten(rest, "", flat);
    return flat;
  });
  const header: string[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    for (const key of row.keys()) {
      if (seen.has(key)) continue;
      seen.add(key);
      header.push(key);
    }
  }
  return [header.map(csvCell).join(","), ...rows.map((row) => header.map((key) => csvCell(row.get(key))).join(","))].join("\n") + "\n";
}

/** The JSON the CLI prints for a result (pretty, two spaces, trailing newline). */
export function resultsJson(result: ResultJson): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}

/** Starts a download of text as a file. */
export function downloadText(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
