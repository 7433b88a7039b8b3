#!/usr/bin/env node
// The entry point: builds the logger, wires every command, and maps errors to exit codes. The only place
// that ends the process (by setting process.exitCode, so buffered output still drains).
import { readFileSync } from "node:fs";
import { Command } from "commander";
import { articleCommand } from "./commands/article.js";
import { compareCommand } from "./commands/compare.js";
import { explainCommand } from "./commands/explain.js";
import { factsCommand } from "./commands/facts.js";
import { glossaryCommand } from "./commands/glossary.js";
import { montecarloCommand } from "./commands/montecarlo.js";
import { presetsCommand } from "./commands/presets.js";
import { schemaCommand } from "./commands/schema.js";
import { sensitivityCommand } from "./commands/sensitivity.js";
import { simulateCommand } from "./commands/simulate.js";
import { stressCommand } from "./commands/stress.js";
import { sweepCommand } from "./commands/sweep.js";
import type { Context } from "./lib/context.js";
import { handleError } from "./lib/handle-error.js";
import { createLogger } from "./lib/logger.js";
import { detectTerminal } from "./lib/terminal.js";

const debug = process.argv.includes("--debug");
const terminal = detectTerminal();
const logger = createLogger(terminal, { debug });

// Ctrl-C: the first press aborts the running analysis through its AbortSignal; a second one leaves at once.
// The handler is installed only when a command asks for the signal, so quick synchronous commands keep
// Node's default behaviour.
const controller = new AbortController();
let interrupts = 0;
const ctx: Context = {
  logger,
  env: process.env,
  // Read as a stream: a synchronous read of fd 0 fails with EAGAIN when the pipe is non-blocking.
  readStdin: async () => {
    if (process.stdin.isTTY) logger.warn("reading a scenario from the terminal; end it with Ctrl-D");
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
    return Buffer.concat(chunks).toString("utf8");
  },
  get signal() {
    if (interrupts === 0 && process.listenerCount("SIGINT") === 0) {
      process.on("SIGINT", () => {
        interrupts += 1;
        if (interrupts > 1) process.exit(130);
        controller.abort();
      });
    }
    return controller.signal;
  },
};

// Writing to stdout after the reader has gone (`aidebt … | head`) is not an error worth a message.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };

const program = new Command("aidebt")
  .description("Analyse the AI-infrastructure debt cycle from the command line: simulate, compare, stress, explore.")
  .version(version, "-V, --version", "print the version")
  .option("--debug", "show stack traces for errors")
  // each command owns its options, wherever they appear after its name (presets and presets show both
  // have --format, with different choices)
  .enablePositionalOptions()
  .addHelpText(
    "after",
    `
Examples:
  $ aidebt simulate base                           quarterly table, events and summary
  $ aidebt simulate demand-slowdown --lang en --currency jpy
  $ aidebt simulate my.yaml --set demand.aiGrowthAnnual=0.1 --format csv -o run.csv
  $ aidebt stress base                             every trigger, one row each
  $ aidebt explain demand-slowdown --lang en       the causal story as prose
  $ aidebt simulate base --check 'summary.burstQuarter == null'

Exit codes: 0 ok, 1 error or failed --check, 2 invalid input or usage, 130 interrupted.
Environment: LANG (ja*/en* picks --lang), NO_COLOR (no colours).`,
  );

for (const command of [
  simulateCommand(ctx),
  compareCommand(ctx),
  stressCommand(ctx),
  sensitivityCommand(ctx),
  sweepCommand(ctx),
  montecarloCommand(ctx),
  explainCommand(ctx),
  presetsCommand(ctx),
  schemaCommand(ctx),
  articleCommand(ctx),
  glossaryCommand(ctx),
  factsCommand(ctx),
]) {
  program.addCommand(command);
}

// Every command, at every depth, throws instead of exiting and writes through the logger.
const configure = (command: Command): void => {
  command
    .exitOverride()
    .showHelpAfterError(logger.errStyle.dim("(add --help for usage and examples)"))
    .configureOutput({
      writeOut: (text) => logger.out(text.replace(/\n$/, "")),
      writeErr: (text) => logger.error(text.replace(/\n$/, "")),
      outputError: (text, write) => write(logger.errStyle.red(text)),
    });
  command.commands.forEach(configure);
};
configure(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = handleError(error, logger, { debug });
}
