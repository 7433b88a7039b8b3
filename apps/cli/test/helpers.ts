import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

export const CLI = fileURLToPath(new URL("../dist/index.js", import.meta.url));

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run the built binary as a user would, with stdout and stderr as pipes (not a TTY). */
export function run(args: string[], options: { input?: string; env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, LANG: "en_US.UTF-8", ...options.env };
    delete env.NO_COLOR;
    delete env.FORCE_COLOR;
    if (options.env?.NO_COLOR !== undefined) env.NO_COLOR = options.env.NO_COLOR;
    const child = spawn(process.execPath, [CLI, ...args], { env, cwd: options.cwd });
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
    const base: NodeJS.ProcessEnv = { ...process.env, LANG: "en_US.UTF-8", COLUMNS: "160" };
    delete base.NO_COLOR;
    delete base.FORCE_COLOR;
    const child = spawn("script", ["-qec", quoted, "/dev/null"], { env: { ...base, ...env } });
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
