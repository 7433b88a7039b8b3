import type { Metadata } from "next";
import { SourcesPage, sourcesMetadata } from "@/components/pages/SourcesPage";

export const metadata: Metadata = sourcesMetadata("en");

export default function Page() {
  return <SourcesPage lang="en" />;
}
