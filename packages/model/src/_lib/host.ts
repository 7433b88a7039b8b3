/**
 * Timers and AbortController, which browsers and Node both provide but the package's ES-only type library does
 * not declare (the model must type-check without DOM or Node types).
 */
export interface HostAbortController {
  readonly signal: { readonly aborted: boolean; readonly reason?: unknown };
  abort(reason?: unknown): void;
}

interface HostMessagePort {
  onmessage: ((event: unknown) => void) | null;
  postMessage(message: unknown): void;
  close(): void;
}

interface Host {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
  AbortController: new () => HostAbortController;
  /** Node only. */
  setImmediate?: (callback: () => void) => unknown;
  MessageChannel?: new () => { port1: HostMessagePort; port2: HostMessagePort };
}

/** The host's timers and AbortController. */
export const host = globalThis as unknown as Host;

/**
 * Resolves after the host's event loop has had a turn (messages such as a cancel are delivered), as soon as it
 * can: `setImmediate` in Node, a message to itself in a browser. Not `setTimeout(0)`, which waits at least 1 ms
 * in Node and 4 ms in a browser once nested: a worker yielding every 20 ms lost a twentieth to a fifth of its time.
 */
export function yieldToHost(): Promise<void> {
  return new Promise<void>((resolve) => {
    if (host.setImmediate) host.setImmediate(resolve);
    else if (host.MessageChannel) {
      const channel = new host.MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    } else host.setTimeout(resolve, 0);
  });
}
