import { blockText } from "@aidebt/content";
import type { Lang } from "@/messages/types";

/** The start of a paragraph's or heading's text, as the words of a link to it (never its id). */
export function passageExcerpt(id: string, lang: Lang, length = 28): string | undefined {
  const text = blockText(id, lang);
  if (!text) return undefined;
  const chars = [...text];
  return chars.length > length ? `${chars.slice(0, length).join("")}…` : text;
}
