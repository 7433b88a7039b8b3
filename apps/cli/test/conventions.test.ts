// What users of gh, ripgrep and hledger expect: settings with a documented precedence, the locale, colour and
// quiet switches, tables that fit the terminal, a pager, completion, a man page, validate, extends, the format
// from -o's extension, signals and a broken stdout.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getEdition } from "@aidebt/content";
import { getPreset, setPath, simulate } from "@aidebt/model";
import { describe, expect, it } from "vitest";
import { ANSI, CLI, cleanEnv, parseCsv, run, runInTty } from "./helpers.js";

const tmp = (): string => mkdtempSync(join(tmpdir(), "aidebt-conv-"));
const base = getPreset("base")!.scenario;

/** A home with a user config and a project below it with its own. */
function homeWithConfigs(user: object | null, project: object | null): { env: NodeJS.ProcessEnv; cwd: string } {
  const home = tmp();
  const cwd = join(home, "work", "project", "sub");
  mkdirSync(cwd, { recursive: true });
  if (user !== null) {
    mkdirSync(join(home, ".config", "aidebt"), { recursive: true });
    writeFileSync(join(home, ".config", "aidebt", "config.json"), JSON.stringify(user));
  }
  if (project !== null) writeFileSync(join(home, "work", "project", "aidebt.config.json"), JSON.stringify(project));
  return { env: { HOME: home, XDG_CONFIG_HOME: join(home, ".config") }, cwd };
}

describe.concurrent("settings: flag > AIDEBT_* > project file > user file > locale", () => {
  const firstCsvHeader = async (args: string[], where: { env: NodeJS.ProcessEnv; cwd: string }, env: NodeJS.ProcessEnv = {}): Promise<string> =>
    (await run(args, { cwd: where.cwd, env: { ...where.env, ...env } })).stdout.split("\n")[0] ?? "";

  it("takes each level over the ones below it", async () => {
    const where = homeWithConfigs({ format: "csv", currency: "jpy", lang: "ja" }, { format: "md" });
    // project (md) over user (csv); the user's language and currency still apply
    const md = await run(["presets"], where);
    expect(md.stdout.startsWith("**プリセット**")).toBe(true);
    // AIDEBT_FORMAT over the project file
    expect(await firstCsvHeader(["presets"], where, { AIDEBT_FORMAT: "csv" })).toBe("id,name,description,sources");
    // the flag over everything
    expect((await run(["presets", "--format", "json", "--lang", "en"], { cwd: where.cwd, env: { ...where.env, AIDEBT_FORMAT: "csv" } })).stdout.trimStart().startsWith("[")).toBe(true);
    // currency: user's jpy unless AIDEBT_CURRENCY or --currency says otherwise
    const money = (env: NodeJS.ProcessEnv, flag: string[] = []): Promise<string> =>
      run(["simulate", "base", "--quarters", "4", "--format", "md", ...flag], { cwd: where.cwd, env: { ...where.env, ...env } }).then((r) => r.stdout);
    expect(await money({})).toContain("円");
    expect(await money({ AIDEBT_CURRENCY: "usd" })).not.toContain("円");
    expect(await money({ AIDEBT_CURRENCY: "usd" }, ["--currency", "jpy"])).toContain("円");
  });

  it("reads .aidebtrc as the project file, and the locale last (LC_ALL > LC_MESSAGES > LANG)", async () => {
    const where = homeWithConfigs(null, null);
    const [en, ja] = [`# ${getEdition("en").title}`, `# ${getEdition("ja").title}`];
    writeFileSync(join(where.cwd, ".aidebtrc"), JSON.stringify({ lang: "en" }));
    expect((await run(["article", "--format", "md"], { cwd: where.cwd, env: { ...where.env, LANG: "ja_JP.UTF-8" } })).stdout.split("\n")[0]).toBe(en);
    const bare = homeWithConfigs(null, null);
    const title = async (env: NodeJS.ProcessEnv): Promise<string> => (await run(["article", "--format", "md"], { cwd: bare.cwd, env: { ...bare.env, ...env } })).stdout.split("\n")[0] ?? "";
    expect(await title({ LANG: "en_US.UTF-8" })).toBe(en);
    expect(await title({ LANG: "en_US.UTF-8", LC_MESSAGES: "ja_JP.UTF-8" })).toBe(ja);
    expect(await title({ LANG: "ja_JP.UTF-8", LC_ALL: "en_US.UTF-8" })).toBe(en);
    expect(await title({ LANG: "C.UTF-8" })).toBe(ja);
    // C or unset: the article's language for data, English for messages
    const c = await run(["glossary", "nope-nope"], { cwd: bare.cwd, env: { ...bare.env, LANG: "C.UTF-8" } });
    expect(c.stderr).toContain("no glossary term matches");
  });

  it("names the file and the field of a broken setting, and exits 2", async () => {
    const where = homeWithConfigs({ lang: "fr" }, null);
    const bad = await run(["presets"], where);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^error: invalid settings in .*config\.json\n {2}lang: not one of the allowed values, got "fr" \(allowed: ja, en\)\n/);
    const env = await run(["presets"], { env: { AIDEBT_COLOR: "sometimes" } });
    expect(env.code).toBe(2);
    expect(env.stderr).toContain('AIDEBT_COLOR: not one of the allowed values, got "sometimes" (allowed: auto, always, never)');
    const unknown = homeWithConfigs(null, { colour: "never" });
    expect((await run(["presets"], unknown)).stderr).toContain("colour: unknown key");
  });
});

