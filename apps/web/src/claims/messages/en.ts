import type { ClaimsMessages } from "./types";

export const en: ClaimsMessages = {
  heading: "The claims, tested by the model",
  intro:
    "For each of the article's six claims: the model's answer under a scenario, the figures behind it, and where the answer flips. Every sentence is generated from the model's results; none is a forecast. It is a tool for seeing under which assumptions a claim holds.",
  scenarioLegend: "Scenario",
  presetLine: "Preset “{preset}” (from {start})",
  panelHeading: "The article's claims, tested on this scenario",
  panelIntro: "The model's test of the article's six claims on the scenario shown. It is recomputed when you change a parameter.",
  computing: "Testing the claims…",
  updating: "Testing the claims again on the new scenario…",
  failed: "The claims could not be tested: {message}",
  answers: { holds: "Holds", "does-not-hold": "Does not hold", depends: "Depends" },
  answerLabel: "The model's answer",
  figuresLabel: "The figures behind it",
  flip: "The answer changes at {parameter} = {value} (it becomes “{becomes}”)",
  flipNow: "; now {now}",
  noFlip: "No single parameter tried within its range changes the answer.",
  notWithinHorizon: "not within the horizon",
  multiple: "{n}×",
  quarters: "{n} quarters",
  verdicts: { "cash-flow": "runs on cash flow", balanced: "about balanced (no verdict)", debt: "runs on debt" },
};
