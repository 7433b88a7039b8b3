import { describe, expect, it } from "vitest";
import { conceptAnchor, findParagraph, getFactChecks, getFacts, getGlossary } from "./index.js";

describe("the README's examples", () => {
  it("show the real sizes and first rows of the glossary and the facts", () => {
    expect(getGlossary()).toHaveLength(32);
    expect(getGlossary().slice(0, 2).map((t) => [t.id, t.term, t.reading, t.english, t.occurrences.length])).toEqual([
      ["off-balance-sheet-debt", "オフバランス債務", "おふばらんすさいむ", "off-balance-sheet debt", 4],
      ["spv", "SPV/特別目的会社", "とくべつもくてきがいしゃ", "special purpose vehicle (SPV)", 2],
    ]);
    expect(getFacts()).toHaveLength(23);
    expect(getFacts()[0]).toMatchObject({ paragraphId: "meta-private-credit-heading", rawText: "29兆円", absolute: 29e12 });
    expect(getFactChecks().map((c) => c.id)[0]).toBe("meta-heading-29-trillion-yen");
  });

  it("show the real concept anchor of the debt cycle", () => {
    expect(conceptAnchor("debt-cycle")).toBe("intro-9");
    expect(findParagraph("intro-9", "en")?.text).toBe(
      "In other words, it is a structure in which the cycle of borrowing → investment → depreciation → borrowing again never stops.",
    );
  });
});
