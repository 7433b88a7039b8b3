import { Command } from "commander";
import type { ClaimsReport } from "@aidebt/model";
import { helpText } from "../i18n/help.js";
import { addOutputOptions, addScenarioOptions, emit, invocation, outputOptions, type Context, type Currency, type Lang } from "../lib/context.js";
import { formatters } from "../lib/numbers.js";
import { messages } from "../i18n/labels.js";
import { heading, table, text, type Block, type Column } from "../lib/document.js";
import { loadScenario, type ScenarioSourceOptions } from "../lib/scenario-input.js";

/** Ids of the claims table's columns (`--columns`, CSV header). */
export const CLAIMS_COLUMNS = ["id", "claim", "answer", "flipPath", "flipValue", "text"] as const;

const ANSWER: Record<Lang, Record<string, string>> = {
  ja: { holds: "成り立つ", "does-not-hold": "成り立たない", depends: "条件による" },
  en: { holds: "holds", "does-not-hold": "does not hold", depends: "depends" },
};

/** Run the model's claims() on a preset (by id) or a scenario file, options checked by the scenario loader. */
export async function collectClaims(source: string, options: ScenarioSourceOptions, readStdin: () => Promise<string>): Promise<{ label: string; report: ClaimsReport; fxJpyPerUsd: number }> {
  const model = await import("@aidebt/model");
  const loaded = await loadScenario(source, options, readStdin);
  const unchanged = loaded.preset !== undefined && options.set === undefined && options.quarters === undefined;
  return { label: loaded.label, report: model.claims(unchanged && loaded.preset !== undefined ? loaded.preset.id : loaded.scenario), fxJpyPerUsd: loaded.scenario.fxJpyPerUsd };
}

/** One row per claim: its answer, where it flips and the sentence the model wrote from the figures. */
async function printClaims(label: string, report: ClaimsReport, fxJpyPerUsd: number, options: { lang: Lang; currency: Currency; format: string }): Promise<Block[]> {
  const lang = options.lang;
  const model = await import("@aidebt/model");
  const f = formatters(model.formatMoney, { lang, currency: options.currency, fxJpyPerUsd, ratioCap: model.RATIO_CAP });
  const all: Column[] = [
    { id: "id", header: "id" },
    { id: "claim", header: lang === "ja" ? "主張" : "claim", unit: "text" },
    { id: "answer", header: lang === "ja" ? "答え" : "answer", format: (v) => (typeof v === "string" ? (options.format === "csv" ? v : (ANSWER[lang][v] ?? v)) : "–") },
    { id: "flipPath", header: lang === "ja" ? "変わる点(パラメーター)" : "flips at (parameter)", unit: "text" },
    { id: "flipValue", header: lang === "ja" ? "値" : "value", align: "right" },
    { id: "text", header: lang === "ja" ? "モデルの答え" : "what the model says", unit: "text" },
  ];
  const columns = options.format === "table" ? all.filter((c) => c.id !== "text") : all;
  const rows = report.claims.map((c) =>
    columns.map((col) =>
      col.id === "id" ? c.id : col.id === "claim" ? c.claim[lang] : col.id === "answer" ? c.answer : col.id === "flipPath" ? (c.flip?.path ?? null) : col.id === "flipValue" ? (c.flip?.value ?? null) : c.text[lang],
    ),
  );
  const blocks: Block[] = [heading(`${lang === "ja" ? "記事の主張の検証" : "The article's claims tested"}: ${label}`, 1), table(columns, rows, { primary: true })];
  // the terminal table keeps to one line per claim; the model's sentences follow it
  if (options.format === "table") for (const c of report.claims) blocks.push(text(`${c.id}: ${c.text[lang]}`));
  if (options.format !== "csv") {
    // the figures behind each answer, labelled and in their units by the model's CLAIM_FIGURES
    const rows = report.claims.flatMap((c) =>
      Object.entries(c.figures).map(([key, value]) => {
        const meta = model.claimFigureMeta(key);
        const unit = meta?.unit;
        const shown = value === null ? (unit === "quarter-label" ? (lang === "ja" ? "期間内になし" : "not within the horizon") : "–") : typeof value === "string" ? (key === "verdict" ? (messages(lang).verdictLabel[value] ?? value) : value) : f.unit(unit)(value);
        return [c.id, meta?.label[lang] ?? key, shown];
      }),
    );
    blocks.push(table([{ id: "id", header: "id" }, { id: "figure", header: lang === "ja" ? "数字" : "figure", unit: "text" }, { id: "value", header: lang === "ja" ? "値" : "value", align: "right" }], rows, { title: lang === "ja" ? "答えの根拠の数字" : "The figures behind each answer" }));
  }
  return blocks;
}

export function claimsCommand(ctx: Context): Command {
  const h = helpText().claims;
  const command = new Command("claims").description(h.description).argument("[scenario]", h.arguments.scenario, "base");
  addScenarioOptions(command);
  addOutputOptions(command, { formats: ["table", "json", "csv", "md"], currency: true, check: true, columns: CLAIMS_COLUMNS });
  return command.addHelpText("after", h.after).action(async (source: string) => {
    const options = outputOptions(ctx, command);
    const { label, report, fxJpyPerUsd } = await collectClaims(source, command.opts<ScenarioSourceOptions>(), ctx.readStdin);
    const blocks = options.format === "json" ? [] : await printClaims(label, report, fxJpyPerUsd, options);
    await emit(ctx, options, { json: { source: label, ...report, invocation: invocation(ctx) }, document: () => ({ blocks }) });
  });
}
