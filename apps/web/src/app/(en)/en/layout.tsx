import "../../globals.css";
import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { RootDocument } from "@/components/site/RootDocument";
import { pageMetadata } from "@/lib/metadata";

export const metadata: Metadata = pageMetadata("article", "en");

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fbfaf7" },
    { media: "(prefers-color-scheme: dark)", color: "#141518" },
  ],
};

/** Root layout of the en edition: its own <html lang="en">. */
export default function Layout({ children }: { children: ReactNode }) {
  return <RootDocument lang="en">{children}</RootDocument>;
}
