/**
 * The engine an analysis runs unless told otherwise: the float fast path. In a module of its own so that the
 * worker pool and Monte Carlo, which never run a whole-result engine, do not bundle it (nor zod with it).
 */
import { simulateFast } from "../simulate-fast.js";
import type { Engine } from "./control.js";

/** The fast path, the default engine. */
export const defaultEngine: Engine = simulateFast;
