// `aidebt completion bash|zsh|fish`: completion scripts generated from the command tree itself, so that every
// command, option and choice the help lists completes, with preset names for scenarios and parameter paths
// for --set, --x and --y.
import type { Command, Option } from "commander";
import { Command as CommanderCommand } from "commander";
import { helpText } from "../i18n/help.js";
import { dataChoices } from "./data.js";
import { addGlobalOptions, addLangOption, choiceArgument, columnsOf, type Context } from "../lib/context.js";
import { loadUnits } from "../lib/units.js";

export const SHELLS = ["bash", "zsh", "fish"] as const;
export type Shell = (typeof SHELLS)[number];

/** What a value completes to. */
export type ValueKind = { kind: "words"; words: string[]; nospace?: boolean } | { kind: "files" } | { kind: "scenario" } | { kind: "free" };

export interface OptionSpec {
  short?: string;
  long: string;
  description: string;
  /** Undefined for a flag without a value. */
  value?: ValueKind;
}

export interface CommandSpec {
  /** `["presets", "show"]`; empty for the program. */
  path: string[];
  description: string;
  options: OptionSpec[];
  /** What the positional arguments complete to. */
  positional?: ValueKind;
  subcommands: { name: string; description: string }[];
}

/** The tree as plain data, with the words that complete values. */
export async function completionSpecs(program: Command): Promise<CommandSpec[]> {
  const { presets, getPreset, simulateFast, BACKTEST_ITEMS, actualsFor } = await import("@aidebt/model");
  const periods = ["all", ...new Set(presets.flatMap((p) => actualsFor(p.id).map((a) => a.period)))];
  const units = await loadUnits();
  const data = await dataChoices();
  // `data companies|deals|series`: --company, --item and --series complete to what that table holds
  const dataWords = (command: Command, name: string): string[] | undefined =>
    command.parent?.name() === "data" ? (data as Record<string, Record<string, string[]>>)[command.name()]?.[name] : undefined;
  const presetIds = presets.map((p) => p.id);
  const parameters = units.parameters.filter((p) => !p.shock).map((p) => `${p.path}=`);
  const base = getPreset("base");
  const metrics = base === undefined ? [] : Object.entries(simulateFast(base.scenario).summary).filter(([, v]) => typeof v !== "object").map(([k]) => k);
  const valueOf = (command: Command, option: Option): ValueKind | undefined => {
    if (!option.required && !option.optional) return undefined;
    if (option.argChoices !== undefined) return { kind: "words", words: [...option.argChoices] };
    const fromData = dataWords(command, option.attributeName());
    if (fromData !== undefined) return { kind: "words", words: fromData };
    switch (option.long) {
      case "--output":
      case "--actuals":
        return { kind: "files" };
      case "--item":
        return { kind: "words", words: [...BACKTEST_ITEMS] };
      case "--period":
        return { kind: "words", words: periods };
      case "--set":
      case "--x":
      case "--y":
        return { kind: "words", words: parameters, nospace: true };
      case "--metric":
        return { kind: "words", words: metrics };
      case "--columns":
        return { kind: "words", words: [...(columnsOf(command) ?? [])] };
      default:
        return { kind: "free" };
    }
  };
  const positionalOf = (command: Command): ValueKind | undefined => {
    const name = command.registeredArguments[0]?.name();
    if (name === undefined) return undefined;
    if (name === "scenario" || name === "scenarios") return { kind: "scenario" };
    if (name === "files") return { kind: "files" };
    if (name === "name") return { kind: "words", words: presetIds };
    if (name === "shell") return { kind: "words", words: [...SHELLS] };
    if (name === "command") return { kind: "words", words: program.commands.map((c) => c.name()) };
    return { kind: "free" };
  };
  const specs: CommandSpec[] = [];
  const walk = (command: Command, path: string[]): void => {
    const positional = positionalOf(command);
    specs.push({
      path,
      description: command.description(),
      options: [...command.options, ...(command.options.some((o) => o.long === "--help") ? [] : [helpOption()])]
        .filter((o) => o.long !== undefined)
        .map((o) => {
          const value = valueOf(command, o);
          return { ...(o.short === undefined ? {} : { short: o.short }), long: o.long ?? "", description: o.description, ...(value === undefined ? {} : { value }) };
        }),
      ...(positional === undefined ? {} : { positional }),
      subcommands: command.commands.map((c) => ({ name: c.name(), description: c.description() })),
    });
    for (const sub of command.commands) walk(sub, [...path, sub.name()]);
  };
  walk(program, []);
  return specs;
}

function helpOption(): Option {
  return new CommanderCommand().createOption("-h, --help", helpText().options.help);
}

