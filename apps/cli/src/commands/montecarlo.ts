import { Command } from "commander";
import type { Bands, MonteCarloResult } from "@aidebt/model";
import { defaultJobs, runAnalysis } from "../lib/analysis.js";
import { parseIntegerOption } from "../lib/axis.js";
import { sparklines } from "../lib/charts.js";
import { addOutputOptions, addScenarioOptions, emit, preflight, type Context, type Currency, type Lang, type OutputOptions } from "../lib/context.js";
import { chart, heading, table, type Block } from "../lib/document.js";
import { invalidValue } from "../lib/errors.js";
import type { Logger } from "../lib/logger.js";
import { formatters } from "../lib/numbers.js";
import { loadScenario, type LoadedScenario, type ScenarioSourceOptions } from "../lib/scenario-input.js";
import { messages } from "../messages.js";

export interface MonteCarloCliOptions extends ScenarioSourceOptions {
  paths: string;
  seed: string;
  volatility?: string;
  rateVolatility?: string;
  jobs?: string;
}

export interface MonteCarloData {
  loaded: LoadedScenario;
  result: MonteCarloResult;
}

export const MAX_PATHS = 1_000_000;

function volatility(option: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const v = Number(raw);
  if (!Number.isFinite(v) || v < 0 || v > 2) throw invalidValue(option, raw, "an annual volatility from 0 to 2, e.g. 0.15");
  return v;
}

/** Seeded Monte Carlo over demand (and rate) paths: the model's monteCarlo(). */
export async function collectMonteCarlo(
  source: string,
  options: MonteCarloCliOptions,
  io: { readStdin: () => Promise<string>; logger: Logger; signal: AbortSignal; progress?: boolean },
): Promise<MonteCarloData> {
  const paths = parseIntegerOption("--paths", options.paths, 1, MAX_PATHS);
  const seed = parseIntegerOption("--seed", options.seed, 0, 2 ** 32 - 1);
  const demandVolatility = volatility("--volatility", options.volatility);
  const rateVolatility = volatility("--rate-volatility", options.rateVolatility);
  const jobs = options.jobs === undefined ? defaultJobs() : parseIntegerOption("--jobs", options.jobs, 1, 256);
  const loaded = await loadScenario(source, options, io.readStdin);
  const result = await runAnalysis(
    {
      kind: "monteCarlo",
      scenario: loaded.scenario,
      options: { paths, seed, ...(demandVolatility === undefined ? {} : { demandVolatility }), ...(rateVolatility === undefined ? {} : { rateVolatility }) },
    },
    { ...io, label: "monte carlo", jobs },
  );
  return { loaded, result };
}

export async function printMonteCarlo(data: MonteCarloData, options: { lang: Lang; currency: Currency }): Promise<Block[]> {
  const { formatMoney } = await import("@aidebt/model");
  const m = messages(options.lang);
  const f = formatters(formatMoney, { lang: options.lang, currency: options.currency, fxJpyPerUsd: data.loaded.scenario.fxJpyPerUsd });
  const r = data.result;
  const bands: [string, Bands][] = [
    [m.hiddenDebt, r.hiddenDebt],
    [m.totalDebt, r.totalDebt],
    [m.lenderLoss, r.lenderLoss],
  ];
  // year ends (and the last quarter) keep the table readable; --format json has every quarter
  const rowsAt = r.quarters.map((q, i) => ({ q, i })).filter(({ q, i }) => q.endsWith("Q4") || i === r.quarters.length - 1);
  const loss = r.finalLenderLoss;
  return [
    heading(`${m.monteCarloOf} ${data.loaded.label} — ${m.pathsSeed(r.paths, r.seed)}`, 1),
    table(
      [{ header: m.year }, { header: m.burstProbability, align: "right", format: f.percent }],
      r.burstProbabilityByYear.map((b) => [b.year, b.probability]),
      { title: `${m.burstProbabilityTitle} (${m.withinHorizon}: ${f.percent(r.burstProbability)})`, primary: true },
    ),
    chart(sparklines([...bands.map(([label, b]) => ({ label: `${label} p50`, values: b.p50, format: f.money })), { label: m.burstHistogram, values: r.burstHistogram, format: f.percent }])),
    ...bands.map(([label, b]) =>
      table(
        [{ header: m.quarter }, ...(["p5", "p25", "p50", "p75", "p95"] as const).map((p) => ({ header: p, align: "right" as const, format: f.money }))],
        rowsAt.map(({ q, i }) => [q, b.p5[i] ?? null, b.p25[i] ?? null, b.p50[i] ?? null, b.p75[i] ?? null, b.p95[i] ?? null]),
        { title: label },
      ),
    ),
    table(
      [{ header: m.field }, { header: m.value, align: "right" }],
      [
        [m.mean, f.money(loss.mean)],
        ["p5", f.money(loss.p5)],
        ["p50", f.money(loss.p50)],
        ["p95", f.money(loss.p95)],
        ["p99", f.money(loss.p99)],
        [m.shareWithLoss, f.percent(loss.shareWithLoss)],
      ],
      { title: m.finalLenderLoss },
    ),
  ];
}

export function montecarloCommand(ctx: Context): Command {
  const command = new Command("montecarlo")
    .description("seeded Monte Carlo over demand paths: burst probability by year, percentile bands of debt and losses")
    .argument("[scenario]", "preset name, path to a .json/.yaml file, or - for stdin", "base")
    .option("-n, --paths <n>", "number of simulated paths", "1000")
    .option("--seed <s>", "PRNG seed: the same seed gives the same result on every machine", "1")
    .option("--volatility <sigma>", "annual volatility of AI-demand growth (model default 0.15)")
    .option("--rate-volatility <sigma>", "annual volatility of the base rate, in rate points (model default 0)")
    .option("-j, --jobs <n>", "worker threads to spread the paths over (default: the number of cores); the result is the same for any number");
  addScenarioOptions(command, { set: "override a scenario field first (repeatable)", progress: true });
  addOutputOptions(command, ctx.env);
  return command
    .addHelpText(
      "after",
      `
Examples:
  $ aidebt montecarlo --paths 10000 --seed 42
  $ aidebt montecarlo --paths 10000 --seed 42 --jobs 1 --format json   # byte-identical to --jobs 2
  $ aidebt montecarlo demand-slowdown --paths 2000 --volatility 0.3 --lang en --currency jpy
  $ aidebt montecarlo base --format json --check 'burstProbability < 0.5'

csv is the burst probability by year; json is the model's monteCarlo() result with every quarter's bands.
A progress bar shows on stderr; Ctrl-C stops cleanly (exit 130).`,
    )
    .action(async (source: string, options: { progress?: boolean } & OutputOptions & MonteCarloCliOptions) => {
      preflight(options);
      const data = await collectMonteCarlo(source, options, { readStdin: ctx.readStdin, logger: ctx.logger, signal: ctx.signal, progress: options.progress === true });
      const blocks = options.format === "json" ? [] : await printMonteCarlo(data, options);
      emit(ctx, options, { json: data.result, document: () => ({ blocks }) });
    });
}