describe.concurrent("help and errors in Japanese under --lang ja", () => {
  it("translates commander's titles, the options and the examples' notes", async () => {
    const help = await run(["simulate", "--help", "--lang", "ja"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("使い方: aidebt simulate");
    expect(help.stdout).toContain("オプション:");
    expect(help.stdout).toContain("シナリオの項目を上書きする");
    expect(help.stdout).toContain("例:");
    const top = await run(["--help"], { env: { LANG: "ja_JP.UTF-8" } });
    expect(top.stdout).toContain("コマンド:");
  });

  it("words errors in Japanese, the field and value as given", async () => {
    const bad = await run(["simulate", "base", "--set", "demand.aiGrowthAnnual=5", "--lang", "ja"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(
      "エラー: base のシナリオが無効です\n  demand.aiGrowthAnnual: 5 は大きすぎます(指定できる値: -0.5〜3 の数値)\nヒント: `aidebt schema --format table` で全項目の型と範囲を確認できます\n",
    );
    expect((await run(["nope", "--lang", "ja"])).stderr).toContain('"nope" は不明なコマンドです');
  });

  it("shows event kinds in Japanese in ja tables, ids in CSV", async () => {
    const ja = await run(["simulate", "demand-slowdown", "--lang", "ja", "--quarters", "8"]);
    expect(ja.stdout).toContain("需要ショック");
    expect(ja.stdout).not.toContain("demand-shock");
    const csv = await run(["simulate", "demand-slowdown", "--lang", "ja", "--quarters", "8", "--format", "csv"]);
    expect(csv.stdout).toContain("demand-shock");
  });
});

describe.concurrent("colour, quiet, columns and the terminal", () => {
  it("colours pipes with --color always and nothing with --color never", async () => {
    expect((await run(["presets", "show", "nope", "--color", "always"])).stderr).toMatch(ANSI);
    expect((await runInTty(["presets", "show", "nope", "--color", "never"])).stdout).not.toMatch(ANSI);
    expect((await run(["simulate", "base", "--quarters", "4", "--color", "always"])).stdout).toMatch(ANSI);
  });

  it("silences warnings with --quiet, and -q no longer means --quarters", async () => {
    const dir = tmp();
    const loud = await run(["presets", "--format", "json", "-o", join(dir, "a.csv")]);
    expect(loud.stderr).toContain("warning: --format json writes json to");
    const quiet = await run(["presets", "--format", "json", "-o", join(dir, "b.csv"), "--quiet"]);
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).toBe("");
    const old = await run(["simulate", "base", "-q", "8"]);
    expect(old.code).toBe(2);
    expect(old.stderr).toContain("-q now means --quiet; give the horizon with --quarters N");
  });

  it("selects columns by id in table and CSV, in the order given", async () => {
    const csv = parseCsv((await run(["simulate", "base", "--quarters", "4", "--format", "csv", "--columns", "hiddenDebt,quarter"])).stdout);
    expect(csv[0]).toEqual(["hiddenDebt", "quarter"]);
    expect(csv).toHaveLength(5);
    const table = await run(["stress", "base", "--quarters", "8", "--columns", "trigger,verdict", "--lang", "en"]);
    expect(table.stdout).toMatch(/^trigger +verdict$/m);
    expect(table.stdout).not.toContain("peak hidden debt");
  });

  it("fits tables to a 100-column terminal, and prints every column to a pipe", async () => {
    for (const args of [["facts", "--lang", "en"], ["glossary", "--lang", "en"], ["stress", "--lang", "en"], ["simulate", "--lang", "ja"]]) {
      const tty = await runInTty(args, { COLUMNS: "100", NO_COLOR: "1" });
      const widths = tty.stdout.split(/\r?\n/).map((line) => [...line].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0));
      expect(Math.max(...widths), args.join(" ")).toBeLessThanOrEqual(100);
    }
    const facts = await runInTty(["facts", "--lang", "en"], { COLUMNS: "100", NO_COLOR: "1" });
    expect(facts.stdout).toContain("(1 more column not shown: paragraph;");
    const piped = await run(["facts", "--lang", "en"]);
    expect(Math.max(...piped.stdout.split("\n").map((l) => l.length))).toBeGreaterThan(100);
  });

  it("pages long output through PAGER on a terminal, never on a pipe", async () => {
    const dir = tmp();
    const file = join(dir, "paged.txt");
    const tty = await runInTty(["glossary", "--lang", "en"], { PAGER: `cat > '${file}'`, LINES: "10", NO_COLOR: "1" });
    expect(tty.code).toBe(0);
    expect(readFileSync(file, "utf8")).toContain("Glossary");
    const piped = await run(["glossary", "--lang", "en"], { env: { PAGER: `cat > '${join(dir, "never.txt")}'` } });
    expect(piped.stdout).toContain("Glossary");
    expect(existsSync(join(dir, "never.txt"))).toBe(false);
  });
});

describe.concurrent("scenario files and validate", () => {
  it("runs a file that extends a preset and gives only what it changes", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "mine.yaml"), "extends: base\ndemand:\n  aiGrowthAnnual: 0.1\nhorizonQuarters: 12\n");
    const result = await run(["simulate", join(dir, "mine.yaml"), "--format", "json"]);
    expect(result.code, result.stderr).toBe(0);
    const expected = setPath(setPath(base, "demand.aiGrowthAnnual", 0.1), "horizonQuarters", 12);
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(JSON.stringify(simulate(expected).toJSON())));
  });

  it("validates files only, 0 when all are valid and 2 when one is not", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "good.yaml"), "extends: rate-shock\n");
    writeFileSync(join(dir, "bad.json"), JSON.stringify({ extends: "base", gpu: { bookLifeQuarters: 2 } }));
    const ok = await run(["validate", join(dir, "good.yaml")]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^ok +.*good\.yaml$/m);
    const both = await run(["validate", join(dir, "good.yaml"), join(dir, "bad.json"), join(dir, "missing.yaml")]);
    expect(both.code).toBe(2);
    expect(both.stdout).toContain("gpu.bookLifeQuarters: 2 is too small (allowed: an integer from 4 to 40, in decimal digits)");
    expect(both.stdout).toContain("missing.yaml: no such file");
    expect(both.stderr).toBe("error: 2 of 3 scenario files are invalid\n");
    const json = JSON.parse((await run(["validate", join(dir, "bad.json"), "--format", "json"])).stdout) as { files: { ok: boolean; issues: { path: string }[] }[] };
    expect(json.files[0]?.issues.map((i) => i.path)).toEqual(["gpu.bookLifeQuarters"]);
    const quiet = await run(["validate", join(dir, "good.yaml"), "--quiet"]);
    expect([quiet.code, quiet.stdout, quiet.stderr]).toEqual([0, "", ""]);
  });

  it("infers the format from -o's extension, and refuses one the command cannot write", async () => {
    const dir = tmp();
    expect((await run(["simulate", "base", "--quarters", "4", "-o", join(dir, "run.csv")])).code).toBe(0);
    expect(readFileSync(join(dir, "run.csv"), "utf8").startsWith("quarter,aiRevenue,")).toBe(true);
    expect((await run(["presets", "show", "base", "-o", join(dir, "base.yaml")])).code).toBe(0);
    expect(readFileSync(join(dir, "base.yaml"), "utf8")).toContain("scenario:");
    const refused = await run(["simulate", "base", "-o", join(dir, "run.yaml")]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("--output: a .yaml file asks for a format this command does not write");
    expect(existsSync(join(dir, "run.yaml"))).toBe(false);
  });
});

