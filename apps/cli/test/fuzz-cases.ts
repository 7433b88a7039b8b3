// The fuzz table: every unclean case of issue 18 and the classes they stand for, as data. Each case is run
// against the built binary by fuzz.test.ts, which checks the same contract for all of them: the documented exit
// code, one error line naming the field, no stack trace, bounded stderr, no damaged or partial file.
import { getPreset } from "@aidebt/model";

export interface FuzzCase {
  /** Class of input the case stands for (the summary table counts cases per class). */
  klass: string;
  name: string;
  /** Arguments after `aidebt`; `{dir}` is the case's own temporary directory. */
  args?: string[];
  /** Instead of args: a shell command line, `{cli}` being the quoted node and binary. */
  shell?: string;
  input?: string | Buffer;
  env?: NodeJS.ProcessEnv;
  /** Files created in `{dir}` before the run (paths relative to it); they must be unchanged after a failure. */
  files?: Record<string, string | Buffer>;
  /** Special files created before the run. */
  special?: { fifo?: string[]; symlink?: [target: string, link: string][] };
  /** The documented exit code: 0 ok, 1 other failure, 2 invalid input or usage. */
  code: 0 | 1 | 2;
  /** Text the error output must contain: the field (option, path, file) it is about. */
  field?: string;
  /** For code 0: text stdout must contain, or a check of a written file. */
  stdout?: string;
  /** Where the field is named: stderr (default), or stdout for a command whose report is its data (validate). */
  fieldIn?: "stdout";
  /** stderr is redirected away by the case itself (`2> /dev/full`): only the exit code can be checked. */
  stderrGone?: true;
  /** For code 0 with -o: the file the run must leave in `{dir}`, and text it must contain. */
  writes?: { file: string; contains: string };
}

const base = getPreset("base")!.scenario;
const big = (n: number, char = "x"): string => char.repeat(n);
const ESC = "\u001b";
// terminal escapes (title, clear screen, colour), a bell and a bidirectional override; argv cannot hold NUL,
// which the file cases carry instead
const HOSTILE = `${ESC}]0;owned${ESC}\\${ESC}[2J${ESC}[31mred\u0007bell\u202e`;
const quick = ["--quarters", "8"];

const cases: FuzzCase[] = [];
const add = (klass: string, list: Omit<FuzzCase, "klass">[]): void => {
  for (const c of list) cases.push({ klass, ...c });
};

// ---- destructive: -o PATH on every kind of path ----------------------------------------------------------
add("output target", [
  { name: "-o existing file without --force", args: ["presets", "-f", "json", "-o", "{dir}/old.json"], files: { "old.json": "old" }, code: 2, field: "--output" },
  { name: "-o existing file with --force", args: ["presets", "-f", "json", "-o", "{dir}/old.json", "--force"], files: { "old.json": "old" }, code: 0, writes: { file: "old.json", contains: '"id": "base"' } },
  { name: "-o new file", args: ["presets", "-f", "json", "-o", "{dir}/new.json"], code: 0, writes: { file: "new.json", contains: '"id": "base"' } },
  { name: "-o empty path", args: ["presets", "-o", ""], code: 2, field: "--output: the path is empty" },
  { name: "-o -", args: ["presets", "-f", "csv", "-o", "-"], code: 0, stdout: "id,name" },
  { name: "-o /dev/stdout", args: ["presets", "-f", "csv", "-o", "/dev/stdout", "--force"], code: 0, stdout: "id,name" },
  { name: "-o a directory", args: ["presets", "-o", "{dir}", "--force"], code: 2, field: "--output: is a directory" },
  { name: "-o in a missing directory", args: ["presets", "-o", "{dir}/no/such/x.json"], code: 2, field: "--output: directory" },
  { name: "-o under a file", args: ["presets", "-o", "{dir}/plain/x.json"], files: { plain: "file" }, code: 2, field: "--output" },
  { name: "-o dangling symlink", args: ["presets", "-o", "{dir}/link.json", "--force"], special: { symlink: [["missing.json", "link.json"]] }, code: 2, field: "--output: a symbolic link to a file that does not exist" },
  { name: "-o symlink to a file, no --force", args: ["presets", "-o", "{dir}/link.json"], files: { "target.json": "old" }, special: { symlink: [["target.json", "link.json"]] }, code: 2, field: "--output" },
  { name: "-o symlink loop", args: ["presets", "-o", "{dir}/a.json", "--force"], special: { symlink: [["b.json", "a.json"], ["a.json", "b.json"]] }, code: 2, field: "--output" },
  { name: "-o name too long", args: ["presets", "-f", "json", "-o", `{dir}/${big(300)}.json`], code: 2, field: "--output" },
  { name: "-o with control characters", args: ["presets", "-o", `{dir}/no/${HOSTILE}.json`], code: 2, field: "--output" },
  { name: "-o 100 kB path", args: ["presets", "-o", `{dir}/${big(100_000)}`], code: 2, field: "--output" },
  { name: "-o /dev/full", args: ["presets", "-f", "json", "-o", "/dev/full", "--force"], code: 1, field: "no space left on device" },
  { name: "invalid input with -o writes nothing", args: ["simulate", "nosuch", "-o", "{dir}/run.csv"], code: 2, field: "scenario" },
  { name: "invalid --set with -o over an existing file", args: ["simulate", "base", "--set", "gpu.costShare=2", "-o", "{dir}/run.csv", "--force"], files: { "run.csv": "keep" }, code: 2, field: "gpu.costShare" },
  { name: "-o .yaml on a command without yaml", args: ["simulate", "base", "-o", "{dir}/run.yaml"], code: 2, field: "--output" },
  { name: "-o .csv infers csv", args: ["simulate", "base", ...quick, "-o", "{dir}/run.csv"], code: 0, writes: { file: "run.csv", contains: "quarter,aiRevenue" } },
  { name: "--format json -o .csv warns and writes json", args: ["presets", "--format", "json", "-o", "{dir}/p.csv"], code: 0, writes: { file: "p.csv", contains: '"id"' } },
]);

