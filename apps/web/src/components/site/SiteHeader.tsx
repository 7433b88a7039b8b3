import type { Messages } from "@/messages/types";
import { otherLang, pagePath, type PageId } from "@/lib/site";
import { LangSwitch } from "./LangSwitch";

/** Sticky header: site name, the pages, and the language switch. */
export function SiteHeader({ m, page }: { m: Messages; page: PageId }) {
  const links: Array<{ id: PageId; label: string }> = [
    { id: "article", label: m.site.nav.article },
    { id: "glossary", label: m.site.nav.glossary },
    { id: "sources", label: m.site.nav.sources },
    { id: "simulator", label: m.site.nav.simulator },
    { id: "one-year-on", label: m.site.nav.oneYearOn },
  ];
  const target = otherLang(m.lang);
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <a className="site-name" href={pagePath("article", m.lang)}>
          {m.site.name}
        </a>
        <nav className="site-nav" aria-label={m.site.nav.label}>
          <ul>
            {links.map((link) => (
              <li key={link.id}>
                <a href={pagePath(link.id, m.lang)} aria-current={link.id === page ? "page" : undefined}>
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <LangSwitch href={pagePath(page, target)} label={m.site.langSwitch.label} hint={m.site.langSwitch.hint} hrefLang={target} />
      </div>
    </header>
  );
}

/** Footer: what runs the figures, the model's disclaimer and, for developers, the packages' API reference. */
export function SiteFooter({ m }: { m: Messages }) {
  return (
    <footer className="site-footer">
      <p>{m.site.disclaimer}</p>
      <p>{m.site.footer}</p>
      <p>
        <a href="/docs/" hrefLang="en">
          {m.site.docsLink}
        </a>
      </p>
    </footer>
  );
}
