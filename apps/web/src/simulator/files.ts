import type { ResultJson } from "@aidebt/model";

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
