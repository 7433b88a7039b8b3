import "../globals.css";
import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { RootDocument } from "@/components/site/RootDocument";
import { pageMetadata } from "@/lib/metadata";

export const metadata: Metadata = pageMetadata("article", "ja");

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fbfaf7" },
    { media: "(prefers-color-scheme: dark)", color: "#141518" },
  ],
};

/** Root layout of the ja edition: its own <html lang="ja">. */
export default function Layout({ children }: { children: ReactNode }) {
  return <RootDocument lang="ja">{children}</RootDocument>;
}
