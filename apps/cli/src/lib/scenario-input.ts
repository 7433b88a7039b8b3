// A scenario from the command line: a preset id, a JSON/YAML file (a bare scenario, one that `extends` a
// preset and gives only what it changes, or anything with a `scenario` field such as a saved result) or `-`
// for stdin; then `--quarters` and each `--set`, then the model's validation. Every way this can go wrong is a
// usage error naming the field, with bounded echoes of what was given.
import { closeSync, openSync, readSync, statSync } from "node:fs";
import { extname } from "node:path";
import type * as ModelModule from "@aidebt/model";
import type { Preset, Scenario } from "@aidebt/model";
import { errorText } from "../i18n/errors.js";
import { UsageError, type Issue } from "./errors.js";
import { locateJsonError } from "./json-error.js";
import { quote, safeLine } from "./sanitize.js";
import { fromModelIssues, listLimits, type SchemaFacts } from "./scenario-issues.js";
import { loadUnits } from "./units.js";

/** Largest scenario file or stdin read (a scenario is a few kilobytes). */
export const MAX_SCENARIO_BYTES = 10 * 1024 * 1024;
/** Deepest nesting accepted in a scenario document (a scenario has four levels). */
export const MAX_DEPTH = 32;
/** The last quarter a horizon may reach: labels have four-digit years. */
const LAST_YEAR = 9999;

/** Where a scenario came from, for titles and messages. */
export interface LoadedScenario {
  scenario: Scenario;
  /** Preset id, file path or "stdin". */
  label: string;
  preset?: Preset;
  /** The preset a file extends. */
  extends?: string;
}

export interface ScenarioSourceOptions {
  /** `--set path=value` overrides, applied in order. */
  set?: string[];
  /** `--quarters N`: the horizon in quarters. */
  quarters?: string;
}

type Model = typeof ModelModule;

/**
 * Resolve `[preset|file|-]` and the overrides into a validated scenario. With `presets: false` the source is
 * always a file (`aidebt validate`).
 */
export async function loadScenario(
  source: string,
  options: ScenarioSourceOptions,
  readStdin: () => Promise<string>,
  from: { presets?: boolean } = {},
): Promise<LoadedScenario> {
  const model = await import("@aidebt/model");
  const facts: SchemaFacts = { units: await loadUnits(), listLimit: listLimits(model.scenarioJsonSchema()) };
  const { document, label, preset } = await readSource(source, readStdin, model, from.presets !== false);
  const { input: merged, base } = applyExtends(unwrap(document), label, model);
  // before --quarters and --set, which would turn anything into an object
  if (!isRecord(merged)) throw notObject(label, merged);
  let input: unknown = merged;
  if (options.quarters !== undefined) input = model.setPath(input, "horizonQuarters", parseQuarters(options.quarters));
  for (const assignment of options.set ?? []) input = applySet(model, facts, input, assignment);
  const scenario = validate(model, facts, input, label);
  return { scenario, label, ...(preset === undefined ? {} : { preset }), ...(base === undefined ? {} : { extends: base }) };
}

async function readSource(source: string, readStdin: () => Promise<string>, model: Model, presets: boolean): Promise<{ document: unknown; label: string; preset?: Preset }> {
  if (source === "-") return { document: await parseDocument(await readStdin(), "stdin", undefined), label: "stdin" };
  const preset = presets ? model.getPreset(source) : undefined;
  if (preset !== undefined) return { document: preset.scenario, label: source, preset };
  const label = safeLine(source, 120);
  const text = readScenarioFile(source, label);
  if (text === null) throw unknownScenario(source, model.presets.map((p) => p.id));
  return { document: await parseDocument(text, label, extname(source).toLowerCase()), label: source };
}

/**
 * Read a scenario file (a regular file, or a FIFO such as `<(…)`) up to the size limit; null when there is
 * no readable file at the path.
 */
export function readScenarioFile(path: string, label: string): string | null {
  const t = errorText().scenario;
  let fd: number;
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) return null;
    fd = openSync(path, "r");
  } catch {
    return null;
  }
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    const buffer = Buffer.alloc(64 * 1024);
    for (;;) {
      const n = readSync(fd, buffer, 0, buffer.length, null);
      if (n === 0) break;
      total += n;
      if (total > MAX_SCENARIO_BYTES) {
        const mb = MAX_SCENARIO_BYTES / 1024 / 1024;
        throw new UsageError(t.tooLarge(label), { issues: [{ path: label, message: t.tooLargeMessage(mb), allowed: t.tooLargeAllowed(mb) }] });
      }
      chunks.push(Buffer.from(buffer.subarray(0, n)));
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    return null;
  } finally {
    closeSync(fd);
  }
  return decode(Buffer.concat(chunks), label);
}

/** UTF-8 text of a scenario; binary data (NUL bytes) is refused rather than echoed. */
export function decode(bytes: Buffer, label: string): string {
  if (bytes.includes(0)) {
    const t = errorText().scenario;
    throw new UsageError(t.binary(label), { issues: [{ path: label, message: t.binaryMessage, allowed: t.textAllowed }] });
  }
  return bytes.toString("utf8");
}

