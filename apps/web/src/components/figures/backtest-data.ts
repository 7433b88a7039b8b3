import { BACKTEST_ITEMS, backtest, getPreset, type BacktestItem, type BacktestRow } from "@aidebt/model";

/**
 * Figure 9's data: the model's `meta-2024` preset (Meta's books at 31 December 2024) run over 2025 and set
 * beside what Meta reported, by the model's own `backtest`. Computed on the server only (the figure has no
 * state to recompute), so the reported figures never travel in the browser's model chunk.
 */

/** The preset the figure backtests, and the fiscal year it reads. */
export const BACKTEST_PRESET = "meta-2024";
export const BACKTEST_YEAR = "FY2025";

/** How far the model's fiscal-year value is from the reported one: the figure's words for |error|. */
export type ErrorBand = "within10" | "within15" | "outside" | "undefined";

export function errorBand(error: number | null): ErrorBand {
  if (error === null || !Number.isFinite(error)) return "undefined";
  const size = Math.abs(error);
  // A hair of float noise must not push an exact 10% or 15% out of its band.
  if (size <= 0.1 + 1e-9) return "within10";
  if (size <= 0.15 + 1e-9) return "within15";
  return "outside";
}

/** One item of the figure: its fiscal-year comparison and the quarters of that year that were reported. */
export interface BacktestPanel {
  item: BacktestItem;
  year: BacktestRow & { band: ErrorBand };
  quarters: Array<Pick<BacktestRow, "period" | "model" | "actual" | "error">>;
}

export interface Fig9Data {
  /** The first quarter of the run (the preset opens the quarter after its balance sheet). */
  startQuarter: string;
  fx: number;
  panels: BacktestPanel[];
  /** Each source once, in the order the items cite them. */
  sources: Array<{ url: string; title: string }>;
}

export function fig9Data(): Fig9Data {
  const preset = getPreset(BACKTEST_PRESET);
  if (!preset) throw new Error(`the model has no preset "${BACKTEST_PRESET}"`);
  const result = backtest(BACKTEST_PRESET);
  const yearOf = BACKTEST_YEAR.slice(2);
  const panels: BacktestPanel[] = [];
  for (const item of BACKTEST_ITEMS) {
    const rows = result.rows.filter((r) => r.item === item);
    const year = rows.find((r) => r.period === BACKTEST_YEAR);
    if (!year) continue;
    const quarters = rows
      .filter((r) => r.period.startsWith(`${yearOf}Q`))
      .map(({ period, model, actual, error }) => ({ period, model, actual, error }));
    panels.push({ item, year: { ...year, band: errorBand(year.error) }, quarters });
  }
  const seen = new Map<string, string>();
  for (const r of result.rows) if (r.url && !seen.has(r.url)) seen.set(r.url, r.source ?? r.url);
  return {
    startQuarter: result.startQuarter,
    fx: preset.scenario.fxJpyPerUsd,
    panels,
    sources: [...seen].map(([url, title]) => ({ url, title })),
  };
}
