// The help of every command and option, in both languages: what `--help`, the man page and the completion
// scripts say. Examples are the same commands in both; the prose around them is translated.
import { uiLang, type Lang } from "./lang.js";

export interface CommandHelp {
  description: string;
  /** Argument descriptions by argument name. */
  arguments?: Record<string, string>;
  /** Descriptions of the command's own options, by long name without dashes. */
  options?: Record<string, string>;
  /** Examples and notes printed after the options. */
  after: string;
}

const en = {
  titles: { "Usage:": "Usage:", "Options:": "Options:", "Commands:": "Commands:", "Arguments:": "Arguments:", "Global Options:": "Global Options:" } as Record<string, string>,
  choices: "choices",
  default: "default",
  options: {
    format: "output format (default: from -o's extension, AIDEBT_FORMAT or the config file, else %s)",
    lang: "language of labels, text, help and errors (default: AIDEBT_LANG, the config file, LC_ALL/LC_MESSAGES/LANG; else ja for output, en for messages)",
    currency: "currency for money (default: AIDEBT_CURRENCY, config, else usd)",
    output: "write to FILE instead of stdout: regular files atomically, FIFOs and devices by opening them; - is stdout",
    force: "with --output, replace an existing file",
    check: "assert on the JSON result, e.g. 'summary.burstQuarter == null' (repeatable); exit 1 if one fails",
    columns: "only these columns of the main table, in this order (ids as in the CSV header), e.g. quarter,hiddenDebt",
    debug: "show stack traces for errors",
    color: "when to colour; auto is a terminal without NO_COLOR (default: AIDEBT_COLOR, the config file, else auto)",
    quiet: "no warnings, notes or progress on stderr; errors only",
    set: "override a scenario field (repeatable), e.g. demand.aiGrowthAnnual=0.1",
    quarters: "horizon in quarters (sets horizonQuarters)",
    progress: "report progress on stderr even when it is not a terminal (plain lines, for logs)",
    help: "display help for command",
    version: "print the version",
  },
  program: {
    description: "Analyse the AI-infrastructure debt cycle from the command line: simulate, compare, stress, explore.",
    after: `
Examples:
  $ aidebt simulate base                           quarterly table, events and summary
  $ aidebt simulate demand-slowdown --lang en --currency jpy
  $ aidebt simulate my.yaml --set demand.aiGrowthAnnual=0.1 -o run.csv   (CSV, from the extension)
  $ aidebt stress base                             every trigger, one row each
  $ aidebt explain demand-slowdown --lang en       the causal story as prose
  $ aidebt backtest meta-2024                      the model against Meta's reported FY2025
  $ aidebt data deals --from 2025Q4                the sourced deals since October 2025
  $ aidebt simulate base --check 'summary.burstQuarter == null'
  $ aidebt validate scenarios/*.yaml               check scenario files only

Exit codes: 0 ok, 1 error or failed --check, 2 invalid input or usage, 130 interrupted (Ctrl-C), 143 terminated.
Settings, highest first: flag > AIDEBT_LANG/AIDEBT_CURRENCY/AIDEBT_FORMAT/AIDEBT_COLOR > project file
(aidebt.config.json or .aidebtrc here or above) > user file ($XDG_CONFIG_HOME/aidebt/config.json or
~/.aidebtrc) > LC_ALL/LC_MESSAGES/LANG (language only). Also NO_COLOR, COLUMNS, PAGER/AIDEBT_PAGER.
Shell completion: aidebt completion bash|zsh|fish. Manual: aidebt man.`,
  },
  simulate: {
    description: "run the model on a preset, a JSON/YAML scenario file, or stdin (-)",
    arguments: { scenario: "preset name, path to a .json/.yaml file, or - for stdin" },
    after: `
Examples:
  $ aidebt simulate base
  $ aidebt simulate demand-slowdown --lang en --currency jpy
  $ aidebt simulate base --set financing.campusShare=0.6 --set rates.baseAnnual=0.05
  $ aidebt simulate my-scenario.yaml --quarters 60 -o run.csv
  $ aidebt simulate base --columns quarter,hiddenDebt,hiddenShare
  $ aidebt presets show base --format json | aidebt simulate - --format json
  $ aidebt simulate base --check 'summary.burstQuarter == null' --check 'summary.lenderLoss < 1'

A scenario file may start with "extends: base" and give only the fields it changes.
--format json prints the model's result JSON unchanged; csv is the quarterly table with raw numbers
under stable ids (USD billions, shares as fractions; the README lists every column and its unit).`,
  },
  compare: {
    description: "several scenarios side by side, with differences from the first",
    arguments: { scenarios: "two or more preset names, .json/.yaml files, or - for stdin (once)" },
    options: { all: "every numeric summary field, not only the key ones" },
    after: `
Examples:
  $ aidebt compare base demand-slowdown
  $ aidebt compare base rate-shock credit-freeze --lang en --currency jpy --all
  $ aidebt compare base mine.yaml -o compare.json

Differences of shares are in percentage points. json is the model's compare() result: labels, every run's
result JSON, summary values with differences from the first, aligned quarterly series; csv is one row per
scenario with every summary field.`,
  },
  stress: {
    description: "run a scenario under each trigger (demand slowdown, rate shock, credit freeze, GPU treadmill) and combinations",
    arguments: { scenario: "preset name, path to a .json/.yaml file, or - for stdin" },
    after: `
Examples:
  $ aidebt stress                      the base preset under every trigger
  $ aidebt stress soft-landing --lang en
  $ aidebt stress base --set financing.campusShare=0.6 --format csv
  $ aidebt stress base --check 'rows.0.summary.burstQuarter == null'

Each trigger is what the model's preset of that name changes relative to base (its shocks are appended
to the scenario's own; parameters are set). json: { source, scenario, rows: [{ id, triggers, changes,
droppedShocks, summary, end }], invocation } with the model's summaries unchanged; end is the debt of the
run's last quarter (reported, lease liabilities, adjusted, hidden, total, leases not yet commenced).`,
  },
  sensitivity: {
    description: "tornado: how much one output moves when each parameter moves down and up, one at a time",
    arguments: { scenario: "preset name, path to a .json/.yaml file, or - for stdin" },
    options: {
      metric: "the output: a summary field (peakHiddenDebt, burstIndex, sponsorAiNpv, survives, …) or last.<path>",
      step: "relative move of each parameter, down and up",
      top: "show only the N largest swings",
    },
    after: `
Examples:
  $ aidebt sensitivity --top 10                         what drives the peak of hidden debt in base
  $ aidebt sensitivity demand-slowdown --metric burstIndex --top 10
  $ aidebt sensitivity base --metric sponsorAiNpv --step 0.1 -o tornado.csv

Is demand more decisive than rates, as the article says? Compare the rows of demand.aiGrowthAnnual and
rates.baseAnnual. Values are shown in the metric's unit. A tornado chart is drawn on a terminal; a progress
bar on stderr; Ctrl-C stops cleanly. json adds source, scenario, inputs and invocation to the model's result.`,
  },
  sweep: {
    description: "a grid of one output over two parameters (a heat map on a terminal)",
    arguments: { scenario: "preset name, path to a .json/.yaml file, or - for stdin" },
    options: {
      x: "the parameter across, e.g. demand.aiGrowthAnnual=0:0.6:7",
      y: "the parameter down, e.g. gpu.economicLifeQuarters=8:24:5",
      metric: "the output in each cell: a summary field (burstIndex, peakHiddenDebt, verdict, …) or last.<path>",
    },
    after: `
Examples:
  $ aidebt sweep --x demand.aiGrowthAnnual=0:0.6:7 --y gpu.economicLifeQuarters=8:24:5
  $ aidebt sweep base --x financing.campusShare=0:0.8:5 --y rates.baseAnnual=0.02:0.08:4 --metric verdict
  $ aidebt sweep --x demand.aiGrowthAnnual=0:0.6:13 --y spv.dscrCovenant=1:1.5:6 -o grid.csv

Axis values are FROM + i·(TO − FROM)/(STEPS − 1), rounded to 12 significant digits; an integer parameter
needs whole steps. Cells are shown in the metric's unit. csv is long form (x, y, value), one row per grid
point; json is the model's sweep() result with source, scenario, inputs and invocation. Ctrl-C stops cleanly.`,
  },
  montecarlo: {
    description: "seeded Monte Carlo over demand paths: burst probability by year, percentile bands of debt and losses",
    arguments: { scenario: "preset name, path to a .json/.yaml file, or - for stdin" },
    options: {
      paths: "number of simulated paths",
      seed: "PRNG seed: the same seed gives the same result on every machine",
      volatility: "annual volatility of AI-demand growth",
      "rate-volatility": "annual volatility of the base rate, in rate points",
      jobs: "worker threads to spread the paths over (default: the number of cores); the result is the same for any number",
      "allow-large": "run even when the estimate is above the memory limit (2 GB)",
    },
    after: `
Examples:
  $ aidebt montecarlo --paths 10000 --seed 42
  $ aidebt montecarlo --paths 10000 --seed 42 --jobs 1 --format json   # byte-identical to --jobs 2
  $ aidebt montecarlo demand-slowdown --paths 2000 --volatility 0.3 --lang en --currency jpy
  $ aidebt montecarlo base --format json --check 'burstProbability < 0.5'

A long run first prints an estimate of its time and memory; one above 2 GB (24 bytes a path and quarter,
48 with more than one job) is refused unless --allow-large. csv is the burst probability by year; json is the model's
monteCarlo() result with every quarter's bands, plus source, scenario, inputs and invocation. A progress
bar shows on stderr; Ctrl-C stops cleanly (exit 130).`,
  },
  explain: {
    description: "tell the causal story of a run in prose, from its event log and summary",
    arguments: { scenario: "preset name, path to a .json/.yaml file, or - for stdin" },
    after: `
Examples:
  $ aidebt explain demand-slowdown
  $ aidebt explain base --lang en --currency jpy
  $ aidebt explain base --set demand.aiGrowthAnnual=0 -o story.md

--format json prints { title, lang, paragraphs, summary }; checks run against it.`,
  },
  backtest: {
    description: "set the model beside what the company reported: item, period, model, reported, error",
    arguments: { scenario: "preset name (compared with the figures the model ships for it), or a .json/.yaml scenario file with --actuals" },
    options: {
      period: "a fiscal year (FY2025), a quarter (2025Q3) or all (default: the fiscal years only)",
      item: "only this item (repeatable): revenue, ownCapex, depreciation, operatingIncome, cashAndSecurities, longTermDebt, leaseLiabilities, spvDebt, commitmentsNotCommenced",
      actuals: "reported figures from FILE.json or FILE.csv (rows item,period,value[,url]; USD bn), instead of the preset's",
    },
    after: `
Examples:
  $ aidebt backtest                                   meta-2024 (opens 2025Q1) against Meta's FY2025
  $ aidebt backtest --period all --lang en            every quarter too
  $ aidebt backtest --item revenue --item longTermDebt --format csv
  $ aidebt backtest mine.yaml --actuals meta-fy2025.csv --format md
  $ aidebt backtest --check 'rows.0.error < 0.1'

error is (model − reported) ÷ |reported|. Flows are summed over the period's quarters, stocks read at its last
quarter. json is the model's backtest() (scenario, startQuarter, rows: [{ item, period, model, actual, error,
url, source }]) with source, actuals and invocation; csv has the same row fields, source URLs included; md
links each source.`,
  },
  market: {
    description: "run several sponsors in one market for compute: each sponsor's books and the industry's total",
    arguments: { preset: "a market preset (default: industry: Meta, Alphabet, Microsoft, Amazon, Oracle and a neocloud)" },
    options: { sponsors: "comma-separated single-sponsor presets to run in one market instead", elasticity: "how far the price of compute falls with the market's glut (0 to 5; default: the preset's, 1)" },
    after: `
Examples:
  $ aidebt market                                     the industry: six sponsors, one market
  $ aidebt market --elasticity 2 --lang en            a price that falls twice as fast with the glut
  $ aidebt market --sponsors meta,alphabet,neocloud   the presets you choose
  $ aidebt market --format csv -o market.csv

The market opens when the last sponsor opens (Microsoft's and Oracle's fiscal years end in June and May: they run
on their own for two quarters first). json is the model's simulateMarket() (elasticity, opens, sponsors: [{ id,
opens, result }], quarters: [{ label, demand, capacity, utilisation, glutFactor, totals }], summary) with source
and invocation; csv is the quarterly table.`,
  },
  claims: {
    description: "test the article's claims under a scenario: each claim's answer, its figures, and where it flips",
    arguments: { scenario: "preset name or a .json/.yaml scenario file (default: base)" },
    after: `
Examples:
  $ aidebt claims                                     the six claims under base (Meta from its FY2025 filings)
  $ aidebt claims neocloud --lang en                  a CoreWeave-like neocloud on floating GPU-backed loans
  $ aidebt claims demand-slowdown --format json
  $ aidebt claims --format md -o claims.md

Answers are holds, does-not-hold or depends. A flip is the value of one parameter at which the answer changes
(found by bisection on the model's fast path); set it by hand with --set PATH=VALUE to see it change. json is
the model's claims() (scenario, startQuarter, claims: [{ id, claim, answer, figures, flip, text }]).`,
  },
  data: {
    description: "the sourced rows of @aidebt/data: company filings, deals, market series",
    options: {
      from: "first quarter, inclusive, e.g. 2025Q1 (companies: the period's end; deals and series: the date)",
      to: "last quarter, inclusive, e.g. 2025Q4",
    },
    after: `
Examples:
  $ aidebt data companies --company meta --from 2025Q1 --to 2025Q4
  $ aidebt data deals --from 2025Q4 --format csv
  $ aidebt data series --series fed-funds-upper --format json

Every row carries its unit, its period or date, its source (URL, publisher, publication date) and a confidence:
primary (a filing or the company's release), press, or secondary.`,
  },
  dataCompanies: {
    description: "company financials, quarterly and fiscal-year, each with its source",
    options: {
      company: "only this company: meta, alphabet, microsoft, amazon, oracle, coreweave",
      item: "only this item, e.g. capex, revenue, leaseLiabilities, leasesNotCommenced (see the data package's schema)",
    },
    after: `
Examples:
  $ aidebt data companies --company meta --item capex
  $ aidebt data companies --from 2025Q4 --to 2025Q4 --format md
  $ aidebt data companies --columns company,item,period,value,url --format csv

A period is the calendar quarter in which the fiscal period ends (2025Q4) or a fiscal year (FY2025); --from and
--to bound the period's end. Several rows may share a period when sources differ. json prints { table, query,
count, rows } with every row as the data package holds it (quote and note included).`,
  },
  dataDeals: {
    description: "bonds, loans and vehicle financings: issuer, date, amount, rate, maturity, structure, lenders",
    options: {
      company: "only the deals of this sponsor (the company the financing serves): a sponsor the table names",
    },
    after: `
Examples:
  $ aidebt data deals
  $ aidebt data deals --company meta --format md
  $ aidebt data deals --from 2025Q4 --to 2026Q1 --format json

structure says whether the debt is on the sponsor's balance sheet (on-balance) or in a joint venture, a vehicle
(spv) or a lease financing. json keeps tranches and evidence.`,
  },
  dataSeries: {
    description: "market series: H100 rental prices, fed funds, 10-year Treasury, USD/JPY",
    options: {
      series: "only this series: h100-rental-…, fed-funds-upper, fed-funds-lower, ust-10y, ust-10y-intraday, usdjpy",
    },
    after: `
Examples:
  $ aidebt data series
  $ aidebt data series --series usdjpy --from 2025Q1
  $ aidebt data series --series h100-rental-1y-contract-semianalysis --format csv`,
  },
  validate: {
    description: "check scenario files without running them: exit 0 when all are valid, 2 when one is not",
    arguments: { files: "scenario files (.json/.yaml), or - for stdin" },
    after: `
Examples:
  $ aidebt validate mine.yaml
  $ aidebt validate scenarios/*.yaml --quiet && echo all valid
  $ aidebt validate mine.yaml --format json

Each file is checked as simulate would read it (extends, every field, the horizon). table prints one line
per file and its problems; json prints { files: [{ file, ok, issues }] }.`,
  },
  presets: {
    description: "list the model's presets, or show one with `presets show NAME`",
    after: `
Examples:
  $ aidebt presets
  $ aidebt presets --lang en --format md
  $ aidebt presets show base --format yaml`,
  },
  presetsShow: {
    description: "one preset: its scenario with the provenance of every value, and its sources",
    arguments: { name: "preset id, e.g. base" },
    after: `
Examples:
  $ aidebt presets show base
  $ aidebt presets show demand-slowdown --format yaml > mine.yaml   edit, then: aidebt simulate mine.yaml
  $ aidebt presets show base --format json | aidebt simulate -

json and yaml print the preset as the model defines it (id, name, description, sources, scenario,
provenance); simulate accepts that file directly. A file with "extends: base" needs only the changes.`,
  },
  schema: {
    description: "the JSON Schema of a scenario: every field --set and scenario files accept",
    after: `
Examples:
  $ aidebt schema > scenario.schema.json       for editors and validators
  $ aidebt schema --format table               one row per field: path, type, unit, range, default
  $ aidebt schema --format yaml

The default column is the value in the base preset.`,
  },
  article: {
    description: "print the article (Japanese original or English edition), whole or one section",
    options: { section: "only the section with this slug (e.g. hidden-debt)" },
    after: `
Examples:
  $ aidebt article                         the whole article in Japanese
  $ aidebt article --lang en --format md   the English edition as Markdown
  $ aidebt article --section summary
  $ aidebt article --format csv            one row per paragraph: section, paragraph, concept, text`,
  },
  glossary: {
    description: "the article's glossary, or one term's definition",
    arguments: { term: "id, Japanese term, reading or English name" },
    after: `
Examples:
  $ aidebt glossary                    every term
  $ aidebt glossary SPV                one term, by English name
  $ aidebt glossary 減価償却 --lang en
  $ aidebt glossary --format json`,
  },
  facts: {
    description: "the article's numbers with units, and fact-check notes on its claims",
    after: `
Examples:
  $ aidebt facts --lang en
  $ aidebt facts -o facts.csv                  the numbers only, one row each
  $ aidebt facts --format json                 { facts, factChecks }`,
  },
  completion: {
    description: "print a shell completion script",
    arguments: { shell: "bash, zsh or fish" },
    after: `
Install:
  bash  $ aidebt completion bash > ~/.local/share/bash-completion/completions/aidebt
  zsh   $ aidebt completion zsh > "\${fpath[1]}/_aidebt"      (or any directory in $fpath)
  fish  $ aidebt completion fish > ~/.config/fish/completions/aidebt.fish`,
  },
  man: {
    description: "print the manual page (roff), generated from this help",
    after: `
Examples:
  $ aidebt man | man -l -
  $ aidebt man > ~/.local/share/man/man1/aidebt.1`,
  },
  help: {
    description: "display help for a command",
    arguments: { command: "the command, e.g. simulate or presets show" },
    after: "",
  },
} satisfies { [key: string]: unknown };

