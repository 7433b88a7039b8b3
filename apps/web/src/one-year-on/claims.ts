import { aggregates, companyRow, companyRows, deals, guidance, series, type AggregateRow, type DealRow } from "@aidebt/data";
import { backtest, getPreset, type BacktestRow, type ClaimAnswer, type ClaimId as ModelClaimId, type ClaimsReport } from "@aidebt/model";
import { presetReport } from "@/claims/report";
import { formatPercent } from "@/components/chart/format";
import { moneyFormatter } from "@/components/figures/common";
import { fillTemplate, type Lang } from "@/messages/types";
import type { ClaimId, OneYearOnMessages } from "./messages";
import { CAPEX_FROM, type SourceRef } from "./tracker-data";

/**
 * The claims section: for each claim of the article, the dated rows of the data that bear on it and what
 * the model says when run now. Sentences are templates filled from rows and runs.
 */

export const CLAIMS: readonly ClaimId[] = ["hidden-debt", "treadmill", "repaid-no-profit", "demand-trigger", "cash-or-debt", "sudden-surfacing"];

/** One dated, sourced item under "what happened since". */
export interface HappenedItem {
  date: string;
  text: string;
  source: SourceRef;
}

export interface ClaimView {
  id: ClaimId;
  happened: HappenedItem[];
  modelSays: ModelSays;
}

/** The first day of the tracker's window (the data package covers 2024Q4 onward). */
const SINCE = `${CAPEX_FROM.slice(0, 4)}-${String((Number(CAPEX_FROM.slice(5)) - 1) * 3 + 1).padStart(2, "0")}-01`;

const src = (row: { source: { url: string; title: string; titleJa?: string | undefined; publisher: string; published: string }; confidence: "primary" | "press" | "secondary" }): SourceRef => ({
  url: row.source.url,
  title: row.source.title,
  ...(row.source.titleJa === undefined ? {} : { titleJa: row.source.titleJa }),
  publisher: row.source.publisher,
  published: row.source.published,
  confidence: row.confidence,
});

// ---- what happened: rows of the data picked by what they are, in words from templates ---------------------------------

/** Which rows bear on which claim: a rule over the rows' kinds and ids, never a list of values. */
const AGGREGATES_OF: Record<ClaimId, (a: AggregateRow) => boolean> = {
  "hidden-debt": (a) => a.id.startsWith("ft-vehicle-tally") || (a.id.startsWith("moodys-lease-commitments") && a.unit === "USD bn"),
  treadmill: () => false,
  "repaid-no-profit": (a) => a.id.startsWith("ms-dc-capex"),
  "demand-trigger": (a) => a.id.startsWith("redemptions-"),
  "cash-or-debt": (a) => a.id.startsWith("hyperscaler-debt-raised") || a.id.startsWith("ms-hyperscaler-borrowing"),
  "sudden-surfacing": (a) => a.id.startsWith("redemptions-") || a.id.startsWith("moodys-lease-commitments-2026-02-pct") || a.id.includes("abs"),
};

const DEALS_OF: Partial<Record<ClaimId, (d: DealRow) => boolean>> = {
  "hidden-debt": (d) => d.structure !== "on-balance",
  "cash-or-debt": (d) => d.structure === "on-balance" && (d.instrument === "bond" || d.instrument === "notes"),
};

