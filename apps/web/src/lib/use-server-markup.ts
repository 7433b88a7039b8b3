import { useState } from "react";
import { hydrationPending } from "./hydration";

/**
 * Whether a component may leave the markup the server rendered for a part of it as it is, rather than
 * render that part again while hydrating. True from hydration until `unchanged` first turns false; false on
 * the server and for a component that mounts in the browser without server HTML (a client-side navigation),
 * which must draw everything itself.
 *
 * Why: hydration walks every element it is given. The article's charts and data tables are about two thirds
 * of its DOM and nothing in them is interactive, so re-rendering them only to find the same SVG and cells
 * was most of the page's blocking time at load.
 */
export function useKeepServerMarkup(unchanged: boolean): boolean {
  const [keeping, setKeeping] = useState(hydrationPending);
  if (keeping && !unchanged) {
    setKeeping(false);
    return false;
  }
  return keeping;
}
