import { parseScenario, ScenarioError, setPath, type Scenario, type ScenarioIssue } from "@aidebt/model";

/**
 * The scenario in the URL: `?s=v1.<base64url of JSON>` where the JSON is `{ "p": presetId, "d": { path: value } }`,
 * the differences from the preset (a shock list is one entry, replaced whole). Compact for the usual
 * one-or-two-parameter change, versioned, and validated with the model's own schema when read.
 */
export const CODEC_VERSION = "v1";
/** Longest `s` value accepted (characters); anything longer is rejected before decoding. */
export const MAX_ENCODED = 64_000;

export interface PresetLike {
  id: string;
  scenario: Scenario;
}

export type Diff = Record<string, unknown>;

export type CodecError =
  | { code: "badVersion"; version: string }
  | { code: "badEncoding" }
  | { code: "badJson" }
  | { code: "badShape" }
  | { code: "unknownPreset"; preset: string };

export type DecodeResult =
  | { ok: true; presetId: string; scenario: Scenario; diff: Diff }
  | { ok: false; presetId: string; error?: CodecError; issues: ScenarioIssue[] };

const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

/** Leaf-wise differences of `scenario` from `base`: objects are walked, arrays and scalars compared whole. */
export function diffScenario(base: unknown, scenario: unknown, prefix = ""): Diff {
  const out: Diff = {};
  if (isPlainObject(base) && isPlainObject(scenario)) {
    const keys = new Set([...Object.keys(base), ...Object.keys(scenario)]);
    for (const key of keys) {
      const path = prefix ? `${prefix}.${key}` : key;
      Object.assign(out, diffScenario(base[key], scenario[key], path));
    }
    return out;
  }
  if (JSON.stringify(base) !== JSON.stringify(scenario)) out[prefix] = scenario;
  return out;
}

/** Applies a diff to a scenario with the model's setPath (throws ScenarioError on a path not in the schema). */
export function applyDiff(base: unknown, diff: Diff): unknown {
  let out = base;
  for (const [path, value] of Object.entries(diff)) out = setPath(out, path, value);
  return out;
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(data: string): string | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(data) || data.length % 4 === 1) return undefined;
  try {
    const binary = atob(data.replace(/-/g, "+").replace(/_/g, "/"));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The `s` parameter for a scenario, or "" when it equals its preset. */
export function encodeScenario(presetId: string, base: Scenario, scenario: unknown, defaultPresetId = "base"): string {
  const diff = diffScenario(base, scenario);
  if (Object.keys(diff).length === 0 && presetId === defaultPresetId) return "";
  return `${CODEC_VERSION}.${toBase64Url(JSON.stringify({ p: presetId, d: diff }))}`;
}

/**
 * Reads an `s` parameter. Never throws: every problem comes back as issues with a field path, and the
 * preset to fall back to (the link's own preset when it names a known one, else the default).
 */
export function decodeScenario(encoded: string, findPreset: (id: string) => PresetLike | undefined, defaultPresetId = "base"): DecodeResult {
  const fail = (error: CodecError, issues: ScenarioIssue[] = [], presetId = defaultPresetId): DecodeResult => ({ ok: false, presetId, error, issues });
  if (encoded.length > MAX_ENCODED) return fail({ code: "badShape" });
  const dot = encoded.indexOf(".");
  const version = dot < 0 ? encoded.slice(0, 12) : encoded.slice(0, dot);
  if (version !== CODEC_VERSION) return fail({ code: "badVersion", version });
  const text = fromBase64Url(encoded.slice(dot + 1));
  if (text === undefined) return fail({ code: "badEncoding" });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail({ code: "badJson" });
  }
  if (!isPlainObject(data) || typeof data.p !== "string" || !isPlainObject(data.d ?? {})) return fail({ code: "badShape" });
  const preset = findPreset(data.p);
  if (!preset) return fail({ code: "unknownPreset", preset: data.p.slice(0, 40) });
  const diff = (data.d ?? {}) as Diff;
  const unknownPaths: ScenarioIssue[] = [];
  let input: unknown = preset.scenario;
  for (const [path, value] of Object.entries(diff)) {
    try {
      input = setPath(input, path, value);
    } catch (error) {
      // A path outside the schema: setPath throws a ScenarioError (or, for keys such as __proto__ that walk off
      // the schema, some other error). Either way it is a problem with this field, never a crash of the page.
      const message = error instanceof ScenarioError ? (error.issues[0]?.message ?? "unknown key") : "unknown key";
      unknownPaths.push({ path: path.slice(0, 80), code: "unknown-key", message, received: value });
    }
  }
  let parsed: ReturnType<typeof parseScenario>;
  try {
    parsed = parseScenario(input);
  } catch {
    return fail({ code: "badShape" }, unknownPaths, preset.id);
  }
  const issues = [...unknownPaths, ...(parsed.ok ? [] : parsed.issues)];
  if (issues.length > 0 || !parsed.ok) return { ok: false, presetId: preset.id, issues };
  return { ok: true, presetId: preset.id, scenario: parsed.scenario, diff };
}
