import { Option, type Command } from "commander";
import { parseCheck, runChecks } from "./check.js";
import type { Document } from "./document.js";
import type { Logger } from "./logger.js";
import { resolveOutput, writeOutput } from "./output.js";
import { FORMATS, renderCsv, renderJson, renderMarkdown, renderText, type Format } from "./render.js";

export type Lang = "ja" | "en";
export type Currency = "usd" | "jpy";
export const LANGS: readonly Lang[] = ["ja", "en"];
export const CURRENCIES: readonly Currency[] = ["usd", "jpy"];

/** What every command gets from the entry point: the one logger, the environment and stdin. */
export interface Context {
  logger: Logger;
  env: NodeJS.ProcessEnv;
  /** Read all of stdin (for `-` as the scenario source). */
  readStdin: () => Promise<string>;
  /** Aborted on Ctrl-C. */
  signal: AbortSignal;
}


/** `--lang` default: LANG starting with "ja" gives ja, "en" gives en, anything else ja (the article's language). */
export function defaultLang(env: NodeJS.ProcessEnv): Lang {
  const lang = (env.LANG ?? "").toLowerCase();
  if (lang.startsWith("en")) return "en";
  return "ja";
}

/** Options every data command shares, parsed. */
export interface OutputOptions {
  /** A data format; `yaml` where a command offers it. */
  format: Format | "yaml";
  lang: Lang;
  currency: Currency;
  output?: string;
  force?: boolean;
  check?: string[];
}

/** Commander's way of collecting a repeatable option into a list. */
const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/**
 * Add `--set` (repeatable) and `--quarters` to a command that runs a scenario, and `--progress` to one that
 * runs a long analysis. The wording of `--set` and `--quarters` says what they apply to in this command.
 */
export function addScenarioOptions(
  command: Command,
  help: { set?: string; quarters?: string; progress?: boolean } = {},
): Command {
  command
    .option("-s, --set <path=value>", help.set ?? "override a scenario field (repeatable)", collect)
    .option("-q, --quarters <n>", help.quarters ?? "horizon in quarters");
  if (help.progress === true) command.option("--progress", "report progress on stderr even when it is not a terminal (plain lines, for logs)");
  return command;
}

/** Add `--format --lang --currency --output --force --check` to a data command. */
export function addOutputOptions(
  command: Command,
  env: NodeJS.ProcessEnv,
  formats: readonly string[] = FORMATS,
  defaultFormat: string = formats[0] ?? "table",
): Command {
  return command
    .addOption(new Option("-f, --format <format>", "output format").choices(formats).default(defaultFormat))
    .addOption(new Option("-l, --lang <lang>", "language of labels and text (default from LANG)").choices(LANGS).default(defaultLang(env)))
    .addOption(new Option("-c, --currency <currency>", "currency for money").choices(CURRENCIES).default("usd"))
    .option("-o, --output <file>", "write to FILE atomically instead of stdout")
    .option("--force", "with --output, replace an existing file")
    .option("--check <expr>", "assert on the JSON result, e.g. 'summary.burstQuarter == null' (repeatable); exit 1 if one fails", collect)
    .option("--debug", "show stack traces for errors");
}

/** Validate what can be validated before any work: check syntax and the output path. */
export function preflight(options: OutputOptions): void {
  for (const source of options.check ?? []) parseCheck(source);
  resolveOutput({ ...(options.output === undefined ? {} : { file: options.output }), force: options.force === true });
}

/**
 * Render a result in the chosen format and send it to stdout or `--output`, then run `--check`s against its
 * JSON form. `json` is what `--format json` prints, unchanged; `document` builds the human formats lazily.
 */
export function emit(
  ctx: Context,
  options: OutputOptions,
  result: { json: unknown; document: () => Document; raw?: Partial<Record<string, () => string>> },
): void {
  const raw = result.raw?.[options.format];
  let content: string;
  if (raw !== undefined) content = raw();
  else if (options.format === "json") content = renderJson(result.json);
  else if (options.format === "csv") content = renderCsv(result.document());
  else if (options.format === "md") content = renderMarkdown(result.document());
  else {
    const terminal = ctx.logger.terminal;
    const toTerminal = resolveOutput({ ...(options.output === undefined ? {} : { file: options.output }), force: options.force === true }).kind === "stdout";
    content = renderText(result.document(), {
      charts: toTerminal && terminal.stdoutIsTTY,
      style: toTerminal ? ctx.logger.style : { ...plainStyle },
    });
  }
  const target = resolveOutput({ ...(options.output === undefined ? {} : { file: options.output }), force: options.force === true });
  if (target.kind === "stdout" || options.output === undefined) ctx.logger.out(content);
  else writeOutput({ file: options.output, force: options.force === true }, content);
  if (options.check !== undefined && options.check.length > 0) runChecks(options.check, result.json);
}

const id = (s: string): string => s;
const plainStyle = { bold: id, dim: id, red: id, green: id, yellow: id, cyan: id };
