import { describe, expect, it } from "vitest";
import { allParagraphs, getEdition } from "./index.js";

const kana = /[\u3040-\u30ff]/u;

describe("the English edition", () => {
  it("has an English twin for every Japanese paragraph and a Japanese twin for every English one", () => {
    const ja = allParagraphs("ja").map((p) => p.id);
    const en = allParagraphs("en").map((p) => p.id);
    expect(en).toEqual(ja);
  });

  it("has the same sections, with the same slugs, in the same order, each with a heading", () => {
    const ja = getEdition("ja").sections;
    const en = getEdition("en").sections;
    expect(en.map((s) => s.slug)).toEqual(ja.map((s) => s.slug));
    expect(en.map((s) => s.paragraphs.length)).toEqual(ja.map((s) => s.paragraphs.length));
    expect(en.every((s) => s.heading !== null)).toBe(true);
  });

  it("links the same concepts and quotations to the same paragraphs as the Japanese edition", () => {
    const links = (lang: "ja" | "en") =>
      allParagraphs(lang).map((p) => [p.id, p.concept, p.conceptPrimary, p.quote?.speakerId]);
    expect(links("en")).toEqual(links("ja"));
  });

  it("is written in English: no kana anywhere", () => {
    const edition = getEdition("en");
    for (const section of edition.sections) {
      expect(section.heading?.text).not.toMatch(kana);
      for (const p of section.paragraphs) expect(p.text).not.toMatch(kana);
    }
  });

  it("translates rather than summarises: every paragraph is a real sentence of comparable weight", () => {
    const ja = allParagraphs("ja");
    const en = allParagraphs("en");
    en.forEach((p, i) => {
      const source = ja[i]?.text ?? "";
      // English runs longer than Japanese in characters; a summary would shrink it.
      expect(p.text.length, p.id).toBeGreaterThanOrEqual(Math.min(source.length, 10));
    });
  });

  it("keeps the quotations as quotations", () => {
    for (const p of allParagraphs("en").filter((x) => x.quote?.form === "block")) {
      expect(p.text, p.id).toMatch(/[“”]/u);
    }
  });
});
