import type { Metadata } from "next";
import { getMessages } from "@/messages";
import type { Lang } from "@/messages/types";
import { pagePath, siteUrl, type PageId } from "./site";

/** Metadata for one page: title, description, canonical and language alternates, Open Graph, Twitter. */
export function pageMetadata(page: PageId, lang: Lang, title?: string, description?: string): Metadata {
  const m = getMessages(lang);
  const fullTitle = title ? `${title} | ${m.site.name}` : m.site.name;
  const desc = description ?? m.site.description;
  const url = pagePath(page, lang);
  const image = { url: `/og-${lang}.png`, width: 1200, height: 630, alt: m.site.ogImageAlt };
  return {
    metadataBase: new URL(siteUrl),
    title: fullTitle,
    description: desc,
    alternates: {
      canonical: url,
      languages: { ja: pagePath(page, "ja"), en: pagePath(page, "en"), "x-default": pagePath(page, "ja") },
    },
    openGraph: {
      type: page === "article" ? "article" : "website",
      title: fullTitle,
      description: desc,
      url,
      siteName: m.site.name,
      locale: lang === "ja" ? "ja_JP" : "en_US",
      alternateLocale: lang === "ja" ? ["en_US"] : ["ja_JP"],
      images: [image],
    },
    twitter: { card: "summary_large_image", title: fullTitle, description: desc, images: [image] },
    icons: { icon: "/favicon.svg" },
  };
}
