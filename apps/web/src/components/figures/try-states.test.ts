import { describe, expect, it } from "vitest";
import { explainEn } from "./explain-en";
import { fig1Spec, fig2Spec, fig3Spec, fig4Spec, fig5Spec, fig6Presets, fig6Spec } from "./data";
import { fig1Tries, fig2Tries, fig3Tries, fig4Tries, fig5Tries, fig6Tries, fig7Tries, fig8Tries } from "./try-states";
import { fig7Spec, fig8Spec } from "./specs";
import { readState, writeState, type StateSpec } from "@/lib/url-state";

/** A try's state survives the URL unchanged: it is on the controls' grid and within their range. */
function roundTrips<S extends StateSpec>(spec: S, tries: readonly { state: Record<string, unknown> }[]) {
  for (const t of tries) expect(readState(writeState("", "f0", spec, t.state as never), "f0", spec)).toEqual(t.state);
}

describe("each figure's try-this states", () => {
  it("are at least two per figure, differ from the default, and round-trip through the URL", () => {
    const cases = [
      [fig1Spec(), fig1Tries(fig1Spec(), explainEn)],
      [fig2Spec(), fig2Tries(fig2Spec(), explainEn)],
      [fig3Spec(), fig3Tries(fig3Spec(), explainEn)],
      [fig4Spec(), fig4Tries(fig4Spec(), explainEn)],
      [fig5Spec(), fig5Tries(fig5Spec(), explainEn)],
      [fig6Spec(), fig6Tries(fig6Spec(), explainEn, fig6Presets("en"))],
      [fig7Spec, fig7Tries(explainEn)],
      [fig8Spec, fig8Tries(explainEn)],
    ] as const;
    for (const [spec, tries] of cases) {
      expect(tries.length).toBeGreaterThanOrEqual(2);
      expect(new Set(tries.map((t) => JSON.stringify(t.state))).size).toBe(tries.length);
      roundTrips(spec, tries);
    }
  });

  it("move figure 5's shock a year earlier, and never to 'none'", () => {
    const spec = fig5Spec();
    const earlier = fig5Tries(spec, explainEn).find((t) => t.id === "earlier");
    const values = spec.shock.values as readonly string[];
    expect(values.indexOf(earlier?.state.shock ?? "")).toBe(Math.max(1, values.indexOf(spec.shock.default) - 4));
  });
});
