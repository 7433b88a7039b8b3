import type { Scenario, ScenarioIssue } from "@aidebt/model";

/**
 * The scenario in the URL: `?s=v1.<base64url of JSON>` where the JSON is `{ "p": presetId, "d": { path: value } }`,
 * the differences from the preset (a shock list is one entry, replaced whole). Compact for the usual
 * one-or-two-parameter change, versioned, and validated with the model's own schema when read
 * (./codec-decode, which needs the model; writing a link does not).
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

export const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

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

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

export function fromBase64Url(data: string): string | undefined {
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
