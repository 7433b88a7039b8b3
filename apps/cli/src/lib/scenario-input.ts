import { existsSync, readFileSync, statSync } from "node:fs";
import { extname } from "node:path";
import type { Preset, Scenario } from "@aidebt/model";
import { UsageError, type Issue } from "./errors.js";

/** Where a scenario came from, for titles and messages. */
export interface LoadedScenario {
  scenario: Scenario;
  /** Preset id, file path or "stdin". */
  label: string;
  preset?: Preset;
}

export interface ScenarioSourceOptions {
  /** `--set path=value` overrides, applied in order. */
  set?: string[];
  /** `--quarters N`: the horizon in quarters. */
  quarters?: string;
}

/**
 * Resolve `[preset|file|-]` into a validated scenario: a preset id, a JSON or YAML file (a bare scenario, or
 * anything with a `scenario` field such as `presets show --format json` output or a result), or `-` for stdin.
 * Then apply `--quarters` and each `--set` with the model's setPath, and validate with parseScenario.
 */
export async function loadScenario(source: string, options: ScenarioSourceOptions, readStdin: () => Promise<string>): Promise<LoadedScenario> {
  const model = await import("@aidebt/model");
  let input: unknown;
  let label = source;
  let preset: Preset | undefined;
  if (source === "-") {
    input = await parseDocument(await readStdin(), "stdin", undefined);
    label = "stdin";
  } else {
    preset = model.getPreset(source);
    if (preset !== undefined) {
      input = preset.scenario;
    } else if (existsSync(source) && statSync(source).isFile()) {
      input = await parseDocument(readFileSync(source, "utf8"), source, extname(source).toLowerCase());
    } else {
      throw unknownScenario(source, model.presets.map((p) => p.id));
    }
  }
  input = unwrap(input);

  if (options.quarters !== undefined) {
    const n = Number(options.quarters);
    if (!Number.isInteger(n)) {
      throw new UsageError("invalid --quarters", {
        issues: [{ path: "--quarters", message: "must be a whole number of quarters", received: options.quarters, allowed: "an integer, e.g. 40 (10 years)" }],
      });
    }
    input = model.setPath(input, "horizonQuarters", n);
  }
  const known = options.set !== undefined && options.set.length > 0 ? model.numericParameterPaths() : [];
  for (const assignment of options.set ?? []) input = applySet(model.setPath, input, assignment, known);

  const parsed = model.parseScenario(input);
  if (!parsed.ok) {
    throw new UsageError(`invalid scenario from ${label}`, {
      issues: parsed.issues,
      hint: "run `aidebt schema` for every field with its type and range",
    });
  }
  return { scenario: parsed.scenario, label, ...(preset === undefined ? {} : { preset }) };
}

function unknownScenario(source: string, ids: string[]): UsageError {
  return new UsageError(`unknown preset or file "${source}"`, {
    issues: [{ path: "scenario", message: "neither a preset nor a readable file", received: source, allowed: ids.join(", ") }],
    hint: "pass a preset name, a path to a JSON/YAML scenario, or - to read one from stdin (`aidebt presets` lists the presets)",
  });
}

/** Accept a preset export or a result (anything whose `scenario` field is an object) as well as a bare scenario. */
function unwrap(input: unknown): unknown {
  if (input !== null && typeof input === "object" && !Array.isArray(input)) {
    const record = input as Record<string, unknown>;
    const inner = record.scenario;
    if (!("horizonQuarters" in record) && inner !== null && typeof inner === "object" && !Array.isArray(inner)) return inner;
  }
  return input;
}

