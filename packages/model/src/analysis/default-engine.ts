/**
 * The engine an analysis runs unless told otherwise: the float fast path. In a module of its own so that the
 * worker pool and Monte Carlo, which never run a whole-result engine, do not bundle it (nor zod with it).
 */
import { simulateFast, simulateFastUncaused } from "../simulate-fast.js";
import type { Engine } from "./control.js";

/** The fast path, the default engine of analyses that return whole results (compare). */
export const defaultEngine: Engine = simulateFast;

/** The fast path without causes: the default of analyses that read one output per run (sweep, sensitivity). */
export const outputEngine: Engine = simulateFastUncaused;
