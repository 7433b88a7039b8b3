import { getPath, parameterMeta, resultFieldMeta, type ClaimAnswer, type ClaimId, type ClaimsReport, type Scenario, type Unit } from "@aidebt/model";
import { formatNumber, formatPercent } from "@/components/chart/format";
import { moneyFormatter } from "@/components/figures/common";
import { fillTemplate, type Lang } from "@/messages/types";
import type { ClaimsMessages } from "./messages/types";

/**
 * The claims report shaped for display: plain strings, so that it crosses into client components and out of a
 * worker as is. Labels and units come from the model's declarations (RESULT_FIELDS, PARAMETERS) where a figure
 * is a result field or a parameter, and from the report's message file where `claims()` names a figure of its
 * own; the sentences are the model's.
 */
export interface ClaimFigureView {
  key: string;
  label: string;
  value: string;
}

export interface ClaimView {
  id: ClaimId;
  claim: string;
  answer: ClaimAnswer;
  answerText: string;
  text: string;
  figures: ClaimFigureView[];
  /** Where the answer flips, as a sentence; null when no parameter tried flips it. */
  flip: string | null;
}

export interface ClaimsView {
  scenario: string;
  startQuarter: string;
  claims: ClaimView[];
}

/** Where a figure's label and unit come from. */
type FigureSource = { result: string } | { parameter: string } | { unit: Unit; label: keyof ClaimsMessages["figureLabels"] };

/**
 * Every figure `claims()` reports, by key. The model does not declare units for them, so the ones that are not a
 * result field or a parameter get theirs here (a unit test checks that every key the model returns is listed).
 */
export const FIGURE_SOURCES: Readonly<Record<string, FigureSource>> = {
  peakHiddenDebt: { result: "summary.peakHiddenDebt" },
  peakHiddenShare: { unit: "share", label: "peakHiddenShare" },
  leaseLiabilitiesEnd: { unit: "usd-bn", label: "leaseLiabilitiesEnd" },
  commitmentsNotCommencedEnd: { unit: "usd-bn", label: "commitmentsNotCommencedEnd" },
  peakObsoleteGpuDebt: { unit: "usd-bn", label: "peakObsoleteGpuDebt" },
  peakBookMinusEconomic: { result: "summary.peakBookMinusEconomic" },
  lenderLoss: { result: "summary.lenderLoss" },
  lenderRepaid: { result: "summary.lenderRepaid" },
  sponsorAiNpv: { result: "summary.sponsorAiNpv" },
  burstBaseline: { unit: "quarter-label", label: "burstBaseline" },
  burstDemandSlowdown: { unit: "quarter-label", label: "burstDemandSlowdown" },
  burstRateRise200bp: { unit: "quarter-label", label: "burstRateRise200bp" },
  verdict: { result: "summary.verdict" },
  internalFundingShare: { result: "summary.internalFundingShare" },
  debtFundedCapexShare: { result: "summary.debtFundedCapexShare" },
  borrowedPayoutShare: { result: "summary.borrowedPayoutShare" },
  burstQuarter: { unit: "quarter-label", label: "burstQuarter" },
  reportedDebtJumpShare: { unit: "share", label: "reportedDebtJumpShare" },
};

/** A figure's label and unit in `lang`; a key the table does not know is shown by its name as a plain number. */
export function figureMeta(key: string, lang: Lang, m: ClaimsMessages): { label: string; unit: Unit } {
  const source = FIGURE_SOURCES[key];
  if (source === undefined) return { label: key, unit: "text" };
  if ("result" in source) {
    const meta = resultFieldMeta(source.result);
    return meta ? { label: meta.label[lang], unit: meta.unit } : { label: key, unit: "text" };
  }
  if ("parameter" in source) {
    const meta = parameterMeta(source.parameter);
    return meta ? { label: meta.label[lang], unit: meta.unit } : { label: key, unit: "text" };
  }
  return { label: m.figureLabels[source.label], unit: source.unit };
}

/**
 * A value written in its unit: money in the model's format (億ドル, $bn), shares and rates as percentages, quarters
 * counted, a missing quarter as "not within the horizon".
 */
export function formatInUnit(value: number | string | null, unit: Unit, lang: Lang, m: ClaimsMessages, fxJpyPerUsd: number): string {
  if (value === null) return unit === "quarter-label" ? m.notWithinHorizon : "–";
  if (typeof value === "string") return unit === "class" && value in m.verdicts ? m.verdicts[value as keyof ClaimsMessages["verdicts"]] : value;
  if (!Number.isFinite(value)) return "–";
  switch (unit) {
    case "usd-bn":
      // the model's float noise (1e-14) is zero
      return moneyFormatter(lang, fxJpyPerUsd)(Math.abs(value) < 1e-9 ? 0 : value);
    case "share":
    case "annual-rate":
      return formatPercent(value, lang, 1);
    case "relative-change":
      return `${value < 0 ? "−" : value > 0 ? "+" : ""}${formatPercent(Math.abs(value), lang, 1)}`;
    case "ratio":
    case "turns":
      return fillTemplate(m.multiple, { n: formatNumber(value, lang, 2) });
    case "quarters":
      return fillTemplate(m.quarters, { n: formatNumber(value, lang) });
    default:
      return formatNumber(value, lang, 3);
  }
}

/** The flip as a sentence: the parameter's label from the model's PARAMETERS, the value in its unit. */
export function flipText(flip: ClaimsReport["claims"][number]["flip"], scenario: Scenario | undefined, lang: Lang, m: ClaimsMessages): string | null {
  if (flip === null) return null;
  const meta = parameterMeta(flip.path);
  const unit: Unit = meta?.unit ?? "text";
  const fx = scenario?.fxJpyPerUsd ?? 150;
  const now = scenario && !flip.path.includes("[]") ? getPath(scenario, flip.path) : undefined;
  const sentence = fillTemplate(m.flip, {
    parameter: meta?.label[lang] ?? flip.path,
    value: formatInUnit(flip.value, unit, lang, m, fx),
    becomes: m.answers[flip.becomes],
  });
  return typeof now === "number" ? sentence + fillTemplate(m.flipNow, { now: formatInUnit(now, unit, lang, m, fx) }) : sentence;
}

/** The report in `lang`, ready to render. `scenario` is the one tested (for the money's exchange rate and the parameters' current values). */
export function claimsView(report: ClaimsReport, scenario: Scenario | undefined, lang: Lang, m: ClaimsMessages): ClaimsView {
  const fx = scenario?.fxJpyPerUsd ?? 150;
  return {
    scenario: report.scenario,
    startQuarter: report.startQuarter,
    claims: report.claims.map((c) => ({
      id: c.id,
      claim: c.claim[lang],
      answer: c.answer,
      answerText: m.answers[c.answer],
      text: c.text[lang],
      figures: Object.entries(c.figures).map(([key, value]) => {
        const meta = figureMeta(key, lang, m);
        return { key, label: meta.label, value: formatInUnit(value, meta.unit, lang, m, fx) };
      }),
      flip: flipText(c.flip, scenario, lang, m),
    })),
  };
}
