"use client";

import { useEffect } from "react";
import { markHydrationDone } from "@/lib/hydration";

/** Tells `hydrationPending()` that the page has hydrated: components that mount from now on draw themselves. */
export function HydrationMark() {
  useEffect(markHydrationDone, []);
  return null;
}