/** Parse JSON or YAML text; by extension when there is one, otherwise JSON first, then YAML. */
export async function parseDocument(textIn: string, label: string, ext: string | undefined): Promise<unknown> {
  const text = textIn.replace(/^\uFEFF/, "");
  if (text.trim() === "") {
    throw new UsageError(`empty scenario from ${label}`, {
      issues: [{ path: label, message: "no content", allowed: "a JSON or YAML scenario" }],
      hint: "start from `aidebt presets show base --format yaml`",
    });
  }
  const isYamlExt = ext === ".yaml" || ext === ".yml";
  const looksJson = /^\s*[[{]/.test(text);
  if (ext === ".json" || (!isYamlExt && looksJson)) {
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      throw new UsageError(`malformed JSON in ${label}`, {
        issues: [{ path: label, message: jsonErrorMessage(error, text), allowed: "valid JSON (or YAML in a .yaml/.yml file)" }],
        hint: "check for trailing commas, unquoted keys or a missing brace",
      });
    }
  }
  const YAML = await import("yaml");
  try {
    return YAML.parse(text, { prettyErrors: true }) as unknown;
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] ?? error.message : String(error);
    throw new UsageError(`malformed YAML in ${label}`, {
      issues: [{ path: label, message, allowed: "valid YAML or JSON" }],
      hint: "check indentation (spaces, not tabs) and that every key is followed by `: `",
    });
  }
}

function jsonErrorMessage(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const match = /position (\d+)/.exec(message);
  if (match?.[1] === undefined) return message;
  const position = Number(match[1]);
  const before = text.slice(0, position);
  const line = before.split("\n").length;
  const column = position - before.lastIndexOf("\n");
  return `${message.replace(/ in JSON at position \d+.*$/, "")} at line ${line}, column ${column}`;
}

/** `path=value`: the value is read as JSON when it parses (numbers, true, null, arrays, objects), else as a string. */
export function parseAssignment(assignment: string): { path: string; value: unknown } {
  const eq = assignment.indexOf("=");
  const path = eq < 0 ? "" : assignment.slice(0, eq).trim();
  if (eq < 0 || path === "") {
    throw new UsageError("invalid --set", {
      issues: [{ path: "--set", message: "expected PATH=VALUE", received: assignment, allowed: "e.g. demand.aiGrowthAnnual=0.2 or financing.offBalanceShare=0.4" }],
      hint: "run `aidebt schema` to see every path",
    });
  }
  const raw = assignment.slice(eq + 1).trim();
  let value: unknown = raw;
  try {
    value = JSON.parse(raw) as unknown;
  } catch {
    // not JSON: keep it as a string (e.g. startQuarter=2026Q1)
  }
  return { path, value };
}

function applySet(
  setPath: (scenario: unknown, path: string, value: unknown) => unknown,
  input: unknown,
  assignment: string,
  knownPaths: readonly string[],
): unknown {
  const { path, value } = parseAssignment(assignment);
  try {
    return setPath(input, path, value);
  } catch (error) {
    const raw = (error as { issues?: unknown }).issues;
    const issues = Array.isArray(raw) && raw.length > 0 ? (raw as Issue[]).map((i) => ({ ...i, received: value })) : [{ path, message: error instanceof Error ? error.message : String(error), received: value }];
    const near = closest(path, knownPaths);
    throw new UsageError(`cannot --set ${path}`, {
      issues,
      hint: `${near.length > 0 ? `did you mean ${near.join(" or ")}? ` : ""}run \`aidebt schema --format table\` to see every path`,
      cause: error,
    });
  }
}

/** The known paths nearest to a mistyped one (by edit distance, or sharing its last segment). */
export function closest(path: string, known: readonly string[]): string[] {
  const last = path.split(".").at(-1)?.toLowerCase() ?? "";
  const scored = known.map((k) => ({ k, d: distance(path.toLowerCase(), k.toLowerCase()) }));
  const sameLeaf = known.filter((k) => k.split(".").at(-1)?.toLowerCase() === last && k !== path);
  const near = scored.filter((s) => s.d <= Math.max(2, Math.floor(path.length / 5))).sort((a, b) => a.d - b.d).map((s) => s.k);
  return [...new Set([...near, ...sameLeaf])].slice(0, 3);
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    let prev = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const current = row[j] ?? 0;
      row[j] = Math.min(current + 1, (row[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = current;
    }
  }
  return row[b.length] ?? 0;
}
