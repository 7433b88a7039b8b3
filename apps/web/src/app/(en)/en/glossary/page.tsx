import type { Metadata } from "next";
import { GlossaryPage, glossaryMetadata } from "@/components/pages/GlossaryPage";

export const metadata: Metadata = glossaryMetadata("en");

export default function Page() {
  return <GlossaryPage lang="en" />;
}
