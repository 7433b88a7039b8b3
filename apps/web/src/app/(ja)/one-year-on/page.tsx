import type { Metadata } from "next";
import { OneYearOnPage, oneYearOnMetadata } from "@/one-year-on/OneYearOnPage";

export const metadata: Metadata = oneYearOnMetadata("ja");

export default function Page() {
  return <OneYearOnPage lang="ja" />;
}
