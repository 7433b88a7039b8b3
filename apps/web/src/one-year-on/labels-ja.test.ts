import { deals } from "@aidebt/data";
import { describe, expect, it } from "vitest";
import { getOneYearOnMessages } from "./messages";
import { claimViews } from "./claims";
import { backtestSource, trackerData, type SourceRef } from "./tracker-data";

/**
 * Every issuer and source title the ja one-year-on page shows has its Japanese label in @aidebt/data
 * (sources/labels-ja.json): the page falls back to English without one, and this test is what notices.
 */
describe("Japanese labels of the ja one-year-on page", () => {
  const data = trackerData();
  const shown: SourceRef[] = [
    ...data.capex.points.map((p) => p.source),
    ...data.capex.guidance.map((g) => g.source),
    ...data.bonds.map((b) => b.source),
    ...data.vehicles.map((v) => v.source),
    ...data.leases.map((l) => l.source),
    ...data.gpu.map((g) => g.source),
    ...data.backtests.flatMap((p) => p.rows.flatMap((r) => (r.url ? [backtestSource(r.url, r.source ?? r.url)] : []))),
  ];

  it("names every deal's issuer in Japanese", () => {
    const missing = [...data.bonds, ...data.vehicles].filter((d) => d.issuerJa === undefined).map((d) => `${d.id}: ${d.issuer}`);
    expect(missing).toEqual([]);
  });

  it("titles every source of the tracker figures in Japanese", () => {
    const missing = [...new Map(shown.filter((s) => s.titleJa === undefined).map((s) => [s.url, `${s.url} | ${s.title}`])).values()];
    expect(missing).toEqual([]);
  });

  const views = claimViews("ja", getOneYearOnMessages("ja"), data.fxJpyPerUsd);

  it("titles every source of the claims' dated items in Japanese", () => {
    const missing = [...new Set(views.flatMap((v) => v.happened.filter((h) => h.source.titleJa === undefined).map((h) => h.source.url)))];
    expect(missing).toEqual([]);
  });

  it("writes no English issuer name into the claims' sentences", () => {
    const texts = views.flatMap((v) => v.happened.map((h) => h.text));
    const english = [...new Set(deals().map((d) => d.issuer))].filter((issuer) => issuer !== (deals().find((d) => d.issuer === issuer)?.issuerJa ?? ""));
    expect(texts.filter((t) => english.some((issuer) => t.includes(issuer)))).toEqual([]);
  });
});
