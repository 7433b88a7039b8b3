// What every command shares: the context from the entry point, the options of data commands and how they
// resolve (flag > extension of -o > AIDEBT_* > project file > user file > locale > default), and `emit`, the
// one way a result leaves the process.
import { extname } from "node:path";
import { Argument, Option, type Command } from "commander";
import { errorText } from "../i18n/errors.js";
import { helpText } from "../i18n/help.js";
import { messages } from "../i18n/labels.js";
import { LANGS, localeLang, type Lang } from "../i18n/lang.js";
import { parseCheck, runChecks } from "./check.js";
import { selectColumns, type Document } from "./document.js";
import { UsageError } from "./errors.js";
import type { Logger } from "./logger.js";
import { resolveOutput, writeOutput } from "./output.js";
import { page, pagerCommand } from "./pager.js";
import { renderCsv, renderJson, renderMarkdown, renderText } from "./render.js";
import { quote } from "./sanitize.js";
import { COLOR_MODES, type LoadedSettings } from "./settings.js";

export { LANGS, type Lang };
export type Currency = "usd" | "jpy";
export const CURRENCIES: readonly Currency[] = ["usd", "jpy"];

/** What every command gets from the entry point. */
export interface Context {
  logger: Logger;
  env: NodeJS.ProcessEnv;
  /** Defaults from AIDEBT_* and the config files. */
  settings: LoadedSettings;
  /** The CLI's version, for --version and self-describing results. */
  version: string;
  /** The arguments after `aidebt`, as given. */
  argv: readonly string[];
  /** Read all of stdin (for `-` as the scenario source), up to the scenario size limit. */
  readStdin: () => Promise<string>;
  /** Aborted on Ctrl-C or SIGTERM; its reason is the signal's name. */
  signal: AbortSignal;
}

/** The language of a command's output when --lang is not given: settings, then the locale, then ja (the article's). */
export function defaultLang(ctx: Pick<Context, "env" | "settings">): Lang {
  return ctx.settings.values.lang ?? localeLang(ctx.env) ?? "ja";
}

/**
 * An option restricted to a list of values. The list is shown in help and completion; a value outside it is
 * a usage error naming the option (commander's own check would echo the value unbounded).
 */
export function choiceOption(flags: string, description: string, choices: readonly string[]): Option {
  const option = new Option(flags, description);
  option.argChoices = [...choices];
  return option.argParser((value: string) => {
    if (!choices.includes(value)) {
      const t = errorText().commander;
      const name = option.long ?? option.flags;
      throw new UsageError(t.invalidChoice(name), { issues: [{ path: name, message: t.notAChoice, received: value, allowed: choices.join(", ") }] });
    }
    return value;
  });
}

/** An argument restricted to a list of values, checked like `choiceOption`. */
export function choiceArgument(name: string, description: string, choices: readonly string[]): Argument {
  const argument = new Argument(name, description);
  argument.argChoices = [...choices];
  return argument.argParser((value: string) => {
    if (!choices.includes(value)) {
      const t = errorText().commander;
      const label = argument.name();
      throw new UsageError(t.invalidChoice(label), { issues: [{ path: label, message: t.notAChoice, received: value, allowed: choices.join(", ") }] });
    }
    return value;
  });
}

/** `--color`, `--quiet` and `--debug`: every command has them, wherever they appear after its name. */
export function addGlobalOptions(command: Command): Command {
  const h = helpText().options;
  return command
    .addOption(choiceOption("--color <when>", h.color, COLOR_MODES))
    .option("-q, --quiet", h.quiet)
    .option("--debug", h.debug);
}

/** `--lang` on a command without data output (help, man, completion): the language of what it prints. */
export function addLangOption(command: Command): Command {
  return command.addOption(choiceOption("-l, --lang <lang>", helpText().options.lang, LANGS));
}

/** Commander's way of collecting a repeatable option into a list. */
const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** `--set` (repeatable) and `--quarters` on a command that runs a scenario; `--progress` on a long analysis. */
export function addScenarioOptions(command: Command, extra: { progress?: boolean } = {}): Command {
  const h = helpText().options;
  command.option("-s, --set <path=value>", h.set, collect).option("--quarters <n>", h.quarters);
  if (extra.progress === true) command.option("--progress", h.progress);
  return command;
}

