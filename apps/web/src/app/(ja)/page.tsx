import { ArticlePage } from "@/components/pages/ArticlePage";

export default function Page() {
  return <ArticlePage lang="ja" />;
}
