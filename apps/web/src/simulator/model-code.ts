// Everything of the simulator that needs the model (and with it zod): one chunk, loaded after hydration
// through ./sim-model (see there). Nothing else in the page imports these at run time.
export { compare, getPreset, parseScenario, setPath, simulateFast } from "@aidebt/model";
export { decodeScenario } from "./codec-decode";
export { readScenarioFile } from "./upload";
