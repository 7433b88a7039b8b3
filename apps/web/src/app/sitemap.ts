import type { MetadataRoute } from "next";
import { pagePath, pages, siteUrl } from "@/lib/site";

export const dynamic = "force-static";

/** Every page in both languages, each with its twin as an alternate. */
export default function sitemap(): MetadataRoute.Sitemap {
  return pages.flatMap((page) =>
    (["ja", "en"] as const).map((lang) => ({
      url: `${siteUrl}${pagePath(page, lang)}`,
      changeFrequency: "monthly" as const,
      priority: page === "article" ? 1 : 0.5,
      alternates: {
        languages: { ja: `${siteUrl}${pagePath(page, "ja")}`, en: `${siteUrl}${pagePath(page, "en")}` },
      },
    })),
  );
}