function unknownScenario(source: string, ids: string[]): UsageError {
  const t = errorText().scenario;
  return new UsageError(t.unknownSource(quote(source)), {
    issues: [{ path: "scenario", message: t.neither, received: source, allowed: ids.join(", ") }],
    hint: t.sourceHint,
  });
}

/** Accept a preset export or a result (anything whose `scenario` field is an object) as well as a bare scenario. */
function unwrap(input: unknown): unknown {
  if (isRecord(input)) {
    const inner = input.scenario;
    if (!("horizonQuarters" in input) && !("extends" in input) && isRecord(inner)) return inner;
  }
  return input;
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

/** `extends: PRESET`: the preset's scenario with the document's fields laid over it (objects merged, lists replaced). */
function applyExtends(input: unknown, label: string, model: Model): { input: unknown; base?: string } {
  if (!isRecord(input) || !("extends" in input)) return { input };
  const t = errorText().scenario;
  const { extends: name, ...rest } = input;
  const ids = model.presets.map((p) => p.id).join(", ");
  if (typeof name !== "string") throw invalidScenario(label, [{ path: "extends", message: t.extendsType, received: name, allowed: ids }]);
  const preset = model.getPreset(name);
  if (preset === undefined) throw invalidScenario(label, [{ path: "extends", message: t.extendsUnknown, received: name, allowed: ids }]);
  return { input: merge(preset.scenario, rest), base: preset.id };
}

function merge(base: unknown, over: unknown): unknown {
  if (!isRecord(base) || !isRecord(over)) return over;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) out[key] = key in base ? merge(base[key], value) : value;
  return out;
}