// ---- empty values: never read as 0 -----------------------------------------------------------------------
add("empty value", [
  { name: "--seed ''", args: ["montecarlo", "--seed", "", "--paths", "5"], code: 2, field: "--seed: empty value" },
  { name: "--paths ''", args: ["montecarlo", "--paths", ""], code: 2, field: "--paths: empty value" },
  { name: "--volatility ''", args: ["montecarlo", "--volatility", "", "--paths", "5"], code: 2, field: "--volatility: empty value" },
  { name: "--rate-volatility ''", args: ["montecarlo", "--rate-volatility", "", "--paths", "5"], code: 2, field: "--rate-volatility: empty value" },
  { name: "--jobs ''", args: ["montecarlo", "--jobs", "", "--paths", "5"], code: 2, field: "--jobs: empty value" },
  { name: "--quarters ''", args: ["simulate", "base", "--quarters", ""], code: 2, field: "--quarters: empty value" },
  { name: "--quarters ' '", args: ["simulate", "base", "--quarters", " "], code: 2, field: "--quarters: empty value" },
  { name: "--step ''", args: ["sensitivity", "--step", ""], code: 2, field: "--step: empty value" },
  { name: "--top ''", args: ["sensitivity", "--top", ""], code: 2, field: "--top: empty value" },
  { name: "--set path=", args: ["simulate", "base", "--set", "demand.aiGrowthAnnual="], code: 2, field: "demand.aiGrowthAnnual: empty value" },
  { name: "--set path= (spaces)", args: ["simulate", "base", "--set", "demand.aiGrowthAnnual=   "], code: 2, field: "demand.aiGrowthAnnual: empty value" },
  { name: "--set ''", args: ["simulate", "base", "--set", ""], code: 2, field: "--set: expected PATH=VALUE" },
  { name: "--set =1", args: ["simulate", "base", "--set", "=1"], code: 2, field: "--set: expected PATH=VALUE" },
  { name: "--x ''", args: ["sweep", "--x", "", "--y", "rates.baseAnnual=0:0.1:2"], code: 2, field: "--x" },
  { name: "--y path=::", args: ["sweep", "--x", "demand.aiGrowthAnnual=0:0.6:2", "--y", "rates.baseAnnual=::"], code: 2, field: "--y" },
  { name: "--metric ''", args: ["sensitivity", "--metric", "", ...quick], code: 2, field: "--metric" },
  { name: "--columns ''", args: ["presets", "--columns", ""], code: 2, field: "--columns" },
  { name: "--columns ','", args: ["presets", "--columns", ",,"], code: 2, field: "--columns: no column named" },
  { name: "--check ''", args: ["simulate", "base", "--check", ""], code: 2, field: "--check" },
  { name: "--section ''", args: ["article", "--section", ""], code: 2, field: "--section" },
  { name: "--format ''", args: ["presets", "--format", ""], code: 2, field: "--format" },
  { name: "--lang ''", args: ["presets", "--lang", ""], code: 2, field: "--lang" },
  { name: "scenario ''", args: ["simulate", ""], code: 2, field: "scenario" },
  { name: "glossary ''", args: ["glossary", ""], code: 2, field: "term" },
]);

// ---- whole numbers: decimal digits only, in range ---------------------------------------------------------
const INTEGER_OPTIONS: [string, string[], string][] = [
  ["--paths", ["montecarlo", ...quick, "--paths"], "--paths"],
  ["--seed", ["montecarlo", ...quick, "--paths", "5", "--seed"], "--seed"],
  ["--top", ["sensitivity", ...quick, "--top"], "--top"],
  ["--jobs", ["montecarlo", ...quick, "--paths", "5", "--jobs"], "--jobs"],
  ["--quarters", ["simulate", "base", "--quarters"], "--quarters"],
];
for (const [option, prefix, field] of INTEGER_OPTIONS) {
  add("integer form", [
    { name: `${option} 0x28`, args: [...prefix, "0x28"], code: 2, field },
    { name: `${option} 1e3`, args: [...prefix, "1e3"], code: 2, field },
    { name: `${option} 2.5`, args: [...prefix, "2.5"], code: 2, field },
    { name: `${option} abc`, args: [...prefix, "abc"], code: 2, field },
    { name: `${option} Infinity`, args: [...prefix, "Infinity"], code: 2, field },
    { name: `${option} 1_000`, args: [...prefix, "1_000"], code: 2, field },
  ]);
}
add("integer range", [
  { name: "--paths 0", args: ["montecarlo", "--paths", "0"], code: 2, field: "--paths: out of range" },
  { name: "--paths -5", args: ["montecarlo", "--paths", "-5"], code: 2, field: "--paths" },
  { name: "--paths 1000001", args: ["montecarlo", "--paths", "1000001"], code: 2, field: "--paths" },
  { name: "--paths 10^30", args: ["montecarlo", "--paths", big(30, "9")], code: 2, field: "--paths" },
  { name: "--seed -1", args: ["montecarlo", "--seed", "-1"], code: 2, field: "--seed" },
  { name: "--seed 2^32", args: ["montecarlo", "--seed", "4294967296"], code: 2, field: "--seed" },
  { name: "--top 0", args: ["sensitivity", "--top", "0"], code: 2, field: "--top" },
  { name: "--jobs 0", args: ["montecarlo", "--jobs", "0"], code: 2, field: "--jobs" },
  { name: "--jobs 257", args: ["montecarlo", "--jobs", "257"], code: 2, field: "--jobs" },
  { name: "--quarters 2", args: ["simulate", "base", "--quarters", "2"], code: 2, field: "horizonQuarters" },
  { name: "--quarters 121", args: ["simulate", "base", "--quarters", "121"], code: 2, field: "horizonQuarters" },
  { name: "--quarters -8", args: ["simulate", "base", "--quarters", "-8"], code: 2, field: "horizonQuarters" },
  { name: "--quarters 100 kB", args: ["simulate", "base", "--quarters", big(100_000, "7")], code: 2, field: "horizonQuarters" },
  { name: "--paths +5 is five", args: ["montecarlo", ...quick, "--paths", "+5", "--format", "json", "--check", "paths == 5"], code: 0 },
]);

// ---- decimal numbers: finite, decimal, in range ----------------------------------------------------------
for (const [option, prefix] of [
  ["--step", ["sensitivity", ...quick, "--step"]],
  ["--volatility", ["montecarlo", ...quick, "--paths", "5", "--volatility"]],
  ["--rate-volatility", ["montecarlo", ...quick, "--paths", "5", "--rate-volatility"]],
] as const) {
  add("decimal number", [
    { name: `${option} 0x1`, args: [...prefix, "0x1"], code: 2, field: option },
    { name: `${option} 1e400`, args: [...prefix, "1e400"], code: 2, field: `${option}: not a finite number` },
    { name: `${option} NaN`, args: [...prefix, "NaN"], code: 2, field: option },
    { name: `${option} -1`, args: [...prefix, "-1"], code: 2, field: option },
    { name: `${option} 3`, args: [...prefix, "3"], code: 2, field: option },
    { name: `${option} 0,2`, args: [...prefix, "0,2"], code: 2, field: option },
  ]);
}
add("decimal number", [
  { name: "--step 0", args: ["sensitivity", "--step", "0"], code: 2, field: "--step: out of range" },
  { name: "--volatility 2e-1 is accepted", args: ["montecarlo", ...quick, "--paths", "5", "--volatility", "2e-1", "-f", "json", "--check", "inputs.demandVolatility == 0.2"], code: 0 },
]);

