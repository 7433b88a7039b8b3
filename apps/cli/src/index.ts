#!/usr/bin/env node
// The entry point: reads the settings, builds the logger, wires every command, and maps errors to exit codes.
// The only place that ends the process (by setting process.exitCode, so buffered output still drains, or on
// a signal or a broken stdout).
import { readFileSync } from "node:fs";
import { Command } from "commander";
import { articleCommand } from "./commands/article.js";
import { backtestCommand } from "./commands/backtest.js";
import { claimsCommand } from "./commands/claims.js";
import { marketCommand } from "./commands/market.js";
import { compareCommand } from "./commands/compare.js";
import { dataCommand } from "./commands/data.js";
import { completionCommand } from "./commands/completion.js";
import { explainCommand } from "./commands/explain.js";
import { factsCommand } from "./commands/facts.js";
import { glossaryCommand } from "./commands/glossary.js";
import { helpCommand } from "./commands/help.js";
import { manCommand } from "./commands/man.js";
import { montecarloCommand } from "./commands/montecarlo.js";
import { presetsCommand } from "./commands/presets.js";
import { schemaCommand } from "./commands/schema.js";
import { sensitivityCommand } from "./commands/sensitivity.js";
import { simulateCommand } from "./commands/simulate.js";
import { stressCommand } from "./commands/stress.js";
import { sweepCommand } from "./commands/sweep.js";
import { validateCommand } from "./commands/validate.js";
import { describeErrno, errorText } from "./i18n/errors.js";
import { helpText } from "./i18n/help.js";
import { LANGS, localeLang, setUiLang, type Lang } from "./i18n/lang.js";
import { analysesRunning } from "./lib/analysis.js";
import { addGlobalOptions, type Context } from "./lib/context.js";
import { UsageError } from "./lib/errors.js";
import { handleError } from "./lib/handle-error.js";
import { createLogger, type Logger } from "./lib/logger.js";
import { configure } from "./lib/program.js";
import { decode, MAX_SCENARIO_BYTES } from "./lib/scenario-input.js";
import { COLOR_MODES, loadSettings, type ColorMode, type LoadedSettings } from "./lib/settings.js";
import { detectTerminal } from "./lib/terminal.js";

const argv = process.argv.slice(2);
const flags = prescan(argv);
const env = process.env;

/**
 * The flags that shape messages before commander has parsed anything (a bad option's error must already be
 * in the right language and colour). Values commander would reject are ignored here; commander reports them.
 */
function prescan(args: readonly string[]): { lang?: Lang; color?: ColorMode; quiet: boolean; debug: boolean } {
  const found: { lang?: Lang; color?: ColorMode; quiet: boolean; debug: boolean } = { quiet: false, debug: false };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? "";
    if (arg === "--") break;
    const [name, inline] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    const value = inline ?? args[i + 1];
    if ((name === "--lang" || name === "-l") && LANGS.includes(value as Lang)) found.lang = value as Lang;
    else if (name === "--color" && COLOR_MODES.includes(value as ColorMode)) found.color = value as ColorMode;
    else if (name === "--quiet" || name === "-q") found.quiet = true;
    else if (name === "--debug") found.debug = true;
  }
  return found;
}

const colorFromEnv = COLOR_MODES.find((mode) => mode === env.AIDEBT_COLOR);
const langFromEnv = LANGS.find((lang) => lang === env.AIDEBT_LANG);
const makeLogger = (color: ColorMode | undefined): Logger =>
  createLogger(detectTerminal(process.stdout, process.stderr, env, flags.color ?? color ?? "auto"), { debug: flags.debug, quiet: flags.quiet });

// A broken settings file must be reported in the language and colour the rest of the settings would give.
setUiLang(flags.lang ?? langFromEnv ?? localeLang(env) ?? "en");
let logger = makeLogger(colorFromEnv);
let settings: LoadedSettings | undefined;
try {
  settings = await loadSettings(env, process.cwd());
} catch (error) {
  process.exitCode = handleError(error, logger, { debug: flags.debug });
}

