// Every preset's whole result, Decimal ledger and fast path, every field, byte for byte. A refactor keeps
// these files unchanged; a change of behaviour regenerates them deliberately (UPDATE_GOLDEN=1 pnpm test) and
// says so in its commit.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { presets, simulate, simulateFast } from "../src/index.js";

const dir = join(import.meta.dirname, "golden");
const update = process.env.UPDATE_GOLDEN === "1";

function check(file: string, value: unknown): void {
  const text = `${JSON.stringify(value, null, 1)}\n`;
  const path = join(dir, file);
  if (update || !existsSync(path)) writeFileSync(path, text);
  expect(text === readFileSync(path, "utf8"), `${file} differs from the committed golden output`).toBe(true);
}

describe("golden results of every preset", () => {
  for (const p of presets) {
    it(`${p.id}: the Decimal ledger's JSON is unchanged`, () => check(`${p.id}.decimal.json`, simulate(p.scenario).toJSON()));
    it(`${p.id}: the fast path's JSON is unchanged`, () => check(`${p.id}.fast.json`, simulateFast(p.scenario)));
  }
});
