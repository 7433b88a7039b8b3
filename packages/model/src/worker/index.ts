// @aidebt/model/worker: one protocol for running the model's analyses in workers, on the site (Web Workers)
// and in the CLI (worker threads). Written by hand: every export is a decision.
export type { JobResult, JobResults, ModelJob, MonteCarloSettings, WorkerRequest, WorkerResponse } from "./protocol.js";
export type { ExposeOptions, WorkerPort } from "./expose.js";
export { exposeModelWorker, nodeWorkerPort, webWorkerPort } from "./expose.js";
export type { JobControl, ModelRunner, RunnerOptions, WorkerHandle } from "./runner.js";
export { createModelRunner, nodeWorkerHandle, webWorkerHandle } from "./runner.js";
export { inThreadWorker } from "./in-thread.js";
