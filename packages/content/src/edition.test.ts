import { describe, expect, it } from "vitest";
import {
  allParagraphs,
  blockText,
  editionSchema,
  findParagraph,
  getEdition,
  renderPlainText,
  sectionBySlug,
  sectionSlugs,
  unpairedEmphasisMarkers,
} from "./index.js";
import type { Edition, Inline, Lang } from "./index.js";

const langs: Lang[] = ["ja", "en"];

function everyInline(edition: Edition): Inline[] {
  return edition.sections.flatMap((s) => [...(s.heading?.inlines ?? []), ...s.paragraphs.flatMap((p) => p.inlines)]);
}

describe("getEdition", () => {
  it("returns editions that satisfy the zod schema", () => {
    for (const lang of langs) expect(editionSchema.safeParse(getEdition(lang)).success).toBe(true);
  });

  it("titles the Japanese edition with the article's headline and the English one with its translation", () => {
    expect(getEdition("ja").title).toBe("AIの夢は「借金」で動いている");
    expect(getEdition("ja").sections[0]?.heading?.text).toContain(getEdition("ja").title);
    expect(getEdition("en").title).toBe("The AI dream runs on debt");
  });

  it("gives the sections stable English slugs in article order", () => {
    expect(getEdition("ja").sections.map((s) => s.slug)).toEqual(sectionSlugs);
    expect(sectionSlugs).toMatchInlineSnapshot(`
      [
        "intro",
        "hidden-debt",
        "meta-private-credit",
        "debt-machine",
        "financing-illusion",
        "bubble-trigger",
        "summary",
        "portfolio-60-40",
        "h1b-fee",
        "artemis-delay",
        "editors-note",
      ]
    `);
  });

  it("strips the ■ marker from heading text but keeps it, spacing included, for rendering", () => {
    const [first, second] = getEdition("ja").sections;
    expect(first?.heading?.marker).toBe("■ ");
    expect(first?.heading?.text).toBe("深掘り記事:AIの夢は「借金」で動いている");
    expect(second?.heading?.marker).toBe("■");
    expect(second?.heading?.text).toBe("「表に出ない借金」の正体");
  });

  it("returns the same object on every call", () => {
    expect(getEdition("ja")).toBe(getEdition("ja"));
  });
});

describe("emphasis", () => {
  it("never leaves a stray ** in any text of either edition", () => {
    for (const lang of langs) {
      const edition = getEdition(lang);
      expect(renderPlainText(edition)).not.toContain("**");
      expect(everyInline(edition).some((i) => i.text.includes("**"))).toBe(false);
    }
  });

  it("turns the article's paired ** spans into emphasis runs", () => {
    const emphasis = everyInline(getEdition("ja"))
      .filter((i) => i.kind === "emphasis")
      .map((i) => i.text);
    expect(emphasis).toEqual([
      "貸借対照表に載らない“オフバランス債務”",
      "“更新のたびに借金”",
      "「非上場の現実経済に近い資産」",
      "1件あたり10万ドル(約1500万円)",
    ]);
  });

  it("mirrors the same emphasis in the English twins", () => {
    for (const id of ["intro-4", "debt-machine-4", "portfolio-60-40-5", "h1b-fee-2"]) {
      expect(findParagraph(id, "en")?.inlines.some((i) => i.kind === "emphasis")).toBe(true);
    }
  });

  it("drops the one bold span that opens in one paragraph and closes in the next instead of showing it", () => {
    expect(unpairedEmphasisMarkers("ja")).toEqual([
      { blockId: "meta-private-credit-1", count: 1 },
      { blockId: "meta-private-credit-2", count: 1 },
    ]);
    expect(unpairedEmphasisMarkers("en")).toEqual([]);
    expect(findParagraph("meta-private-credit-1", "ja")?.inlines.some((i) => i.kind === "emphasis")).toBe(false);
  });
});

describe("glossary terms inside paragraphs", () => {
  it("marks glossary terms as term runs that spell out the paragraph together with the other runs", () => {
    const p = findParagraph("hidden-debt-3", "ja");
    expect(p?.inlines).toEqual([
      { kind: "text", text: "つまり、一部は“" },
      { kind: "term", text: "SPV", termId: "spv" },
      { kind: "text", text: "(" },
      { kind: "term", text: "特別目的会社", termId: "spv" },
      { kind: "text", text: ")”を経由して借りている。" },
    ]);
  });
});

describe("findParagraph, sectionBySlug and blockText", () => {
  it("finds a paragraph by id in either language", () => {
    expect(findParagraph("hidden-debt-3", "ja")?.text).toBe("つまり、一部は“SPV(特別目的会社)”を経由して借りている。");
    expect(findParagraph("hidden-debt-3", "en")?.text).toBe(
      "In other words, part of it is borrowed through “SPVs (special purpose vehicles)”.",
    );
  });

  it("returns undefined for an id that does not exist", () => {
    expect(findParagraph("no-such-paragraph-1", "ja")).toBeUndefined();
    expect(sectionBySlug("no-such-section", "en")).toBeUndefined();
    expect(blockText("nope", "ja")).toBeUndefined();
  });

  it("finds a section by slug", () => {
    expect(sectionBySlug("summary", "en")?.heading?.text).toBe("Summary");
    expect(sectionBySlug("summary", "ja")?.paragraphs).toHaveLength(14);
  });

  it("gives the text of headings as well as paragraphs", () => {
    expect(blockText("meta-private-credit-heading", "ja")).toBe("メタが29兆円規模を調達、カギを握る“プライベートクレジット”");
    expect(blockText("intro-2", "en")).toBe("It is “invisible debt”.");
  });

  it("flattens every paragraph in order", () => {
    const ids = allParagraphs("ja").map((p) => p.id);
    expect(ids[0]).toBe("intro-1");
    expect(ids.at(-1)).toBe("editors-note-13");
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("renderPlainText", () => {
  it("renders the English edition with one line per heading and paragraph", () => {
    const text = renderPlainText(getEdition("en"));
    expect(text.split("\n")[0]).toBe("■ Deep dive: The AI dream runs on debt");
    expect(text.split("\n")).toHaveLength(11 + 96);
  });
});
