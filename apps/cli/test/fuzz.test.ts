// The fuzz suite: every case of fuzz-cases.ts against the built binary, a few at a time, then one test per
// case checking the same contract: the documented exit code (0 ok, 1 other, 2 invalid input), one error line
// naming the field, no stack trace, no raw control characters, stderr under a byte bound, and no damaged or
// partial file (files given to the run unchanged, no temporary files left, output only on success).
import { spawn } from "node:child_process";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FUZZ_CASES, type FuzzCase } from "./fuzz-cases.js";
import { CLI, cleanEnv } from "./helpers.js";

/** Most bytes a failing run may write to stderr, whatever its input (a 100 MB field included). */
const STDERR_BOUND = 4096;
const TIMEOUT_MS = 30_000;

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: Buffer;
  dir: string;
  before: Map<string, Buffer>;
  after: Map<string, Buffer>;
  listing: string[];
  ms: number;
}

const outcomes = new Map<FuzzCase, Outcome>();
const root = mkdtempSync(join(tmpdir(), "aidebt-fuzz-"));

function prepare(c: FuzzCase, index: number): { dir: string; before: Map<string, Buffer> } {
  const dir = join(root, String(index));
  mkdirSync(dir);
  const before = new Map<string, Buffer>();
  for (const [name, content] of Object.entries(c.files ?? {})) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
    before.set(name, Buffer.from(content));
  }
  for (const name of c.special?.fifo ?? []) execFileSync("mkfifo", [join(dir, name)]);
  for (const [target, link] of c.special?.symlink ?? []) symlinkSync(target, join(dir, link));
  return { dir, before };
}

function runCase(c: FuzzCase, index: number): Promise<Outcome> {
  const { dir, before } = prepare(c, index);
  const fill = (s: string): string => s.replaceAll("{dir}", dir);
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const env = cleanEnv(c.env);
    const child =
      c.shell !== undefined
        ? spawn("bash", ["-c", fill(c.shell).replaceAll("{cli}", `'${process.execPath}' '${CLI}'`)], { env, cwd: dir })
        : spawn(process.execPath, [CLI, ...(c.args ?? []).map(fill)], { env, cwd: dir });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let outBytes = 0;
    child.stdout.on("data", (chunk: Buffer) => {
      // enough to check what a case expects; the rest is counted, not kept
      if (outBytes < 2_000_000) out.push(chunk);
      outBytes += chunk.length;
    });
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    child.stdin.on("error", () => undefined);
    child.stdin.end(c.input ?? "");
    const timer = setTimeout(() => child.kill("SIGKILL"), TIMEOUT_MS);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      const listing = readdirSync(dir).sort();
      const after = new Map<string, Buffer>();
      for (const name of before.keys()) after.set(name, readFileSync(join(dir, name)));
      resolve({ code, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err), dir, before, after, listing, ms: Date.now() - started });
    });
  });
}

/** Run every case, `width` at a time. */
async function runAll(): Promise<void> {
  const width = Math.max(2, Math.min(8, availableParallelism() * 2));
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < FUZZ_CASES.length) {
      const index = next;
      next += 1;
      const c = FUZZ_CASES[index] as FuzzCase;
      outcomes.set(c, await runCase(c, index));
    }
  };
  await Promise.all(Array.from({ length: width }, worker));
}

// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/;
const STACK = /\n\s+at |node:internal|Error: .*\n\s+at/;

describe("fuzz: every unclean input ends cleanly", () => {
  beforeAll(runAll, 600_000);

  it("has at least 250 cases, each with a unique name", () => {
    expect(FUZZ_CASES.length).toBeGreaterThanOrEqual(250);
    expect(new Set(FUZZ_CASES.map((c) => `${c.klass}: ${c.name}`)).size).toBe(FUZZ_CASES.length);
  });

  for (const c of FUZZ_CASES) {
    it(`${c.klass}: ${c.name}`, () => {
      const o = outcomes.get(c);
      if (o === undefined) throw new Error("the case did not run");
      const stderr = o.stderr.toString("utf8");
      const where = `stderr: ${stderr.slice(0, 600)}`;
      expect(o.code, where).toBe(c.code);
      expect(o.stderr.length, "stderr is bounded").toBeLessThanOrEqual(STDERR_BOUND);
      expect(stderr, "no stack trace").not.toMatch(STACK);
      expect(stderr, "no raw control characters").not.toMatch(RAW_CONTROL);
      if (c.code !== 0 && c.stderrGone !== true) {
        const lines = stderr.split("\n").filter((l) => l !== "");
        const error = /^(error|エラー): /;
        expect(lines[0], where).toMatch(c.code === 1 && stderr.startsWith("check failed:") ? /^check failed:/ : error);
        expect(lines.filter((l) => error.test(l)).length, "one error line").toBe(c.code === 1 && stderr.startsWith("check failed:") ? 0 : 1);
        if (c.field !== undefined) expect(c.fieldIn === "stdout" ? o.stdout : stderr, "names the field").toContain(c.field);
      }
      if (c.code === 0 && c.stdout !== undefined) expect(o.stdout).toContain(c.stdout);
      // files the run was given are as they were, unless it succeeded in replacing them on purpose
      for (const [name, content] of o.before) {
        if (c.code === 0 && c.writes?.file === name) continue;
        expect(o.after.get(name)?.equals(content), `${name} unchanged`).toBe(true);
      }
      // nothing else is left behind: no temporary file, no partial output
      const expected = [...o.before.keys(), ...(c.special?.fifo ?? []), ...(c.special?.symlink ?? []).map(([, link]) => link), ...(c.code === 0 && c.writes ? [c.writes.file] : [])];
      expect(o.listing).toEqual([...new Set(expected.map((n) => n.split("/")[0] ?? n))].sort());
      if (c.code === 0 && c.writes !== undefined) expect(readFileSync(join(o.dir, c.writes.file), "utf8")).toContain(c.writes.contains);
    });
  }

  afterAll(() => {
    // the table for the report: cases per class, and how many ended as their contract says
    const byClass = new Map<string, { cases: number; clean: number; codes: Set<number | null> }>();
    for (const c of FUZZ_CASES) {
      const o = outcomes.get(c);
      const row = byClass.get(c.klass) ?? { cases: 0, clean: 0, codes: new Set() };
      row.cases += 1;
      if (o !== undefined && o.code === c.code && o.stderr.length <= STDERR_BOUND && !STACK.test(o.stderr.toString("utf8"))) row.clean += 1;
      row.codes.add(c.code);
      byClass.set(c.klass, row);
    }
    const lines = ["| class | cases | clean | exit codes |", "|---|---:|---:|---|"];
    for (const [klass, row] of byClass) lines.push(`| ${klass} | ${row.cases} | ${row.clean} | ${[...row.codes].sort().join(", ")} |`);
    const total = [...byClass.values()].reduce((a, r) => ({ cases: a.cases + r.cases, clean: a.clean + r.clean }), { cases: 0, clean: 0 });
    lines.push(`| **all** | **${total.cases}** | **${total.clean}** | |`);
    const slowest = [...outcomes.entries()].sort((a, b) => b[1].ms - a[1].ms)[0];
    const report = `${lines.join("\n")}\n\nlargest stderr: ${Math.max(...[...outcomes.values()].map((o) => o.stderr.length))} bytes (bound ${STDERR_BOUND}); slowest case: ${slowest?.[0].name ?? "–"} (${slowest?.[1].ms ?? 0} ms)\n`;
    mkdirSync(new URL("../.reports", import.meta.url), { recursive: true });
    writeFileSync(new URL("../.reports/fuzz-summary.md", import.meta.url), report);
  });
});