// ---- --set: the value, the path, and what the model says ---------------------------------------------------
add("set value", [
  { name: "1e400", args: ["simulate", "base", "--set", "demand.aiGrowthAnnual=1e400"], code: 2, field: "demand.aiGrowthAnnual: not a finite number" },
  { name: "-1e400", args: ["simulate", "base", "--set", "demand.aiGrowthAnnual=-1e400"], code: 2, field: "demand.aiGrowthAnnual: not a finite number" },
  { name: "NaN", args: ["simulate", "base", "--set", "demand.aiGrowthAnnual=NaN"], code: 2, field: "demand.aiGrowthAnnual" },
  { name: "hex on an integer", args: ["simulate", "base", "--set", "horizonQuarters=0x28"], code: 2, field: "horizonQuarters" },
  { name: "exponent on an integer", args: ["simulate", "base", "--set", "horizonQuarters=4e1"], code: 2, field: "horizonQuarters: an integer parameter takes a whole number" },
  { name: "fraction on an integer", args: ["simulate", "base", "--set", "gpu.bookLifeQuarters=20.5"], code: 2, field: "gpu.bookLifeQuarters: an integer parameter takes a whole number" },
  { name: "fraction on an integer in a list", args: ["simulate", "base", "--set", 'gpu.shocks=[{"quarter":"2026Q1","economicLifeQuarters":1.5}]'], code: 2, field: "gpu.shocks.0.economicLifeQuarters: 1.5 is not a whole number" },
  { name: "text on a number", args: ["simulate", "base", "--set", "demand.aiGrowthAnnual=fast"], code: 2, field: "demand.aiGrowthAnnual: expected a number" },
  { name: "null on a number", args: ["simulate", "base", "--set", "demand.aiGrowthAnnual=null"], code: 2, field: "demand.aiGrowthAnnual" },
  { name: "true on a number", args: ["simulate", "base", "--set", "demand.aiGrowthAnnual=true"], code: 2, field: "demand.aiGrowthAnnual" },
  { name: "list on a number", args: ["simulate", "base", "--set", "demand.aiGrowthAnnual=[1]"], code: 2, field: "demand.aiGrowthAnnual" },
  { name: "object on a number", args: ["simulate", "base", "--set", 'demand.aiGrowthAnnual={"a":1}'], code: 2, field: "demand.aiGrowthAnnual" },
  { name: "too large", args: ["simulate", "base", "--set", "financing.campusShare=1.5"], code: 2, field: "financing.campusShare: 1.5 is too large" },
  { name: "too small", args: ["simulate", "base", "--set", "gpu.bookLifeQuarters=1"], code: 2, field: "gpu.bookLifeQuarters: 1 is too small" },
  { name: "huge number", args: ["simulate", "base", "--set", `sponsor.cash=${big(400, "9")}`], code: 2, field: "sponsor.cash" },
  { name: "100 kB value", args: ["simulate", "base", "--set", `demand.aiGrowthAnnual=${big(100_000)}`], code: 2, field: "demand.aiGrowthAnnual" },
  { name: "control characters in the value", args: ["simulate", "base", "--set", `startQuarter=${HOSTILE}`], code: 2, field: "startQuarter" },
  { name: "list of 41 shocks", args: ["simulate", "base", "--set", `demand.shocks=${JSON.stringify(Array.from({ length: 41 }, () => ({ quarter: "2026Q1", growthAnnual: 0 })))}`], code: 2, field: "demand.shocks: 41 items, at most 40 allowed" },
  { name: "shock outside the horizon", args: ["simulate", "base", ...quick, "--set", 'demand.shocks=[{"quarter":"2031Q1","growthAnnual":0}]'], code: 2, field: "demand.shocks.0.quarter: quarter" },
  { name: "shock with an unknown key", args: ["simulate", "base", "--set", 'demand.shocks=[{"quarter":"2026Q1","bogus":1}]'], code: 2, field: "demand.shocks.0.bogus: unknown key" },
  { name: "one issue per field (cashFloor)", args: ["simulate", "base", "--set", "treasury.cashFloor=1e9"], code: 2, field: "treasury.cashFloor: 1000000000 is too large" },
  { name: "schemaVersion 9", args: ["simulate", "base", "--set", "schemaVersion=9"], code: 2, field: "schemaVersion" },
  { name: "a valid override", args: ["simulate", "base", ...quick, "--set", "financing.campusShare=0.5", "-f", "json", "--check", "scenario.financing.campusShare == 0.5"], code: 0 },
]);
add("set path", [
  { name: "no =", args: ["simulate", "base", "--set", "novalue"], code: 2, field: "--set: expected PATH=VALUE" },
  { name: "unknown path", args: ["simulate", "base", "--set", "nope=1"], code: 2, field: "nope: no such parameter" },
  { name: "typo suggests", args: ["simulate", "base", "--set", "demand.aiGrowthAnual=0.1"], code: 2, field: "did you mean demand.aiGrowthAnnual" },
  { name: "__proto__", args: ["simulate", "base", "--set", "__proto__.x=1"], code: 2, field: "no such parameter" },
  { name: "constructor", args: ["simulate", "base", "--set", "constructor=1"], code: 2, field: "no such parameter" },
  { name: "sparse index", args: ["simulate", "base", "--set", "demand.shocks.5.growthAnnual=0.1"], code: 2, field: "demand.shocks.5.growthAnnual: index 5 is past the end of the list" },
  { name: "far sparse index", args: ["simulate", "base", "--set", "rates.shocks.99999.baseAnnual=0.05"], code: 2, field: "index 99999 is past the end" },
  { name: "append without quarter", args: ["simulate", "base", "--set", "rates.shocks.0.baseAnnual=0.05"], code: 2, field: "rates.shocks.0.quarter: required" },
  { name: "100 kB path", args: ["simulate", "base", "--set", `${big(100_000, "a")}=1`], code: 2, field: "no such parameter" },
  { name: "control characters in the path", args: ["simulate", "base", "--set", `${HOSTILE}=1`], code: 2, field: "no such parameter" },
  { name: "a leaf's child", args: ["simulate", "base", "--set", "horizonQuarters.x=1"], code: 2, field: "no such parameter" },
]);
add("horizon", [
  { name: "startQuarter 9999Q1", args: ["simulate", "base", "--set", "startQuarter=9999Q1"], code: 2, field: "startQuarter: the horizon would end in 10008Q4, after 9999Q4" },
  { name: "startQuarter 9999Q4 for 4 quarters", args: ["simulate", "base", "--quarters", "4", "--set", "startQuarter=9999Q4"], code: 2, field: "startQuarter" },
  { name: "startQuarter 9999Q1 for 4 quarters is fine", args: ["simulate", "base", "--quarters", "4", "--set", "startQuarter=9999Q1", "-f", "csv"], code: 0, stdout: "9999Q4" },
  { name: "startQuarter 10000Q1", args: ["simulate", "base", "--set", "startQuarter=10000Q1"], code: 2, field: "startQuarter" },
  { name: "startQuarter 2025Q5", args: ["simulate", "base", "--set", "startQuarter=2025Q5"], code: 2, field: 'startQuarter: "2025Q5" is not a quarter label' },
  { name: "montecarlo past 9999Q4", args: ["montecarlo", "--set", "startQuarter=9991Q1", "--paths", "5"], code: 2, field: "startQuarter: the horizon would end in 10000Q4" },
  { name: "montecarlo ending at 9999Q4 is fine", args: ["montecarlo", "--set", "startQuarter=9990Q1", "--paths", "5", "-f", "csv"], code: 0, stdout: "9999," },
  { name: "stress past 9999Q4", args: ["stress", "--set", "startQuarter=9998Q1"], code: 2, field: "startQuarter" },
]);