describe.concurrent("self-describing results", () => {
  it("records the scenario, the inputs and the command line in saved JSON", async () => {
    const dir = tmp();
    const file = join(dir, "mc.json");
    expect((await run(["montecarlo", "--paths", "20", "--quarters", "8", "--seed", "3", "-o", file, "--jobs", "1"])).code).toBe(0);
    const saved = JSON.parse(readFileSync(file, "utf8")) as { scenario: unknown; inputs: unknown; invocation: { commandLine: string; version: string }; source: string };
    expect(saved.source).toBe("base");
    expect(saved.scenario).toEqual(setPath(base, "horizonQuarters", 8));
    expect(saved.inputs).toEqual({ paths: 20, seed: 3, demandVolatility: 0.1, rateVolatility: 0 });
    expect(saved.invocation.commandLine).toBe("aidebt montecarlo --paths 20 --quarters 8 --seed 3");
    // the saved result is itself a scenario source
    expect((await run(["simulate", file, "--format", "json"])).code).toBe(0);
  });
});

describe.concurrent("completion and the man page", () => {
  it("completes commands, options, choices and presets in bash", () => {
    const script = execFileSync(process.execPath, [CLI, "completion", "bash"], { env: cleanEnv(), encoding: "utf8" });
    const complete = (words: string[]): string[] => {
      const line = ["aidebt", ...words];
      const program = `${script}\nCOMP_WORDS=(${line.map((w) => `'${w}'`).join(" ")}); COMP_CWORD=${line.length - 1}; _aidebt; printf '%s\\n' "\${COMPREPLY[@]}"`;
      return spawnSync("bash", ["-c", program], { encoding: "utf8" }).stdout.split("\n").filter((w) => w !== "");
    };
    expect(complete(["sim"])).toEqual(["simulate"]);
    expect(complete(["simulate", "--form"])).toEqual(["--format"]);
    expect(complete(["simulate", "--format", ""])).toEqual(["table", "json", "csv", "md"]);
    expect(complete(["presets", "show", "--format", "y"])).toEqual(["yaml"]);
    expect(complete(["simulate", "demand-"])).toContain("demand-slowdown");
    expect(complete(["presets", "sh"])).toEqual(["show"]);
    expect(complete(["simulate", "--set", "gpu.book"])).toEqual(["gpu.bookLifeQuarters="]);
    expect(complete(["completion", ""])).toEqual(["bash", "zsh", "fish"]);
  });

  it("writes zsh and fish scripts that name every command", async () => {
    const commands = ["simulate", "compare", "stress", "sensitivity", "sweep", "montecarlo", "explain", "validate", "presets", "schema", "article", "glossary", "facts", "completion", "man"];
    for (const shell of ["zsh", "fish"]) {
      const script = (await run(["completion", shell])).stdout;
      for (const name of commands) expect(script, `${shell}: ${name}`).toContain(name);
    }
    const zsh = (await run(["completion", "zsh"])).stdout;
    expect(zsh.startsWith("#compdef aidebt")).toBe(true);
    // zsh expands {a,b} only with a comma: a lone {--check} would be taken literally
    expect(zsh).not.toMatch(/\{-[^,}]*\}/);
    expect(zsh).toContain("'*--check[");
    // a shell that has them checks the syntax
    for (const [shell, flag] of [["zsh", "-n"], ["fish", "--no-execute"]] as const) {
      const has = spawnSync("sh", ["-c", `command -v ${shell}`]).status === 0;
      if (!has) continue;
      const file = join(tmp(), `aidebt.${shell}`);
      writeFileSync(file, (await run(["completion", shell])).stdout);
      expect(spawnSync(shell, [flag, file], { encoding: "utf8" }).status, shell).toBe(0);
    }
  });

  it("generates a man page from the help that groff renders without warnings", async () => {
    const page = (await run(["man"])).stdout;
    expect(page.startsWith(".TH AIDEBT 1")).toBe(true);
    for (const name of ["simulate", "presets show", "validate", "completion"]) expect(page).toContain(`.SS ${name}`);
    const has = spawnSync("sh", ["-c", "command -v groff"]).status === 0;
    if (has) {
      const rendered = spawnSync("groff", ["-man", "-Tutf8", "-ww"], { input: page, encoding: "utf8" });
      expect(rendered.stderr).toBe("");
      expect(rendered.stdout).toContain("montecarlo");
    }
  });
});

