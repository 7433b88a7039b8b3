/// <reference lib="webworker" />
// The simulator's model worker: the model's own worker protocol (@aidebt/model/worker), so that sensitivity,
// sweeps and Monte Carlo run off the page's thread and stop between units of work when cancelled.
import { exposeModelWorker, webWorkerPort } from "@aidebt/model/worker";

exposeModelWorker(webWorkerPort(self));
