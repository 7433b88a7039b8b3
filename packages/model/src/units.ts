/**
 * The units a parameter or a result field is measured in. Front ends format by unit, never by a field's name.
 *
 * - `usd-bn`: US dollars, billions (money in the ledger)
 * - `usd-bn-per-gw`, `usd-bn-per-gw-year`: money per GW of data centre (once, or a year)
 * - `share`: a fraction of a whole, 0.25 = 25%
 * - `relative-change`: a one-off change of a level, −0.1 = −10%
 * - `annual-rate`: a rate a year, 0.05 = 5%
 * - `quarters`: a length of time in quarters; `quarter-index`: a quarter counted from the start (0 = first)
 * - `quarter-label`: a quarter written `2027Q3`
 * - `gw`: gigawatts of data-centre capacity; `compute-units`: capacity in the model's compute units
 * - `ratio`: a multiple (× cover, × DSCR); `turns`: debt ÷ EBITDA
 * - `jpy-per-usd`: an exchange rate; `count`: a whole number of things; `flag`: true/false
 * - `class`: one of a fixed set of words (a Minsky class, a verdict); `text`: free text
 */
export type Unit =
  | "usd-bn"
  | "usd-bn-per-gw"
  | "usd-bn-per-gw-year"
  | "share"
  | "relative-change"
  | "annual-rate"
  | "quarters"
  | "quarter-index"
  | "quarter-label"
  | "gw"
  | "compute-units"
  | "ratio"
  | "turns"
  | "jpy-per-usd"
  | "count"
  | "flag"
  | "class"
  | "text";

/**
 * Every unit with its English wording as the JSON Schema and the error messages write it.
 *
 * @example
 * UNIT_TEXT["annual-rate"]; // "annual rate (0.05 = 5%)"
 */
export const UNIT_TEXT: Readonly<Record<Unit, string>> = {
  "usd-bn": "USD bn",
  "usd-bn-per-gw": "USD bn per GW",
  "usd-bn-per-gw-year": "USD bn per GW a year",
  share: "share",
  "relative-change": "relative change (−0.1 = −10%)",
  "annual-rate": "annual rate (0.05 = 5%)",
  quarters: "quarters",
  "quarter-index": "quarter index",
  "quarter-label": "label",
  gw: "GW",
  "compute-units": "compute units",
  ratio: "×",
  turns: "turns",
  "jpy-per-usd": "JPY per USD",
  count: "count",
  flag: "flag",
  class: "class",
  text: "text",
};
