import { findParagraph } from "@aidebt/content";
import { describe, expect, it } from "vitest";
import { en } from "@/messages/en";
import { ja } from "@/messages/ja";
import { liveProse, splitLiveProse } from "./live-prose";

describe("live numbers in the article's sentences", () => {
  it.each([
    ["ja", ja],
    ["en", en],
  ] as const)("find every bound stretch in the %s paragraph they belong to", (lang, m) => {
    for (const binding of liveProse) {
      const paragraph = findParagraph(binding.paragraphId, lang);
      expect(paragraph?.text, binding.paragraphId).toContain(m.article.liveMatches[binding.match]);
    }
  });

  it("split a run of text around the bound stretches and keep every character", () => {
    const text = "高技能ビザに1件あたり10万ドル(約1500万円)の申請料";
    const parts = splitLiveProse(text, "h1b-fee-2", ja.article.liveMatches);
    expect(parts.map((p) => ("text" in p ? p.text : p.original)).join("")).toBe(text);
    expect(parts.filter((p) => "binding" in p).map((p) => ("binding" in p ? p.binding.role : ""))).toEqual(["control", "yen"]);
  });

  it("leave other paragraphs untouched", () => {
    expect(splitLiveProse("10万ドル", "intro-1", ja.article.liveMatches)).toEqual([{ text: "10万ドル" }]);
  });
});
