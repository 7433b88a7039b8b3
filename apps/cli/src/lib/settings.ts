// Defaults the user chooses once: a project file, a user file and AIDEBT_* variables, validated with zod.
// Precedence (highest first): command-line flag > AIDEBT_* environment > project file > user file > the
// locale (for the language) > built-in default.
//
//   project file  aidebt.config.json or .aidebtrc in the working directory or a parent (not the home directory)
//   user file     $XDG_CONFIG_HOME/aidebt/config.json (~/.config/aidebt/config.json), else ~/.aidebtrc
//   environment   AIDEBT_LANG, AIDEBT_CURRENCY, AIDEBT_FORMAT, AIDEBT_COLOR (empty means unset)
import { existsSync, readFileSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { errorText } from "../i18n/errors.js";
import type { Lang } from "../i18n/lang.js";
import { UsageError, type Issue } from "./errors.js";
import { safeLine } from "./sanitize.js";

export type ColorMode = "auto" | "always" | "never";
export const COLOR_MODES: readonly ColorMode[] = ["auto", "always", "never"];
export const SETTING_FORMATS = ["table", "json", "csv", "md", "yaml"] as const;

export interface Settings {
  lang?: Lang;
  currency?: "usd" | "jpy";
  /** Used by every command that offers this format; the others keep their own default. */
  format?: (typeof SETTING_FORMATS)[number];
  color?: ColorMode;
}

export type SettingKey = keyof Settings;

export interface LoadedSettings {
  values: Settings;
  /** Where each value came from: `AIDEBT_LANG`, or a file path. */
  origin: Partial<Record<SettingKey, string>>;
}

const ENV: Record<SettingKey, string> = { lang: "AIDEBT_LANG", currency: "AIDEBT_CURRENCY", format: "AIDEBT_FORMAT", color: "AIDEBT_COLOR" };
const MAX_CONFIG_BYTES = 64 * 1024;

/** The project and user files that exist, project first. */
export function configFiles(env: NodeJS.ProcessEnv, cwd: string): { project?: string; user?: string } {
  const home = resolve(env.HOME !== undefined && env.HOME !== "" ? env.HOME : homedir());
  const found: { project?: string; user?: string } = {};
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (dir !== home) {
      const file = ["aidebt.config.json", ".aidebtrc"].map((name) => join(dir, name)).find(isFile);
      if (file !== undefined) {
        found.project = file;
        break;
      }
    }
    if (dirname(dir) === dir) break;
  }
  const xdg = env.XDG_CONFIG_HOME !== undefined && isAbsolute(env.XDG_CONFIG_HOME) ? env.XDG_CONFIG_HOME : join(home, ".config");
  const user = [join(xdg, "aidebt", "config.json"), join(home, ".aidebtrc")].find(isFile);
  if (user !== undefined) found.user = user;
  return found;
}

const isFile = (path: string): boolean => existsSync(path) && statSync(path).isFile();

/** Read the user file, the project file and the environment, later ones overriding earlier ones. */
export async function loadSettings(env: NodeJS.ProcessEnv, cwd: string): Promise<LoadedSettings> {
  const files = configFiles(env, cwd);
  const fromEnv = Object.entries(ENV).filter(([, name]) => (env[name] ?? "") !== "");
  const loaded: LoadedSettings = { values: {}, origin: {} };
  if (files.project === undefined && files.user === undefined && fromEnv.length === 0) return loaded;

  const { schema, issuesOf } = await settingsSchema();
  const apply = (values: Settings, origin: string): void => {
    for (const [key, value] of Object.entries(values) as [SettingKey, string][]) {
      if (value === undefined || !(key in ENV)) continue;
      (loaded.values as Record<string, string>)[key] = value;
      loaded.origin[key] = origin;
    }
  };
  for (const file of [files.user, files.project]) {
    if (file === undefined) continue;
    const parsed = schema.safeParse(readConfig(file), { reportInput: true });
    if (!parsed.success) throw new UsageError(errorText().settings.invalidFile(safeLine(file, 120)), { issues: issuesOf(parsed.error), hint: errorText().settings.hint });
    apply(parsed.data, file);
  }
  const raw = Object.fromEntries(fromEnv.map(([key, name]) => [key, env[name]]));
  const parsed = schema.safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    const issues = issuesOf(parsed.error).map((issue) => ({ ...issue, path: ENV[issue.path as SettingKey] ?? issue.path }));
    throw new UsageError(errorText().settings.invalidEnv, { issues, hint: errorText().settings.hint });
  }
  for (const [key, name] of fromEnv) apply({ [key]: (parsed.data as Record<string, string>)[key] }, name);
  return loaded;
}

function readConfig(file: string): unknown {
  const t = errorText().settings;
  const shown = safeLine(file, 120);
  if (statSync(file).size > MAX_CONFIG_BYTES) {
    throw new UsageError(t.invalidFile(shown), { issues: [{ path: shown, message: t.tooLarge(MAX_CONFIG_BYTES / 1024) }] });
  }
  try {
    return JSON.parse(readFileSync(file, "utf8").replace(/^\uFEFF/, "")) as unknown;
  } catch {
    throw new UsageError(t.invalidFile(shown), { issues: [{ path: shown, message: t.notJson, allowed: t.jsonAllowed }], hint: t.hint });
  }
}

async function settingsSchema() {
  const z = await import("zod/mini");
  const schema = z.strictObject({
    $schema: z.optional(z.string()),
    lang: z.optional(z.enum(["ja", "en"])),
    currency: z.optional(z.enum(["usd", "jpy"])),
    format: z.optional(z.enum(SETTING_FORMATS)),
    color: z.optional(z.enum(COLOR_MODES as [ColorMode, ...ColorMode[]])),
  });
  const { zodIssues } = await import("./values.js");
  return { schema, issuesOf: (error: Parameters<typeof zodIssues>[0]): Issue[] => zodIssues(error) };
}
