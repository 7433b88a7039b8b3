import { getEdition, getFactChecks, getGlossary } from "@aidebt/content";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { getMessages } from "@/messages";
import { Article } from "./Article";
import { figureConcepts } from "@/components/figures/registry";
import { figureTermIds } from "@/components/figures/figure-terms";
import { termsIn } from "./TermDefinitions";

/** The markup with React's escapes undone, to find the content's own text in it. */
const unescape = (html: string) => html.replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&");

describe.each(["ja", "en"] as const)("the %s article's glossary popovers and fact-check notes", (lang) => {
  const html = unescape(renderToStaticMarkup(<Article m={getMessages(lang)} />));
  const edition = getEdition(lang);

  it("makes every marked term a button for its term's one definition, outside the paragraphs", () => {
    const terms = termsIn(edition.sections);
    expect(terms.length).toBeGreaterThan(5);
    const glossary = new Map(getGlossary().map((t) => [t.id, t]));
    for (const id of terms) {
      expect(html.match(new RegExp(`id="term-pop-${id}"`, "g"))?.length, id).toBe(1);
      // React writes the attribute as popoverTarget; HTML attribute names are case-insensitive.
      expect(html.toLowerCase()).toContain(`popovertarget="term-pop-${id}"`);
      expect(html).toContain(glossary.get(id)!.definition[lang]);
    }
    // A paragraph holds its text and its buttons, never a definition.
    for (const paragraph of html.match(/<p id="[^"]+" data-anchor=""[^>]*>[\s\S]*?<\/p>/g) ?? []) expect(paragraph).not.toContain("term-pop-definition");
  });

  it("puts each heading's fact-check note right after that heading, in the page's language", () => {
    const checks = getFactChecks().filter((c) => c.paragraphId.endsWith("-heading"));
    expect(checks.map((c) => c.id)).toContain("meta-heading-29-trillion-yen");
    for (const check of checks) {
      const heading = html.indexOf(`id="${check.paragraphId}"`);
      const note = html.indexOf(`data-fact-note="${check.id}"`);
      expect(heading).toBeGreaterThan(0);
      expect(note).toBeGreaterThan(heading);
      // Nothing but the heading's end between the two.
      expect(html.slice(heading, note)).toMatch(/<\/h2><aside[^>]*$/);
      expect(html.slice(note, note + 2000)).toContain(check.note[lang]);
    }
  });

  it("flags the heading found inconsistent in the table of contents too", () => {
    const toc = html.slice(html.indexOf('class="toc"'), html.indexOf("</nav>", html.indexOf('class="toc"')));
    const wrong = getFactChecks().filter((c) => c.paragraphId.endsWith("-heading") && c.verdict === "inconsistent");
    expect(wrong.length).toBeGreaterThan(0);
    for (const check of wrong) expect(toc).toContain(`data-toc-flag="${check.id}"`);
  });

  it("puts each paragraph's fact-check note right after that paragraph, folded to its verdict and claim", () => {
    const checks = getFactChecks().filter((c) => !c.paragraphId.endsWith("-heading"));
    expect(checks.length).toBeGreaterThan(5);
    for (const check of checks) {
      const paragraph = html.indexOf(`<p id="${check.paragraphId}"`);
      const note = html.indexOf(`data-fact-note="${check.id}"`);
      expect(paragraph, check.paragraphId).toBeGreaterThan(0);
      expect(note).toBeGreaterThan(paragraph);
      // The paragraph's end and any other note on the same paragraph, nothing else, between the two.
      expect(html.slice(paragraph, note).replace(/<details[^>]*data-fact-note[\s\S]*?<\/details>/g, "")).toMatch(/<\/p><details[^>]*$/);
      const body = html.slice(note, html.indexOf("</details>", note));
      expect(body).toContain(lang === "ja" ? check.claim : check.claimEn);
      expect(body).toContain(check.note[lang]);
      expect(body).toContain(`#${check.id}"`);
    }
  });

  it("gives every figure whose words use glossary terms a line of those terms, each opening its one definition", () => {
    const m = getMessages(lang);
    const withTerms = figureConcepts.filter((c) => figureTermIds(c, m).length > 0);
    // the figures' own terms, not only the text's: sponsor, NPV, DSCR, lease liability, Minsky's classes
    for (const id of ["sponsor", "npv", "covenant-dscr", "lease-liability", "minsky-classes"]) {
      expect(figureConcepts.some((c) => figureTermIds(c, m).includes(id)), id).toBe(true);
    }
    expect(withTerms.length).toBeGreaterThanOrEqual(6);
    // the structure diagram before figure 2 too: consolidation and the residual value guarantee are its words
    const structureStart = html.indexOf('id="fig-2-structure"');
    const structure = html.slice(structureStart, html.indexOf("</figure>", structureStart));
    for (const id of ["sponsor", "residual-value-guarantee", "consolidation"]) expect(structure.toLowerCase(), id).toContain(`popovertarget="term-pop-${id}"`);
    for (const concept of withTerms) {
      const n = figureConcepts.indexOf(concept) + 1;
      const start = html.indexOf(`id="fig-${n}"`);
      const figure = html.slice(start, html.indexOf("</figure>", start));
      const line = figure.slice(figure.indexOf('class="figure-terms"'));
      expect(line.length, concept).toBeGreaterThan(0);
      for (const id of figureTermIds(concept, m)) {
        expect(line.toLowerCase(), `${concept} ${id}`).toContain(`popovertarget="term-pop-${id}"`);
        expect(html.match(new RegExp(`id="term-pop-${id}"`, "g"))?.length, id).toBe(1);
      }
    }
  });
});
