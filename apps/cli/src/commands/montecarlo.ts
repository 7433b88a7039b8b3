import { Command } from "commander";
import type { Bands, MonteCarloResult, Scenario } from "@aidebt/model";
import { errorText } from "../i18n/errors.js";
import { helpText } from "../i18n/help.js";
import { messages } from "../i18n/labels.js";
import { uiLang } from "../i18n/lang.js";
import { defaultJobs, runAnalysis } from "../lib/analysis.js";
import { sparklines } from "../lib/charts.js";
import { addOutputOptions, addScenarioOptions, emit, invocation, outputOptions, type Context, type Currency, type Lang } from "../lib/context.js";
import { chart, heading, table, type Block } from "../lib/document.js";
import { UsageError } from "../lib/errors.js";
import type { Logger } from "../lib/logger.js";
import { formatters } from "../lib/numbers.js";
import { loadScenario, type LoadedScenario, type ScenarioSourceOptions } from "../lib/scenario-input.js";
import { integerOption, numberOption } from "../lib/values.js";

export interface MonteCarloCliOptions extends ScenarioSourceOptions {
  paths: string;
  seed: string;
  volatility: string;
  rateVolatility: string;
  allowLarge?: boolean;
  jobs?: string;
}

/** The inputs of a run besides the scenario, as recorded in its JSON. */
export interface MonteCarloInputs {
  paths: number;
  seed: number;
  demandVolatility: number;
  rateVolatility: number;
}

export interface MonteCarloData {
  loaded: LoadedScenario;
  inputs: MonteCarloInputs;
  result: MonteCarloResult;
}

export const MAX_PATHS = 1_000_000;
/** The memory a run may need before it is refused without --allow-large (2 GB). */
export const MEMORY_LIMIT_BYTES = 2e9;
/** Node, the model and the worker threads before the first path, measured on Node 20. */
const BASE_BYTES = 100e6;

/**
 * Memory a run needs: the model keeps three float64 series (hidden debt, total debt, lender loss) for every
 * path and quarter until the bands are computed (24 bytes a path and quarter); with more than one worker the
 * workers' blocks and the combined arrays coexist (48 bytes). Measured: 200,000 × 120 peaks at 0.70 GB with
 * one job and 1.31 GB with two.
 *
 * @example
 * estimateBytes(1_000_000, 120, 1); // 2_996_000_000, about 3.0 GB
 */
export function estimateBytes(paths: number, quarters: number, jobs: number): number {
  return BASE_BYTES + 24 * paths * quarters * (jobs > 1 ? 2 : 1) + 16 * paths;
}

/** Seconds a run takes on one thread: the marginal cost of a path, timed on the same scenario in this process. */
async function estimateSeconds(scenario: Scenario, paths: number): Promise<number> {
  const { monteCarlo } = await import("@aidebt/model");
  const time = (n: number): number => {
    const start = process.hrtime.bigint();
    monteCarlo(scenario, { paths: n, seed: 1 });
    return Number(process.hrtime.bigint() - start) / 1e9;
  };
  time(20); // warm the engine up first
  const [small, large] = [time(50), time(150)];
  const perPath = large > small ? (large - small) / 100 : large / 150;
  return perPath * paths;
}

/** Before a long run: say how long and how much memory; refuse above the limit unless --allow-large. */
async function preflightRun(scenario: Scenario, paths: number, jobs: number, allowLarge: boolean, logger: Logger): Promise<void> {
  const quarters = scenario.horizonQuarters;
  const bytes = estimateBytes(paths, quarters, jobs);
  const gb = (b: number): string => `${(b / 1e9).toFixed(1)} GB`;
  if (bytes > MEMORY_LIMIT_BYTES && !allowLarge) {
    const t = errorText().montecarlo;
    const maxPaths = Math.floor((MEMORY_LIMIT_BYTES - BASE_BYTES) / (24 * quarters * (jobs > 1 ? 2 : 1) + 16));
    throw new UsageError(t.tooLarge, {
      issues: [{ path: "--paths", message: t.tooLargeMessage(gb(bytes), gb(MEMORY_LIMIT_BYTES)), received: paths, allowed: t.tooLargeAllowed(maxPaths, quarters) }],
      hint: t.tooLargeHint,
    });
  }
  if (paths * quarters < 1_000_000 && bytes < 5e8) return;
  const seconds = (await estimateSeconds(scenario, paths)) / Math.max(1, Math.min(jobs, defaultJobs()));
  const m = messages(uiLang());
  const time = seconds >= 90 ? m.minutes(Math.round(seconds / 60)) : m.seconds(Math.max(1, Math.round(seconds)));
  logger.info(m.estimate(paths.toLocaleString("en-US"), quarters, time, bytes >= 1e9 ? gb(bytes) : `${Math.round(bytes / 1e6)} MB`));
}

