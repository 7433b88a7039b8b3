import { existsSync } from "node:fs";
import { Command } from "commander";
import { errorText } from "../i18n/errors.js";
import { helpText } from "../i18n/help.js";
import { messages } from "../i18n/labels.js";
import { addOutputOptions, emit, outputOptions, type Context, type Lang } from "../lib/context.js";
import { text, type Block } from "../lib/document.js";
import { UsageError, type Issue } from "../lib/errors.js";
import { formatIssue, MAX_ISSUES, MAX_LINE } from "../lib/handle-error.js";
import { quote, safeLine } from "../lib/sanitize.js";
import { loadScenario } from "../lib/scenario-input.js";

export interface FileCheck {
  file: string;
  ok: boolean;
  /** What is wrong, when it is not ok (the same issues simulate would report). */
  problem?: string;
  issues: Issue[];
}

/** Read and validate each file as simulate would (extends, every field, the horizon), without running it. */
export async function collectValidate(files: string[], readStdin: () => Promise<string>): Promise<FileCheck[]> {
  const checks: FileCheck[] = [];
  for (const file of files) {
    if (file !== "-" && !existsSync(file)) {
      checks.push({ file, ok: false, problem: errorText().validate.noFile, issues: [{ path: file, message: errorText().validate.noFile }] });
      continue;
    }
    try {
      await loadScenario(file, {}, readStdin, { presets: false });
      checks.push({ file, ok: true, issues: [] });
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      checks.push({ file, ok: false, problem: error.message, issues: error.issues });
    }
  }
  return checks;
}

/** One line per file, its problems indented under it, and a count. */
export function printValidate(checks: FileCheck[], lang: Lang): Block[] {
  const m = messages(lang);
  const width = Math.max(m.validOk.length, m.validBad.length);
  const lines = checks.flatMap((c) => [
    `${(c.ok ? m.validOk : m.validBad).padEnd(width)}  ${safeLine(c.file, 200)}`,
    ...c.issues.slice(0, MAX_ISSUES).map((issue) => `${" ".repeat(width + 4)}${safeLine(formatIssue(issue), MAX_LINE)}`),
  ]);
  return [text(lines.join("\n")), text(m.validSummary(checks.filter((c) => c.ok).length, checks.filter((c) => !c.ok).length))];
}

export function validateCommand(ctx: Context): Command {
  const h = helpText().validate;
  const command = new Command("validate").description(h.description).argument("<files...>", h.arguments.files);
  addOutputOptions(command, { formats: ["table", "json"] });
  return command.addHelpText("after", h.after).action(async (files: string[]) => {
    const options = outputOptions(ctx, command);
    const checks = await collectValidate(files, ctx.readStdin);
    const bad = checks.filter((c) => !c.ok).length;
    // --quiet: nothing on success; only the files that fail
    const shown = ctx.logger.quiet ? checks.filter((c) => !c.ok) : checks;
    // the report echoes what each file holds only as short, escaped values, as error messages do
    const json = { files: checks.map((c) => ({ ...c, issues: c.issues.map((i) => ({ ...i, ...(i.received === undefined ? {} : { received: quote(i.received) }) })) })) };
    if (shown.length > 0) await emit(ctx, options, { json, document: () => ({ blocks: printValidate(shown, options.lang) }) });
    if (bad > 0) throw new UsageError(errorText().validate.failed(bad, checks.length));
  });
}