// ---- scenario files ---------------------------------------------------------------------------------------
const json = (value: unknown): string => JSON.stringify(value);
const fileCase = (name: string, file: string, content: string | Buffer, code: 0 | 1 | 2, field?: string): Omit<FuzzCase, "klass"> => ({
  name,
  args: ["simulate", `{dir}/${file}`, ...quick],
  files: { [file]: content },
  code,
  ...(field === undefined ? {} : { field }),
});
add("JSON syntax", [
  fileCase("trailing comma", "s.json", '{"horizonQuarters": 40,}', 2, "expected a property name in double quotes, found \"}\" at line 1, column 24"),
  fileCase("unquoted key", "s.json", "{horizonQuarters: 40}", 2, "at line 1, column 2"),
  fileCase("missing brace", "s.json", '{"a": {"b": 1}', 2, "the text ends before the JSON does"),
  fileCase("missing value", "s.json", '{"horizonQuarters": }', 2, "unexpected character"),
  fileCase("bad escape", "s.json", '{"a": "\\q"}', 2, "invalid escape"),
  fileCase("control in a string", "s.json", '{"a": "x\u0001y"}', 2, "a control character inside a string"),
  fileCase("trailing content", "s.json", "{} {}", 2, "more content after the JSON value"),
  fileCase("bad number", "s.json", '{"a": -}', 2, "invalid number"),
  fileCase("position deep in the file", "s.json", `{\n${'  "a": 1,\n'.repeat(200)}  "b": ]\n}`, 2, "at line 202, column 8"),
  fileCase("1e400 in a file", "s.json", json({ extends: "base", demand: { aiGrowthAnnual: 1e300 } }).replace("1e+300", "1e400"), 2, "demand.aiGrowthAnnual: not a finite number"),
  fileCase("deep nesting (100,000 levels)", "s.json", `${"[".repeat(100_000)}${"]".repeat(100_000)}`, 2, "nesting too deep"),
  fileCase("deep objects (2,000 levels)", "s.json", `${'{"a":'.repeat(2000)}1${"}".repeat(2000)}`, 2, "nesting too deep"),
]);
add("YAML syntax", [
  fileCase("bad indentation", "s.yaml", "demand:\n  aiGrowthAnnual: 0.1\n shocks: []\n", 2, "s.yaml"),
  fileCase("duplicate key", "s.yaml", "a: 1\na: 2\n", 2, "Map keys must be unique"),
  fileCase("unclosed flow", "s.yaml", "demand:\n  aiGrowthAnnual: [1, 2\n", 2, "s.yaml"),
  fileCase("tab indentation", "s.yaml", "demand:\n\taiGrowthAnnual: 0.1\n", 2, "s.yaml"),
  fileCase("deep nesting (3,000 levels)", "s.yaml", `a:\n${Array.from({ length: 3000 }, (_, i) => `${"  ".repeat(i + 1)}b:`).join("\n")}\n`, 2, "nesting too deep"),
  fileCase("deep flow nesting", "s.yaml", `${"[".repeat(20_000)}${"]".repeat(20_000)}`, 2, "nesting too deep"),
  fileCase(".inf", "s.yaml", "extends: base\ndemand:\n  aiGrowthAnnual: .inf\n", 2, "demand.aiGrowthAnnual: not a finite number"),
  fileCase(".nan", "s.yaml", "extends: base\ndemand:\n  aiGrowthAnnual: .nan\n", 2, "demand.aiGrowthAnnual: not a finite number"),
  fileCase("alias bomb", "s.yaml", `a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n`, 2, "s.yaml"),
]);
add("scenario content", [
  fileCase("empty file", "s.json", "", 2, "s.json: no content"),
  fileCase("whitespace only", "s.yaml", "  \n\n", 2, "no content"),
  fileCase("binary", "s.json", Buffer.from([0x7b, 0x00, 0xff, 0xfe, 0x01, 0x02]), 2, "contains NUL bytes"),
  fileCase("a list", "s.json", "[1, 2]", 2, "not a scenario object"),
  fileCase("a string", "s.yaml", "hello\n", 2, "not a scenario object"),
  fileCase("null", "s.json", "null", 2, "not a scenario object"),
  fileCase("sparse file: many required fields", "s.json", json({ demand: { aiGrowthAnnual: 0.1 } }), 2, "give `extends: base`"),
  fileCase("unknown keys", "s.json", json({ ...base, bogus: 1 }), 2, "bogus: unknown key"),
  fileCase("a thousand unknown keys", "s.json", json({ ...base, ...Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`k${i}`, i])) }), 2, "k0: unknown key"),
  fileCase("a 9 MB field", "s.json", json({ ...base, fxJpyPerUsd: big(9_000_000) }), 2, "fxJpyPerUsd: expected a number"),
  fileCase("over 10 MB", "s.json", `{"a": "${big(10_500_000)}"}`, 2, "more than 10 MB"),
  fileCase("hostile key", "s.json", json({ ...base, [`${HOSTILE}\u0000`]: 1 }), 2, "unknown key"),
  fileCase("BOM and valid JSON", "s.json", `\uFEFF${json(base)}`, 0),
  fileCase("extends a preset", "s.yaml", "extends: base\nhorizonQuarters: 8\n", 0),
  fileCase("extends with a bad field", "s.yaml", "extends: base\ngpu:\n  bookLifeQuarters: 2\n", 2, "gpu.bookLifeQuarters: 2 is too small"),
  fileCase("extends an unknown preset", "s.yaml", "extends: nope\n", 2, "extends: no such preset"),
  fileCase("extends a number", "s.yaml", "extends: 3\n", 2, "extends: must be a preset name"),
  fileCase("extends and an unknown key", "s.yaml", "extends: base\ncolour: red\n", 2, "colour: unknown key"),
  fileCase("a saved result", "s.json", json({ scenario: { ...base, horizonQuarters: 8 }, rows: [] }), 0),
  { name: "a directory as the scenario", args: ["simulate", "{dir}"], code: 2, field: "scenario" },
  { name: "a FIFO as the scenario (process substitution)", shell: `{cli} simulate <(printf 'extends: base\\nhorizonQuarters: 8\\n') --format csv`, code: 0, stdout: "quarter,aiRevenue" },
]);
add("stdin", [
  { name: "empty stdin", args: ["simulate", "-"], input: "", code: 2, field: "stdin: no content" },
  { name: "binary stdin", args: ["simulate", "-"], input: Buffer.from([0, 1, 2, 3]), code: 2, field: "stdin: contains NUL bytes" },
  { name: "stdin over 10 MB", args: ["simulate", "-"], input: big(10_500_000), code: 2, field: "stdin is larger than 10 MB" },
  { name: "garbage on stdin", args: ["simulate", "-"], input: "{{{{", code: 2, field: "malformed JSON in stdin" },
  { name: "YAML on stdin", args: ["simulate", "-", ...quick, "-f", "csv"], input: "extends: soft-landing\n", code: 0, stdout: "quarter," },
  { name: "stdin twice in compare", args: ["compare", "-", "-"], input: "{}", code: 2, field: "scenarios: - given more than once" },
]);

