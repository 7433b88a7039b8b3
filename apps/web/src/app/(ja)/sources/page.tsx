import type { Metadata } from "next";
import { SourcesPage, sourcesMetadata } from "@/components/pages/SourcesPage";

export const metadata: Metadata = sourcesMetadata("ja");

export default function Page() {
  return <SourcesPage lang="ja" />;
}
