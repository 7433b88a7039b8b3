import type { ResultJson } from "../result.js";
import type { Scenario } from "../scenario.js";

/**
 * The Decimal ledger as an analysis engine (`engine: "decimal"`), without a static import of it: the analyses
 * (compare, sensitivity, sweep, Monte Carlo) must bundle without decimal.js. `simulate.ts` provides the
 * runner when it loads, i.e. always in Node (the package entry loads every module) and in a browser bundle
 * whenever the bundle imports `simulate`, `SimulationResult` or `Dec`.
 */
type Runner = (scenario: Scenario) => ResultJson;

let decimalRunner: Runner | undefined;

export function provideDecimalEngine(run: Runner): void {
  decimalRunner = run;
}

export function decimalEngine(): Runner {
  if (!decimalRunner) {
    throw new Error(
      'engine "decimal" is not loaded: this bundle left out the Decimal ledger. Import { simulate } from "@aidebt/model" ' +
        'alongside the analysis (it brings decimal.js), or use the default engine "fast".',
    );
  }
  return decimalRunner;
}