// ---- names: presets, commands, terms, sections, options ---------------------------------------------------
add("unknown name", [
  { name: "unknown preset", args: ["simulate", "nosuch"], code: 2, field: 'unknown preset or file "nosuch"' },
  { name: "100 kB preset name", args: ["simulate", big(100_000, "b")], code: 2, field: "scenario" },
  { name: "preset name with escapes", args: ["simulate", HOSTILE], code: 2, field: "scenario" },
  { name: "presets show nope", args: ["presets", "show", "nope"], code: 2, field: "preset: no such preset" },
  { name: "presets show with escapes", args: ["presets", "show", HOSTILE], code: 2, field: "preset" },
  { name: "glossary nope", args: ["glossary", "zzz-nope"], code: 2, field: "term: not in the glossary" },
  { name: "glossary 100 kB", args: ["glossary", big(100_000, "q")], code: 2, field: "term" },
  { name: "article --section nope", args: ["article", "--section", "nope"], code: 2, field: "--section: no such section" },
  { name: "article --section 100 kB", args: ["article", "--section", big(100_000)], code: 2, field: "--section" },
  { name: "unknown command", args: ["nosuchcommand"], code: 2, field: 'unknown command "nosuchcommand"' },
  { name: "unknown command with escapes", args: [HOSTILE], code: 2, field: "command" },
  { name: "help nope", args: ["help", "nope"], code: 2, field: 'unknown command "nope"' },
  { name: "help presets nope", args: ["help", "presets", "nope"], code: 2, field: 'unknown command "nope"' },
  { name: "help simulate", args: ["help", "simulate"], code: 0, stdout: "Usage: aidebt simulate" },
  { name: "no command", args: [], code: 2, field: "command: required (allowed: simulate," },
  { name: "no command, only options", args: ["--color", "never", "-q"], code: 2, field: "command: required" },
  { name: "completion nope", args: ["completion", "tcsh"], code: 2, field: "shell: not one of the choices" },
  { name: "unknown option", args: ["simulate", "base", "--nope"], code: 2, field: 'unknown option "--nope"' },
  { name: "unknown option, 100 kB", args: ["simulate", "base", `--${big(100_000)}`], code: 2, field: "unknown option" },
  { name: "unknown option with escapes", args: ["simulate", "base", `--x${HOSTILE}`], code: 2, field: "unknown option" },
  { name: "typo of an option suggests", args: ["simulate", "base", "--fromat", "json"], code: 2, field: "did you mean --format" },
  { name: "option without its value", args: ["simulate", "base", "--format"], code: 2, field: "--format: no value given" },
  { name: "required option missing", args: ["sweep", "--x", "demand.aiGrowthAnnual=0:0.6:2"], code: 2, field: "--y: required" },
  { name: "missing argument", args: ["presets", "show"], code: 2, field: "name: required" },
  { name: "too many arguments", args: ["simulate", "base", "extra"], code: 2, field: 'arguments: unexpected "extra"' },
  { name: "-q 8 (old --quarters)", args: ["simulate", "base", "-q", "8"], code: 2, field: "-q now means --quiet" },
  { name: "compare with one scenario", args: ["compare", "base"], code: 2, field: "scenarios: only 1 given" },
  { name: "compare with an unknown one", args: ["compare", "base", "nosuch"], code: 2, field: "scenario" },
  { name: "validate without files", args: ["validate"], code: 2, field: "files: required" },
]);

// ---- choices and options offered only where they apply ------------------------------------------------------
add("choice", [
  { name: "--format xml", args: ["simulate", "base", "--format", "xml"], code: 2, field: '--format: not one of the choices, got "xml"' },
  { name: "--format yaml where not offered", args: ["simulate", "base", "--format", "yaml"], code: 2, field: "--format" },
  { name: "--lang fr", args: ["simulate", "base", "--lang", "fr"], code: 2, field: "--lang" },
  { name: "--currency eur", args: ["simulate", "base", "--currency", "eur"], code: 2, field: "--currency" },
  { name: "--color sometimes", args: ["presets", "--color", "sometimes"], code: 2, field: "--color" },
  { name: "--format 100 kB", args: ["presets", "--format", big(100_000)], code: 2, field: "--format" },
  { name: "--format with escapes", args: ["presets", "--format", HOSTILE], code: 2, field: "--format" },
]);
add("option where it does nothing", [
  { name: "facts --currency", args: ["facts", "--currency", "jpy"], code: 2, field: "--currency" },
  { name: "presets --check", args: ["presets", "--check", "length == 7"], code: 2, field: "--check" },
  { name: "presets show --check", args: ["presets", "show", "base", "--check", "id == 'base'"], code: 2, field: "--check" },
  { name: "article --check", args: ["article", "--check", "lang == 'ja'"], code: 2, field: "--check" },
  { name: "glossary --currency", args: ["glossary", "--currency", "usd"], code: 2, field: "--currency" },
  { name: "schema --check", args: ["schema", "--check", "type == 'object'"], code: 2, field: "--check" },
  { name: "presets --columns with json", args: ["presets", "--columns", "id", "--format", "json"], code: 2, field: "--columns" },
  { name: "--columns nope", args: ["simulate", "base", "--columns", "quarter,nope"], code: 2, field: '--columns: unknown column "nope"' },
  { name: "sweep has no --columns", args: ["sweep", "--x", "a=0:1:2", "--y", "b=0:1:2", "--columns", "x"], code: 2, field: "--columns" },
]);

