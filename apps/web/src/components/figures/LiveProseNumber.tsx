"use client";

import { LiveNumber } from "@/components/chart/controls";
import type { Lang } from "@/messages/types";
import { useUrlState } from "@/lib/use-url-state";
import { formatUsd } from "./Fig8H1b";
import { fig8Spec } from "./specs";

interface LiveProseNumberProps {
  /** Number of the figure whose state this number shares. */
  n: number;
  role: "control" | "yen";
  /** The article's own words for the default value. */
  original: string;
  lang: Lang;
  label: string;
  /** Yen per dollar of the model's base scenario. */
  fx: number;
}

/**
 * A number in the article's sentence bound to the H-1B figure's fee: a spinbutton for the dollar amount,
 * plain text for its yen equivalent. At the default value it shows the article's own words.
 */
export function LiveProseNumber({ n, role, original, lang, label, fx }: LiveProseNumberProps) {
  const [state, setState] = useUrlState(`f${n}`, fig8Spec);
  const atDefault = state.fee === fig8Spec.fee.default;
  if (role === "yen") return <span className="live-derived">{atDefault ? original : formatUsd(state.fee, lang, fx, "jpy")}</span>;
  return (
    <LiveNumber
      label={label}
      value={state.fee}
      min={fig8Spec.fee.min}
      max={fig8Spec.fee.max}
      step={fig8Spec.fee.step}
      onChange={(fee) => setState({ fee })}
      format={(v) => (v === fig8Spec.fee.default ? original : formatUsd(v, lang, fx))}
    />
  );
}
