// How every commander Command of the CLI behaves: help worded in the user's language, output through the
// logger, and commander's parse errors turned into usage errors that name the option or argument (commander's
// own messages echo what was typed, unbounded and unescaped).
import type { Argument, Command, Option } from "commander";
import { errorText } from "../i18n/errors.js";
import { helpText } from "../i18n/help.js";
import { UsageError } from "./errors.js";
import type { Logger } from "./logger.js";
import { quote } from "./sanitize.js";
import { closest } from "./scenario-input.js";

/** Configure a command and every command below it. */
export function configure(command: Command, logger: Logger): void {
  const h = helpText();
  command
    .exitOverride()
    .helpOption("-h, --help", h.options.help)
    .configureHelp({
      styleTitle: (title) => h.titles[title] ?? title,
      optionDescription: (option: Option) => describe(option.description, option.argChoices, option.defaultValue as unknown),
      argumentDescription: (argument: Argument) => describe(argument.description, argument.argChoices, argument.defaultValue as unknown),
    })
    .configureOutput({
      writeOut: (text) => logger.out(text.replace(/\n$/, "")),
      writeErr: (text) => logger.error(text.replace(/\n$/, "")),
      outputError: () => undefined,
    });
  command.error = (message: string, options?: { code?: string; exitCode?: number }): never => {
    throw usageErrorOf(command, message, options?.code);
  };
  command.commands.forEach((sub) => configure(sub, logger));
}

function describe(description: string, choices: readonly string[] | undefined, defaultValue: unknown): string {
  const h = helpText();
  const extra: string[] = [];
  if (choices !== undefined) extra.push(`${h.choices}: ${choices.join(", ")}`);
  if (typeof defaultValue === "string" || typeof defaultValue === "number") extra.push(`${h.default}: ${defaultValue}`);
  return extra.length === 0 ? description : `${description} (${extra.join("; ")})`;
}

/** A commander parse error as a usage error naming the option or argument. */
export function usageErrorOf(command: Command, message: string, code: string | undefined): UsageError {
  const t = errorText().commander;
  const quoted = (pattern: RegExp): string => pattern.exec(message)?.[1] ?? "";
  const help = errorText().helpHint;
  switch (code) {
    case "commander.unknownOption": {
      const flag = quoted(/^error: unknown option '([\s\S]*?)'(?:\n\(Did you mean [^)]*\?\))?$/);
      const longs = optionsOf(command).map((o) => o.long).filter((l): l is string => l !== undefined);
      const near = flag.startsWith("--") ? closest(flag, longs) : [];
      return new UsageError(t.unknownOption(quote(flag)), {
        issues: [{ path: quote(flag).slice(1, -1), message: t.unknownOptionMessage, allowed: longs.join(", ") }],
        hint: near.length > 0 ? `${t.didYouMean(near.join(", "))} ${help}` : help,
      });
    }
    case "commander.unknownCommand": {
      const name = command.args[0] ?? "";
      return unknownCommand(command, name);
    }
    case "commander.missingArgument": {
      const name = quoted(/'([^']*)'/);
      return new UsageError(t.missingArgument(name), { issues: [{ path: name, message: t.missingArgumentMessage }], hint: help });
    }
    case "commander.optionMissingArgument": {
      const flags = quoted(/option '([^']*)'/);
      return new UsageError(t.optionMissingArgument(flags), { issues: [{ path: longOf(flags), message: t.optionMissingMessage }], hint: help });
    }
    case "commander.missingMandatoryOptionValue": {
      const flags = quoted(/option '([^']*)'/);
      return new UsageError(t.requiredOption(flags), { issues: [{ path: longOf(flags), message: t.requiredMessage }], hint: help });
    }
    case "commander.excessArguments": {
      const expected = command.registeredArguments.length;
      const extras = command.args.slice(expected);
      // -q used to mean --quarters: `-q 8` now leaves 8 as an extra argument
      const hint = process.argv.includes("-q") ? errorText().quietHint : help;
      return new UsageError(t.excessArguments(command.name(), expected), {
        issues: [{ path: "arguments", message: t.excessMessage(extras.slice(0, 3).map((a) => quote(a)).join(" ")) }],
        hint,
      });
    }
    default:
      return new UsageError(message.replace(/^error: /, "").split("\n")[0] ?? "", { hint: help });
  }
}

/** `aidebt nope` or `aidebt help nope`: the commands there are, and the nearest. */
export function unknownCommand(parent: Command, name: string): UsageError {
  const t = errorText().commander;
  const names = parent.commands.map((c) => c.name());
  const near = closest(name, names).filter((n) => names.includes(n));
  return new UsageError(t.unknownCommand(quote(name)), {
    issues: [{ path: "command", message: t.unknownCommandMessage, received: name, allowed: t.commandsAllowed(names.join(", ")) }],
    hint: near.length > 0 ? t.didYouMean(near.join(", ")) : t.seeHelp,
  });
}

function optionsOf(command: Command): readonly Option[] {
  return command.options;
}

const longOf = (flags: string): string => /--[\w-]+/.exec(flags)?.[0] ?? flags;
