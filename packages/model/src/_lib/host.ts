/**
 * Timers and AbortController, which browsers and Node both provide but the package's ES-only type library does
 * not declare (the model must type-check without DOM or Node types).
 */
export interface HostAbortController {
  readonly signal: { readonly aborted: boolean; readonly reason?: unknown };
  abort(reason?: unknown): void;
}

interface Host {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
  AbortController: new () => HostAbortController;
}

/** The host's timers and AbortController. */
export const host = globalThis as unknown as Host;
