// Whether the page is still hydrating the HTML the server sent. A module flag rather than React state: a
// state or store that flips after hydration re-renders every component that reads it, which is the work
// the flag exists to avoid.
let done = false;

/** True while rendering on the server (a static export's build), where there is no document. */
export function renderingOnServer(): boolean {
  return typeof document === "undefined";
}

/** True in the browser until the page's first hydration has committed; false on the server. */
export function hydrationPending(): boolean {
  return !renderingOnServer() && !done;
}

/** Called once, from the effect of `HydrationMark` in the root layout, after the first commit. */
export function markHydrationDone(): void {
  done = true;
}
