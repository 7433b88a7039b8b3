import { backtest } from "@aidebt/model";
import { describe, expect, it } from "vitest";
import { en } from "@/messages/en";
import { ja } from "@/messages/ja";
import { measureLabels } from "@/lib/measure-labels";
import { BACKTEST_ITEMS } from "@aidebt/model";
import { BACKTEST_PRESET, BACKTEST_YEAR, errorBand, fig9Data } from "./backtest-data";
import { backtestCaption, signedPercent } from "./Fig9Backtest";

describe("figure 9: the model against what Meta reported", () => {
  it("shows exactly the backtest's fiscal-year rows, in the model's order, with the model's numbers", () => {
    const fy = backtest(BACKTEST_PRESET).rows.filter((r) => r.period === BACKTEST_YEAR);
    const data = fig9Data();
    expect(data.panels.map((p) => [p.item, p.year.model, p.year.actual, p.year.error])).toEqual(fy.map((r) => [r.item, r.model, r.actual, r.error]));
  });

  it("draws each reported quarter of the year beside the model's", () => {
    const rows = backtest(BACKTEST_PRESET).rows;
    for (const panel of fig9Data().panels) {
      const reported = rows.filter((r) => r.item === panel.item && /^2025Q[1-4]$/.test(r.period)).map((r) => r.period);
      expect(panel.quarters.map((q) => q.period), panel.item).toEqual(reported);
    }
  });

  it("cites every source of the reported figures once, each over https", () => {
    const { sources } = fig9Data();
    expect(sources.length).toBeGreaterThan(0);
    expect(new Set(sources.map((s) => s.url)).size).toBe(sources.length);
    for (const s of sources) expect(s.url, s.title).toMatch(/^https:\/\//);
  });

  it("sorts errors into bands by size, whatever their sign, and leaves an undefined error undefined", () => {
    expect([0, 0.1, -0.1, 0.1000001, 0.15, -0.2, null].map(errorBand)).toEqual(["within10", "within10", "within10", "within15", "within15", "outside", "undefined"]);
  });

  it.each([ja, en])("writes its caption from the run: each item named in the band its error falls in ($lang)", (m) => {
    const data = fig9Data();
    const labels = measureLabels(BACKTEST_ITEMS, m.lang);
    const caption = backtestCaption(data, labels, m.figures.backtest, m.lang);
    for (const panel of data.panels) {
      expect(caption, panel.item).toContain(labels[panel.item]);
      if (panel.year.band === "outside") expect(caption).toContain(signedPercent(panel.year.error, m.lang));
    }
    // The same data with every error inside 10% is written as such: the words follow the numbers.
    const perfect = { ...data, panels: data.panels.map((p) => ({ ...p, year: { ...p.year, error: 0, band: errorBand(0) } })) };
    expect(backtestCaption(perfect, labels, m.figures.backtest, m.lang)).toContain(m.figures.backtest.none);
  });

  it("signs errors the way the table shows them", () => {
    expect([signedPercent(0.0861, "en"), signedPercent(-0.212, "en"), signedPercent(null, "en")]).toEqual(["+8.6%", "−21.2%", "–"]);
  });
});
