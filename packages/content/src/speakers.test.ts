import { describe, expect, it } from "vitest";
import { allParagraphs, findParagraph, findSpeaker, speakerSchema, speakers } from "./index.js";

describe("speakers", () => {
  it("lists Kedrosky, Ruth Yang of S&P Global and David Kelly of J.P. Morgan, each valid", () => {
    expect(speakers.map((s) => s.id)).toEqual(["paul-kedrosky", "ruth-yang", "david-kelly"]);
    for (const s of speakers) expect(speakerSchema.safeParse(s).success).toBe(true);
    expect(findSpeaker("ruth-yang")?.affiliation.en).toBe("Analyst, S&P Global");
    expect(findSpeaker("david-kelly")?.affiliation.ja).toContain("J.P.モルガン");
  });

  it("attributes each quotation paragraph to a known speaker", () => {
    const quoted = allParagraphs("ja").filter((p) => p.quote);
    expect(quoted.length).toBeGreaterThanOrEqual(7);
    for (const p of quoted) expect(findSpeaker(p.quote?.speakerId ?? "")).toBeDefined();
  });

  it("marks the quotations whose text is a quotation in 「…」 as block quotes", () => {
    expect(findParagraph("hidden-debt-2", "ja")?.quote).toEqual({ speakerId: "ruth-yang", form: "block" });
    expect(findParagraph("portfolio-60-40-2", "ja")?.quote?.speakerId).toBe("david-kelly");
    expect(findParagraph("debt-machine-6", "ja")?.quote?.speakerId).toBe("paul-kedrosky");
    for (const p of allParagraphs("ja").filter((x) => x.quote?.form === "block")) {
      expect(p.text, p.id).toMatch(/[「」]/u);
    }
  });

  it("mentions the speaker's name in or just before every quotation", () => {
    const ja = allParagraphs("ja");
    ja.forEach((p, i) => {
      if (!p.quote) return;
      const family = findSpeaker(p.quote.speakerId)?.name.ja.split("・").at(-1) ?? "";
      const nearby = [ja[i - 1]?.text, p.text, ja[i + 1]?.text].join("");
      expect(nearby, p.id).toContain(family);
    });
  });

  it("returns undefined for an unknown speaker", () => {
    expect(findSpeaker("nobody")).toBeUndefined();
  });
});
