import { Command } from "commander";
import { analysis, type MonteCarloResult } from "../lib/analysis-api.js";
import { parseIntegerOption } from "../lib/axis.js";
import { sparklines } from "../lib/charts.js";
import { addOutputOptions, emit, preflight, type Context, type Currency, type Lang, type OutputOptions } from "../lib/context.js";
import { chart, heading, table, type Block } from "../lib/document.js";
import { formatters } from "../lib/numbers.js";
import { withProgress } from "../lib/progress.js";
import { loadScenario, type LoadedScenario, type ScenarioSourceOptions } from "../lib/scenario-input.js";
import { messages } from "../messages.js";

export interface MonteCarloOptions extends ScenarioSourceOptions {
  paths: string;
  seed: string;
}

export interface MonteCarloData {
  loaded: LoadedScenario;
  result: MonteCarloResult;
}

export const MAX_PATHS = 1_000_000;

/** Seeded Monte Carlo over demand paths, from the model: burst probability by year and percentile bands. */
export async function collectMonteCarlo(
  source: string,
  options: MonteCarloOptions,
  io: { readStdin: () => string; control?: Parameters<Parameters<typeof withProgress>[3]>[0] },
): Promise<MonteCarloData> {
  const paths = parseIntegerOption("--paths", options.paths, 1, MAX_PATHS);
  const seed = parseIntegerOption("--seed", options.seed, 0, 2 ** 32 - 1);
  const loaded = await loadScenario(source, options, io.readStdin);
  const monteCarlo = await analysis("monteCarlo");
  const result = await monteCarlo(loaded.scenario, { paths, seed, ...io.control });
  return { loaded, result };
}

export async function printMonteCarlo(data: MonteCarloData, options: { lang: Lang; currency: Currency }): Promise<Block[]> {
  const { formatMoney } = await import("@aidebt/model");
  const m = messages(options.lang);
  const f = formatters(formatMoney, { lang: options.lang, currency: options.currency, fxJpyPerUsd: data.loaded.scenario.fxJpyPerUsd });
  const r = data.result;
  const blocks: Block[] = [
    heading(`${m.monteCarloOf} ${data.loaded.label} — ${m.pathsSeed(r.paths, r.seed)}`, 1),
    table(
      [{ header: m.year }, { header: m.burstProbability, align: "right", format: f.percent }],
      r.burstProbabilityByYear.map((b) => [b.year, b.probability]),
      { title: m.burstProbabilityTitle, primary: true },
    ),
  ];
  const bandNames = Object.keys(r.bands);
  blocks.push(
    chart(
      sparklines(bandNames.map((name) => ({ label: `${name} p50`, values: (r.bands[name] ?? []).map((q) => q.p50), format: f.money }))),
    ),
  );
  for (const name of bandNames) {
    const band = r.bands[name] ?? [];
    // year ends only: a readable table; --format json has every quarter
    const rows = band.filter((q, i) => q.quarter.endsWith("Q4") || i === band.length - 1);
    blocks.push(
      table(
        [{ header: m.quarter }, ...(["p5", "p25", "p50", "p75", "p95"] as const).map((p) => ({ header: p, align: "right" as const, format: f.money }))],
        rows.map((q) => [q.quarter, q.p5, q.p25, q.p50, q.p75, q.p95]),
        { title: name },
      ),
    );
  }
  return blocks;
}

export function montecarloCommand(ctx: Context): Command {
  const collect = (value: string, previous: string[] = []): string[] => [...previous, value];
  const command = new Command("montecarlo")
    .description("seeded Monte Carlo over demand paths: burst probability by year, percentile bands of debt and losses")
    .argument("[scenario]", "preset name, path to a .json/.yaml file, or - for stdin", "base")
    .option("-n, --paths <n>", "number of simulated paths", "1000")
    .option("--seed <s>", "PRNG seed: the same seed gives the same result on every machine", "1")
    .option("-s, --set <path=value>", "override a scenario field first (repeatable)", collect, [])
    .option("-q, --quarters <n>", "horizon in quarters");
  addOutputOptions(command, ctx.env);
  return command
    .addHelpText(
      "after",
      `
Examples:
  $ aidebt montecarlo --paths 10000 --seed 42
  $ aidebt montecarlo demand-slowdown --paths 2000 --lang en --currency jpy
  $ aidebt montecarlo base --paths 5000 --format json --check 'burstProbabilityByYear.0.probability < 0.5'

A progress bar shows on stderr for long runs; Ctrl-C stops cleanly (exit 130).`,
    )
    .action(async (source: string, options: OutputOptions & MonteCarloOptions) => {
      preflight(options);
      const data = await withProgress(ctx.logger, ctx.signal, "monte carlo", (control) =>
        collectMonteCarlo(source, options, { readStdin: ctx.readStdin, control }),
      );
      const blocks = options.format === "json" ? [] : await printMonteCarlo(data, options);
      emit(ctx, options, { json: data.result, document: () => ({ blocks }) });
    });
}
