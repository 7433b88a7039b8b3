import type { Lang } from "@/messages/types";
import { getMessages } from "@/messages";
import { Article } from "@/components/article/Article";
import { SiteFooter, SiteHeader } from "@/components/site/SiteHeader";
import { CLAIMS_SECTION_ID, ClaimsSection } from "@/claims/ClaimsSection";
import { getClaimsMessages } from "@/claims/messages";

/** `/` and `/en/`: the article with its figures. */
export function ArticlePage({ lang }: { lang: Lang }) {
  const m = getMessages(lang);
  return (
    <>
      <SiteHeader m={m} page="article" />
      <main id="main">
        <Article m={m} insert={{ afterSlug: "summary", id: CLAIMS_SECTION_ID, title: getClaimsMessages(lang).heading, node: <ClaimsSection lang={lang} /> }} />
      </main>
      <SiteFooter m={m} />
    </>
  );
}