export type HelpText = typeof en;

const ja: HelpText = {
  titles: { "Usage:": "使い方:", "Options:": "オプション:", "Commands:": "コマンド:", "Arguments:": "引数:", "Global Options:": "共通オプション:" },
  choices: "選択肢",
  default: "既定値",
  options: {
    format: "出力形式(既定値: -o の拡張子、AIDEBT_FORMAT、設定ファイルの順。なければ %s)",
    lang: "ラベル、本文、ヘルプ、エラーの言語(既定値: AIDEBT_LANG、設定ファイル、LC_ALL/LC_MESSAGES/LANG の順。なければ出力は ja、メッセージは en)",
    currency: "金額の通貨(既定値: AIDEBT_CURRENCY、設定ファイルの順。なければ usd)",
    output: "標準出力ではなく FILE に書く。通常のファイルはアトミックに、FIFO とデバイスは開いて書く。- は標準出力",
    force: "--output で既存のファイルを置き換える",
    check: "JSON の結果を検証する。例: 'summary.burstQuarter == null'(繰り返し可)。失敗すれば終了コード 1",
    columns: "主な表のこの列だけを、この順で出す(ID は CSV の見出しと同じ)。例: quarter,hiddenDebt",
    debug: "エラーのスタックトレースを表示する",
    color: "色付けの条件。auto は NO_COLOR のない端末(既定値: AIDEBT_COLOR、設定ファイルの順。なければ auto)",
    quiet: "標準エラーに警告、注記、進捗を出さない(エラーのみ)",
    set: "シナリオの項目を上書きする(繰り返し可)。例: demand.aiGrowthAnnual=0.1",
    quarters: "期間(四半期数、horizonQuarters を設定)",
    progress: "標準エラーが端末でなくても進捗を出す(ログ向けの行)",
    help: "コマンドのヘルプを表示する",
    version: "バージョンを表示する",
  },
  program: {
    description: "AIインフラの借金サイクルをコマンドラインで分析する: シミュレーション、比較、ストレステスト、探索。",
    after: `
例:
  $ aidebt simulate base                           四半期ごとの表、イベント、まとめ
  $ aidebt simulate demand-slowdown --lang en --currency jpy
  $ aidebt simulate my.yaml --set demand.aiGrowthAnnual=0.1 -o run.csv   (拡張子から CSV)
  $ aidebt stress base                             引き金ごとに1行
  $ aidebt explain demand-slowdown                 因果の流れを文章で
  $ aidebt backtest meta-2024                      モデルと Meta の FY2025 の実績
  $ aidebt data deals --from 2025Q4                2025年10月以降の資金調達(出典つき)
  $ aidebt simulate base --check 'summary.burstQuarter == null'
  $ aidebt validate scenarios/*.yaml               シナリオファイルの検証だけ

終了コード: 0 成功、1 エラーまたは --check の失敗、2 入力や使い方の誤り、130 中断(Ctrl-C)、143 終了要求。
設定の優先順位(高い順): フラグ > AIDEBT_LANG/AIDEBT_CURRENCY/AIDEBT_FORMAT/AIDEBT_COLOR > プロジェクトの設定
(この階層か上の aidebt.config.json または .aidebtrc) > ユーザーの設定($XDG_CONFIG_HOME/aidebt/config.json
または ~/.aidebtrc) > LC_ALL/LC_MESSAGES/LANG(言語のみ)。ほかに NO_COLOR、COLUMNS、PAGER/AIDEBT_PAGER。
シェル補完: aidebt completion bash|zsh|fish。マニュアル: aidebt man。`,
  },
  simulate: {
    description: "プリセット、JSON/YAML のシナリオファイル、または標準入力(-)でモデルを実行する",
    arguments: { scenario: "プリセット名、.json/.yaml ファイルのパス、または標準入力を表す -" },
    after: `
例:
  $ aidebt simulate base
  $ aidebt simulate demand-slowdown --lang en --currency jpy
  $ aidebt simulate base --set financing.campusShare=0.6 --set rates.baseAnnual=0.05
  $ aidebt simulate my-scenario.yaml --quarters 60 -o run.csv
  $ aidebt simulate base --columns quarter,hiddenDebt,hiddenShare
  $ aidebt presets show base --format json | aidebt simulate - --format json
  $ aidebt simulate base --check 'summary.burstQuarter == null' --check 'summary.lenderLoss < 1'

シナリオファイルは "extends: base" で始め、変更する項目だけを書けます。
--format json はモデルの結果 JSON をそのまま出します。csv は四半期ごとの表で、見出しは固定の ID、値は
加工しない数値です(十億ドル、比率は小数。全列と単位は README にあります)。`,
  },
  compare: {
    description: "複数のシナリオを並べ、最初のシナリオとの差を示す",
    arguments: { scenarios: "2つ以上のプリセット名、.json/.yaml ファイル、または標準入力を表す -(1回まで)" },
    options: { all: "主な項目だけでなく、まとめの全ての数値項目を出す" },
    after: `
例:
  $ aidebt compare base demand-slowdown
  $ aidebt compare base rate-shock credit-freeze --lang en --currency jpy --all
  $ aidebt compare base mine.yaml -o compare.json

比率の差はパーセントポイント(pt)です。json はモデルの compare() の結果(ラベル、各実行の結果 JSON、
最初との差を含むまとめ、四半期ごとの系列)、csv はシナリオごとに1行でまとめの全項目です。`,
  },
  stress: {
    description: "シナリオを引き金(需要鈍化、金利ショック、信用収縮、GPUトレッドミル)ごと、および組み合わせで実行する",
    arguments: { scenario: "プリセット名、.json/.yaml ファイルのパス、または標準入力を表す -" },
    after: `
例:
  $ aidebt stress                      base プリセットを全ての引き金で
  $ aidebt stress soft-landing --lang en
  $ aidebt stress base --set financing.campusShare=0.6 --format csv
  $ aidebt stress base --check 'rows.0.summary.burstQuarter == null'

各引き金は、同名のモデルのプリセットが base から変えている内容です(ショックはシナリオ自身のものに
追加し、パラメータは上書き)。json は { source, scenario, rows: [{ id, triggers, changes, droppedShocks,
summary, end }], invocation } で、まとめはモデルのものそのままです。end は最後の四半期の債務(表の債務、
リース負債、調整後債務、隠れ債務、債務合計、未開始のリース契約)です。`,
  },
  sensitivity: {
    description: "トルネード: パラメータを1つずつ上下に動かしたとき、1つの結果がどれだけ動くか",
    arguments: { scenario: "プリセット名、.json/.yaml ファイルのパス、または標準入力を表す -" },
    options: {
      metric: "結果の指標: まとめの項目(peakHiddenDebt、burstIndex、sponsorAiNpv、survives など)または last.<パス>",
      step: "各パラメータを上下に動かす相対的な幅",
      top: "振れ幅の大きい上位 N 行だけを出す",
    },
    after: `
例:
  $ aidebt sensitivity --top 10                         base で隠れ負債のピークを左右するもの
  $ aidebt sensitivity demand-slowdown --metric burstIndex --top 10
  $ aidebt sensitivity base --metric sponsorAiNpv --step 0.1 -o tornado.csv

記事の言うとおり、金利より需要が決定的か? demand.aiGrowthAnnual と rates.baseAnnual の行を比べてください。
値は指標の単位で表示します。端末ではトルネード図を描き、標準エラーに進捗を出します。Ctrl-C で安全に止まります。
json はモデルの結果に source、scenario、inputs、invocation を加えたものです。`,
  },
  sweep: {
    description: "2つのパラメータの格子で1つの結果を計算する(端末ではヒートマップ)",
    arguments: { scenario: "プリセット名、.json/.yaml ファイルのパス、または標準入力を表す -" },
    options: {
      x: "横方向のパラメータ。例: demand.aiGrowthAnnual=0:0.6:7",
      y: "縦方向のパラメータ。例: gpu.economicLifeQuarters=8:24:5",
      metric: "各セルの結果: まとめの項目(burstIndex、peakHiddenDebt、verdict など)または last.<パス>",
    },
    after: `
例:
  $ aidebt sweep --x demand.aiGrowthAnnual=0:0.6:7 --y gpu.economicLifeQuarters=8:24:5
  $ aidebt sweep base --x financing.campusShare=0:0.8:5 --y rates.baseAnnual=0.02:0.08:4 --metric verdict
  $ aidebt sweep --x demand.aiGrowthAnnual=0:0.6:13 --y spv.dscrCovenant=1:1.5:6 -o grid.csv

軸の値は FROM + i·(TO − FROM)/(STEPS − 1) を有効数字12桁に丸めたもの。整数のパラメータは整数の刻みに
してください。セルは指標の単位で表示します。csv は縦長(x, y, 値)で格子点ごとに1行、json はモデルの sweep()
の結果に source、scenario、inputs、invocation を加えたものです。Ctrl-C で安全に止まります。`,
  },
  montecarlo: {
    description: "需要の経路のシード付きモンテカルロ: 年ごとの破裂確率、負債と損失のパーセンタイル",
    arguments: { scenario: "プリセット名、.json/.yaml ファイルのパス、または標準入力を表す -" },
    options: {
      paths: "シミュレーションする経路の数",
      seed: "乱数のシード: 同じシードならどのマシンでも同じ結果",
      volatility: "AI需要の伸びの年率ボラティリティ",
      "rate-volatility": "基準金利の年率ボラティリティ(金利のポイント)",
      jobs: "経路を分けて計算するワーカースレッドの数(既定値: コア数)。数によらず結果は同じ",
      "allow-large": "見積もりがメモリの上限(2 GB)を超えても実行する",
    },
    after: `
例:
  $ aidebt montecarlo --paths 10000 --seed 42
  $ aidebt montecarlo --paths 10000 --seed 42 --jobs 1 --format json   # byte-identical to --jobs 2
  $ aidebt montecarlo demand-slowdown --paths 2000 --volatility 0.3 --lang en --currency jpy
  $ aidebt montecarlo base --format json --check 'burstProbability < 0.5'

長い実行は最初に所要時間とメモリの見積もりを出します。2 GB(経路と四半期ごとに24バイト、ジョブが2つ以上なら48バイト)を超えるものは
--allow-large がなければ実行しません。csv は年ごとの破裂確率、json はモデルの monteCarlo() の結果(全四半期の
分布)に source、scenario、inputs、invocation を加えたものです。Ctrl-C で安全に止まります(終了コード 130)。`,
  },
  explain: {
    description: "実行の因果の流れを、イベントログとまとめから文章で語る",
    arguments: { scenario: "プリセット名、.json/.yaml ファイルのパス、または標準入力を表す -" },
    after: `
例:
  $ aidebt explain demand-slowdown
  $ aidebt explain base --lang en --currency jpy
  $ aidebt explain base --set demand.aiGrowthAnnual=0 -o story.md

--format json は { title, lang, paragraphs, summary } を出します。--check はこれに対して評価します。`,
  },
  backtest: {
    description: "モデルを企業の実績と並べる: 項目、期間、モデル、実績、誤差",
    arguments: { scenario: "プリセット名(モデルが持つそのプリセットの実績と比べる)、または --actuals を付けた .json/.yaml のシナリオファイル" },
    options: {
      period: "会計年度(FY2025)、四半期(2025Q3)、または all(既定値: 会計年度のみ)",
      item: "この項目だけ(繰り返し可): revenue、ownCapex、depreciation、operatingIncome、cashAndSecurities、longTermDebt、leaseLiabilities、spvDebt、commitmentsNotCommenced",
      actuals: "プリセットの実績の代わりに FILE.json か FILE.csv の実績を使う(行は item,period,value[,url]。十億ドル単位)",
    },
    after: `
例:
  $ aidebt backtest                                   meta-2024(2025Q1 開始)を Meta の FY2025 と比べる
  $ aidebt backtest --period all --lang en            四半期ごとの値も
  $ aidebt backtest --item revenue --item longTermDebt --format csv
  $ aidebt backtest mine.yaml --actuals meta-fy2025.csv --format md
  $ aidebt backtest --check 'rows.0.error < 0.1'

誤差は (モデル − 実績) ÷ |実績|。フローは期間の四半期の合計、ストックは期間の最後の四半期の値です。json は
モデルの backtest() の結果(scenario、startQuarter、rows: [{ item, period, model, actual, error, url, source }])
に source、actuals、invocation を加えたもの、csv は同じ行の項目(出典URLを含む)、md は出典をリンクにします。`,
  },
  market: {
    description: "複数のスポンサーを1つの計算市場で走らせる: 各社の決算と業界の合計",
    arguments: { preset: "市場のプリセット(既定値: industry。メタ、アルファベット、マイクロソフト、アマゾン、オラクルとネオクラウド)" },
    options: { sponsors: "代わりに1つの市場で走らせる1社のプリセット(カンマ区切り)", elasticity: "市場の過剰供給で計算の価格がどれだけ下がるか(0〜5。既定値はプリセットの値、1)" },
    after: `
例:
  $ aidebt market                                     業界全体: 6社、1つの市場
  $ aidebt market --elasticity 2                      過剰供給で価格が2倍の速さで下がる場合
  $ aidebt market --sponsors meta,alphabet,neocloud   選んだプリセットで
  $ aidebt market --format csv -o market.csv

市場は最後のスポンサーの期首に始まります(マイクロソフトとオラクルの会計年度は6月と5月に終わるため、最初の2四半期は
単独で走ります)。json はモデルの simulateMarket()(elasticity、opens、sponsors: [{ id, opens, result }]、
quarters: [{ label, demand, capacity, utilisation, glutFactor, totals }]、summary)に source と invocation を加えたもの、
csv は四半期の表です。`,
  },
  claims: {
    description: "記事の主張をシナリオで検証する: 主張ごとの答え、根拠の数字、答えが変わる点",
    arguments: { scenario: "プリセット名、または .json/.yaml のシナリオファイル(既定値: base)" },
    after: `
例:
  $ aidebt claims                                     base(Meta の FY2025 決算から)での六つの主張
  $ aidebt claims neocloud                            変動金利の GPU 担保ローンで調達するネオクラウド
  $ aidebt claims demand-slowdown --format json
  $ aidebt claims --format md -o claims.md

答えは holds(成り立つ)、does-not-hold(成り立たない)、depends(条件による)。flip は答えが変わる一つの
パラメーターの値(モデルの高速版で二分探索して求める)。--set PATH=VALUE でその値を設定すると答えが変わる。
json はモデルの claims()(scenario, startQuarter, claims: [{ id, claim, answer, figures, flip, text }])。`,
  },
  data: {
    description: "@aidebt/data の出典つきの行: 企業の開示、資金調達、市場の系列",
    options: {
      from: "最初の四半期(この四半期を含む)。例: 2025Q1(companies は期末日、deals と series は日付で絞る)",
      to: "最後の四半期(この四半期を含む)。例: 2025Q4",
    },
    after: `
例:
  $ aidebt data companies --company meta --from 2025Q1 --to 2025Q4
  $ aidebt data deals --from 2025Q4 --format csv
  $ aidebt data series --series fed-funds-upper --format json

どの行にも単位、期間または日付、出典(URL、発行元、公表日)と確度があります。確度は primary(開示書類か
企業の発表)、press(報道)、secondary(二次資料)のいずれかです。`,
  },
  dataCompanies: {
    description: "企業の財務(四半期と会計年度)。1行ごとに出典つき",
    options: {
      company: "この企業だけ: meta、alphabet、microsoft、amazon、oracle、coreweave",
      item: "この項目だけ。例: capex、revenue、leaseLiabilities、leasesNotCommenced(データパッケージのスキーマ参照)",
    },
    after: `
例:
  $ aidebt data companies --company meta --item capex
  $ aidebt data companies --from 2025Q4 --to 2025Q4 --format md
  $ aidebt data companies --columns company,item,period,value,url --format csv

期間は会計期間が終わる暦の四半期(2025Q4)か会計年度(FY2025)。--from と --to は期末日で絞ります。出典が
異なると同じ期間に複数の行があります。json は { table, query, count, rows } で、行はデータパッケージの
ままです(引用と注記を含む)。`,
  },
  dataDeals: {
    description: "社債、融資、ビークルによる資金調達: 発行体、日付、金額、金利、満期、構造、貸し手",
    options: {
      company: "このスポンサー(資金調達の恩恵を受ける企業)の案件だけ。表にあるスポンサー",
    },
    after: `
例:
  $ aidebt data deals
  $ aidebt data deals --company meta --format md
  $ aidebt data deals --from 2025Q4 --to 2026Q1 --format json

structure は債務がスポンサーの貸借対照表にあるか(on-balance)、合弁(jv)、ビークル(spv)、リース
ファイナンスにあるかを示します。json はトランシェと根拠も含みます。`,
  },
  dataSeries: {
    description: "市場の系列: H100 のレンタル価格、FF金利、10年国債利回り、ドル円",
    options: {
      series: "この系列だけ: h100-rental-…、fed-funds-upper、fed-funds-lower、ust-10y、ust-10y-intraday、usdjpy",
    },
    after: `
例:
  $ aidebt data series
  $ aidebt data series --series usdjpy --from 2025Q1
  $ aidebt data series --series h100-rental-1y-contract-semianalysis --format csv`,
  },
  validate: {
    description: "シナリオファイルを実行せずに検証する: 全て有効なら終了コード 0、無効なものがあれば 2",
    arguments: { files: "シナリオファイル(.json/.yaml)、または標準入力を表す -" },
    after: `
例:
  $ aidebt validate mine.yaml
  $ aidebt validate scenarios/*.yaml --quiet && echo all valid
  $ aidebt validate mine.yaml --format json

各ファイルを simulate と同じように読んで検証します(extends、全項目、期間)。table はファイルごとに1行と
その問題を、json は { files: [{ file, ok, issues }] } を出します。`,
  },
  presets: {
    description: "モデルのプリセットの一覧。1つを見るには `presets show NAME`",
    after: `
例:
  $ aidebt presets
  $ aidebt presets --lang en --format md
  $ aidebt presets show base --format yaml`,
  },
  presetsShow: {
    description: "1つのプリセット: 全ての値の根拠つきのシナリオと出典",
    arguments: { name: "プリセットの ID。例: base" },
    after: `
例:
  $ aidebt presets show base
  $ aidebt presets show demand-slowdown --format yaml > mine.yaml   編集してから aidebt simulate mine.yaml
  $ aidebt presets show base --format json | aidebt simulate -

json と yaml はモデルの定義どおりのプリセット(id、name、description、sources、scenario、provenance)を
出します。simulate はそのファイルをそのまま読めます。"extends: base" のファイルなら変更点だけで足ります。`,
  },
  schema: {
    description: "シナリオの JSON Schema: --set とシナリオファイルが受け付ける全項目",
    after: `
例:
  $ aidebt schema > scenario.schema.json       エディタや検証ツール向け
  $ aidebt schema --format table               項目ごとに1行: パス、型、単位、範囲、既定値
  $ aidebt schema --format yaml

既定値の列は base プリセットの値です。`,
  },
  article: {
    description: "記事(日本語の原文または英語版)を全体または1節だけ出す",
    options: { section: "このスラッグの節だけ(例: hidden-debt)" },
    after: `
例:
  $ aidebt article                         記事全体(日本語)
  $ aidebt article --lang en --format md   英語版を Markdown で
  $ aidebt article --section summary
  $ aidebt article --format csv            段落ごとに1行: 節、段落、概念、本文`,
  },
  glossary: {
    description: "記事の用語集、または1つの用語の定義",
    arguments: { term: "ID、日本語の用語、読み、または英語名" },
    after: `
例:
  $ aidebt glossary                    全ての用語
  $ aidebt glossary SPV                英語名で1つの用語
  $ aidebt glossary 減価償却 --lang en
  $ aidebt glossary --format json`,
  },
  facts: {
    description: "記事中の数値と単位、主張のファクトチェック",
    after: `
例:
  $ aidebt facts --lang en
  $ aidebt facts -o facts.csv                  数値だけを1行ずつ
  $ aidebt facts --format json                 { facts, factChecks }`,
  },
  completion: {
    description: "シェル補完のスクリプトを出す",
    arguments: { shell: "bash、zsh、fish のいずれか" },
    after: `
インストール:
  bash  $ aidebt completion bash > ~/.local/share/bash-completion/completions/aidebt
  zsh   $ aidebt completion zsh > "\${fpath[1]}/_aidebt"      ($fpath のどのディレクトリでも可)
  fish  $ aidebt completion fish > ~/.config/fish/completions/aidebt.fish`,
  },
  man: {
    description: "このヘルプから作ったマニュアルページ(roff)を出す",
    after: `
例:
  $ aidebt man | man -l -
  $ aidebt man > ~/.local/share/man/man1/aidebt.1`,
  },
  help: {
    description: "コマンドのヘルプを表示する",
    arguments: { command: "コマンド。例: simulate や presets show" },
    after: "",
  },
};

/** The help texts in the process's language (or a given one). */
export function helpText(lang: Lang = uiLang()): HelpText {
  return lang === "ja" ? ja : en;
}
