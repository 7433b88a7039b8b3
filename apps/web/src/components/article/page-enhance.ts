// What the page adds once the reader interacts (PageEnhancer), in one chunk of its own: the glossary popovers'
// behaviour and the charts' values on hover and focus.
import { enhanceChartReadouts } from "@/components/chart/readout";
import { enhancePopovers } from "./popover-enhance";

/** Installs every enhancement; returns their cleanup. */
export function enhancePage(): () => void {
  const cleanups = [enhancePopovers(), enhanceChartReadouts()];
  return () => {
    for (const cleanup of cleanups) cleanup();
  };
}
