import { readFileSync, statSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ANSI, CLI, run, runInTty } from "./helpers.js";

const COMMANDS = ["simulate", "compare", "stress", "sensitivity", "sweep", "montecarlo", "explain", "presets", "schema", "article", "glossary", "facts"];

describe.concurrent("aidebt", () => {
  it("prints its version", async () => {
    const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
    const result = await run(["--version"]);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(version);
  });

  it("lists every command in --help, with examples and exit codes", async () => {
    const result = await run(["--help"]);
    expect(result.code).toBe(0);
    for (const command of COMMANDS) expect(result.stdout).toContain(command);
    expect(result.stdout).toContain("Examples:");
    expect(result.stdout).toContain("Exit codes:");
  });

  it("has --help with examples on every command", async () => {
    for (const command of [...COMMANDS.map((c) => [c]), ["presets", "show"]]) {
      const result = await run([...command, "--help"]);
      expect(result.code, command.join(" ")).toBe(0);
      expect(result.stdout, command.join(" ")).toContain("Examples:");
      expect(result.stdout, command.join(" ")).toContain("$ aidebt");
    }
  });

  it("names the missing command and exits 2 without one, 0 for `aidebt help`", async () => {
    const none = await run([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("error: no command given\n  command: required (allowed: simulate,");
    expect((await run(["help", "simulate"])).code).toBe(0);
  });

  it("is an executable file with a node shebang", () => {
    expect(readFileSync(CLI, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
    expect(statSync(CLI).mode & 0o111).not.toBe(0);
  });

  it("writes no escape codes to pipes, and none to a TTY with NO_COLOR", async () => {
    const piped = await run(["presets", "show", "nope"]);
    expect(piped.stderr).not.toMatch(ANSI);
    const tty = await runInTty(["presets", "show", "nope"]);
    expect(tty.stdout).toMatch(ANSI);
    const noColor = await runInTty(["presets", "show", "nope"], { NO_COLOR: "1" });
    expect(noColor.stdout).toContain('unknown preset "nope"');
    expect(noColor.stdout).not.toMatch(ANSI);
  });
});
