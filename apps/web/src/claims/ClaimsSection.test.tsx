import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ClaimsSection } from "./ClaimsSection";
import { getClaimsMessages } from "./messages";
import { ARTICLE_PRESETS, presetReport } from "./report";

describe.each(["ja", "en"] as const)("the article's claims section in %s", (lang) => {
  const html = renderToStaticMarkup(<ClaimsSection lang={lang} />);

  it("renders one panel of six claims per preset, the first preset chosen, without script", () => {
    expect([...html.matchAll(/data-claims-preset="([^"]+)"/g)].map((x) => x[1])).toEqual([...ARTICLE_PRESETS]);
    expect(html.match(/data-claim="/g)?.length).toBe(6 * ARTICLE_PRESETS.length);
    expect(html.match(/type="radio"/g)?.length).toBe(ARTICLE_PRESETS.length);
    expect(html.match(/checked=""/g)?.length).toBe(1);
    expect(html).not.toMatch(/<script/);
  });

  it("shows the model's answers and sentences for base", () => {
    const { report } = presetReport("base");
    const base = html.slice(html.indexOf('data-claims-preset="base"'), html.indexOf('data-claims-preset="demand-slowdown"'));
    const m = getClaimsMessages(lang);
    const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#x27;");
    for (const c of report.claims) {
      expect(base).toContain(`data-claim="${c.id}" data-answer="${c.answer}"`);
      expect(base).toContain(escape(c.text[lang]));
      expect(base).toContain(m.answers[c.answer]);
    }
    expect(html).not.toMatch(/NaN|Infinity/);
  });
});
