import "./globals.css";
import type { Metadata } from "next";
import { getMessages } from "@/messages";
import { pagePath } from "@/lib/site";

const ja = getMessages("ja");
const en = getMessages("en");

export const metadata: Metadata = {
  title: `404 ${ja.notFound.title} / ${en.notFound.title}`,
  robots: { index: false },
  icons: { icon: "/favicon.svg" },
};

/**
 * The one 404 document for both editions (static export writes it to out/404.html). Japanese first with
 * lang="ja", English below with lang="en". Under /en/ a one-line script makes the document English and puts
 * the English block first (CSS); without JavaScript both stay readable.
 */
const languageScript = `if(location.pathname.indexOf("/en/")===0||location.pathname==="/en")document.documentElement.lang="en";`;

export default function GlobalNotFound() {
  return (
    <html lang="ja">
      <head>
        <script dangerouslySetInnerHTML={{ __html: languageScript }} />
      </head>
      <body>
        <main id="main" className="not-found">
          <div className="prose">
            <section lang="ja" aria-labelledby="nf-ja">
              <p className="meta">404</p>
              <h1 id="nf-ja">{ja.notFound.title}</h1>
              <p>{ja.notFound.body}</p>
              <p>
                <a href={pagePath("article", "ja")}>{ja.notFound.home}</a>
              </p>
            </section>
            <section lang="en" id="en" aria-labelledby="nf-en">
              <h2 id="nf-en">{en.notFound.title}</h2>
              <p>{en.notFound.body}</p>
              <p>
                <a href={pagePath("article", "en")} hrefLang="en">
                  {en.notFound.home}
                </a>
              </p>
            </section>
          </div>
        </main>
      </body>
    </html>
  );
}
