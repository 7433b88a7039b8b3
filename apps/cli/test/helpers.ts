import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const CLI = fileURLToPath(new URL("../dist/index.js", import.meta.url));

/** A home without config files, so that the machine's own settings never leak into a test. */
export const EMPTY_HOME = mkdtempSync(join(tmpdir(), "aidebt-home-"));

/**
 * The environment a test runs the CLI in: English, no colour forced either way, no settings from the
 * machine (AIDEBT_*, config files, pager, terminal size), plus the test's own variables.
 */
export function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: "en_US.UTF-8", HOME: EMPTY_HOME, XDG_CONFIG_HOME: join(EMPTY_HOME, ".config") };
  for (const name of Object.keys(env)) {
    if (name.startsWith("AIDEBT_") || ["NO_COLOR", "FORCE_COLOR", "LC_ALL", "LC_MESSAGES", "PAGER", "COLUMNS", "LINES"].includes(name)) delete env[name];
  }
  return { ...env, ...extra };
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run the built binary as a user would, with stdout and stderr as pipes (not a TTY). */
export function run(args: string[], options: { input?: string; env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: cleanEnv(options.env), cwd: options.cwd ?? EMPTY_HOME });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? "");
  });
}

/** Run under `script(1)` so stdout is a pseudo-terminal, as in an interactive shell. */
export function runInTty(args: string[], env: NodeJS.ProcessEnv = {}): Promise<RunResult> {
  const quoted = [process.execPath, CLI, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(" ");
  return new Promise((resolve, reject) => {
    const child = spawn("script", ["-qec", quoted, "/dev/null"], { env: cleanEnv({ COLUMNS: "160", ...env }), cwd: EMPTY_HOME });
    let stdout = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr: "" }));
    child.stdin.end();
  });
}

/** A small RFC 4180 parser: quoted fields, doubled quotes, newlines inside quotes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else if (char !== "\r") field += char;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

// eslint-disable-next-line no-control-regex
export const ANSI = /\u001b\[/;
