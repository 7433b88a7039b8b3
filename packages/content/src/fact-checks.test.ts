import { describe, expect, it } from "vitest";
import { blockText, factCheckSchema, getFactChecks } from "./index.js";

const check = (id: string) => getFactChecks().find((c) => c.id === id);

describe("getFactChecks", () => {
  it("validates every note against the schema, with unique ids", () => {
    for (const c of getFactChecks()) expect(factCheckSchema.safeParse(c).success, c.id).toBe(true);
    expect(new Set(getFactChecks().map((c) => c.id)).size).toBe(getFactChecks().length);
  });

  it("quotes each claim as it appears in its paragraph or heading", () => {
    for (const c of getFactChecks()) expect(blockText(c.paragraphId, "ja"), c.id).toContain(c.claim);
    for (const c of getFactChecks()) for (const id of c.alsoAt ?? []) expect(blockText(id, "ja"), id).toBeDefined();
  });

  it("flags the ¥29 trillion heading as inconsistent with its body, with the arithmetic in both languages", () => {
    const c = check("meta-heading-29-trillion-yen");
    expect(c?.verdict).toBe("inconsistent");
    expect(c?.paragraphId).toBe("meta-private-credit-heading");
    expect(c?.arithmetic).toMatchInlineSnapshot(`
      {
        "en": "¥29 trillion ÷ 155 ¥/$ ≈ $187 billion, about 6.45× the body's $29 billion (290億ドル). Conversely, $29 billion × 155 ¥/$ ≈ ¥4.50 trillion, which matches the body's “about ¥4.5 trillion”.",
        "ja": "29兆円 ÷ 155円/ドル ≈ 1,871億ドル で、本文の290億ドルの約6.45倍。逆に 290億ドル × 155円/ドル ≈ 4.50兆円 で、本文の「約4.5兆円」と合う。",
      }
    `);
  });

  it("carries the unconfirmed claims flagged in the research notes, each with its source", () => {
    const unconfirmed = getFactChecks().filter((x) => x.verdict === "unconfirmed").map((x) => x.id);
    expect(unconfirmed).toEqual(["carlyle-1-8-trillion", "ruth-yang-quote", "david-kelly-quote"]);
    expect(check("carlyle-1-8-trillion")?.note.en).toContain("$800–900 billion");
    expect(check("carlyle-1-8-trillion")?.sources[0]?.url).toMatch(/^https:\/\/www\.carlyle\.com\//u);
    expect(check("david-kelly-quote")?.sources).toHaveLength(1);
    expect(check("kedrosky-apple")?.verdict).toBe("partly-confirmed");
  });

  it("cites a source for every note except the ones nobody could source", () => {
    const unsourced = getFactChecks().filter((c) => c.sources.length === 0).map((c) => c.id);
    expect(unsourced).toEqual(["meta-heading-29-trillion-yen", "ruth-yang-quote"]);
  });

  it("writes every note in both languages", () => {
    for (const c of getFactChecks()) {
      expect(c.note.ja, c.id).toMatch(/[\u3040-\u30ff]/u);
      expect(c.note.en, c.id).not.toMatch(/[\u3040-\u30ff]/u);
    }
  });
});
