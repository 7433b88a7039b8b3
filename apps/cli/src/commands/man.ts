// `aidebt man`: the manual page, generated from the same command tree and help texts as `--help`, so the two
// never disagree. The build also writes it to dist/aidebt.1, which npm installs as the package's man page.
import { Command } from "commander";
import { helpText } from "../i18n/help.js";
import { addGlobalOptions, addLangOption, type Context } from "../lib/context.js";

/**
 * Text for roff: backslashes and hyphens escaped, characters outside ASCII as \[uXXXX] (so that any troff
 * reads them), no line starting with a control character.
 */
function roff(text: string): string {
  return text
    .replace(/\\/g, "\\e")
    .replace(/-/g, "\\-")
    .replace(/[^ -~\t\n]/gu, (char) => `\\[u${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}]`)
    .split("\n")
    .map((line) => (/^[.']/.test(line) ? `\\&${line}` : line))
    .join("\n");
}

/** The manual page of a program, in man(7) roff. */
export function manPage(program: Command, version: string): string {
  // the program's own help formatter, so that option descriptions read as in --help
  const help = program.createHelp();
  const h = helpText();
  const lines: string[] = [
    `.TH AIDEBT 1 "" "aidebt ${roff(version)}" "User Commands"`,
    ".SH NAME",
    `aidebt \\- ${roff(program.description())}`,
    ".SH SYNOPSIS",
    ".B aidebt",
    ".I command",
    "[\\fIoptions\\fR] [\\fIarguments\\fR]",
    ".SH DESCRIPTION",
    roff(program.description()),
    ".SH OPTIONS",
  ];
  const options = (command: Command): string[] =>
    help.visibleOptions(command).flatMap((option) => [".TP", `.B ${roff(option.flags)}`, roff(help.optionDescription(option))]);
  lines.push(...options(program));
  lines.push(".SH COMMANDS");
  const walk = (command: Command, prefix: string): void => {
    for (const sub of command.commands) {
      const name = `${prefix} ${sub.name()}`.trim();
      lines.push(`.SS ${roff(name)}`, `.B ${roff(help.commandUsage(sub))}`, ".br");
      lines.push(roff(sub.description()));
      for (const argument of help.visibleArguments(sub)) lines.push(".TP", `.I ${roff(argument.name())}`, roff(help.argumentDescription(argument)));
      lines.push(...options(sub));
      const after = afterText(sub);
      if (after !== "") lines.push(".PP", ".nf", roff(after), ".fi");
      walk(sub, name);
    }
  };
  walk(program, "");
  const programAfter = afterText(program);
  if (programAfter !== "") lines.push(".SH NOTES", ".nf", roff(programAfter), ".fi");
  lines.push(".SH SEE ALSO", roff(`aidebt completion bash|zsh|fish: ${h.completion.description}`));
  return `${lines.join("\n")}\n`;
}

/** The text a command adds after its options in --help (its examples and notes). */
function afterText(command: Command): string {
  let captured = "";
  const saved = command.configureOutput();
  command.configureOutput({ ...saved, writeOut: (text) => (captured += text) });
  command.outputHelp();
  command.configureOutput(saved);
  const help = command.helpInformation();
  return captured.slice(help.length).trim();
}

export function manCommand(ctx: Context, program: Command): Command {
  const h = helpText().man;
  const command = new Command("man").description(h.description);
  addLangOption(command);
  addGlobalOptions(command);
  return command.addHelpText("after", h.after).action(() => {
    ctx.logger.out(manPage(program, ctx.version));
  });
}
