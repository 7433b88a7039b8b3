import type { Lang } from "@/messages/types";

/** Words of the article's glossary popovers and fact-check notes (placeholders filled with fillTemplate). */
export interface ArticleNoteMessages {
  /** The link from a popover to the term's entry on the glossary page. */
  fullEntry: string;
  /** The label of a fact-check note beside a heading, before its verdict. */
  factCheck: string;
  /** The link from a note to the fact checks on the sources page. */
  allChecks: string;
}

const ja: ArticleNoteMessages = {
  fullEntry: "用語集で詳しく見る",
  factCheck: "ファクトチェック",
  allChecks: "出典とファクトチェックで根拠を見る",
};

const en: ArticleNoteMessages = {
  fullEntry: "Full entry in the glossary",
  factCheck: "Fact check",
  allChecks: "See the evidence under sources and fact checks",
};

/** The article notes' words in a language. */
export function articleNoteMessages(lang: Lang): ArticleNoteMessages {
  return lang === "ja" ? ja : en;
}
