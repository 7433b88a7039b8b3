// What `#sim-model-on-server` is in the browser: nothing, so the page's bundle holds no model; the
// browser loads it with a dynamic import (./sim-model).
import type { SimModel } from "./sim-model";

export const serverModel: SimModel | null = null;
