// What a notebook author writes after `npm install @aidebt/model @aidebt/content`.
import { getPreset, simulate, formatMoney } from "@aidebt/model";
import { getEdition, getGlossary } from "@aidebt/content";

const preset = getPreset("base");
if (!preset) throw new Error("base preset missing");
const result = simulate(preset.scenario).toJSON();
const edition = getEdition("ja");

console.log(
  JSON.stringify({
    quarters: result.quarters.length,
    firstLabel: result.quarters[0].label,
    burstQuarter: result.summary.burstQuarter,
    verdict: result.summary.verdict,
    peakHiddenDebt: formatMoney(result.summary.peakHiddenDebt, { currency: "jpy", lang: "ja", fxJpyPerUsd: 150 }),
    title: edition.title,
    sections: edition.sections.length,
    glossaryTerms: getGlossary().length,
  }),
);