/** Parse JSON or YAML text; by extension when there is one, otherwise JSON first, then YAML. */
export async function parseDocument(textIn: string, label: string, ext: string | undefined): Promise<unknown> {
  const t = errorText().scenario;
  const text = textIn.replace(/^\uFEFF/, "");
  if (text.trim() === "") throw new UsageError(t.empty(label), { issues: [{ path: label, message: t.noContent, allowed: t.scenarioAllowed }], hint: t.emptyHint });
  const isYamlExt = ext === ".yaml" || ext === ".yml";
  let document: unknown;
  if (ext === ".json" || (!isYamlExt && /^\s*[[{]/.test(text))) {
    try {
      document = JSON.parse(text) as unknown;
    } catch {
      const where = locateJsonError(text);
      const e = errorText();
      const message = where === null ? e.scenario.jsonAllowed : `${e.json[where.problem] ?? where.problem}${where.char === undefined ? "" : e.found(quote(where.char))} ${t.at(where.line, where.column)}`;
      throw new UsageError(t.malformedJson(label), { issues: [{ path: label, message, allowed: t.jsonAllowed }], hint: t.jsonHint });
    }
  } else {
    const YAML = await import("yaml");
    try {
      document = YAML.parse(text, { prettyErrors: false }) as unknown;
    } catch (error) {
      // the parser recurses: a deep enough document overflows the stack (sometimes wrapped in its own error)
      if (error instanceof RangeError || /call stack/i.test(error instanceof Error ? error.message : "")) throw tooDeep(label);
      const linePos = (error as { linePos?: [{ line: number; col: number }] }).linePos?.[0];
      const first = (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
      const message = `${safeLine(first.replace(/ at line \d+, column \d+:?$/, ""), 120)}${linePos === undefined ? "" : ` ${t.at(linePos.line, linePos.col)}`}`;
      throw new UsageError(t.malformedYaml(label), { issues: [{ path: label, message, allowed: t.yamlAllowed }], hint: t.yamlHint });
    }
  }
  checkShape(document, label);
  return document;
}

function tooDeep(label: string): UsageError {
  const t = errorText().scenario;
  return new UsageError(t.invalid(label), { issues: [{ path: label, message: t.tooDeep(MAX_DEPTH), allowed: t.nestingAllowed(MAX_DEPTH) }] });
}

/** Bounded nesting and finite numbers (JSON's 1e400 and YAML's .inf parse to Infinity), checked without recursion. */
function checkShape(document: unknown, label: string): void {
  const t = errorText().scenario;
  const issues: Issue[] = [];
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: document, path: "", depth: 0 }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop() as { value: unknown; path: string; depth: number };
    if (typeof value === "number" && !Number.isFinite(value)) issues.push({ path: path === "" ? label : path, message: t.nonFinite, received: value, allowed: t.numberAllowed });
    if (value === null || typeof value !== "object") continue;
    if (depth >= MAX_DEPTH) throw tooDeep(label);
    const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
    for (const [key, inner] of entries) stack.push({ value: inner, path: path === "" ? key : `${path}.${key}`, depth: depth + 1 });
  }
  if (issues.length > 0) throw invalidScenario(label, issues);
}

function parseQuarters(raw: string): number {
  const t = errorText().scenario;
  const text = raw.trim();
  if (!/^[+-]?\d+$/.test(text)) {
    const message = text === "" ? errorText().values.empty : t.quartersMessage;
    throw new UsageError(t.quartersInvalid, { issues: [{ path: "--quarters", message, ...(text === "" ? {} : { received: raw }), allowed: t.quartersAllowed }] });
  }
  return Number(text);
}

/**
 * `path=value`: the value is read as JSON when it parses (numbers, true, null, lists, objects), else as a
 * string. An empty value is refused rather than read as anything.
 */
export function parseAssignment(assignment: string): { path: string; value: unknown; raw: string } {
  const t = errorText().scenario;
  const eq = assignment.indexOf("=");
  const path = eq < 0 ? "" : assignment.slice(0, eq).trim();
  if (eq < 0 || path === "") {
    throw new UsageError(t.setInvalid, { issues: [{ path: "--set", message: t.setExpected, received: assignment, allowed: t.setAllowed }], hint: t.schemaHint });
  }
  const raw = assignment.slice(eq + 1).trim();
  if (raw === "") throw new UsageError(t.cannotSet(safeLine(path, 80)), { issues: [{ path, message: t.setEmpty, allowed: t.setAllowed }] });
  let value: unknown = raw;
  try {
    value = JSON.parse(raw) as unknown;
  } catch {
    // not JSON: keep it as a string (e.g. startQuarter=2026Q1)
  }
  return { path, value, raw };
}

function applySet(model: Model, facts: SchemaFacts, input: unknown, assignment: string): unknown {
  const t = errorText().scenario;
  const { path, value, raw } = parseAssignment(assignment);
  const fail = (message: string, allowed?: string, hint?: string, received: unknown = raw): UsageError =>
    new UsageError(t.cannotSet(safeLine(path, 80)), {
      issues: [{ path, message, ...(received === undefined ? {} : { received }), ...(allowed === undefined ? {} : { allowed }) }],
      ...(hint === undefined ? {} : { hint }),
    });
  let next: unknown;
  try {
    next = model.setPath(input, path, value);
  } catch {
    const near = closest(path, facts.units.parameters.map((p) => p.path.replace(/\[\]/g, ".0")));
    throw fail(t.noSuchParameter, t.parameterAllowed, `${near.length > 0 ? t.didYouMean(near.join(t.or)) : ""}${t.schemaHint}`);
  }
  if (typeof value === "number" && !Number.isFinite(value)) throw fail(t.nonFinite, t.numberAllowed);
  const meta = facts.units.parameter(path);
  if (meta?.integer === true && !/^[+-]?\d+$/.test(raw) && (typeof value === "number" || /^[+-]?0[xob]/i.test(raw))) {
    throw fail(t.integerOnly, errorText().values.integerAllowed(meta.min, meta.max));
  }
  // an index past the end of a list would leave holes the model reports one by one
  const segments = path.split(".");
  for (const [i, segment] of segments.entries()) {
    if (!/^\d+$/.test(segment)) continue;
    const list = model.getPath(input, segments.slice(0, i).join("."));
    const length = Array.isArray(list) ? list.length : 0;
    if (Number(segment) > length) throw fail(t.sparseIndex(Number(segment), length), t.sparseAllowed(length), undefined, undefined);
  }
  return next;
}

/** The model's validation, then the horizon's last quarter (labels stop at 9999Q4). */
function validate(model: Model, facts: SchemaFacts, input: unknown, label: string): Scenario {
  const t = errorText().scenario;
  if (!isRecord(input)) throw notObject(label, input);
  const parsed = model.parseScenario(input);
  if (!parsed.ok) {
    const issues = fromModelIssues(parsed.issues, facts);
    const required = parsed.issues.filter((i) => i.code === "required").length;
    throw invalidScenario(label, issues, required >= 3 ? t.extendsHint : undefined);
  }
  const scenario = parsed.scenario;
  const last = model.quarterLabels(scenario.startQuarter, scenario.horizonQuarters).at(-1) ?? scenario.startQuarter;
  if (Number(last.slice(0, -2)) > LAST_YEAR) {
    throw invalidScenario(label, [{ path: "startQuarter", message: t.horizonPastEnd(last), received: scenario.startQuarter, allowed: t.horizonAllowed }]);
  }
  return scenario;
}

function notObject(label: string, input: unknown): UsageError {
  const t = errorText().scenario;
  return invalidScenario(label, [{ path: label, message: t.notObject, received: input, allowed: t.objectAllowed }]);
}

function invalidScenario(label: string, issues: Issue[], hint?: string): UsageError {
  const t = errorText().scenario;
  return new UsageError(t.invalid(safeLine(label, 120)), { issues, hint: hint ?? t.invalidHint });
}

/** The known paths nearest to a mistyped one (by edit distance, or sharing its last segment). */
export function closest(path: string, known: readonly string[]): string[] {
  if (path.length > 200) return [];
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
