// What the tracker figures share: their props, size, colours and the small formatters of their tables.
import { formatNumber, formatPercent } from "@/components/chart/format";
import type { Lang } from "@/messages/types";
import type { OneYearOnMessages } from "./messages";
import type { TrackerData } from "./tracker-data";

export interface FigureProps {
  n: number;
  lang: Lang;
  m: OneYearOnMessages;
  data: TrackerData;
}

export const WIDTH = 640;
export const COLORS = ["c1", "c2", "c3", "c4", "c5"] as const;
export const colorOf = (keys: readonly string[], key: string): string => COLORS[Math.max(0, keys.indexOf(key)) % COLORS.length] ?? "c1";
/** Raw USD bn in tables: the value as the data hold it. */
export const raw = (v: number | null, lang: Lang): string => (v === null ? "–" : formatNumber(v, lang, 3));
export const sortedUnique = (values: readonly string[]): string[] => [...new Set(values)].sort();
export const dateOf = (d: string): Date => new Date(`${d.length === 7 ? `${d}-15` : d}T00:00:00Z`);
export const company = (m: OneYearOnMessages, id: string): string => m.companies[id] ?? id;
/** A source's title in the page's language: the Japanese label on the ja page (English when none). */
export const titleOf = (s: { title: string; titleJa?: string }, lang: Lang): string => (lang === "ja" ? (s.titleJa ?? s.title) : s.title);
/** A deal's issuer in the page's language: the Japanese label on the ja page (English when none). */
export const issuerOf = (d: { issuer: string; issuerJa?: string }, lang: Lang): string => (lang === "ja" ? (d.issuerJa ?? d.issuer) : d.issuer);

export function signed(error: number | null, lang: Lang): string {
  if (error === null || !Number.isFinite(error)) return "–";
  const text = formatPercent(Math.abs(error), lang, 1);
  return error > 0 ? `+${text}` : error < 0 ? `−${text}` : text;
}

// ---- 1. capex -------------------------------------------------------------------------------------------------------

