import { claims, getPreset, type ClaimsReport, type Preset } from "@aidebt/model";
import type { Lang } from "@/messages/types";
import { getClaimsMessages } from "./messages";
import { claimsView, type ClaimsView } from "./view";

/** The presets the article's section renders, the first shown by default. */
export const ARTICLE_PRESETS = ["base", "demand-slowdown", "neocloud"] as const;

// claims() runs the fast path a few dozen times (about a second): once per preset per build, shared by both languages.
const reports = new Map<string, ClaimsReport>();

/** The model's claims report for a preset, computed once per process (at build time). */
export function presetReport(id: string): { preset: Preset; report: ClaimsReport } {
  const preset = getPreset(id);
  if (preset === undefined) throw new Error(`the model has no preset "${id}"`);
  let report = reports.get(preset.id);
  if (report === undefined) {
    report = claims(preset.id);
    reports.set(preset.id, report);
  }
  return { preset, report };
}

/** A preset's report in `lang`, with the preset's name. */
export function presetClaimsView(id: string, lang: Lang): { id: string; name: string; view: ClaimsView } {
  const { preset, report } = presetReport(id);
  return { id: preset.id, name: preset.name[lang], view: claimsView(report, preset.scenario, lang, getClaimsMessages(lang)) };
}
