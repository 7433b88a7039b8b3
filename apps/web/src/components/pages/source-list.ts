import { CONFIDENCE_LEVELS, TABLES, tables, type Confidence, type Row, type TableName } from "@aidebt/data";

/**
 * The sources page's lists, generated from @aidebt/data and the model's presets (nothing typed here): every page
 * the data cite, once, with the confidence its rows give it, so that filings and company releases come first
 * and aggregators are named as such.
 */

/** A page the data cite. */
export interface ListedSource {
  url: string;
  title: string;
  titleJa?: string;
  publisher: string;
  published: string;
  /** The strictest confidence of the rows citing the page (a page's rows share one as a rule). */
  confidence: Confidence;
  /** How many rows cite it, in which tables. */
  rows: number;
  tables: TableName[];
}

const rank = (c: Confidence): number => CONFIDENCE_LEVELS.indexOf(c);

/** Strictest confidence first (primary, press, secondary), then the newest page, then by title. */
function byConfidence(a: ListedSource, b: ListedSource): number {
  return rank(a.confidence) - rank(b.confidence) || b.published.localeCompare(a.published) || a.title.localeCompare(b.title);
}

/** Every page the data cite, primary first. */
export function dataSources(): ListedSource[] {
  const t = tables();
  const byUrl = new Map<string, ListedSource>();
  for (const table of TABLES) {
    for (const row of t[table] as readonly Row[]) {
      const s = row.source;
      const seen = byUrl.get(s.url);
      if (seen === undefined) {
        byUrl.set(s.url, { url: s.url, title: s.title, ...(s.titleJa === undefined ? {} : { titleJa: s.titleJa }), publisher: s.publisher, published: s.published, confidence: row.confidence, rows: 1, tables: [table] });
        continue;
      }
      seen.rows += 1;
      if (!seen.tables.includes(table)) seen.tables.push(table);
      if (rank(row.confidence) < rank(seen.confidence)) seen.confidence = row.confidence;
    }
  }
  return [...byUrl.values()].sort(byConfidence);
}

/** The data's pages by confidence level, each list primary-first ordered as {@link dataSources}. */
export function dataSourcesByConfidence(): Record<Confidence, ListedSource[]> {
  const all = dataSources();
  return Object.fromEntries(CONFIDENCE_LEVELS.map((c) => [c, all.filter((s) => s.confidence === c)])) as Record<Confidence, ListedSource[]>;
}

/**
 * A preset's sources with the confidence the data give each URL (undefined when the data cite no such page,
 * e.g. a source that names the data package itself), primary first; the order is otherwise the preset's.
 */
export function rankedPresetSources<S extends { id: string; title: string; url?: string }>(sources: readonly S[]): Array<S & { confidence?: Confidence; titleJa?: string }> {
  const known = new Map(dataSources().map((s) => [s.url, s]));
  const ranked = sources.map((s, i) => {
    const hit = s.url === undefined ? undefined : known.get(s.url);
    return { source: { ...s, ...(hit === undefined ? {} : { confidence: hit.confidence, ...(hit.titleJa === undefined ? {} : { titleJa: hit.titleJa }) }) }, i };
  });
  const level = (c: Confidence | undefined): number => (c === undefined ? CONFIDENCE_LEVELS.length : rank(c));
  return ranked.sort((a, b) => level(a.source.confidence) - level(b.source.confidence) || a.i - b.i).map((r) => r.source);
}
