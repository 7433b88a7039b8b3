import { describe, expect, it } from "vitest";
import { editionSchema, factSchema, getEdition, inlineSchema, paragraphSchema } from "./index.js";

describe("the zod schemas", () => {
  it("reject a stray ** marker in any text", () => {
    const result = inlineSchema.safeParse({ kind: "text", text: "**290億ドル" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatchInlineSnapshot(`"contains a stray ** marker"`);
  });

  it("reject a paragraph whose runs do not spell out its text", () => {
    const result = paragraphSchema.safeParse({
      id: "intro-1",
      inlines: [{ kind: "text", text: "AI" }],
      text: "AI革命",
    });
    expect(result.error?.issues[0]?.message).toMatchInlineSnapshot(`"inlines do not spell out the paragraph text"`);
  });

  it("reject an edition with duplicate section slugs", () => {
    const ja = getEdition("ja");
    const first = ja.sections[0];
    const result = editionSchema.safeParse({ ...ja, sections: first ? [first, first] : [] });
    expect(result.error?.issues[0]?.message).toMatchInlineSnapshot(`"section slugs are not unique"`);
  });

  it("reject a fact with an unknown scale", () => {
    const result = factSchema.safeParse({
      id: "x", paragraphId: "intro-1", rawText: "1", value: 1, unit: "count", currency: null,
      scale: "千", absolute: null, precision: "exact", measures: { ja: "x", en: "x" },
    });
    expect(result.error?.issues[0]?.path).toEqual(["scale"]);
  });
});
