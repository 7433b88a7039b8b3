// A model worker for the tests: the package's worker entry served on a worker thread (run with tsx).
import { parentPort } from "node:worker_threads";
import { ledgerEngine } from "../src/index.js";
import { exposeModelWorker, nodeWorkerPort } from "../src/worker/index.js";

exposeModelWorker(nodeWorkerPort(parentPort!), { engines: { ledger: ledgerEngine } });