/** What a data command offers. */
export interface OutputSpec {
  formats: readonly string[];
  /** The format when nothing else decides (default: the first). */
  defaultFormat?: string;
  /** --currency, where money is shown. */
  currency?: boolean;
  /** --check, where there is a result to assert on. */
  check?: boolean;
  /** --columns: the ids of the main table's columns (undefined: the command has no such table). */
  columns?: readonly string[];
}

const SPECS = new WeakMap<Command, OutputSpec>();

/** The ids `--columns` accepts on a command, if it has the option. */
export function columnsOf(command: Command): readonly string[] | undefined {
  return SPECS.get(command)?.columns;
}

/** Add `--format --lang [--currency] --output --force [--check] [--columns]` and the global options. */
export function addOutputOptions(command: Command, spec: OutputSpec): Command {
  SPECS.set(command, spec);
  const h = helpText().options;
  const defaultFormat = spec.defaultFormat ?? spec.formats[0] ?? "table";
  command
    .addOption(choiceOption("-f, --format <format>", h.format.replace("%s", defaultFormat), spec.formats))
    .addOption(choiceOption("-l, --lang <lang>", h.lang, LANGS));
  if (spec.currency === true) command.addOption(choiceOption("-c, --currency <currency>", h.currency, CURRENCIES));
  command.option("-o, --output <file>", h.output).option("--force", h.force);
  if (spec.check === true) command.option("--check <expr>", h.check, collect);
  if (spec.columns !== undefined) command.option("--columns <ids>", h.columns);
  return addGlobalOptions(command);
}

/** The options of a data command, resolved. */
export interface OutputOptions {
  format: string;
  lang: Lang;
  currency: Currency;
  output?: string;
  force: boolean;
  check: string[];
  columns?: string[];
}

const EXTENSIONS: Record<string, string> = { ".json": "json", ".csv": "csv", ".md": "md", ".markdown": "md", ".yaml": "yaml", ".yml": "yaml", ".txt": "table", ".text": "table" };

/**
 * Resolve and check a data command's options before any work: the format (flag, then -o's extension, then
 * settings, then the command's default), the language and currency, the output target, --check syntax and
 * --columns ids.
 */
export function outputOptions(ctx: Context, command: Command): OutputOptions {
  const spec = SPECS.get(command) ?? { formats: ["table"] };
  const raw = command.opts<{ format?: string; lang?: Lang; currency?: Currency; output?: string; force?: boolean; check?: string[]; columns?: string }>();
  const t = errorText().output;
  const explicit = command.getOptionValueSource("format") === "cli" ? raw.format : undefined;
  const inferred = raw.output === undefined || raw.output === "-" ? undefined : EXTENSIONS[extname(raw.output).toLowerCase()];
  if (explicit === undefined && inferred !== undefined && !spec.formats.includes(inferred)) {
    throw new UsageError(t.cannotWrite(quote(raw.output)), {
      issues: [{ path: "--output", message: t.extensionUnsupported(extname(raw.output ?? "")), received: raw.output, allowed: t.extensionAllowed(spec.formats.join(", ")) }],
    });
  }
  const configured = ctx.settings.values.format;
  const format =
    explicit ??
    (inferred !== undefined && spec.formats.includes(inferred) ? inferred : undefined) ??
    (configured !== undefined && spec.formats.includes(configured) ? configured : undefined) ??
    spec.defaultFormat ??
    spec.formats[0] ??
    "table";
  if (explicit !== undefined && inferred !== undefined && inferred !== explicit) {
    ctx.logger.warn(t.formatMismatch(explicit, quote(raw.output), inferred));
  }
  const options: OutputOptions = {
    format,
    lang: raw.lang ?? defaultLang(ctx),
    currency: raw.currency ?? ctx.settings.values.currency ?? "usd",
    ...(raw.output === undefined ? {} : { output: raw.output }),
    force: raw.force === true,
    check: raw.check ?? [],
    ...(raw.columns === undefined ? {} : { columns: parseColumns(raw.columns, format, spec) }),
  };
  for (const source of options.check) parseCheck(source);
  resolveOutput({ ...(options.output === undefined ? {} : { file: options.output }), force: options.force });
  return options;
}