if (settings !== undefined) {
  setUiLang(flags.lang ?? settings.values.lang ?? localeLang(env) ?? "en");
  logger = makeLogger(settings.values.color);
  await run(settings, logger);
}

async function run(loaded: LoadedSettings, log: Logger): Promise<void> {
  const t = errorText();

  // Ctrl-C or SIGTERM: a running analysis is aborted through the model's AbortSignal and ends with 130/143;
  // with nothing to abort (or on a second signal) the process leaves at once. Output files are written
  // synchronously, so a signal never lands between a temporary file and its rename.
  const controller = new AbortController();
  let signals = 0;
  const onSignal = (signal: NodeJS.Signals): void => {
    signals += 1;
    const code = signal === "SIGTERM" ? 143 : 130;
    if (signals > 1 || analysesRunning() === 0) {
      log.error(log.errStyle.yellow(signal === "SIGINT" ? t.aborted : t.interrupted(signal)));
      process.exit(code);
    }
    controller.abort(signal);
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);

  // A reader that has gone (`aidebt … | head`) is not worth a message; any other failure to write stdout
  // (a full disk, `> /dev/full`) is one line and exit 1.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    log.error(`${log.errStyle.red(t.error)} ${t.stdout(describeErrno(error.code))}`);
    process.exit(1);
  });
  process.stderr.on("error", () => undefined);

  const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
  const ctx: Context = {
    logger: log,
    env,
    settings: loaded,
    version,
    argv,
    // Read as a stream: a synchronous read of fd 0 fails with EAGAIN when the pipe is non-blocking.
    readStdin: async () => {
      if (process.stdin.isTTY) log.warn(t.readingTerminal);
      const chunks: Buffer[] = [];
      let total = 0;
      for await (const chunk of process.stdin) {
        const buffer = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
        total += buffer.length;
        if (total > MAX_SCENARIO_BYTES) {
          const mb = MAX_SCENARIO_BYTES / 1024 / 1024;
          throw new UsageError(t.scenario.tooLarge("stdin"), { issues: [{ path: "stdin", message: t.scenario.stdinTooLarge(mb), allowed: t.scenario.tooLargeAllowed(mb) }] });
        }
        chunks.push(buffer);
      }
      return decode(Buffer.concat(chunks), "stdin");
    },
    signal: controller.signal,
  };

  const h = helpText();
  const program = new Command("aidebt")
    .description(h.program.description)
    .version(version, "-V, --version", h.options.version)
    // each command owns its options, wherever they appear after its name (presets and presets show both
    // have --format, with different choices)
    .enablePositionalOptions()
    .helpCommand(false)
    .addHelpText("after", h.program.after);
  addGlobalOptions(program);

  for (const command of [
    simulateCommand(ctx),
    compareCommand(ctx),
    stressCommand(ctx),
    sensitivityCommand(ctx),
    sweepCommand(ctx),
    montecarloCommand(ctx),
    explainCommand(ctx),
    backtestCommand(ctx),
    claimsCommand(ctx),
    marketCommand(ctx),
    dataCommand(ctx),
    validateCommand(ctx),
    presetsCommand(ctx),
    schemaCommand(ctx),
    articleCommand(ctx),
    glossaryCommand(ctx),
    factsCommand(ctx),
    completionCommand(ctx, program),
    manCommand(ctx, program),
    helpCommand(program),
  ]) {
    program.addCommand(command);
  }
  // Every command, at every depth, throws instead of exiting and writes through the logger.
  configure(program, log);

  try {
    // `aidebt` alone: say what is missing in a line, rather than the whole help on stderr
    if (!argv.some((arg, i) => !arg.startsWith("-") && !["--color", "--lang", "-l"].includes(argv[i - 1] ?? "")) && !argv.some((a) => /^(-h|--help|-V|--version)$/.test(a))) {
      throw new UsageError(t.commander.noCommand, {
        issues: [{ path: "command", message: t.commander.missingArgumentMessage, allowed: program.commands.map((c) => c.name()).join(", ") }],
        hint: t.commander.seeHelp,
      });
    }
    await program.parseAsync(process.argv);
  } catch (error) {
    process.exitCode = handleError(error, log, { debug: flags.debug });
  }
}