/** The completion script for a shell. */
export function completionScript(shell: Shell, specs: CommandSpec[], presetIds: string[]): string {
  switch (shell) {
    case "bash":
      return bashScript(specs, presetIds);
    case "zsh":
      return zshScript(specs, presetIds);
    case "fish":
      return fishScript(specs, presetIds);
  }
}

const key = (path: string[]): string => path.join(" ");
const sq = (s: string): string => `'${s.replace(/'/g, "'\\''")}'`;

function bashScript(specs: CommandSpec[], presetIds: string[]): string {
  const root = specs.find((s) => s.path.length === 0);
  const rootValued = (root?.options ?? []).filter((o) => o.value !== undefined).flatMap((o) => [o.long, ...(o.short === undefined ? [] : [o.short])]);
  const valueCase = (o: OptionSpec): string => {
    const names = [o.short, o.long].filter((n) => n !== undefined).join("|");
    const v = o.value;
    if (v === undefined) return "";
    const body =
      v.kind === "words"
        ? `COMPREPLY=($(compgen -W ${sq(v.words.join(" "))} -- "$cur"))${v.nospace === true ? "; compopt -o nospace" : ""}`
        : v.kind === "files"
          ? `COMPREPLY=($(compgen -f -- "$cur")); compopt -o filenames`
          : "COMPREPLY=()";
    return `        ${names}) ${body}; return ;;`;
  };
  const positional = (p: ValueKind | undefined): string => {
    if (p === undefined) return "COMPREPLY=()";
    if (p.kind === "scenario") return `COMPREPLY=($(compgen -W ${sq(presetIds.join(" "))} -- "$cur") $(compgen -f -- "$cur")); compopt -o filenames`;
    if (p.kind === "files") return `COMPREPLY=($(compgen -f -- "$cur")); compopt -o filenames`;
    if (p.kind === "words") return `COMPREPLY=($(compgen -W ${sq(p.words.join(" "))} -- "$cur"))`;
    return "COMPREPLY=()";
  };
  const cases = specs.map((spec) => {
    const words = [...spec.subcommands.map((c) => c.name), ...spec.options.flatMap((o) => [o.long, ...(o.short === undefined ? [] : [o.short])])];
    const optionWords = spec.options.flatMap((o) => [o.long, ...(o.short === undefined ? [] : [o.short])]);
    return [
      `    ${sq(key(spec.path))})`,
      `      case "$prev" in`,
      ...spec.options.map(valueCase).filter((line) => line !== ""),
      `      esac`,
      `      if [[ $cur == -* ]]; then COMPREPLY=($(compgen -W ${sq(optionWords.join(" "))} -- "$cur"))`,
      spec.subcommands.length > 0
        ? `      else COMPREPLY=($(compgen -W ${sq(words.filter((w) => !w.startsWith("-")).join(" "))} -- "$cur")); fi ;;`
        : `      else ${positional(spec.positional)}; fi ;;`,
    ].join("\n");
  });
  return `# bash completion for aidebt, generated by \`aidebt completion bash\`
# install: aidebt completion bash > ~/.local/share/bash-completion/completions/aidebt
_aidebt() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}" path="" w i skip=""
  for ((i = 1; i < COMP_CWORD; i++)); do
    w="\${COMP_WORDS[i]}"
    if [[ -n $skip ]]; then skip=""; continue; fi
    case "$w" in
      ${rootValued.length > 0 ? `${rootValued.join("|")}) [[ -z $path ]] && skip=1; continue ;;` : ""}
      -*) continue ;;
    esac
    case "$path|$w" in
${specs
  .filter((s) => s.path.length > 0)
  .map((s) => `      ${sq(`${key(s.path.slice(0, -1))}|${s.path.at(-1) ?? ""}`)}) path=${sq(key(s.path))} ;;`)
  .join("\n")}
    esac
  done
  case "$path" in
${cases.join("\n")}
  esac
}
complete -F _aidebt aidebt
`;
}

