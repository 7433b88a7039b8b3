import { Command } from "commander";
import { helpText } from "../i18n/help.js";
import { addGlobalOptions, addLangOption } from "../lib/context.js";
import { unknownCommand } from "../lib/program.js";

/**
 * `aidebt help [command...]`: the help of a command (`aidebt help presets show`), or of the program. An unknown
 * name is a usage error naming it, not the program's help with exit 1.
 */
export function helpCommand(program: Command): Command {
  const h = helpText().help;
  const command = new Command("help").description(h.description).argument("[command...]", h.arguments.command);
  addLangOption(command);
  addGlobalOptions(command);
  return command.action((names: string[]) => {
    let target = program;
    for (const name of names) {
      const next = target.commands.find((c) => c.name() === name || c.aliases().includes(name));
      if (next === undefined || next.name() === "help") throw unknownCommand(target, name);
      target = next;
    }
    target.outputHelp();
  });
}
