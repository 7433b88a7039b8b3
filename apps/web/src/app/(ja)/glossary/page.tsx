import type { Metadata } from "next";
import { GlossaryPage, glossaryMetadata } from "@/components/pages/GlossaryPage";

export const metadata: Metadata = glossaryMetadata("ja");

export default function Page() {
  return <GlossaryPage lang="ja" />;
}