describe.concurrent("signals and a broken stdout", () => {
  const launch = (args: string[]): { child: ReturnType<typeof spawn>; stderr: () => string; started: Promise<void>; done: Promise<number | null> } => {
    const child = spawn(process.execPath, [CLI, ...args], { env: cleanEnv() });
    let err = "";
    const started = new Promise<void>((resolve) =>
      child.stderr.on("data", (chunk: Buffer) => {
        err += chunk.toString();
        if (err.includes("monte carlo:")) resolve();
      }),
    );
    const done = new Promise<number | null>((resolve) => child.on("close", resolve));
    return { child, stderr: () => err, started, done };
  };

  it("handles SIGTERM like SIGINT: the run stops, one line, exit 143", async () => {
    const run = launch(["montecarlo", "--paths", "1000000", "--quarters", "20", "--progress"]);
    await run.started;
    run.child.kill("SIGTERM");
    expect(await run.done).toBe(143);
    expect(run.stderr()).toContain("interrupted by SIGTERM");
    expect(run.stderr()).not.toMatch(/\n\s+at /);
  });

  it("reports a full stdout in one line with exit 1", () => {
    const full = spawnSync("sh", ["-c", `'${process.execPath}' '${CLI}' presets > /dev/full`], { env: cleanEnv(), encoding: "utf8" });
    expect(full.status).toBe(1);
    expect(full.stderr).toBe("error: cannot write to stdout: no space left on device (ENOSPC)\n");
  });
});
