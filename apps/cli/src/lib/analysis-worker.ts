// A model worker thread: the model's own worker protocol (@aidebt/model/worker) served on this thread's port.
// The analyses run here, sliced so that a cancel from the main thread (Ctrl-C) stops them between paths or
// grid points; the main thread stays free to draw the progress bar.
import { parentPort } from "node:worker_threads";
import { exposeModelWorker, nodeWorkerPort } from "@aidebt/model/worker";

if (parentPort) exposeModelWorker(nodeWorkerPort(parentPort));
