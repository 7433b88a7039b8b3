// The README documents every command and every CSV column with its unit: checked against the binary and the
// column lists the commands use, so that a new command or column cannot go undocumented.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BACKTEST_COLUMNS } from "../src/commands/backtest.js";
import { DATA_COLUMNS } from "../src/commands/data.js";
import { FACT_COLUMNS } from "../src/commands/facts.js";
import { PRESET_COLUMNS, PRESET_SHOW_COLUMNS } from "../src/commands/presets.js";
import { SCHEMA_COLUMNS } from "../src/commands/schema.js";
import { SENSITIVITY_COLUMNS } from "../src/commands/sensitivity.js";
import { SIMULATE_COLUMNS } from "../src/commands/simulate.js";
import { STRESS_COLUMNS } from "../src/commands/stress.js";
import { run } from "./helpers.js";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const section = (title: string): string => readme.slice(readme.indexOf(`## ${title}`), readme.indexOf("\n## ", readme.indexOf(`## ${title}`) + 3));

describe("README", () => {
  it("lists every command the binary has", async () => {
    const help = (await run(["--help"])).stdout;
    const names = [...help.matchAll(/^ {2}([a-z]+) \[options\]/gm)].map((m) => m[1] ?? "");
    expect(names.length).toBeGreaterThan(10);
    const commands = section("Commands");
    for (const name of names) expect(commands, name).toContain(`\`aidebt ${name}`);
  });

  it("documents every CSV column of the commands' main tables", () => {
    const formats = section("Machine formats");
    const row = (command: string): string => formats.split("\n").find((line) => line.startsWith(`| \`${command}\` |`)) ?? "";
    const columns: [string, readonly string[]][] = [
      ["simulate", SIMULATE_COLUMNS],
      ["stress", STRESS_COLUMNS],
      ["backtest", BACKTEST_COLUMNS],
      ["data companies", DATA_COLUMNS.companies],
      ["data deals", DATA_COLUMNS.deals],
      ["data series", DATA_COLUMNS.series],
      ["sensitivity", SENSITIVITY_COLUMNS],
      ["montecarlo", ["year", "burstProbability"]],
      ["presets", PRESET_COLUMNS],
      ["presets show", PRESET_SHOW_COLUMNS],
      ["schema", SCHEMA_COLUMNS],
      ["facts", FACT_COLUMNS],
    ];
    for (const [command, ids] of columns) for (const id of ids) expect(row(command), `${command}: ${id}`).toContain(`\`${id}\``);
  });

  it("gives the exit codes the binary documents in its help", async () => {
    const help = (await run(["--help"])).stdout;
    for (const code of ["0", "1", "2", "130", "143"]) {
      expect(help).toContain(` ${code} `);
      expect(section("Conventions on every command")).toContain(`| ${code} |`);
    }
  });
});
