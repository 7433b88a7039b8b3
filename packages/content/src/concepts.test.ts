import { describe, expect, it } from "vitest";
import { allParagraphs, conceptAnchor, conceptIdSchema, conceptIds, conceptParagraphs, findParagraph } from "./index.js";

describe("concept links", () => {
  it("covers every concept of the union", () => {
    expect([...conceptIds].sort()).toEqual([...conceptIdSchema.options].sort());
  });

  it("gives every concept exactly one primary paragraph", () => {
    for (const concept of conceptIds) {
      const primaries = allParagraphs("ja").filter((p) => p.concept === concept && p.conceptPrimary);
      expect(primaries.map((p) => p.id), concept).toEqual([conceptAnchor(concept)]);
    }
  });

  it("anchors each concept on the paragraph that makes its point", () => {
    expect(Object.fromEntries(conceptIds.map((c) => [c, conceptAnchor(c)]))).toMatchInlineSnapshot(`
      {
        "cash-or-debt": "summary-5",
        "debt-cycle": "intro-9",
        "demand-trigger": "bubble-trigger-3",
        "gpu-refresh": "debt-machine-4",
        "h1b-fee": "h1b-fee-2",
        "hidden-debt": "hidden-debt-3",
        "overbuild": "bubble-trigger-2",
        "portfolio-60-40": "portfolio-60-40-3",
        "private-credit": "meta-private-credit-3",
        "repay-no-profit": "financing-illusion-6",
        "subprime-analogy": "hidden-debt-8",
      }
    `);
    expect(findParagraph(conceptAnchor("debt-cycle"), "ja")?.text).toContain("借金→投資→減価償却→再借金");
    expect(findParagraph(conceptAnchor("repay-no-profit"), "ja")?.text).toContain("返済はできても儲けはない");
    expect(findParagraph(conceptAnchor("demand-trigger"), "ja")?.text).toContain("需要の鈍化");
    expect(findParagraph(conceptAnchor("cash-or-debt"), "ja")?.text).toContain("キャッシュフローで回っているのか");
    expect(findParagraph(conceptAnchor("h1b-fee"), "ja")?.text).toContain("10万ドル");
    expect(findParagraph(conceptAnchor("portfolio-60-40"), "ja")?.text).toContain("60%株+40%債券");
  });

  it("lists a concept's paragraphs in article order, anchor included", () => {
    expect(conceptParagraphs("demand-trigger")).toEqual(["bubble-trigger-3", "bubble-trigger-4"]);
    for (const concept of conceptIds) expect(conceptParagraphs(concept)).toContain(conceptAnchor(concept));
  });

  it("links only to paragraphs that exist", () => {
    const ids = new Set(allParagraphs("ja").map((p) => p.id));
    for (const concept of conceptIds) for (const id of conceptParagraphs(concept)) expect(ids.has(id), id).toBe(true);
  });
});
