import { fillTemplate } from "@/messages/types";
import type { Fig1Spec, Fig2Spec, Fig3Spec, Fig4Spec, Fig5Spec, Fig6Spec } from "./data";
import { fig7Spec, fig8Spec } from "./specs";
import type { ExplainMessages } from "./explain-types";
import { onGrid, present, tryOf, type Try } from "./try-this";

/**
 * Each figure's "try this" states, declared as data on the server and handed to the figure as props (so the
 * page's JavaScript carries the states, not the code that chose them). A state only sets the figure's own
 * controls; what the reader should notice is written later, from the run of that state against the default's.
 */

/** Eight years: a book life longer than any GPU's service in the model, so that the books carry more than the GPUs are worth. */
const LONG_BOOK_QUARTERS = 32;

/** Compute prices falling 10% a year instead of the preset's 25%: capacity then earns more than its cost of capital. */
const SLOW_PRICE_DECLINE = 0.1;

/** Two years: a GPU generation replaced (or overtaken) as fast as the article's "every new NVIDIA release". */
const SHORT_LIFE_QUARTERS = 8;

export function fig1Tries(spec: Fig1Spec, x: ExplainMessages): Try<Fig1Spec>[] {
  return present([
    tryOf(spec, "shortLife", x.tries.fig1.shortLife, { economicLife: onGrid(spec.economicLife, SHORT_LIFE_QUARTERS) }),
    tryOf(spec, "gpuHeavy", x.tries.fig1.gpuHeavy, { costShare: onGrid(spec.costShare, spec.costShare.max) }),
  ]);
}

export function fig2Tries(spec: Fig2Spec, x: ExplainMessages): Try<Fig2Spec>[] {
  return present([
    tryOf(spec, "allVehicles", x.tries.fig2.allVehicles, { campusShare: onGrid(spec.campusShare, spec.campusShare.max) }),
    tryOf(spec, "noVehicles", x.tries.fig2.noVehicles, { campusShare: onGrid(spec.campusShare, spec.campusShare.min) }),
  ]);
}

export function fig3Tries(spec: Fig3Spec, x: ExplainMessages): Try<Fig3Spec>[] {
  return present([
    tryOf(spec, "honestBook", x.tries.fig3.honestBook, { bookLife: onGrid(spec.bookLife, spec.economicLife.default) }),
    tryOf(spec, "longBook", x.tries.fig3.longBook, { bookLife: onGrid(spec.bookLife, LONG_BOOK_QUARTERS) }),
    tryOf(spec, "shortLife", x.tries.fig3.shortLife, { economicLife: onGrid(spec.economicLife, SHORT_LIFE_QUARTERS) }),
  ]);
}

export function fig4Tries(spec: Fig4Spec, x: ExplainMessages): Try<Fig4Spec>[] {
  return present([
    tryOf(spec, "flat", x.tries.fig4.flat, { growth: onGrid(spec.growth, 0) }),
    tryOf(spec, "fast", x.tries.fig4.fast, { growth: onGrid(spec.growth, 1) }),
    tryOf(spec, "slowPrices", x.tries.fig4.slowPrices, { priceDecline: onGrid(spec.priceDecline, SLOW_PRICE_DECLINE) }),
  ]);
}

export function fig5Tries(spec: Fig5Spec, x: ExplainMessages): Try<Fig5Spec>[] {
  const quarters = spec.shock.values;
  // A year earlier, but never "none" (the first value): that is a try of its own.
  const earlier = quarters[Math.max(1, quarters.indexOf(spec.shock.default) - 4)] ?? spec.shock.default;
  return present([
    tryOf(spec, "earlier", x.tries.fig5.earlier, { shock: earlier }),
    tryOf(spec, "deeper", x.tries.fig5.deeper, { size: onGrid(spec.size, spec.size.default * 2) }),
    tryOf(spec, "none", x.tries.fig5.none, { shock: "none" }),
  ]);
}

/** A positive stock-bond correlation, as in years when both fell together (the model's example uses 0.65). */
const POSITIVE_CORRELATION = 0.6;

export function fig7Tries(x: ExplainMessages): Try<typeof fig7Spec>[] {
  return present([
    tryOf(fig7Spec, "together", x.tries.fig7.together, { correlation: onGrid(fig7Spec.correlation, POSITIVE_CORRELATION) }),
    tryOf(fig7Spec, "allStocks", x.tries.fig7.allStocks, { stockWeight: onGrid(fig7Spec.stockWeight, 1) }),
  ]);
}

export function fig8Tries(x: ExplainMessages): Try<typeof fig8Spec>[] {
  return present([
    tryOf(fig8Spec, "noFee", x.tries.fig8.noFee, { fee: onGrid(fig8Spec.fee, 0) }),
    tryOf(fig8Spec, "doubleBudget", x.tries.fig8.doubleBudget, { budget: onGrid(fig8Spec.budget, fig8Spec.budget.default * 2) }),
  ]);
}

/** The presets figure 6 offers to try, when the model has them: the article's demand slowdown, and a soft landing. */
const FIG6_PRESETS = ["demand-slowdown", "soft-landing"];

export function fig6Tries(spec: Fig6Spec, x: ExplainMessages, presets: readonly { value: string; label: string }[]): Try<Fig6Spec>[] {
  return present(
    FIG6_PRESETS.filter((id) => spec.preset.values.includes(id)).map((id) =>
      tryOf(spec, id, fillTemplate(x.tries.fig6.preset, { preset: presets.find((p) => p.value === id)?.label ?? id }), { preset: id }),
    ),
  );
}