// ---- analyses: metrics and axes --------------------------------------------------------------------------
const sweep = (x: string, y: string, ...more: string[]): string[] => ["sweep", ...quick, "--x", x, "--y", y, ...more];
add("metric", [
  { name: "--metric nope", args: ["sensitivity", ...quick, "--metric", "nope"], code: 2, field: '--metric: not a numeric output of a run, got "nope"' },
  { name: "--metric verdict on sensitivity", args: ["sensitivity", ...quick, "--metric", "verdict"], code: 2, field: "--metric" },
  { name: "--metric last.nope", args: ["sweep", ...quick, "--x", "demand.aiGrowthAnnual=0:0.6:2", "--y", "rates.baseAnnual=0.02:0.06:2", "--metric", "last.nope"], code: 2, field: "--metric" },
  { name: "--metric 100 kB", args: ["sensitivity", ...quick, "--metric", big(100_000)], code: 2, field: "--metric" },
  { name: "--metric with escapes", args: ["sensitivity", ...quick, "--metric", HOSTILE], code: 2, field: "--metric" },
  { name: "sweep --metric verdict has values", args: sweep("demand.aiGrowthAnnual=0:0.6:2", "rates.baseAnnual=0.02:0.06:2", "--metric", "verdict", "--lang", "en"), code: 0, stdout: "cash flow" },
  { name: "sweep --metric survives shows yes/no", args: sweep("demand.aiGrowthAnnual=0:0.6:2", "rates.baseAnnual=0.02:0.06:2", "--metric", "survives", "--lang", "en"), code: 0, stdout: "yes" },
]);
add("axis", [
  { name: "two numbers", args: sweep("demand.aiGrowthAnnual=0:0.6", "rates.baseAnnual=0.02:0.06:2"), code: 2, field: "--x: expected three numbers" },
  { name: "no =", args: sweep("demand.aiGrowthAnnual", "rates.baseAnnual=0.02:0.06:2"), code: 2, field: "--x: expected PATH=FROM:TO:STEPS" },
  { name: "STEPS 1", args: sweep("demand.aiGrowthAnnual=0:0.6:1", "rates.baseAnnual=0.02:0.06:2"), code: 2, field: '--x: STEPS "1"' },
  { name: "STEPS 102", args: sweep("demand.aiGrowthAnnual=0:0.6:102", "rates.baseAnnual=0.02:0.06:2"), code: 2, field: "--x: STEPS" },
  { name: "STEPS 2.5", args: sweep("demand.aiGrowthAnnual=0:0.6:2.5", "rates.baseAnnual=0.02:0.06:2"), code: 2, field: "--x: STEPS" },
  { name: "STEPS 0x3", args: sweep("demand.aiGrowthAnnual=0:0.6:0x3", "rates.baseAnnual=0.02:0.06:2"), code: 2, field: "--x: STEPS" },
  { name: "FROM hex", args: sweep("demand.aiGrowthAnnual=0x0:0.6:3", "rates.baseAnnual=0.02:0.06:2"), code: 2, field: "--x: FROM" },
  { name: "TO 1e400", args: sweep("demand.aiGrowthAnnual=0:1e400:3", "rates.baseAnnual=0.02:0.06:2"), code: 2, field: "--x: TO" },
  { name: "equal ends", args: sweep("demand.aiGrowthAnnual=0.1:0.1:3", "rates.baseAnnual=0.02:0.06:2"), code: 2, field: "--x: FROM and TO are equal" },
  { name: "outside the range", args: sweep("demand.aiGrowthAnnual=0:9:3", "rates.baseAnnual=0.02:0.06:2"), code: 2, field: "9 outside the parameter's range" },
  { name: "unknown parameter", args: sweep("demand.nope=0:1:3", "rates.baseAnnual=0.02:0.06:2"), code: 2, field: "--x" },
  { name: "a shock field", args: sweep("demand.shocks.0.growthAnnual=0:1:3", "rates.baseAnnual=0.02:0.06:2"), code: 2, field: "--x" },
  { name: "same parameter twice", args: sweep("rates.baseAnnual=0:0.1:2", "rates.baseAnnual=0.02:0.06:2"), code: 2, field: "--y: same parameter as --x" },
  { name: "integer parameter, fractional steps", args: sweep("gpu.economicLifeQuarters=8:9:3", "rates.baseAnnual=0.02:0.06:2"), code: 2, field: "these steps give 8.5" },
  { name: "integer parameter, whole steps", args: sweep("gpu.economicLifeQuarters=8:24:3", "rates.baseAnnual=0.02:0.06:2", "-f", "csv"), code: 0, stdout: "gpu.economicLifeQuarters,rates.baseAnnual" },
  { name: "float noise is rounded away", args: sweep("demand.aiGrowthAnnual=0:0.6:4", "rates.baseAnnual=0.02:0.06:2", "-f", "json", "--check", "x.values.1 == 0.2"), code: 0 },
]);
add("check expression", [
  { name: "no operator", args: ["simulate", "base", ...quick, "--check", "summary.x"], code: 2, field: "--check: expected exactly one comparison" },
  { name: "unterminated string", args: ["simulate", "base", ...quick, "--check", "summary.verdict == 'debt"], code: 2, field: "--check: unterminated string" },
  { name: "unknown operator", args: ["simulate", "base", ...quick, "--check", "summary.lenderLoss = 0"], code: 2, field: "--check: unknown operator" },
  { name: "path not in the result", args: ["simulate", "base", ...quick, "--check", "summary.nope == 1"], code: 2, field: 'no "nope" under summary' },
  { name: "index out of range", args: ["simulate", "base", ...quick, "--check", "quarters.99.label == 'x'"], code: 2, field: "--check" },
  { name: "100 kB expression", args: ["simulate", "base", ...quick, "--check", `a == ${big(100_000, "1")}${big(10, " ")}b`], code: 2, field: "--check" },
  { name: "escapes in the expression", args: ["simulate", "base", ...quick, "--check", `summary.${HOSTILE} == 1`], code: 2, field: "--check" },
  { name: "a failing check", args: ["simulate", "base", ...quick, "--check", "summary.lenderLoss > 1e9"], code: 1, field: "check failed: summary.lenderLoss > 1e9" },
  { name: "a passing check", args: ["simulate", "base", ...quick, "--check", "quarters.length == 8"], code: 0 },
]);
add("long run", [
  { name: "montecarlo 1,000,000 × 120 is refused", args: ["montecarlo", "--paths", "1000000", "--quarters", "120"], code: 2, field: "--paths: needs about" },
  { name: "montecarlo 1,000,000 × 120 with one job is refused", args: ["montecarlo", "--paths", "1000000", "--quarters", "120", "--jobs", "1"], code: 2, field: "above the 2.0 GB limit" },
]);

// ---- settings -----------------------------------------------------------------------------------------------
const project = (content: string): Pick<FuzzCase, "files"> => ({ files: { "aidebt.config.json": content } });
add("settings", [
  { name: "config lang fr", args: ["presets"], ...project(json({ lang: "fr" })), code: 2, field: 'lang: not one of the allowed values, got "fr"' },
  { name: "config malformed", args: ["presets"], ...project("{ lang: en"), code: 2, field: "not valid JSON" },
  { name: "config unknown key", args: ["presets"], ...project(json({ colour: "never" })), code: 2, field: "colour: unknown key" },
  { name: "config wrong type", args: ["presets"], ...project(json({ lang: 1 })), code: 2, field: "lang" },
  { name: "config a list", args: ["presets"], ...project("[]"), code: 2, field: "aidebt.config.json" },
  { name: "config over 64 kB", args: ["presets"], ...project(json({ $schema: big(70_000) })), code: 2, field: "larger than 64 kB" },
  { name: "config with escapes", args: ["presets"], ...project(json({ lang: HOSTILE })), code: 2, field: "lang" },
  { name: ".aidebtrc binary", args: ["presets"], files: { ".aidebtrc": Buffer.from([0, 1, 2]) }, code: 2, field: ".aidebtrc" },
  { name: "AIDEBT_LANG=xx", args: ["presets"], env: { AIDEBT_LANG: "xx" }, code: 2, field: "AIDEBT_LANG" },
  { name: "AIDEBT_FORMAT=xml", args: ["presets"], env: { AIDEBT_FORMAT: "xml" }, code: 2, field: "AIDEBT_FORMAT" },
  { name: "AIDEBT_COLOR=sometimes", args: ["presets"], env: { AIDEBT_COLOR: "sometimes" }, code: 2, field: "AIDEBT_COLOR" },
  { name: "AIDEBT_CURRENCY=eur", args: ["presets"], env: { AIDEBT_CURRENCY: "eur" }, code: 2, field: "AIDEBT_CURRENCY" },
  { name: "AIDEBT_LANG 100 kB", args: ["presets"], env: { AIDEBT_LANG: big(100_000) }, code: 2, field: "AIDEBT_LANG" },
  { name: "empty AIDEBT_LANG is unset", args: ["presets", "-f", "csv"], env: { AIDEBT_LANG: "" }, code: 0, stdout: "id,name" },
  { name: "config format yaml where not offered falls back", args: ["presets"], ...project(json({ format: "yaml" })), code: 0, stdout: "base" },
]);

