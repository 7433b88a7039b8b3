import { describe, expect, it } from "vitest";
import { blockText, findTerm, getEdition, getGlossary, glossaryTermSchema, termsInText } from "./index.js";

const sentences = (s: string): number => s.split(/[。.!?](?:\s|$)|。/u).filter((x) => x.trim()).length;

describe("getGlossary", () => {
  it("has at least 18 terms, each valid against the schema, with unique ids", () => {
    const terms = getGlossary();
    expect(terms.length).toBeGreaterThanOrEqual(18);
    for (const t of terms) expect(glossaryTermSchema.safeParse(t).success, t.id).toBe(true);
    expect(new Set(terms.map((t) => t.id)).size).toBe(terms.length);
  });

  it("includes the terms a reader of the article needs", () => {
    const wanted = [
      "オフバランス債務",
      "特別目的会社",
      "プライベートクレジット",
      "減価償却",
      "プロジェクトファイナンス",
      "貸借対照表",
      "信用バブル",
      "サブプライムローン",
      "60/40ポートフォリオ",
      "GPU",
      "データセンター",
      "キャッシュフロー",
      "シャドーバンキング",
      "オルタナティブ投資",
      "H-1Bビザ",
      "固定価格買取制度",
      "過剰建設",
      "ハイパースケーラー",
    ];
    for (const w of wanted) expect(findTerm(w), w).toBeDefined();
  });

  it("defines every term in one to three sentences in each language", () => {
    for (const t of getGlossary()) {
      for (const lang of ["ja", "en"] as const) {
        const n = sentences(t.definition[lang]);
        expect(n, `${t.id} ${lang}`).toBeGreaterThanOrEqual(1);
        expect(n, `${t.id} ${lang}`).toBeLessThanOrEqual(3);
      }
    }
  });

  it("finds every term of the article at least once in the Japanese edition, and in the English one", () => {
    for (const t of getGlossary().filter((t) => t.scope !== "figures")) {
      expect(t.occurrences.some((o) => o.lang === "ja"), t.id).toBe(true);
      expect(t.occurrences.some((o) => o.lang === "en"), t.id).toBe(true);
    }
  });

  it("defines the figures' terms (スポンサー, ヘッジ・投機的・ポンジ, 残価保証, NPV, 財務制限条項/DSCR, 連結, 減損, リース負債) in both languages", () => {
    for (const w of ["スポンサー", "ポンジ金融", "残価保証", "NPV", "財務制限条項", "DSCR", "連結", "減損", "リース負債", "sponsor", "Ponzi finance", "residual value guarantee", "covenant", "consolidation", "impairment", "lease liability"]) {
      const t = findTerm(w);
      expect(t, w).toBeDefined();
      expect(t?.definition.ja.length, w).toBeGreaterThan(0);
      expect(t?.definition.en.length, w).toBeGreaterThan(0);
    }
  });

  it("computes occurrences from the text: each one's paragraph contains one of the term's surface forms", () => {
    for (const t of getGlossary()) {
      for (const o of t.occurrences) {
        const text = blockText(o.paragraphId, o.lang) ?? "";
        const forms = t.aliases[o.lang].map((a) => a.toLowerCase());
        expect(forms.some((f) => text.toLowerCase().includes(f)), `${t.id} in ${o.paragraphId}`).toBe(true);
      }
    }
  });

  it("agrees with the term runs inside the paragraphs", () => {
    for (const lang of ["ja", "en"] as const) {
      for (const section of getEdition(lang).sections) {
        for (const p of section.paragraphs) {
          for (const run of p.inlines) {
            if (run.kind !== "term") continue;
            const term = getGlossary().find((t) => t.id === run.termId);
            expect(term?.occurrences, `${run.termId} ${p.id}`).toContainEqual({ paragraphId: p.id, lang });
          }
        }
      }
    }
  });

  it("does not count バブル期 inside ITバブル期 as Japan's bubble era, nor FIT inside an English word", () => {
    const era = findTerm("bubble-era");
    expect(era?.occurrences.map((o) => o.paragraphId)).toEqual(["editors-note-4", "editors-note-4"]);
    expect(findTerm("FIT")?.occurrences).toEqual([
      { paragraphId: "bubble-trigger-7", lang: "ja" },
      { paragraphId: "bubble-trigger-7", lang: "en" },
    ]);
  });

  it("places SPV where the article explains it", () => {
    expect(findTerm("spv")?.occurrences).toEqual([
      { paragraphId: "hidden-debt-3", lang: "ja" },
      { paragraphId: "hidden-debt-3", lang: "en" },
    ]);
  });
});

describe("findTerm", () => {
  it("finds a term by id, Japanese term, either half of an A/B term, reading or English term", () => {
    expect(findTerm("private-credit")?.term).toBe("プライベートクレジット");
    expect(findTerm("SPV")?.id).toBe("spv");
    expect(findTerm("特別目的会社")?.id).toBe("spv");
    expect(findTerm("げんかしょうきゃく")?.id).toBe("depreciation");
    expect(findTerm("Private Credit")?.id).toBe("private-credit");
    expect(findTerm("feed-in tariff")?.id).toBe("feed-in-tariff");
    expect(findTerm("shadow banking")?.id).toBe("shadow-banking");
  });

  it("ignores surrounding spaces and full-width letters", () => {
    expect(findTerm("  ＧＰＵ ")?.id).toBe("gpu");
  });

  it("returns undefined for an unknown or empty query", () => {
    expect(findTerm("quantitative easing")).toBeUndefined();
    expect(findTerm("  ")).toBeUndefined();
  });
});

describe("termsInText", () => {
  it("finds the terms a text uses by any surface form, once each, in order of first use", () => {
    expect(termsInText("スポンサーの NPV と DSCR、またスポンサー", "ja")).toEqual(["sponsor", "npv", "covenant-dscr"]);
    expect(termsInText("Lease liabilities rise before the vehicle is consolidated", "en")).toEqual(["lease-liability", "consolidation"]);
    // an alias inside a phrase where it means something else is not the term
    expect(termsInText("ITバブル期", "ja")).not.toContain("bubble-era");
    expect(termsInText("nothing here", "en")).toEqual([]);
  });
});
