// What a preset's calibration reads from @aidebt/data, recorded row by row, so that a test can check that no row
// is about a period after the opening (or, for guidance, was given after the opening's results) and the preset
// can cite each number's source. Build-time code: the model at run time never imports @aidebt/data.
import type { CompanyId, CompanyItem } from "@aidebt/data";
import { calibrationData, deals, series } from "@aidebt/data";
import type { DataRead } from "../src/calibrated.js";

export class Reader {
  readonly reads: DataRead[] = [];
  private readonly data;
  constructor(
    readonly company: CompanyId,
    readonly opening: string,
  ) {
    this.data = calibrationData(company, opening);
  }

  /** The day the opening's results were published (guidance given by then may be read). */
  get resultsPublished(): string {
    return this.data.resultsPublished ?? this.opening;
  }

  /** A company value about `period` (the strictest confidence, then the earliest source); undefined if absent. */
  maybe(item: CompanyItem, period: string, bucket?: string): number | undefined {
    const rank = { primary: 0, press: 1, secondary: 2 } as const;
    const rows = this.data.companies
      .filter((r) => r.item === item && r.period === period && r.bucket === bucket)
      .sort((a, b) => rank[a.confidence] - rank[b.confidence] || a.source.published.localeCompare(b.source.published));
    const r = rows[0];
    if (!r) return undefined;
    this.reads.push({ table: "company", what: `${item}${bucket ? ` [${bucket}]` : ""}`, period, value: r.value, asOf: r.periodEnd, published: r.source.published, url: r.source.url, title: r.source.title, confidence: r.confidence });
    return r.value;
  }

  /** A company value that must exist. */
  value(item: CompanyItem, period: string, bucket?: string): number {
    const v = this.maybe(item, period, bucket);
    if (v === undefined) throw new Error(`calibration of ${this.company} at ${this.opening}: no ${item} for ${period} in @aidebt/data`);
    return v;
  }

  /** The first of `periods` that has a value (e.g. the fiscal year, else the latest earlier one). */
  latest(item: CompanyItem, periods: readonly string[]): { value: number; period: string } {
    for (const p of periods) {
      const v = this.maybe(item, p);
      if (v !== undefined) return { value: v, period: p };
    }
    throw new Error(`calibration of ${this.company} at ${this.opening}: no ${item} for ${periods.join(", ")}`);
  }

  /** Guidance given with the opening's results (the last given by then, or the first if `first`), as its range. */
  guidance(item: "capexGuidance" | "totalExpensesGuidance" | "serverUsefulLifeYears", forPeriod: string, first = false): { low: number; high: number } | undefined {
    const given = this.data.guidance.filter((x) => x.item === item && x.forPeriod === forPeriod).sort((a, b) => a.published.localeCompare(b.published));
    const g = first ? given[0] : given.at(-1);
    if (!g) return undefined;
    this.reads.push({ table: "guidance", what: item, period: forPeriod, value: (g.low + g.high) / 2, asOf: g.published, published: g.published, url: g.source.url, title: g.source.title, confidence: g.confidence });
    return { low: g.low, high: g.high };
  }

  /** The company's deals public by the opening (bonds, vehicles). */
  deals(filter: (d: ReturnType<typeof deals>[number]) => boolean): ReturnType<typeof deals> {
    const found = deals({ sponsor: this.company, to: this.opening, asOf: this.opening }).filter(filter);
    for (const d of found) {
      this.reads.push({ table: "deal", what: d.id, period: d.date, value: d.amount ?? (d.tranches ?? []).reduce((s, t) => s + (t.amount ?? 0), 0), asOf: d.date, published: d.source.published, url: d.source.url, title: d.source.title, confidence: d.confidence });
    }
    return found;
  }

  /** A market series' last value on or before the opening. */
  seriesAt(id: string): number | undefined {
    const rows = series(id as never, { to: this.opening, asOf: this.opening });
    const r = rows.at(-1);
    if (!r) return undefined;
    this.reads.push({ table: "series", what: id, period: r.date, value: r.value, asOf: r.date, published: r.source.published, url: r.source.url, title: r.source.title, confidence: r.confidence });
    return r.value;
  }
}