// ---- output streams --------------------------------------------------------------------------------------------
add("stdout", [
  { name: "stdout is /dev/full", shell: "{cli} presets > /dev/full", code: 1, field: "cannot write to stdout: no space left on device" },
  { name: "stdout closed early (EPIPE)", shell: "{cli} glossary --lang en | head -c 10 > /dev/null", code: 0 },
  { name: "stderr is /dev/full", shell: "{cli} simulate nosuch 2> /dev/full", code: 2, stderrGone: true },
  { name: "json to /dev/full", shell: "{cli} simulate base --quarters 8 --format json > /dev/full", code: 1, field: "cannot write to stdout" },
]);

// ---- validate ---------------------------------------------------------------------------------------------------
add("validate", [
  { name: "a valid file", args: ["validate", "{dir}/a.yaml"], files: { "a.yaml": "extends: base\n" }, code: 0, stdout: "ok" },
  { name: "an invalid file", args: ["validate", "{dir}/a.yaml"], files: { "a.yaml": "extends: base\ngpu:\n  costShare: 2\n" }, code: 2, fieldIn: "stdout", field: "gpu.costShare: 2 is too large" },
  { name: "a missing file", args: ["validate", "{dir}/none.yaml"], code: 2, fieldIn: "stdout", field: "none.yaml: no such file" },
  { name: "a preset name is not a file", args: ["validate", "base"], code: 2, fieldIn: "stdout", field: "base: no such file" },
  { name: "a binary file", args: ["validate", "{dir}/b.json"], files: { "b.json": Buffer.from([0, 0, 0]) }, code: 2, fieldIn: "stdout", field: "contains NUL bytes" },
  { name: "one of three invalid", args: ["validate", "{dir}/a.yaml", "{dir}/b.yaml", "{dir}/c.yaml"], files: { "a.yaml": "extends: base\n", "b.yaml": "extends: nope\n", "c.yaml": "extends: soft-landing\n" }, code: 2, fieldIn: "stdout", field: "extends: no such preset" },
  { name: "stdin", args: ["validate", "-"], input: "extends: base\n", code: 0 },
  { name: "json report of a 9 MB field is bounded", args: ["validate", "{dir}/big.json", "--format", "json"], files: { "big.json": json({ extends: "base", fxJpyPerUsd: big(9_000_000) }) }, code: 2, fieldIn: "stdout", field: '"received": "\\"xxxxxxxx' },
]);

// ---- backtest: its options and the actuals file ------------------------------------------------------------------
const scenarioFile = { "s.yaml": "extends: meta-2024\nhorizonQuarters: 8\n" };
const actualsCase = (name: string, file: string, content: string | Buffer, code: 0 | 1 | 2, field?: string): Omit<FuzzCase, "klass"> => ({
  name,
  args: ["backtest", "{dir}/s.yaml", "--actuals", `{dir}/${file}`, "--period", "all"],
  files: { ...scenarioFile, [file]: content },
  code,
  ...(field === undefined ? {} : { field }),
});
add("backtest", [
  { name: "--item nope", args: ["backtest", "--item", "nope"], code: 2, field: '--item: not an item the backtest compares: "nope" (allowed: revenue, ownCapex,' },
  { name: "--item 100 kB", args: ["backtest", "--item", big(100_000)], code: 2, field: "--item" },
  { name: "--item with escapes", args: ["backtest", "--item", HOSTILE], code: 2, field: "--item" },
  { name: "--item empty", args: ["backtest", "--item", ""], code: 2, field: "--item" },
  { name: "--period 2025", args: ["backtest", "--period", "2025"], code: 2, field: '--period: not a fiscal year or a quarter, got "2025"' },
  { name: "--period with escapes", args: ["backtest", "--period", HOSTILE], code: 2, field: "--period" },
  { name: "--period outside the run", args: ["backtest", "--period", "FY2030"], code: 2, field: "--period: nothing to compare" },
  { name: "base: no fiscal year in the run, a quarter asked that is not there", args: ["backtest", "base", "--period", "2025Q4"], code: 2, field: "--period: nothing to compare in the periods of a run that starts in 2026Q1" },
  { name: "a file without --actuals", args: ["backtest", "{dir}/s.yaml"], files: scenarioFile, code: 2, field: "--actuals: a scenario file needs --actuals" },
  { name: "--actuals missing", args: ["backtest", "{dir}/s.yaml", "--actuals", "{dir}/none.csv"], files: scenarioFile, code: 2, field: "--actuals: no readable file at this path" },
  { name: "--actuals a directory", args: ["backtest", "{dir}/s.yaml", "--actuals", "{dir}/d.csv"], files: { ...scenarioFile, "d.csv/x": "" }, code: 2, field: "--actuals: no readable file" },
  { name: "--actuals .yaml", args: ["backtest", "{dir}/s.yaml", "--actuals", "{dir}/s.yaml"], files: scenarioFile, code: 2, field: '--actuals: ".yaml" is neither .json nor .csv' },
  actualsCase("empty CSV", "a.csv", "", 2, "a.csv: the file is empty"),
  actualsCase("binary CSV", "a.csv", Buffer.from([0x72, 0x00, 0xff]), 2, "contains NUL bytes"),
  actualsCase("over 1 MB", "a.csv", big(1_100_000), 2, "larger than 1024 kB"),
  actualsCase("unknown item", "a.csv", "revenu,FY2025,1\n", 2, 'line 1, item: not one of the allowed values, got "revenu"'),
  actualsCase("value not a number", "a.csv", "revenue,FY2025,abc\n", 2, 'line 1, value: expected number, got "abc"'),
  actualsCase("value 1e400", "a.csv", "revenue,FY2025,1e400\n", 2, "line 1, value: not a finite number"),
  actualsCase("bad period", "a.csv", "item,period,value\nrevenue,2025,1\n", 2, "line 2, period: not a fiscal year or a quarter"),
  actualsCase("ftp URL", "a.csv", "revenue,FY2025,1,ftp://x\n", 2, "line 1, url: not an http(s) URL"),
  actualsCase("a URL with escapes", "a.csv", `revenue,FY2025,1,${HOSTILE}\n`, 2, "line 1, url: not an http(s) URL"),
  actualsCase("too few fields", "a.csv", "revenue,FY2025\n", 2, "line 1: 2 fields"),
  actualsCase("wrong header", "a.csv", "item,value,period\n", 2, "line 1: unexpected header"),
  actualsCase("unclosed quote", "a.csv", 'revenue,FY2025,1,"https://x\n', 2, "line 1: a quoted field is never closed"),
  actualsCase("the same row twice", "a.csv", "revenue,FY2025,1\nrevenue,FY2025,2\n", 2, "line 2: revenue for FY2025 is given twice (first at line 1)"),
  actualsCase("JSON not an array", "a.json", json({ item: "revenue" }), 2, "a.json: not an array"),
  actualsCase("malformed JSON", "a.json", '[{"item": "revenue",}]', 2, "a.json: expected a property name"),
  actualsCase("JSON value a string", "a.json", json([{ item: "revenue", period: "FY2025", value: "1" }]), 2, '[0].value: expected number, got "1"'),
  actualsCase("JSON unknown key", "a.json", json([{ item: "revenue", period: "FY2025", value: 1, note: "x" }]), 2, "[0].note: unknown key"),
  actualsCase("a 900 kB source", "a.json", json([{ item: "revenue", period: "FY2025", value: 1, source: big(900_000) }]), 2, "[0].source: longer than 500 characters"),
  actualsCase("valid CSV with a header and quotes", "a.csv", 'item,period,value,url,source\nrevenue,2025Q1,42.3,https://example.com/q1,"Q1, release"\n', 0),
  { name: "backtest csv", args: ["backtest", "-f", "csv"], code: 0, stdout: "item,period,model,actual,error,url,source" },
  { name: "backtest ja", args: ["backtest", "--lang", "ja"], code: 0, stdout: "実績" },
]);