function parseColumns(raw: string, format: string, spec: OutputSpec): string[] {
  const t = errorText().columns;
  if (format === "json" || format === "yaml") {
    throw new UsageError(t.invalid, { issues: [{ path: "--columns", message: t.notWithFormat(format), allowed: t.formatAllowed }] });
  }
  const ids = raw.split(",").map((s) => s.trim()).filter((s) => s !== "");
  const known = spec.columns ?? [];
  const unknown = ids.filter((id) => !known.some((k) => k.toLowerCase() === id.toLowerCase()));
  if (ids.length === 0 || unknown.length > 0) {
    throw new UsageError(t.invalid, {
      issues: [{ path: "--columns", message: ids.length === 0 ? t.empty : t.unknown(unknown.map((id) => quote(id)).join(", ")), received: raw, allowed: known.join(", ") }],
    });
  }
  return ids;
}

/**
 * Render a result in the chosen format and send it to stdout (through the pager when it is a terminal and
 * the text is long) or to `--output`, then run `--check`s against its JSON form.
 */
export async function emit(
  ctx: Context,
  options: OutputOptions,
  result: { json: unknown; document: () => Document; raw?: Partial<Record<string, () => string>> },
): Promise<void> {
  const target = resolveOutput({ ...(options.output === undefined ? {} : { file: options.output }), force: options.force });
  const toTerminal = target.kind === "stdout";
  const document = (): Document => {
    const doc = result.document();
    if (options.columns === undefined) return doc;
    const selected = selectColumns(doc, options.columns);
    if ("doc" in selected) return selected.doc;
    const t = errorText().columns;
    throw new UsageError(t.invalid, { issues: [{ path: "--columns", message: t.unknown(selected.unknown.join(", ")), allowed: selected.available.join(", ") }] });
  };
  const raw = result.raw?.[options.format];
  let content: string;
  if (raw !== undefined) content = raw();
  else if (options.format === "json") content = renderJson(result.json);
  else if (options.format === "csv") content = renderCsv(document());
  else if (options.format === "md") content = renderMarkdown(document());
  else {
    const terminal = ctx.logger.terminal;
    const tty = toTerminal && terminal.stdoutIsTTY;
    content = renderText(document(), {
      charts: tty,
      style: toTerminal ? ctx.logger.style : plainStyle,
      ...(tty ? { width: terminal.columns } : {}),
      hiddenColumns: messages(options.lang).columnsHidden,
    });
  }
  if (target.kind === "stdout") await toStdout(ctx, content);
  else writeOutput({ file: options.output ?? "", force: options.force }, content);
  if (options.check.length > 0) runChecks(options.check, result.json);
}

async function toStdout(ctx: Context, content: string): Promise<void> {
  const { terminal } = ctx.logger;
  const pager = pagerCommand(ctx.env);
  const lines = content.split("\n").length - 1;
  if (pager !== undefined && terminal.stdoutIsTTY && lines > terminal.rows && (await page(pager, content, ctx.env))) return;
  ctx.logger.out(content);
}

const id = (s: string): string => s;
const plainStyle = { bold: id, dim: id, red: id, green: id, yellow: id, cyan: id };

/**
 * Options that change where, how or how fast a result is made, never the result: left out of recorded
 * command lines, so that `montecarlo --jobs 1` and `--jobs 2` save the same bytes.
 */
const PRESENTATION_ONLY = new Set(["-o", "--output", "--force", "--progress", "-q", "--quiet", "--color", "--debug", "-j", "--jobs"]);
const TAKES_VALUE = new Set(["-o", "--output", "--color", "-j", "--jobs"]);

/**
 * How a result was made, for saved JSON: the tool, its version and the command line (without the options that
 * only decide where and how output appears), so that a file says what produced it.
 */
export function invocation(ctx: Pick<Context, "argv" | "version">): { tool: string; version: string; argv: string[]; commandLine: string } {
  const argv: string[] = [];
  for (let i = 0; i < ctx.argv.length; i += 1) {
    const arg = ctx.argv[i] ?? "";
    const name = arg.startsWith("--") ? (arg.split("=")[0] ?? arg) : /^-[oj]/.test(arg) ? arg.slice(0, 2) : arg;
    if (!PRESENTATION_ONLY.has(name)) {
      argv.push(arg);
      continue;
    }
    if (TAKES_VALUE.has(name) && arg === name) i += 1;
  }
  const shell = (a: string): string => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, "'\\''")}'`);
  return { tool: "aidebt", version: ctx.version, argv, commandLine: ["aidebt", ...argv].map(shell).join(" ") };
}
