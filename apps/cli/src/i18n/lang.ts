// The two languages the CLI speaks, and which one the process speaks to its user. The entry point sets the
// language of help and error messages once, before any command is built (as gettext's setlocale does); the
// language of data (labels, article, event messages) is each command's --lang.

export type Lang = "ja" | "en";
export const LANGS: readonly Lang[] = ["ja", "en"];

/**
 * The language the locale asks for: the first non-empty of LC_ALL, LC_MESSAGES and LANG (POSIX order) when it
 * starts with ja or en; undefined for C, POSIX and every other language.
 *
 * @example
 * localeLang({ LC_ALL: "", LC_MESSAGES: "ja_JP.UTF-8", LANG: "en_US.UTF-8" }); // "ja"
 * localeLang({ LANG: "C.UTF-8" }); // undefined
 */
export function localeLang(env: NodeJS.ProcessEnv): Lang | undefined {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== "") ?? "";
  const tag = locale.toLowerCase();
  if (tag.startsWith("ja")) return "ja";
  if (tag.startsWith("en")) return "en";
  return undefined;
}

let current: Lang = "en";

/** Set the language of help and error messages for the rest of the process. */
export function setUiLang(lang: Lang): void {
  current = lang;
}

/** The language of help and error messages. */
export function uiLang(): Lang {
  return current;
}
