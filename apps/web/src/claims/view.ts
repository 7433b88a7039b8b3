import { claimFigureMeta, getPath, parameterMeta, type ClaimAnswer, type ClaimId, type ClaimsReport, type Scenario, type Unit } from "@aidebt/model";
import { formatNumber, formatPercent } from "@/components/chart/format";
import { moneyFormatter } from "@/components/figures/common";
import { fillTemplate, type Lang } from "@/messages/types";
import type { ClaimsMessages } from "./messages/types";

/**
 * The claims report shaped for display: plain strings, so that it crosses into client components and out of a
 * worker as is. Labels and units come from the model's declarations (CLAIM_FIGURES, PARAMETERS); the sentences
 * are the model's.
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

/** A figure's label and unit in `lang`, from the model's CLAIM_FIGURES; a key it does not know is shown by its name. */
export function figureMeta(key: string, lang: Lang): { label: string; unit: Unit } {
  const meta = claimFigureMeta(key);
  return meta ? { label: meta.label[lang], unit: meta.unit } : { label: key, unit: "text" };
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
        const meta = figureMeta(key, lang);
        return { key, label: meta.label, value: formatInUnit(value, meta.unit, lang, m, fx) };
      }),
      flip: flipText(c.flip, scenario, lang, m),
    })),
  };
}