/** Escape a description for zsh's _arguments and _describe. */
const zdesc = (s: string): string => s.replace(/\\/g, "").replace(/\[/g, "(").replace(/\]/g, ")").replace(/:/g, " -").replace(/'/g, "’");

function zshScript(specs: CommandSpec[], presetIds: string[]): string {
  const fn = (path: string[]): string => `_aidebt${path.map((p) => `_${p.replace(/-/g, "_")}`).join("")}`;
  const action = (v: ValueKind | undefined): string => {
    if (v === undefined) return "";
    if (v.kind === "words") return `:value:(${v.words.map((w) => w.replace(/([ ()\\])/g, "\\$1")).join(" ")})`;
    if (v.kind === "files") return ":file:_files";
    if (v.kind === "scenario") return ":scenario:_aidebt_scenarios";
    return ":value: ";
  };
  const functions = specs.map((spec) => {
    const opts = spec.options.map((o) => {
      const names = [o.short, o.long].filter((n): n is string => n !== undefined);
      const repeatable = o.long === "--set" || o.long === "--check";
      // zsh brace-expands {-s,--set} only with a comma: a single name is written out
      const exclusion =
        names.length > 1 ? (repeatable ? `'*'{${names.join(",")}}` : `'(${names.join(" ")})'{${names.join(",")}}`) : `'${repeatable ? "*" : ""}${names[0] ?? ""}`;
      const quoteOpen = exclusion.endsWith("}") ? "'" : "";
      return `    ${exclusion}${quoteOpen}[${zdesc(o.description)}]${action(o.value)}'`;
    });
    if (spec.subcommands.length > 0) {
      return `${fn(spec.path)}() {
  local -a commands
  commands=(
${spec.subcommands.map((c) => `    '${c.name}:${zdesc(c.description)}'`).join("\n")}
  )
  _arguments -C \\
${opts.map((o) => `${o} \\`).join("\n")}
    '1: :->command' \\
    '*:: :->args'
  case $state in
    command) _describe -t commands 'aidebt command' commands ;;
    args)
      case $words[1] in
${spec.subcommands.map((c) => `        ${c.name}) ${fn([...spec.path, c.name])} ;;`).join("\n")}
      esac ;;
  esac
}`;
    }
    const positional = spec.positional === undefined ? [] : [`    '*${action(spec.positional).replace(/^:/, ":")}'`];
    return `${fn(spec.path)}() {
  _arguments \\
${[...opts, ...positional].map((o, i, all) => (i < all.length - 1 ? `${o} \\` : o)).join("\n")}
}`;
  });
  return `#compdef aidebt
# zsh completion for aidebt, generated by \`aidebt completion zsh\`
# install: aidebt completion zsh > "\${fpath[1]}/_aidebt"

_aidebt_scenarios() {
  _alternative 'presets:preset:(${presetIds.join(" ")})' 'files:scenario file:_files -g "*.(json|yaml|yml)(-.)"'
}

${functions.join("\n\n")}

_aidebt "$@"
`;
}

function fishScript(specs: CommandSpec[], presetIds: string[]): string {
  const fq = (s: string): string => `'${s.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
  const condition = (path: string[], all: CommandSpec[]): string => {
    if (path.length === 0) return "__fish_use_subcommand";
    const siblings = all.filter((s) => s.path.length === path.length + 1 && key(s.path.slice(0, -1)) === key(path)).map((s) => s.path.at(-1) ?? "");
    const seen = path.map((p) => `__fish_seen_subcommand_from ${p}`).join("; and ");
    return siblings.length > 0 ? `${seen}; and not __fish_seen_subcommand_from ${siblings.join(" ")}` : seen;
  };
  const lines: string[] = ["# fish completion for aidebt, generated by `aidebt completion fish`", "# install: aidebt completion fish > ~/.config/fish/completions/aidebt.fish", "complete -c aidebt -f"];
  for (const spec of specs) {
    const when = fq(condition(spec.path, specs));
    for (const sub of spec.subcommands) lines.push(`complete -c aidebt -n ${when} -a ${fq(sub.name)} -d ${fq(sub.description)}`);
    for (const o of spec.options) {
      const names = `${o.short === undefined ? "" : `-s ${o.short.replace(/^-/, "")} `}-l ${o.long.replace(/^--/, "")}`;
      const value =
        o.value === undefined ? "" : o.value.kind === "words" ? ` -x -a ${fq(o.value.words.join(" "))}` : o.value.kind === "files" ? " -r -F" : " -x";
      lines.push(`complete -c aidebt -n ${when} ${names}${value} -d ${fq(o.description)}`);
    }
    if (spec.positional !== undefined && spec.subcommands.length === 0 && spec.path.length > 0) {
      const p = spec.positional;
      if (p.kind === "scenario") lines.push(`complete -c aidebt -n ${when} -F -a ${fq(presetIds.join(" "))}`);
      else if (p.kind === "files") lines.push(`complete -c aidebt -n ${when} -F`);
      else if (p.kind === "words") lines.push(`complete -c aidebt -n ${when} -a ${fq(p.words.join(" "))}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

export function completionCommand(ctx: Context, program: Command): Command {
  const h = helpText().completion;
  const command = new CommanderCommand("completion").description(h.description).addArgument(choiceArgument("<shell>", h.arguments.shell, SHELLS));
  addLangOption(command);
  addGlobalOptions(command);
  return command.addHelpText("after", h.after).action(async (shell: Shell) => {
    const { presets } = await import("@aidebt/model");
    const specs = await completionSpecs(program);
    ctx.logger.out(completionScript(shell, specs, presets.map((p) => p.id)));
  });
}