function happened(claim: ClaimId, lang: Lang, m: OneYearOnMessages, money: (v: number) => string): HappenedItem[] {
  const items: HappenedItem[] = [];
  const company = (id: string): string => m.companies[id] ?? id;
  const dealFilter = DEALS_OF[claim];
  if (dealFilter) {
    for (const d of deals({ from: SINCE }).filter(dealFilter)) {
      const slots = { date: d.date, issuer: lang === "ja" ? (d.issuerJa ?? d.issuer) : d.issuer, instrument: m.instruments[d.instrument] ?? d.instrument, structure: m.structures[d.structure] ?? d.structure };
      items.push({
        date: d.date,
        text: d.amount === null ? fillTemplate(m.happened.dealUndisclosed, slots) : fillTemplate(m.happened.deal, { ...slots, amount: money(d.amount) }),
        source: src(d),
      });
    }
  }
  for (const a of aggregates().filter(AGGREGATES_OF[claim])) {
    const value = a.unit === "USD bn" ? money(a.value) : a.unit === "percent" ? `${a.value}%` : `${a.value} ${a.unit}`;
    // a breakdown by company is shown in the aggregate's unit; other breakdowns mix units and are left to the source
    const byCompany = a.breakdown !== undefined && Object.keys(a.breakdown).every((k) => k in m.companies);
    const breakdown = a.breakdown === undefined || !byCompany ? undefined : Object.entries(a.breakdown).map(([k, v]) => `${company(k)} ${a.unit === "USD bn" ? money(v) : v}`).join(m.listSeparator);
    items.push({
      date: a.asOf,
      text: fillTemplate(breakdown === undefined ? m.happened.aggregate : m.happened.aggregateBreakdown, { date: a.asOf, what: a.what, value, ...(breakdown === undefined ? {} : { breakdown }) }),
      source: src(a),
    });
  }
  if (claim === "cash-or-debt") {
    for (const id of ["meta", "alphabet", "microsoft", "amazon", "oracle", "coreweave"] as const) {
      const latest = guidance(id, "capexGuidance").filter((g) => g.published >= SINCE).at(-1);
      if (latest) {
        items.push({
          date: latest.published,
          text: fillTemplate(m.happened.guidance, { date: latest.published, company: company(id), period: latest.forPeriod, low: money(latest.low), high: money(latest.high) }),
          source: src(latest),
        });
      }
    }
  }
  if (claim === "treadmill") {
    for (const id of ["meta", "alphabet", "microsoft", "amazon", "oracle", "coreweave"] as const) {
      for (const g of guidance(id, "serverUsefulLifeYears")) {
        items.push({ date: g.published, text: fillTemplate(m.happened.usefulLife, { date: g.published, company: company(id), period: g.forPeriod, value: String(g.low) }), source: src(g) });
      }
    }
    items.push(...seriesChanges((id) => id.startsWith("h100"), m, (v) => `$${v}`));
  }
  if (claim === "repaid-no-profit") {
    const years = [...new Set(companyRows({ company: "meta", item: "capex", periodKind: "year", from: SINCE }).map((r) => r.period))];
    for (const row of years.map((p) => companyRow("meta", "capex", p)).filter((r) => r !== undefined)) {
      items.push({
        date: row.source.published,
        text: fillTemplate(m.happened.companyValue, { date: row.source.published, company: company(row.company), item: "capex", value: money(row.value), period: row.period }),
        source: src(row),
      });
    }
  }
  if (claim === "demand-trigger") items.push(...seriesChanges((id) => id === "fed-funds-upper" || id === "ust-10y", m, (v) => `${v}%`));
  return items.sort((a, b) => a.date.localeCompare(b.date));
}

/** The first and the last observation of each matching series since the window opened. */
function seriesChanges(match: (id: string) => boolean, m: OneYearOnMessages, unit: (v: number) => string): HappenedItem[] {
  const ids = Object.keys(m.seriesNames).filter(match);
  return ids.flatMap((id) => {
    const rows = series(id as Parameters<typeof series>[0], { from: SINCE });
    const first = rows[0];
    const last = rows.at(-1);
    if (first === undefined || last === undefined || first === last) return [];
    return [{ date: last.date, text: fillTemplate(m.happened.seriesChange, { first: first.date, last: last.date, series: m.seriesNames[id] ?? id, a: unit(first.value), b: unit(last.value) }), source: src(last) }];
  });
}

// ---- what the model says ------------------------------------------------------------------------------------------------

/** What the "model says" sentences are read from: the model's claims report and the backtest's dated figures. */
export interface ModelRuns {
  preset: { id: string; name: string; start: string; quarters: number };
  report: ClaimsReport;
  backtest: { preset: string; year: string; rows: BacktestRow[] } | undefined;
}

