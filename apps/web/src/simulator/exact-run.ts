import { simulate, type ResultJson, type Scenario } from "@aidebt/model";

/**
 * The exact (Decimal ledger) run of a scenario, the JSON the CLI prints. A module of its own so that the
 * simulator loads decimal.js only when a reader downloads results, not with the page.
 */
export function exactResultJson(scenario: Scenario): ResultJson {
  return simulate(scenario).toJSON();
}
