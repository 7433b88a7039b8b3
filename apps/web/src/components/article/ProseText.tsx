import type { Messages } from "@/messages/types";
import { splitLiveProse } from "@/lib/live-prose";
import { LiveProseNumber } from "@/components/figures/LiveProseNumber";
import { figureNumber } from "@/components/figures/registry";
import { presetScenario } from "@/lib/simulation";

/** A run of article text, with any live numbers bound to this paragraph rendered in place. */
export function ProseText({ text, paragraphId, m }: { text: string; paragraphId: string; m: Messages }) {
  const parts = splitLiveProse(text, paragraphId, m.article.liveMatches);
  if (parts.length === 1 && "text" in parts[0]!) return <>{text}</>;
  return (
    <>
      {parts.map((part, i) =>
        "text" in part ? (
          <span key={i}>{part.text}</span>
        ) : (
          <LiveProseNumber
            key={i}
            n={figureNumber(part.binding.figure) ?? 0}
            role={part.binding.role}
            original={part.original}
            lang={m.lang}
            label={m.figures.h1b.controls.fee}
            fx={presetScenario("base").fxJpyPerUsd}
          />
        ),
      )}
    </>
  );
}
