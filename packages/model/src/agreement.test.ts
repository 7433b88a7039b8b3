import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scenarioArb } from "../test/arbitraries.js";
import type { ResultJson, Scenario } from "./index.js";
import { RESULT_FIELDS, presets, simulate, simulateFast } from "./index.js";

/** Stated tolerance: relative 1e-9, or 1e-9 USD bn ($1) absolute near zero. */
const REL = 1e-9;
const ABS = 1e-9;
/**
 * Ratios of two amounts each rounded at the twelfth decimal in the ledger (a small vehicle's rent over its debt
 * service of well under $1bn a quarter) carry the rounding of both: relative 1e-7 (MODEL.md, "One set of
 * equations").
 */
const REL_RATIO = 1e-7;
const RATIO_FIELDS: ReadonlySet<string> = new Set(RESULT_FIELDS.filter((f) => f.unit === "ratio" || f.unit === "turns").map((f) => f.path.split(".").at(-1)!));

function disagreements(a: unknown, b: unknown, path: string, out: string[]): void {
  if (out.length > 5) return;
  if (typeof a === "number" && typeof b === "number") {
    const rel = RATIO_FIELDS.has(path.split(".").at(-1)!) ? REL_RATIO : REL;
    const tol = Math.max(ABS, rel * Math.max(Math.abs(a), Math.abs(b)));
    if (!(Math.abs(a - b) <= tol)) out.push(`${path}: ledger ${a} vs fast ${b}`);
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) out.push(`${path}: length ${a.length} vs ${b.length}`);
    else a.forEach((x, i) => disagreements(x, b[i], `${path}.${i}`, out));
    return;
  }
  if (a && b && typeof a === "object" && typeof b === "object") {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      disagreements((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], path ? `${path}.${k}` : k, out);
    }
    return;
  }
  if (a !== b) out.push(`${path}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
}

/** Events compared by quarter and kind (the message text carries rounded figures). */
const eventKeys = (r: ResultJson) => r.events.map((e) => `${e.quarter} ${e.kind} ${e.cause ?? ""}`);

function agree(s: Scenario): void {
  const ledger = simulate(s).toJSON();
  const fast = simulateFast(s);
  expect(eventKeys(fast)).toEqual(eventKeys(ledger));
  const out: string[] = [];
  disagreements({ quarters: ledger.quarters, summary: { ...ledger.summary, burstChain: null, headline: null } }, { quarters: fast.quarters, summary: { ...fast.summary, burstChain: null, headline: null } }, "", out);
  expect(out).toEqual([]);
}

describe("the float64 fast path agrees with the Decimal ledger", () => {
  for (const p of presets) {
    it(`on every reported figure and every event of preset ${p.id}`, () => agree(p.scenario));
  }
  it("on generated scenarios", () => {
    fc.assert(fc.property(scenarioArb, agree), { numRuns: 20 });
  });
});
