import { describe, expect, it } from "vitest";
import { checkData } from "./check.js";
import { toCsv } from "./export.js";
import { issuerJa, jaLabelProblems, sourceTitleJa } from "./labels.js";
import { tables } from "./rows.js";

describe("Japanese labels", () => {
  it("names every deal's issuer in Japanese (the ja one-year-on page shows the deals)", () => {
    expect(jaLabelProblems(tables())).toEqual([]);
    expect(issuerJa("Alphabet Inc.")).toBe("アルファベット");
    expect(issuerJa("no such issuer")).toBeUndefined();
  });

  it("looks a source's Japanese title up by its URL", () => {
    expect(sourceTitleJa("https://www.sec.gov/Archives/edgar/data/1326801/000162828026003942/R16.htm")).toBe("メタ Form 10-K（2025年度年次報告書）注記: リース");
  });

  it("fails data:check for a deal without a Japanese issuer and for two titles of one page", () => {
    const t = tables();
    const [first, second] = t.deals;
    const { issuerJa: _dropped, ...unlabelled } = first!;
    const url = second!.source.url;
    const labelled = { ...second!, source: { ...second!.source, titleJa: "ある題名" } };
    const clash = { ...second!, id: "clash", source: { ...second!.source, url, titleJa: "別の題名" } };
    const report = checkData({ ...t, deals: [unlabelled, labelled, clash] });
    expect(report.errors.filter((e) => e.rule === "ja-label").map((e) => e.row)).toEqual([first!.id, url]);
  });

  it("exports the labels as CSV columns", () => {
    const [header] = toCsv("deals").split("\n");
    expect(header).toContain("issuer,issuerJa,sponsor");
    expect(header).toContain("sourceTitle,sourceTitleJa,sourcePublisher");
  });
});
