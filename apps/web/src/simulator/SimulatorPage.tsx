import { getPreset, presets } from "@aidebt/model";
import type { Metadata } from "next";
import "./simulator.css";
import { SiteFooter, SiteHeader } from "@/components/site/SiteHeader";
import { pageMetadata } from "@/lib/metadata";
import { pagePath, siteUrl } from "@/lib/site";
import { BACKTEST_FIGURE } from "@/components/figures/registry";
import { PageEnhancer } from "@/components/article/PageEnhancer";
import { serverBand } from "./live-band/default-band";
import { fillTemplate } from "@/messages/types";
import { getMessages } from "@/messages";
import type { Lang } from "@/messages/types";
import { getSimulatorMessages } from "./messages";
import type { SchemaData } from "./schema";
import { schemaModel } from "./schema-build";
import { Simulator, type PresetChoice } from "./Simulator";
import { SIM_DEBT_MEASURES } from "./results/debt-measures";
import { measureLabels } from "@/lib/measure-labels";

/** With scripts off: every parameter shown (the key-levers view needs a script to leave), no view switch. */
const NO_SCRIPT_CSS = ".sim-params[data-view] .param, .sim-params[data-view] .param-group { display: block !important; } .sim-params .sim-view { display: none; }";

/** The preset the simulator opens with. */
const DEFAULT_PRESET = "base";

/** The path of the simulator in a language. */
export function simulatorPath(lang: Lang): string {
  return lang === "ja" ? "/simulator/" : "/en/simulator/";
}

/** Metadata of the simulator page: the site's metadata with its own title, description, canonical and alternates. */
export function simulatorMetadata(lang: Lang): Metadata {
  const sm = getSimulatorMessages(lang);
  const base = pageMetadata("article", lang, sm.meta.title, sm.meta.description);
  const url = simulatorPath(lang);
  return {
    ...base,
    alternates: { canonical: url, languages: { ja: simulatorPath("ja"), en: simulatorPath("en"), "x-default": simulatorPath("ja") } },
    openGraph: { ...base.openGraph, type: "website", url: `${siteUrl}${url}` },
  };
}

/** The form's schema model as plain data for the client component (see schema.ts). */
function schemaData(lang: Lang): SchemaData {
  const { fields, groups, shockKinds } = schemaModel(lang);
  return { fields, groups, shockKinds };
}

function defaultPreset() {
  const preset = getPreset(DEFAULT_PRESET);
  if (!preset) throw new Error(`the model has no preset "${DEFAULT_PRESET}"`);
  return preset;
}

const presetChoices: PresetChoice[] = presets.map((p) => ({ id: p.id, name: p.name }));

/** `/simulator/` and `/en/simulator/`: server-rendered at the default preset, enhanced on the client. */
export function SimulatorPage({ lang }: { lang: Lang }) {
  const m = getMessages(lang);
  const sm = getSimulatorMessages(lang);
  return (
    <>
      <SiteHeader m={m} page="simulator" />
      <main id="main" className="sim-page">
        <h1>{sm.title}</h1>
        <p className="sim-intro">{sm.intro}</p>
        <p className="sim-intro">
          <a href={`${pagePath("article", lang)}#fig-${BACKTEST_FIGURE}`}>{fillTemplate(m.figures.backtest.simulatorLink, { n: BACKTEST_FIGURE })}</a>
        </p>
        <noscript>
          <p className="sim-noscript">{sm.noscript}</p>
        </noscript>
        {/* Without a script the view cannot be switched: every parameter is listed and no switch is offered. As
            markup, not a React <style>, which React would hoist out of the noscript and apply with scripts on. */}
        <noscript dangerouslySetInnerHTML={{ __html: `<style>${NO_SCRIPT_CSS}</style>` }} />
        <Simulator lang={lang} m={sm} schema={schemaData(lang)} defaultPreset={defaultPreset()} presetChoices={presetChoices} debt={measureLabels(SIM_DEBT_MEASURES, lang)} defaultBand={serverBand(defaultPreset().scenario)} />
        {/* the charts' values on hover and focus, loaded on the reader's first interaction */}
        <PageEnhancer />
      </main>
      <SiteFooter m={m} />
    </>
  );
}
