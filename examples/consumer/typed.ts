// Type-checked under both `node16` and `bundler` resolution, as a consumer's own code would be.
import { getPreset, parseScenario, simulate, type Scenario } from "@aidebt/model";
import { getEdition, type Lang, type Paragraph } from "@aidebt/content";

const lang: Lang = "en";
const base = getPreset("base");
const parsed = parseScenario(base?.scenario);
if (parsed.ok) {
  const scenario: Scenario = parsed.scenario;
  const json = simulate(scenario).toJSON();
  const burst: string | null = json.summary.burstQuarter;
  const hidden: number = json.quarters[0]?.measures.hiddenDebt ?? 0;
  console.log(burst, hidden);
} else {
  for (const issue of parsed.issues) console.log(`${issue.path}: ${issue.message}`);
}
const first: Paragraph | undefined = getEdition(lang).sections[0]?.paragraphs[0];
console.log(first?.text);
