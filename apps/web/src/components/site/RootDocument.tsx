import type { ReactNode } from "react";
import type { Lang } from "@/messages/types";
import { getMessages } from "@/messages";
import { HydrationMark } from "./HydrationMark";

/** The <html> document of one language's root layout. */
export function RootDocument({ lang, children }: { lang: Lang; children: ReactNode }) {
  const m = getMessages(lang);
  return (
    <html lang={lang}>
      <body>
        <a className="skip-link" href="#main">
          {m.site.skipToContent}
        </a>
        {children}
        <HydrationMark />
      </body>
    </html>
  );
}