// ---- data: the ids and quarters its tables are filtered by ------------------------------------------------------------
add("data", [
  { name: "no table", args: ["data"], code: 2, field: "table: data needs a table (allowed: companies, deals, series)" },
  { name: "unknown table", args: ["data", "bonds"], code: 2, field: "bonds" },
  { name: "--company nope", args: ["data", "companies", "--company", "nope"], code: 2, field: '--company: not one the companies table has, got "nope" (allowed: meta, alphabet,' },
  { name: "--company of deals is a sponsor", args: ["data", "deals", "--company", "microsoft"], code: 2, field: '--company: not one the deals table has, got "microsoft"' },
  { name: "--company with escapes", args: ["data", "companies", "--company", HOSTILE], code: 2, field: "--company" },
  { name: "--company 100 kB", args: ["data", "deals", "--company", big(100_000)], code: 2, field: "--company" },
  { name: "--item nope", args: ["data", "companies", "--item", "capx"], code: 2, field: '--item: not one the companies table has, got "capx"' },
  { name: "--series nope", args: ["data", "series", "--series", "h100"], code: 2, field: '--series: not one the series table has, got "h100"' },
  { name: "--company on series", args: ["data", "series", "--company", "meta"], code: 2, field: "--company: not an option of this command" },
  { name: "--from a year", args: ["data", "deals", "--from", "2025"], code: 2, field: '--from: not a quarter, got "2025" (allowed: a quarter such as 2025Q1)' },
  { name: "--to 2025Q5", args: ["data", "series", "--to", "2025Q5"], code: 2, field: '--to: not a quarter, got "2025Q5"' },
  { name: "--from with escapes", args: ["data", "companies", "--from", HOSTILE], code: 2, field: "--from" },
  { name: "--from empty", args: ["data", "companies", "--from", ""], code: 2, field: "--from" },
  { name: "--to before --from", args: ["data", "deals", "--from", "2026Q1", "--to", "2025Q4"], code: 2, field: '--to: before --from 2026Q1, got "2025Q4"' },
  { name: "--columns nope", args: ["data", "series", "--columns", "nope"], code: 2, field: "--columns" },
  { name: "ja: --from", args: ["data", "deals", "--from", "x", "--lang", "ja"], code: 2, field: "--from: 四半期ではありません" },
  { name: "data companies csv", args: ["data", "companies", "--company", "meta", "--item", "capex", "-f", "csv"], code: 0, stdout: "company,item,period,fiscalPeriod,periodEnd" },
  { name: "data deals md", args: ["data", "deals", "-f", "md", "--lang", "ja"], code: 0, stdout: "| ID | 発行体 |" },
  { name: "data series, nothing in range", args: ["data", "series", "--from", "2030Q1"], code: 0, stdout: "0 rows" },
]);

// ---- Japanese messages are as bounded and as precise --------------------------------------------------------------
add("Japanese messages", [
  { name: "ja: unknown option", args: ["simulate", "--nope", "--lang", "ja"], code: 2, field: '"--nope" は不明なオプションです' },
  { name: "ja: out of range", args: ["simulate", "--set", "gpu.costShare=2", "--lang", "ja"], code: 2, field: "gpu.costShare: 2 は大きすぎます" },
  { name: "ja: empty --seed", args: ["montecarlo", "--seed", "", "--lang", "ja"], code: 2, field: "--seed: 値が空です" },
  { name: "ja: hex --paths", args: ["montecarlo", "--paths", "0x28", "--lang", "ja"], code: 2, field: "--paths: 10進数の整数ではありません" },
  { name: "ja: malformed JSON", args: ["simulate", "-", "--lang", "ja"], input: '{"a": 1,}', code: 2, field: "1行9桁目" },
  { name: "ja: horizon past 9999Q4", args: ["simulate", "--set", "startQuarter=9999Q1", "--lang", "ja"], code: 2, field: "startQuarter: 期間の終わりが 10008Q4" },
  // 40,000 characters of three bytes: near the 128 kB a single argument may have
  { name: "ja: 120 kB preset name", args: ["simulate", big(40_000, "あ"), "--lang", "ja"], code: 2, field: "scenario" },
  { name: "ja: unknown command", args: ["nope", "--lang", "ja"], code: 2, field: "不明なコマンド" },
  { name: "ja: -o empty", args: ["presets", "-o", "", "--lang", "ja"], code: 2, field: "--output: パスが空です" },
  { name: "ja: LANG selects Japanese messages", args: ["montecarlo", "--paths", "0"], env: { LANG: "ja_JP.UTF-8" }, code: 2, field: "--paths: 範囲外です" },
]);

// ---- things that work ----------------------------------------------------------------------------------------------
add("valid input", [
  { name: "simulate base", args: ["simulate", "base", ...quick], code: 0, stdout: "Quarter by quarter" },
  { name: "compare", args: ["compare", "base", "rate-shock", ...quick, "-f", "csv"], code: 0, stdout: "scenario,burstQuarter,verdict" },
  { name: "stress", args: ["stress", ...quick, "-f", "csv"], code: 0, stdout: "trigger,burstQuarter" },
  { name: "explain", args: ["explain", ...quick, "--lang", "en"], code: 0, stdout: "operating cash flow covers" },
  { name: "schema table", args: ["schema", "--format", "table", "--lang", "en"], code: 0, stdout: "default (base)" },
  { name: "presets show yaml", args: ["presets", "show", "base", "--format", "yaml"], code: 0, stdout: "scenario:" },
  { name: "--quiet", args: ["simulate", "base", ...quick, "-q", "-f", "csv"], code: 0, stdout: "quarter," },
  { name: "man", args: ["man"], code: 0, stdout: ".TH AIDEBT 1" },
  { name: "completion bash", args: ["completion", "bash"], code: 0, stdout: "complete -F _aidebt aidebt" },
  { name: "--version", args: ["--version"], code: 0, stdout: "0." },
]);

export const FUZZ_CASES: readonly FuzzCase[] = cases;
