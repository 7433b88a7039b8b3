import { getEdition } from "@aidebt/content";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { getMessages } from "@/messages";
import { Article, figurePlacements } from "./Article";

describe.each(["ja", "en"] as const)("the %s article rendered on the server", (lang) => {
  const html = renderToStaticMarkup(<Article m={getMessages(lang)} />);

  it("contains every paragraph as an anchor", () => {
    const edition = getEdition(lang);
    for (const paragraph of edition.sections.flatMap((s) => s.paragraphs)) {
      expect(html, paragraph.id).toContain(`id="${paragraph.id}"`);
    }
  });

  it("draws the eight article figures at the paragraphs that name their concepts, then figure 9 after the article, each as SVG with a data table", () => {
    const figures = [...html.matchAll(/data-figure="(\d)"/g)].map((m) => m[1]);
    expect(figures).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9"]);
    expect(html.match(/<svg class="chart/g)?.length).toBeGreaterThanOrEqual(9);
    // One data table per figure, and one for the structure diagram that comes before figure 2's numbers.
    expect(html.match(/<details class="data-table"/g)?.length).toBe(10);
    expect(html.indexOf('id="fig-2-structure"')).toBeGreaterThan(html.indexOf('id="hidden-debt-3"'));
    expect(html.indexOf('id="fig-2-structure"')).toBeLessThan(html.indexOf('data-figure="2"'));
    expect([...figurePlacements().keys()]).toEqual([
      "intro-9",
      "hidden-debt-3",
      "debt-machine-4",
      "financing-illusion-6",
      "bubble-trigger-3",
      "summary-5",
      "portfolio-60-40-3",
      "h1b-fee-2",
    ]);
    // Figure 9 sits in the section after the article's last paragraph, which the table of contents links to.
    expect(html.indexOf('id="model-check"')).toBeGreaterThan(html.indexOf('data-figure="8"'));
    expect(html.indexOf('data-figure="9"')).toBeGreaterThan(html.indexOf('id="model-check"'));
    expect(html).toContain('href="#model-check"');
  });

  it("labels money axes in the language's unit", () => {
    expect(html).toContain(lang === "ja" ? "億ドル/四半期" : "$bn per quarter");
  });

  it("renders no NaN or Infinity", () => {
    expect(html).not.toMatch(/NaN|Infinity/);
  });
});
