import type { Lang } from "@/messages/types";

/** The pages of the site; every page exists in both languages. */
export type PageId = "article" | "glossary" | "sources" | "simulator" | "one-year-on";

/** Origin used for absolute URLs (Open Graph, sitemap). Set SITE_URL when deploying elsewhere. */
export const siteUrl: string = (process.env.SITE_URL ?? "http://localhost:3000").replace(/\/$/, "");

const pagePaths: Record<PageId, string> = {
  article: "",
  glossary: "glossary/",
  sources: "sources/",
  simulator: "simulator/",
  "one-year-on": "one-year-on/",
};

/** The path of a page in a language, with a trailing slash: `/`, `/en/`, `/glossary/`, `/en/sources/`. */
export function pagePath(page: PageId, lang: Lang): string {
  return `${lang === "ja" ? "/" : "/en/"}${pagePaths[page]}`;
}

/** The path of the article at one paragraph (`/en/#hidden-debt-3`). */
export function paragraphPath(paragraphId: string, lang: Lang): string {
  return `${pagePath("article", lang)}#${paragraphId}`;
}

/** The other language. */
export function otherLang(lang: Lang): Lang {
  return lang === "ja" ? "en" : "ja";
}

export const pages: readonly PageId[] = ["article", "glossary", "sources", "simulator", "one-year-on"];
