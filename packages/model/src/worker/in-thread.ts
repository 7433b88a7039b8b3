/**
 * A model "worker" on the caller's own thread: the protocol's two ends joined by a message queue that delivers
 * on the next task. For tests, and for hosts without workers; the work then blocks this thread between slices.
 */
import { host } from "../_lib/host.js";
import type { ExposeOptions } from "./expose.js";
import { exposeModelWorker } from "./expose.js";
import type { WorkerRequest, WorkerResponse } from "./protocol.js";
import type { WorkerHandle } from "./runner.js";

/**
 * A {@link WorkerHandle} served by {@link exposeModelWorker} on this thread.
 *
 * @example
 * const runner = createModelRunner({ spawn: () => inThreadWorker() });
 */
export function inThreadWorker(options: ExposeOptions = {}): WorkerHandle {
  let toWorker: ((message: WorkerRequest) => void) | null = null;
  const toMain: Array<(message: WorkerResponse) => void> = [];
  let closed = false;
  // structuredClone keeps the two ends from sharing objects, as a real worker boundary would
  const clone = <M>(message: M): M => (globalThis as unknown as { structuredClone<V>(v: V): V }).structuredClone(message);
  exposeModelWorker(
    {
      post: (message) => {
        const copy = clone(message);
        host.setTimeout(() => {
          if (!closed) for (const handler of toMain) handler(copy);
        }, 0);
      },
      listen: (handler) => {
        toWorker = handler;
      },
    },
    options,
  );
  return {
    post: (message) => {
      const copy = clone(message);
      host.setTimeout(() => {
        if (!closed) toWorker?.(copy);
      }, 0);
    },
    listen: (handler) => void toMain.push(handler),
    terminate: () => {
      closed = true;
    },
  };
}
