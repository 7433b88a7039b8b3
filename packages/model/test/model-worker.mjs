// Starts the test model worker (model-worker.ts) on a worker thread: tsx's loader is registered here because a
// worker thread does not inherit it from vitest's process.
import { register } from "tsx/esm/api";

register();
await import("./model-worker.ts");
