// What `#sim-model-on-server` is outside the browser (the static export's render, tests): the model code,
// synchronously. The browser's bundle gets ./sim-model-browser instead (package.json "imports").
import * as code from "./model-code";
import type { SimModel } from "./sim-model";

export const serverModel: SimModel | null = code;