/** The preset "what the model says now" tests the claims on (the model's default, calibrated to the latest filings). */
export const MODEL_PRESET = "base";
const BACKTEST_PRESET = "meta-2024";

/** The page's claim ids are the model's, but for the trigger (the page's anchor predates the model's id). */
const MODEL_CLAIM: Record<ClaimId, ModelClaimId> = {
  "hidden-debt": "hidden-debt",
  treadmill: "treadmill",
  "repaid-no-profit": "repaid-no-profit",
  "demand-trigger": "demand-not-rates",
  "cash-or-debt": "cash-or-debt",
  "sudden-surfacing": "sudden-surfacing",
};

export function modelRuns(lang: Lang): ModelRuns {
  const { preset, report } = presetReport(MODEL_PRESET);
  const bt = getPreset(BACKTEST_PRESET) === undefined ? undefined : backtest(BACKTEST_PRESET);
  const year = bt?.rows.filter((r) => r.period.startsWith("FY")).at(-1)?.period;
  return {
    preset: { id: preset.id, name: preset.name[lang], start: preset.scenario.startQuarter, quarters: preset.scenario.horizonQuarters },
    report,
    backtest: bt === undefined || year === undefined ? undefined : { preset: BACKTEST_PRESET, year, rows: bt.rows.filter((r) => r.period === year) },
  };
}

const signed = (error: number | null, lang: Lang): string => {
  if (error === null || !Number.isFinite(error)) return "–";
  const text = formatPercent(Math.abs(error), lang, 1);
  return error > 0 ? `+${text}` : error < 0 ? `−${text}` : text;
};

/** What the model says about one claim: its answer and sentences. */
export interface ModelSays {
  answer: ClaimAnswer;
  sentences: string[];
}

/**
 * What the model says now: for each claim, the answer and the sentence of the model's `claims()` on the base
 * preset, then the dated figures of the backtest that bear on it (vehicle debt and leases not yet commenced
 * against the filings; depreciation).
 */
export function modelSays(runs: ModelRuns, lang: Lang, m: OneYearOnMessages, money: (v: number) => string): Record<ClaimId, ModelSays> {
  const t = m.model;
  const bt = (item: string) => runs.backtest?.rows.find((r) => r.item === item);
  const spv = bt("spvDebt");
  const lnc = bt("commitmentsNotCommenced");
  const dep = bt("depreciation");
  const intro = fillTemplate(t.preset, { preset: runs.preset.name, start: runs.preset.start, quarters: String(runs.preset.quarters) });
  const dated: Partial<Record<ClaimId, string[]>> = {
    "hidden-debt":
      spv && lnc && runs.backtest
        ? [
            fillTemplate(t.hiddenDebtBacktest, {
              backtestPreset: runs.backtest.preset,
              year: runs.backtest.year,
              model: money(spv.model),
              reported: money(spv.actual),
              error: signed(spv.error, lang),
              lncModel: money(lnc.model),
              lncReported: money(lnc.actual),
              lncError: signed(lnc.error, lang),
            }),
          ]
        : [],
    treadmill: dep && runs.backtest ? [fillTemplate(t.treadmillBacktest, { backtestPreset: runs.backtest.preset, year: runs.backtest.year, error: signed(dep.error, lang) })] : [],
  };
  const says = {} as Record<ClaimId, ModelSays>;
  for (const id of CLAIMS) {
    const claim = runs.report.claims.find((c) => c.id === MODEL_CLAIM[id]);
    if (claim === undefined) throw new Error(`claims() has no claim "${MODEL_CLAIM[id]}"`);
    says[id] = { answer: claim.answer, sentences: [`${intro} ${claim.text[lang]}`, ...(dated[id] ?? [])] };
  }
  return says;
}

/** Every claim with what happened and what the model says. */
export function claimViews(lang: Lang, m: OneYearOnMessages, fxJpyPerUsd: number): ClaimView[] {
  const money = moneyFormatter(lang, fxJpyPerUsd);
  const says = modelSays(modelRuns(lang), lang, m, money);
  return CLAIMS.map((id) => ({ id, happened: happened(id, lang, m, money), modelSays: says[id] }));
}
