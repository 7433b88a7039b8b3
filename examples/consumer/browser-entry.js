// Bundled by esbuild for the browser: proves neither package needs Node built-ins.
import { getPreset, simulate } from "@aidebt/model";
import { getEdition } from "@aidebt/content";

const result = simulate(getPreset("base").scenario).toJSON();
globalThis.__aidebtBrowserCheck = {
  quarters: result.quarters.length,
  paragraphs: getEdition("en").sections.reduce((n, s) => n + s.paragraphs.length, 0),
};
