import type { Messages } from "@/messages/types";

/**
 * Numbers in the article's own sentences that the reader can change in place (Tangle-style). Each binds a
 * stretch of one paragraph's text to a figure's state: `control` is a spinbutton that sets the value,
 * `yen` shows the same amount in yen. The stretch to replace comes from the message file, because the
 * article's wording differs per edition; at the default value the original words are shown unchanged.
 */
export interface LiveProseBinding {
  paragraphId: string;
  match: keyof Messages["article"]["liveMatches"];
  figure: "h1b-fee";
  param: "fee";
  role: "control" | "yen";
}

export const liveProse: readonly LiveProseBinding[] = [
  { paragraphId: "h1b-fee-2", match: "h1bFee", figure: "h1b-fee", param: "fee", role: "control" },
  { paragraphId: "h1b-fee-2", match: "h1bFeeYen", figure: "h1b-fee", param: "fee", role: "yen" },
];

export type ProsePart = { text: string } | { binding: LiveProseBinding; original: string };

/** Splits one run of paragraph text at the live numbers bound to that paragraph. */
export function splitLiveProse(text: string, paragraphId: string, matches: Messages["article"]["liveMatches"]): ProsePart[] {
  let parts: ProsePart[] = [{ text }];
  for (const binding of liveProse) {
    if (binding.paragraphId !== paragraphId) continue;
    const needle = matches[binding.match];
    if (!needle) continue;
    parts = parts.flatMap((part) => {
      if (!("text" in part)) return [part];
      const at = part.text.indexOf(needle);
      if (at < 0) return [part];
      const before = part.text.slice(0, at);
      const after = part.text.slice(at + needle.length);
      return [
        ...(before ? [{ text: before }] : []),
        { binding, original: needle },
        ...(after ? [{ text: after }] : []),
      ];
    });
  }
  return parts;
}