/** Seeded Monte Carlo over demand (and rate) paths: the model's monteCarlo(). */
export async function collectMonteCarlo(
  source: string,
  options: MonteCarloCliOptions,
  io: { readStdin: () => Promise<string>; logger: Logger; signal: AbortSignal; progress?: boolean },
): Promise<MonteCarloData> {
  const paths = await integerOption("--paths", options.paths, 1, MAX_PATHS);
  const seed = await integerOption("--seed", options.seed, 0, 2 ** 32 - 1);
  const allowed = errorText().values.volatilityAllowed;
  const demandVolatility = await numberOption("--volatility", options.volatility, { min: 0, max: 2 }, allowed);
  const rateVolatility = await numberOption("--rate-volatility", options.rateVolatility, { min: 0, max: 2 }, allowed);
  const jobs = options.jobs === undefined ? defaultJobs() : await integerOption("--jobs", options.jobs, 1, 256);
  const loaded = await loadScenario(source, options, io.readStdin);
  await preflightRun(loaded.scenario, paths, jobs, options.allowLarge === true, io.logger);
  const inputs = { paths, seed, demandVolatility, rateVolatility };
  const result = await runAnalysis({ kind: "monteCarlo", scenario: loaded.scenario, options: inputs }, { ...io, label: "monte carlo", jobs });
  return { loaded, inputs, result };
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
      [
        { id: "year", header: m.year },
        { id: "burstProbability", header: m.burstProbability, unit: "share", align: "right", format: f.percent },
      ],
      r.burstProbabilityByYear.map((b) => [b.year, b.probability]),
      { title: `${m.burstProbabilityTitle} (${m.withinHorizon}: ${f.percent(r.burstProbability)})`, primary: true },
    ),
    chart(sparklines([...bands.map(([label, b]) => ({ label: `${label} p50`, values: b.p50, format: f.money })), { label: m.burstHistogram, values: r.burstHistogram, format: f.percent }])),
    ...bands.map(([label, b]) =>
      table(
        [{ id: "quarter", header: m.quarter }, ...(["p5", "p25", "p50", "p75", "p95"] as const).map((p) => ({ id: p, header: p, unit: "usd-bn" as const, align: "right" as const, format: f.money }))],
        rowsAt.map(({ q, i }) => [q, b.p5[i] ?? null, b.p25[i] ?? null, b.p50[i] ?? null, b.p75[i] ?? null, b.p95[i] ?? null]),
        { title: label },
      ),
    ),
    table(
      [
        { id: "field", header: m.field },
        { id: "value", header: m.value, align: "right" },
      ],
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
  const h = helpText().montecarlo;
  const command = new Command("montecarlo")
    .description(h.description)
    .argument("[scenario]", h.arguments.scenario, "base")
    .option("-n, --paths <n>", h.options.paths, "1000")
    .option("--seed <s>", h.options.seed, "1")
    .option("--volatility <sigma>", h.options.volatility, "0.1")
    .option("--rate-volatility <sigma>", h.options["rate-volatility"], "0")
    .option("-j, --jobs <n>", h.options.jobs)
    .option("--allow-large", h.options["allow-large"]);
  addScenarioOptions(command, { progress: true });
  addOutputOptions(command, { formats: ["table", "json", "csv", "md"], currency: true, check: true, columns: ["year", "burstProbability"] });
  return command.addHelpText("after", h.after).action(async (source: string) => {
    const options = outputOptions(ctx, command);
    const raw = command.opts<MonteCarloCliOptions & { progress?: boolean }>();
    const data = await collectMonteCarlo(source, raw, { readStdin: ctx.readStdin, logger: ctx.logger, signal: ctx.signal, progress: raw.progress === true });
    const blocks = options.format === "json" ? [] : await printMonteCarlo(data, options);
    const json = { ...data.result, source: data.loaded.label, scenario: data.loaded.scenario, inputs: data.inputs, invocation: invocation(ctx) };
    await emit(ctx, options, { json, document: () => ({ blocks }) });
  });
}
