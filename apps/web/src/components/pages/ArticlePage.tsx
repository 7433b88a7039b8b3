import type { Lang } from "@/messages/types";
import { getMessages } from "@/messages";
import { Article } from "@/components/article/Article";
import { SiteFooter, SiteHeader } from "@/components/site/SiteHeader";

/** `/` and `/en/`: the article with its figures. */
export function ArticlePage({ lang }: { lang: Lang }) {
  const m = getMessages(lang);
  return (
    <>
      <SiteHeader m={m} page="article" />
      <main id="main">
        <Article m={m} />
      </main>
      <SiteFooter m={m} />
    </>
  );
}
