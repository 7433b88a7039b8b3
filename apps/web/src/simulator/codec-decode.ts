import { parseScenario, ScenarioError, setPath, type ScenarioIssue } from "@aidebt/model";
import { CODEC_VERSION, fromBase64Url, isPlainObject, MAX_ENCODED, type CodecError, type DecodeResult, type Diff, type PresetLike } from "./codec";

/** Applies a diff to a scenario with the model's setPath (throws ScenarioError on a path not in the schema). */
export function applyDiff(base: unknown, diff: Diff): unknown {
  let out = base;
  for (const [path, value] of Object.entries(diff)) out = setPath(out, path, value);
  return out;
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
